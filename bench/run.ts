import { bundleSize } from './benchmarks/bundle-size.ts';
import { sandboxThroughput } from './benchmarks/sandbox-throughput.ts';
import { suiteOverhead } from './benchmarks/suite-overhead.ts';

/**
 * `npm run bench`: runs every benchmark and prints its figures. Benchmarks only report; nothing
 * here fails on a number. `BENCH_DURATION` (seconds per target, default 10) and
 * `BENCH_CONNECTIONS` (default 32) size the runs.
 */
const BENCHMARKS: { name: string; run: (durationSeconds: number, connections: number) => Promise<string[]> }[] = [
  { name: 'sandbox throughput', run: sandboxThroughput },
  { name: 'suite overhead', run: suiteOverhead },
  { name: 'bundle size', run: bundleSize },
];

const durationSeconds = positiveInteger('BENCH_DURATION', 10);
const connections = positiveInteger('BENCH_CONNECTIONS', 32);
for (const benchmark of BENCHMARKS) {
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
