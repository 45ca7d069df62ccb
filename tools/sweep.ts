/**
 * `npm run sweep [-- --run <prefix>]`: deletes the suite's rows at `BASE_URL` (`ENDPOINT_TYPE`,
 * `BEASTS`) that no running run needs: rows of runs whose stated end has passed (they ended or
 * died: kill -9, a lost CI runner), and with `--run` the rows of that one run, known dead.
 * Rows of runs still going and rows the suite did not create are never touched.
 * Exit 0 when every beast was swept, 1 when the target did not answer, 2 for bad input.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../lib/settings/error.ts';
import { parseTarget } from '../lib/settings/suite.ts';
import { parseRunRows } from '../lib/row-names.ts';
import { requestTimeoutMs } from '../lib/request-timeout.ts';
import { parseSloSettings } from '../thresholds/settings.ts';
import { sweepTarget, type SweepOutcome } from './sweep/target.ts';

/** The one line that says what a sweep did. */
export function sweepLine(baseUrl: string, outcome: SweepOutcome): string {
  const kept = outcome.kept === 0
    ? ''
    : `; kept ${outcome.kept} rows of runs still going (the last may run until ${new Date(outcome.keptUntilMs ?? 0).toISOString()})`;
  const stopped = outcome.stopped ? `; stopped: ${outcome.stopped}` : '';
  return `sweep: ${baseUrl}: deleted ${outcome.deleted} rows of runs that ended or died${kept}${stopped}`;
}

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let run: string | undefined;
  try {
    const { values } = parseArgs({ args: argv, options: { run: { type: 'string' } }, strict: true, allowPositionals: false });
    run = values.run;
  } catch (error) {
    console.error(`sweep: ${(error as Error).message.split('\n')[0]}; expected no flag, or --run <prefix>`);
    return 2;
  }
  if (run !== undefined && parseRunRows(run)?.prefix !== run) {
    console.error(`--run=${run} is not valid: expected a run prefix such as mk6.0tz8k2a.3c.k3x9q1 (the start of the run's row names)`);
    return 2;
  }
  try {
    const target = parseTarget(env);
    const timeoutMs = requestTimeoutMs(parseSloSettings(env, 'gate').p99Ms);
    const outcome = await sweepTarget(target, { own: run, timeoutMs });
    console.error(sweepLine(target.baseUrl, outcome));
    return outcome.stopped ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
