/**
 * SLO verdict of a run from its remote-written series: `npm run verdict -- --prometheus <url>
 * --testid <id>`. k6 does not aggregate thresholds across instances, so a distributed run
 * (k6-operator, or `--execution-segment` processes) is judged here, with the catalog's PromQL
 * per SLO, evaluated at the run's last sample. Writes summary.json, junit.xml and report.md (the
 * suite's SummaryV1 and renderers) and exits 0 (all SLOs met), 99 (an SLO failed or had no
 * data, as k6's thresholds) or 2 (bad flag or setting, Prometheus unreachable, unknown testid).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../lib/settings/error.ts';
import { parseConfig } from '../lib/settings/suite.ts';
import { buildCatalog } from '../thresholds/catalog.ts';
import { reportFiles } from '../lib/report/report-files.ts';
import { renderSloTable } from '../lib/report/slo-table.ts';
import { parseSloSettings } from '../thresholds/settings.ts';
import { receiverFromEnv } from './remote-write.ts';
import { BadInput } from './bad-input.ts';
import { measureRun } from './verdict/measure.ts';
import { PrometheusApi, QueryError } from './verdict/prometheus-api.ts';
import { promqlSummary } from './verdict/promql-summary.ts';

/** Exit code when an SLO failed: the same as k6's thresholds-failed (docs/architecture.md). */
const EXIT_SLO_FAILED = 99;

const USAGE = `usage: npm run verdict -- --prometheus <PromQL API base URL> --testid <id> [--scenario <name>] [--report-dir <dir>] [--lookback <hours>]
  SLO objectives and the beasts come from the same variables as a run (SLO_*, BEASTS, ENDPOINT_TYPE);
  credentials from K6_PROMETHEUS_RW_USERNAME/_PASSWORD/_BEARER_TOKEN/_HEADERS_*, as k6 uses them.`;

interface Args {
  prometheus: string;
  testid: string;
  scenario: string;
  reportDir: string;
  lookbackHours: number;
}

function parseFlags(argv: string[]): Args | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        prometheus: { type: 'string' },
        testid: { type: 'string' },
        scenario: { type: 'string' },
        'report-dir': { type: 'string' },
        lookback: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new BadInput(`${(error as Error).message}; run with --help for the accepted flags`);
  }
  if (values.help) return null;
  const promqlApi = 'the PromQL API base URL, e.g. http://localhost:9090 or http://mimir:9009/prometheus';
  if (!values.prometheus) throw new BadInput(`--prometheus is required; expected ${promqlApi}`);
  if (!/^https?:\/\/\S+$/.test(values.prometheus)) {
    throw new BadInput(`--prometheus=${values.prometheus} is not valid: expected ${promqlApi}`);
  }
  if (!values.testid || !/^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$/.test(values.testid)) {
    throw new BadInput('--testid is required; expected the testid of the run (letters, digits, . _ ~ -, at most 64)');
  }
  const lookbackHours = values.lookback === undefined ? 24 : Number(values.lookback);
  if (!Number.isInteger(lookbackHours) || lookbackHours < 1 || lookbackHours > 24 * 31) {
    throw new BadInput(`--lookback: "${values.lookback}" is not valid; expected whole hours from 1 to 744`);
  }
  return {
    prometheus: values.prometheus,
    testid: values.testid,
    scenario: values.scenario ?? 'distributed',
    reportDir: values['report-dir'] ?? join('reports', values.testid),
    lookbackHours,
  };
}

async function main(argv: string[]): Promise<number> {
  const args = parseFlags(argv);
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const env = { ...process.env, TESTID: args.testid };
  const config = parseConfig(env, { scenario: args.scenario, now: new Date(), random: Math.random });
  const settings = parseSloSettings(env, 'soak');
  const catalog = buildCatalog({ testid: args.testid, endpointType: config.endpointType, beasts: config.beasts, slo: settings });
  const api = new PrometheusApi(args.prometheus, receiverFromEnv(env).headers);
  const { native, counts, run } = await measureRun(api, args.testid, catalog, { hours: args.lookbackHours, source: args.prometheus });
  const summary = promqlSummary(catalog, counts, { testid: args.testid, scenario: args.scenario, baseUrl: config.baseUrl, ...run }, settings);
  for (const [path, content] of Object.entries(reportFiles(summary, args.reportDir))) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  process.stdout.write(`${renderSloTable(summary)}\nverdict: ${summary.passed ? 'PASS' : 'FAIL'} — ${args.testid} judged from ${native ? 'native histograms' : 'trend stats'} in ${args.prometheus}; reports in ${args.reportDir}\n`);
  return summary.passed ? 0 : EXIT_SLO_FAILED;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof BadInput || error instanceof ConfigError || error instanceof QueryError;
    process.stderr.write(`verdict: ${known ? (error as Error).message : (error as Error).stack}\n`);
    process.exitCode = 2;
  },
);
