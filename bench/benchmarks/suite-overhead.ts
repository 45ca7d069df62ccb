import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENDPOINTS } from '../../lib/beasts.ts';
import { mixFromKnobs } from '../../lib/plans/mix-choice.ts';
import { composeName, runRows } from '../../lib/row-names.ts';
import { knobReader } from '../../lib/settings/read.ts';
import type { SummaryV1 } from '../../lib/report/summary-schema.ts';
import { buildIfStale } from '../../tools/build.ts';
import { DIST } from '../../tools/build/bundle.ts';
import { inspectExecutor } from '../../tools/scenario-inspect.ts';
import { K6_MIN_VERSION, findK6, k6Version } from '../../tools/k6-binary.ts';
import { againstServer } from '../child.ts';
import { BUNDLE_AIM_KIB, bundleSizes } from './bundle-size.ts';
import { readK6Summary } from '../load/k6-crud-mix.ts';
import { runK6Measured, type MeasuredRun } from '../load/k6-measured.ts';
import { SEPARATE_CPUS } from '../proc/pin.ts';
import { cpuSecondsBetween } from '../proc/watch.ts';
import { inTempDir } from '../temp-dir.ts';

/** The target module every run measures against. */
const SANDBOX = 'targets/sandbox.ts';

/** How one pair of runs (bare script, then suite) is loaded. */
interface Load {
  /** Requests (iterations) per second. */
  rate: number;
  /** VUs: the suite's plan pre-allocates them all at this rate (`vusFor`), and the bare script gets the same pool. */
  vus: number;
  durationSeconds: number;
}

/**
 * The pool a stress or breakpoint run needs: 1000 pre-allocated VUs, for 2 s. What it shows is
 * k6's memory and start-up with that many VUs initialised, which is where a suite's per-VU
 * cost adds up; the rate only makes every VU get work.
 */
const POOL: Omit<Load, 'durationSeconds'> = { rate: 1000, vus: 1000 };
const POOL_SECONDS = 2;

/**
 * A steady load both scripts deliver on 2 cores (about 1% of what the sandbox serves), with a
 * pool ample for it at loopback latency: CPU per request, init, teardown and summary included,
 * as a run pays it. 20 s, as the figures this benchmark was first reported with.
 */
const STEADY: Load = { rate: 200, vus: 50, durationSeconds: 20 };

/** One k6 run and what it cost. */
interface Run extends MeasuredRun {
  /** HTTP requests sent. */
  requests: number;
  /** Iterations of the scenario: one request of the mix each (the suite's teardown clean-up not included). */
  iterations: number;
  /** Milliseconds from spawning k6 to the first request reaching the target. */
  startupMs: number;
  /** Epoch milliseconds the first request reached the target: the load starts then. */
  firstRequestAt: number;
}

/** A pair of runs under one load: the bare script's and the suite's. */
interface Pair {
  bare: Run;
  suite: Run;
}

/**
 * What the suite costs the load generator: k6 running the suite's `load` bundle next to a bare
 * k6 script sending the same request mix (reading GET bodies as heavy as the suite's) with the
 * suite's own executor, each against a fresh sandbox in its own process. Two loads: a pool of
 * 1000 VUs (peak memory, time to the first request) and a steady rate (CPU per 1000 requests).
 * `rounds` rounds, each a pair of runs under both loads, bare then suite in one round and suite
 * then bare in the next, so a drift of the machine, and whatever a run leaves to the one after
 * it, reach both sides alike; every figure is the median over the rounds, and its ratio the
 * median of the rounds' ratios, next to their range and the issue's aim, with the largest bundle
 * against its limit. Nothing is asserted. Needs k6: without it, one skip line.
 */
