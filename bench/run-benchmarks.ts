import { bundleSize } from './benchmarks/bundle-size.ts';
import { hotPath } from './benchmarks/hot-path.ts';
import { sandboxThroughput } from './benchmarks/sandbox-throughput.ts';
import { suiteOverhead } from './benchmarks/suite-overhead.ts';
import { verdicts } from './benchmarks/verdicts.ts';

/**
 * `npm run bench [-- <name>]`: runs the named benchmark, or the speed benchmarks when none is
 * named, and prints its figures. Benchmarks only report; nothing here fails on a number.
 * `BENCH_DURATION` (seconds per target, default 10) and `BENCH_CONNECTIONS` (default 32) size
 * the sandbox throughput runs; `BENCH_ROUNDS` (default 7) is how many rounds the overhead
 * benchmark runs (its loads have fixed sizes, and `BENCH_DIST=<dir>` has them measure another
 * build of dist/); `VERDICT_*` the verdict runs (docs/slos.md, "Proof: the verdict benchmark").
 */
const BENCHMARKS: { name: string; byDefault: boolean; run: () => Promise<string[]> }[] = [
  { name: 'throughput', byDefault: true, run: () => sandboxThroughput(positiveInteger('BENCH_DURATION', 10), positiveInteger('BENCH_CONNECTIONS', 32)) },
  { name: 'overhead', byDefault: true, run: () => suiteOverhead(positiveInteger('BENCH_ROUNDS', 7)) },
  { name: 'hot-path', byDefault: true, run: () => hotPath() },
  { name: 'bundle-size', byDefault: true, run: () => bundleSize() },
  { name: 'verdicts', byDefault: false, run: () => verdicts(verdictSettings()) },
];

const name = process.argv[2];
const selected = name ? BENCHMARKS.filter((benchmark) => benchmark.name === name) : BENCHMARKS.filter((benchmark) => benchmark.byDefault);
if (selected.length === 0) fail(`unknown benchmark ${name}: expected one of ${BENCHMARKS.map((b) => b.name).join(', ')}`);
for (const benchmark of selected) {
  process.stdout.write(`## ${benchmark.name}\n`);
  for (const line of await benchmark.run()) process.stdout.write(`${line}\n`);
}

/** The verdict benchmark's settings: which scenario, how many runs, how many at once. */
function verdictSettings() {
  const scenario = process.env.VERDICT_SCENARIO || 'smoke';
  if (scenario !== 'smoke' && scenario !== 'load') fail(`VERDICT_SCENARIO=${scenario} is not valid: expected smoke or load`);
  const load = scenario === 'load';
  return {
    scenario: scenario as 'smoke' | 'load',
    cleanRuns: positiveInteger('VERDICT_CLEAN_RUNS', load ? 20 : 100),
    faultRuns: positiveInteger('VERDICT_FAULT_RUNS', load ? 20 : 30),
    concurrency: positiveInteger('VERDICT_CONCURRENCY', 2),
    only: process.env.VERDICT_CASE || undefined,
  };
}

function positiveInteger(variable: string, fallback: number): number {
  const value = process.env[variable];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) fail(`${variable}=${value} is not valid: expected a whole number of at least 1`);
  return Number(value);
}

function fail(line: string): never {
  process.stderr.write(`bench: ${line}\n`);
  process.exit(2);
}
