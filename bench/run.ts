import { bundleSize } from './benchmarks/bundle-size.ts';
import { hotPath } from './benchmarks/hot-path.ts';
import { sandboxThroughput } from './benchmarks/sandbox-throughput.ts';
import { suiteOverhead } from './benchmarks/suite-overhead.ts';

/**
 * `npm run bench`: runs every benchmark and prints its figures. Benchmarks only report; nothing
 * here fails on a number. `BENCH_DURATION` (seconds per target, default 10) and
 * `BENCH_CONNECTIONS` (default 32) size the sandbox throughput runs; the suite overhead runs
 * have fixed sizes, those its figures are compared at. `npm run bench -- <name>...` runs only
 * the benchmarks named (e.g. `suite-overhead`, `hot-path`, `bundle-size`); `BENCH_DIST=<dir>` has
 * the suite overhead measure another build of dist/.
 */
const BENCHMARKS: { name: string; run: (durationSeconds: number, connections: number) => Promise<string[]> }[] = [
  { name: 'sandbox throughput', run: sandboxThroughput },
  { name: 'suite overhead', run: suiteOverhead },
  { name: 'hot path', run: hotPath },
  { name: 'bundle size', run: bundleSize },
];

const durationSeconds = positiveInteger('BENCH_DURATION', 10);
const connections = positiveInteger('BENCH_CONNECTIONS', 32);
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !BENCHMARKS.some((benchmark) => slug(benchmark.name) === name));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown benchmark ${unknown.join(', ')}: expected any of ${BENCHMARKS.map((b) => slug(b.name)).join(', ')}\n`);
  process.exit(2);
}
for (const benchmark of BENCHMARKS.filter((b) => chosen.length === 0 || chosen.includes(slug(b.name)))) {
  process.stdout.write(`## ${benchmark.name}\n`);
  for (const line of await benchmark.run(durationSeconds, connections)) process.stdout.write(`${line}\n`);
}

function positiveInteger(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    process.stderr.write(`bench: ${name} must be a positive integer\n`);
    process.exit(2);
  }
  return Number(value);
}

/** A benchmark's name as given on the command line: `suite overhead` → `suite-overhead`. */
function slug(name: string): string {
  return name.replace(/ /g, '-');
}
