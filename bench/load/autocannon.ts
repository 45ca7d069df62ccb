import autocannon from 'autocannon';
import type { LoadPlan, LoadResult } from './result.ts';

/** Per-connection state: the name the journey's POST stored and its DELETE removes. */
interface Journey {
  name?: string;
}

/** Runs the CRUD mix with autocannon (in this child process) and reports the result over IPC. */
const plan = JSON.parse(process.argv[2]) as LoadPlan;
let sequence = 0;
const headers = { 'content-type': 'application/json' };
const result = await autocannon({
  url: plan.url,
  connections: plan.connections,
  duration: plan.durationSeconds,
  requests: [
    {
      method: 'POST',
      path: '/unicorn',
      headers,
      setupRequest: (request, context) => {
        (context as Journey).name = `bench-${process.pid}-${(sequence += 1)}`;
        return { ...request, body: JSON.stringify({ name: (context as Journey).name }) };
      },
    },
    { method: 'GET', path: '/unicorn' },
    {
      method: 'DELETE',
      path: '/unicorn',
      headers,
      setupRequest: (request, context) => ({ ...request, body: JSON.stringify({ name: (context as Journey).name }) }),
    },
  ],
});
const report: LoadResult = {
  generator: 'autocannon',
  requestsPerSecond: result.requests.average,
  requests: result.requests.total,
  unexpected: result.non2xx + result.errors + result.timeouts,
  p99Ms: result.latency.p99,
};
process.send!(report, () => process.exit(0));
