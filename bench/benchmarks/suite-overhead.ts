import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENDPOINTS } from '../../lib/beasts.ts';
import { loadPlan } from '../../lib/plans/load.ts';
import { mixFromEnv } from '../../lib/plans/mix.ts';
import type { SummaryV1 } from '../../thresholds/summary-schema.ts';
import { buildIfStale } from '../../tools/build.ts';
import { DIST } from '../../tools/build/bundle.ts';
import { K6_MIN_VERSION, findK6, k6Version } from '../../tools/k6.ts';
import { againstServer } from '../child.ts';
import { readK6Summary } from '../load/k6.ts';
import { runK6Measured } from '../load/k6-measured.ts';
import type { ProcessUsage } from '../proc/watch.ts';
import { inTempDir } from '../temp-dir.ts';

/** The target module every run measures against. */
const SANDBOX = 'targets/sandbox.ts';

/** Requests per second of both runs: about 1% of what the sandbox serves on 2 cores, so it never limits either. */
const RATE = 200;
/** VUs of both runs (pre-allocated and max): ample for RATE at loopback latency, few enough to start fast on 2 cores. */
const VUS = 50;

/** One k6 run and what it cost. */
interface Run {
  usage: ProcessUsage;
  /** `http_reqs` count. */
  requests: number;
}

/**
 * What the suite costs the load generator: k6's peak memory and CPU time running the suite's
 * `load` bundle, next to a bare k6 script sending the same request mix at the same arrival rate
 * with the same VU pool, in the same run, each against a fresh sandbox in its own process.
 * Reported as ratios suite / bare; nothing is asserted. Needs k6: without it, one skip line.
 */
export async function suiteOverhead(durationSeconds: number): Promise<string[]> {
  const k6 = await findK6();
  if (!k6) return [`suite overhead: skipped (k6 not found: set K6_BIN or put k6 >= ${K6_MIN_VERSION} on PATH)`];
  // Both runs read the mix under the suite's own variable names, pinned to the suite's defaults
  // so a stray BEASTS or MIX_READ in the shell cannot make them differ.
  const mix = mixFromEnv({});
  const shared = {
    BEASTS: ENDPOINTS.DEFAULT.join(','),
    MIX_READ: String(mix.readShare),
    MIX_MAX_PENDING: String(mix.maxPending),
    RATE: String(RATE),
    DURATION: `${durationSeconds}s`,
  };
  // Ramps of 0s make the load plan a step to RATE, like the bare script's constant rate.
  // SLO_MODE=report: no threshold can end the run early and shorten what is measured.
  const suiteEnv = { ...shared, ENDPOINT_TYPE: 'DEFAULT', MAX_VUS: String(VUS), RAMP_UP: '0s', RAMP_DOWN: '0s', SLO_MODE: 'report' };
  // The bare script gets the very pool the suite's plan computes, so memory per VU compares.
  const { preAllocatedVUs, maxVUs } = loadPlan(suiteEnv);
  const bareEnv = { ...shared, PRE_ALLOCATED_VUS: String(preAllocatedVUs), MAX_VUS: String(maxVUs) };
  const rebuilt = await buildIfStale();

  // Each run against a sandbox of its own, so rows one run leaves never grow the other's GET bodies.
  const bare = await againstServer(SANDBOX, (url) =>
    inTempDir(async (dir) => {
      const summaryFile = join(dir, 'summary.json');
      const script = fileURLToPath(new URL('../load/bare-mix.k6.js', import.meta.url));
      const usage = await runK6Measured(k6, script, { ...bareEnv, BASE_URL: url, SUMMARY_FILE: summaryFile });
      const { metrics } = readK6Summary(summaryFile);
      return { usage, requests: metrics.http_reqs.values.count };
    }),
  );
  // REPORT_DIR must exist: k6 creates no folders for handleSummary's files.
  const suite = await againstServer(SANDBOX, (url) =>
    inTempDir(async (dir) => {
      const usage = await runK6Measured(k6, join(DIST, 'load.js'), { ...suiteEnv, BASE_URL: url, REPORT_DIR: dir });
      const { totals } = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as SummaryV1;
      return { usage, requests: totals.requests, sweep: totals.requests - totals.iterations };
    }),
  );

  const ratio = (of: (run: Run) => number) => (of(suite) / of(bare)).toFixed(2);
  return [
    `generator: k6 ${(await k6Version(k6)) ?? ''}; ${RATE} req/s for ${durationSeconds} s per run, ${preAllocatedVUs} pre-allocated / ${maxVUs} max VUs, ` +
      `a fresh sandbox per run; k6's /proc sampled every 200 ms${rebuilt.length > 0 ? '; dist/ was stale and has been rebuilt' : ''}`,
    `bare k6 script     ${figures(bare)}`,
    // The suite's teardown deletes the rows its VUs left: real work, but not part of the mix.
    `suite dist/load.js ${figures(suite)}  (${suite.sweep} of them teardown clean-up)`,
    `ratio suite / bare: peak RSS ${ratio((run) => run.usage.peakRssBytes)}, CPU s per 1000 requests ${ratio(cpuPerThousand)}, ` +
      `requests achieved ${ratio((run) => run.requests)}`,
  ];
}

function cpuPerThousand(run: Run): number {
  return (run.usage.cpuSeconds / run.requests) * 1000;
}

function figures(run: Run): string {
  const mib = run.usage.peakRssBytes / 2 ** 20;
  return (
    `peak RSS ${mib.toFixed(1).padStart(7)} MiB  CPU ${run.usage.cpuSeconds.toFixed(2).padStart(6)} s  ` +
    `${String(run.requests).padStart(7)} requests  ${cpuPerThousand(run).toFixed(3)} CPU s / 1000 requests`
  );
}