export async function suiteOverhead(rounds: number): Promise<string[]> {
  const k6 = await findK6();
  if (!k6) return [`suite overhead: skipped (k6 not found: set K6_BIN or put k6 >= ${K6_MIN_VERSION} on PATH)`];
  // BENCH_DIST measures another build of dist/ (e.g. an older commit's, from `git archive`).
  const dist = process.env.BENCH_DIST || DIST;
  const rebuilt = dist === DIST ? await buildIfStale() : [];
  const poolPair = pairRunner(k6, dist, { ...POOL, durationSeconds: POOL_SECONDS });
  const steadyPair = pairRunner(k6, dist, STEADY);
  const pools: Pair[] = [];
  const steadies: Pair[] = [];
  for (let round = 0; round < rounds; round++) {
    const suiteFirst = round % 2 === 1;
    pools.push(await poolPair(suiteFirst));
    steadies.push(await steadyPair(suiteFirst));
  }
  const mib = (run: Run) => run.peakRssBytes / 2 ** 20;
  const seconds = (run: Run) => run.startupMs / 1000;
  const cpuPerThousand = (run: Run) => (run.cpuSeconds / run.requests) * 1000;
  const steadyCpuPerThousand = (run: Run) => steadyCpu(run, STEADY);
  const largest = bundleSizes(dist).reduce((a, b) => (b.kib > a.kib ? b : a));
  const work = (pairs: Pair[], count: (run: Run) => number) =>
    `bare ${pairs.map((pair) => count(pair.bare)).join('/')}, suite ${pairs.map((pair) => count(pair.suite)).join('/')}`;
  return [
    `generator: k6 ${(await k6Version(k6)) ?? ''}; suite ${dist === DIST ? 'dist/load.js' : join(dist, 'load.js')}; ` +
      `${rounds} rounds; each run against a fresh sandbox; ` +
      `${SEPARATE_CPUS ? `sandbox on CPU ${SEPARATE_CPUS.target}, k6 on CPU ${SEPARATE_CPUS.k6}` : 'k6 and sandbox sharing the CPUs (no taskset or one CPU)'}; ` +
      `k6's /proc sampled every 200 ms` +
      `${rebuilt.length > 0 ? '; dist/ was stale and has been rebuilt' : ''}`,
    `pool:   ${POOL.vus} pre-allocated VUs, ${POOL.rate} req/s for ${POOL_SECONDS} s; ` +
      `iterations: ${work(pools, (run) => run.iterations)}; requests sent: ${work(pools, (run) => run.requests)}`,
    `steady: ${STEADY.vus} VUs, ${STEADY.rate} req/s for ${STEADY.durationSeconds} s; iterations: ${work(steadies, (run) => run.iterations)}; ` +
      `requests sent: ${work(steadies, (run) => run.requests)} (teardown clean-up included)`,
    `${'figure (median of the rounds)'.padEnd(40)}${'bare'.padStart(9)}${'suite'.padStart(9)}${'ratio'.padStart(8)}${'range'.padStart(12)}  aim`,
    row(`peak RSS, ${POOL.vus} VUs (MiB)`, pools, mib, 1.3),
    row(`start to first request, ${POOL.vus} VUs (s)`, pools, seconds, 1.5),
    row(`CPU s per 1000 requests, ${STEADY.rate}/s`, steadies, steadyCpuPerThousand, 1.3),
    row(`  same, init, teardown, summary included`, steadies, cpuPerThousand),
    row(`peak RSS, ${STEADY.vus} VUs (MiB)`, steadies, mib),
    row(`CPU s of the ${POOL.vus}-VU run`, pools, (run) => run.cpuSeconds),
    `${`largest bundle (KiB): ${largest.file}`.padEnd(40)}${'—'.padStart(9)}${largest.kib.toFixed(1).padStart(9)}${''.padStart(20)}  ` +
      `≤ ${BUNDLE_AIM_KIB} KiB ${largest.kib <= BUNDLE_AIM_KIB ? 'met' : 'NOT met'} (every bundle: npm run bench -- bundle-size)`,
  ];
}

/**
 * CPU seconds per 1000 requests while the load holds: over the middle of the run (from 15% to
 * 85% of its duration after the first request), where both scripts send `rate` requests a
 * second, so init, setup, teardown and the end-of-test summary (a run's fixed costs, paid once
 * however long it runs) stay out of the per-request figure; the whole run's figure is the row
 * below it.
 */
function steadyCpu(run: Run, load: Load): number {
  const durationMs = load.durationSeconds * 1000;
  const window = cpuSecondsBetween(run, run.firstRequestAt + 0.15 * durationMs, run.firstRequestAt + 0.85 * durationMs);
  if (!window) return Number.NaN;
  return (window.seconds / ((load.rate * window.ms) / 1000)) * 1000;
}

/**
 * One table line: the median figure of each side, the median of the rounds' ratios suite / bare
 * and their range, and the aim when there is one. Rounds whose runs did unequal work are left
 * out of the ratio; with none left, the aim is not judged.
 */
function row(label: string, pairs: Pair[], figure: (run: Run) => number, aim?: number): string {
  const bare = median(pairs.map((pair) => figure(pair.bare)));
  const suite = median(pairs.map((pair) => figure(pair.suite)));
  const ratios = pairs.filter(comparable).map((pair) => figure(pair.suite) / figure(pair.bare));
  const ratio = ratios.length > 0 ? median(ratios) : Number.NaN;
  const range = ratios.length > 0 ? `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}` : '—';
  const verdict =
    aim === undefined ? '' : ratios.length > 0 ? `≤ ${aim.toFixed(2)} ${ratio <= aim ? 'met' : 'NOT met'}` : `≤ ${aim.toFixed(2)} not comparable: unequal work`;
  return `${label.padEnd(40)}${bare.toFixed(3).padStart(9)}${suite.toFixed(3).padStart(9)}${ratio.toFixed(2).padStart(8)}${range.padStart(12)}  ${verdict}`;
}

/** The middle value of `values` (the mean of the middle two when their number is even). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Whether both runs did the same work: the same iterations, within 5%. A generator that could
 * not keep the rate (a busy machine) runs fewer iterations, and so holds less memory and spends
 * less CPU, which would flatter it.
 */
function comparable(pair: Pair): boolean {
  return Math.abs(pair.suite.iterations - pair.bare.iterations) <= 0.05 * pair.bare.iterations;
}

