import { findK6 } from '../../tools/k6-binary.ts';
import { againstServer, runChild } from '../child.ts';
import { runK6 } from '../load/k6-crud-mix.ts';
import type { LoadPlan, LoadResult } from '../load/result.ts';

/** Target servers compared, each a module under bench/targets/. */
const TARGETS = [
  { name: 'sandbox', module: 'targets/sandbox.ts' },
  { name: 'bare node:http', module: 'targets/bare.ts' },
];

/**
 * Requests per second of the sandbox (in-memory, instrumentation on) next to a bare node:http
 * server answering the same routes, under the same CRUD mix in the same run. The aim is a
 * ratio of at least 0.5: the sandbox must never be what limits a scenario.
 */
export async function sandboxThroughput(durationSeconds: number, connections: number): Promise<string[]> {
  const k6 = await findK6();
  const results: { name: string; result: LoadResult }[] = [];
  for (const target of TARGETS) {
    const result = await againstServer(target.module, async (url) => {
      const plan: LoadPlan = { url, durationSeconds, connections };
      return k6 ? runK6(k6, plan) : runChild<LoadResult>('load/autocannon.ts', [JSON.stringify(plan)]).message;
    });
    results.push({ name: target.name, result });
  }
  const [sandbox, bare] = results;
  const lines = results.map(
    ({ name, result }) =>
      `${name.padEnd(16)} ${result.requestsPerSecond.toFixed(0).padStart(8)} req/s  ${String(result.requests).padStart(9)} requests  p99 ${result.p99Ms.toFixed(1).padStart(6)} ms  unexpected ${result.unexpected}`,
  );
  const ratio = sandbox.result.requestsPerSecond / bare.result.requestsPerSecond;
  return [
    `generator: ${sandbox.result.generator}${k6 ? '' : ' (k6 not found)'}; ${connections} connections, ${durationSeconds} s per target, loopback, POST+GET+DELETE mix`,
    ...lines,
    `ratio sandbox / bare: ${ratio.toFixed(2)} (aim ≥ 0.50)`,
  ];
}