/**
 * What the bare script's names start with, so they are as long as the suite's on average: the
 * suite's names (`<run prefix>-<slug>-<vu>-<iteration>`, lib/row-names.ts) run to about 41
 * characters, and every GET reads back every row, so shorter names would make the bare script's
 * GET bodies, and the parse of each, lighter than the suite's. The mean is taken over the first
 * three iterations of every VU of the pool; the bare script appends `-<vu>-<iteration>`.
 */
function namePad(dist: string, vus: number): string {
  const slugs = JSON.parse(readFileSync(join(dist, 'data', 'names.json'), 'utf8')) as string[];
  const { prefix } = runRows(Date.now(), 3_600_000, 'bare00');
  let total = 0;
  for (let vu = 1; vu <= vus; vu++) for (let iteration = 0; iteration < 3; iteration++) total += composeName(prefix, slugs, vu, iteration).length;
  const bareTail = `-${vus}-1`.length;
  return 'b'.repeat(Math.max(1, Math.round(total / (vus * 3)) - bareTail));
}

/**
 * What runs one pair under `load`: the bare script and the suite's `load` bundle of `dist` (in
 * that order unless `suiteFirst`), each against a sandbox of its own. One after the other: run
 * at the same time on one core, the same build measured CPU ratios from 1.1 to 1.6, and two bare
 * runs side by side from 0.74 to 1.35, two k6 processes sharing a core slowing each other
 * unevenly. Both runs' settings (the executor `k6 inspect` reports, the name padding) are worked
 * out once, for every round.
 */
function pairRunner(k6: string, dist: string, load: Load): (suiteFirst: boolean) => Promise<Pair> {
  // Both runs read the mix under the suite's own variable names, pinned to the suite's defaults
  // so a stray BEASTS or MIX_READ in the shell cannot make them differ.
  const mix = mixFromKnobs(knobReader({}, 'load'));
  const shared = {
    BEASTS: ENDPOINTS.DEFAULT.join(','),
    MIX_READ: String(mix.readShare),
    MIX_MAX_PENDING: String(mix.maxPending),
  };
  // Ramps of 0s make the load plan a step to RATE and back.
  // SLO_MODE=report: no threshold can end the run early and shorten what is measured.
  const suiteEnv = {
    ...shared,
    RATE: String(load.rate),
    DURATION: `${load.durationSeconds}s`,
    ENDPOINT_TYPE: 'DEFAULT',
    MAX_VUS: String(load.vus),
    RAMP_UP: '0s',
    RAMP_DOWN: '0s',
    SLO_MODE: 'report',
  };
  // The bare script runs the very executor the suite's plan computes (rate, stages, VU pool),
  // so both are asked the same iterations and memory per VU compares.
  const executor = inspectExecutor('load', { ...suiteEnv, K6_BIN: k6 });
  const bareEnv = { ...shared, EXECUTOR: JSON.stringify(executor), NAME_PAD: namePad(dist, executor.preAllocatedVUs ?? load.vus) };
  const bareScript = fileURLToPath(new URL('../load/bare-mix.k6.js', import.meta.url));
  // Each run against a sandbox of its own, so rows one run leaves never grow the other's GET bodies.
  const bare = () =>
    measuredRun(
      k6,
      bareScript,
      (url, dir) => ({ ...bareEnv, BASE_URL: url, SUMMARY_FILE: join(dir, 'summary.json') }),
      (dir) => {
        const { metrics } = readK6Summary(join(dir, 'summary.json'));
        return { requests: metrics.http_reqs.values.count, iterations: metrics.iterations.values.count };
      },
    );
  // REPORT_DIR must exist: k6 creates no folders for handleSummary's files.
  const suite = () =>
    measuredRun(
      k6,
      join(dist, 'load.js'),
      (url, dir) => ({ ...suiteEnv, BASE_URL: url, REPORT_DIR: dir }),
      (dir) => (JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as SummaryV1).totals,
    );
  return async (suiteFirst) => {
    if (!suiteFirst) return { bare: await bare(), suite: await suite() };
    const first = await suite();
    return { bare: await bare(), suite: first };
  };
}

/**
 * One measured k6 run of `script` against a fresh sandbox, k6 and sandbox on CPUs of their own
 * where the machine allows (bench/proc/pin.ts), in a temporary folder where the run writes its
 * summary: `env` gives the run's environment for the sandbox's URL and that folder, `work`
 * reads back the requests and iterations the run did.
 */
async function measuredRun(
  k6: string,
  script: string,
  env: (url: string, dir: string) => Record<string, string>,
  work: (dir: string) => { requests: number; iterations: number },
): Promise<Run> {
  return againstServer(
    SANDBOX,
    (url, server) =>
      inTempDir(async (dir) => {
        const firstRequest = server.next<{ firstRequestAt: number }>();
        const usage = await runK6Measured(k6, script, env(url, dir), SEPARATE_CPUS?.k6);
        const { firstRequestAt } = await firstRequest;
        const { requests, iterations } = work(dir);
        return { ...usage, requests, iterations, firstRequestAt, startupMs: firstRequestAt - usage.startedAt };
      }),
    SEPARATE_CPUS?.target,
  );
}
