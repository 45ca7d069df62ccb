import { startSandbox } from '../../sandbox/index.ts';

// The sandbox as the suite runs it: in-memory store, spans, metrics with exemplars and log lines
// on stdout all on; only the deliberate 10% POST failures are off so every journey completes.
const sandbox = await startSandbox({ alwaysSucceed: true, logs: 'stdout' });
process.send!({ url: sandbox.url });

// Then `{ firstRequestAt }` (epoch ms) once the first request has arrived, so a benchmark
// can time a generator's start-up up to its first request. Polled every millisecond: the
// sandbox has no request hook, and a millisecond is nothing against a start-up of seconds.
const poll = setInterval(() => {
  if (Object.keys(sandbox.requestCounts()).length === 0) return;
  clearInterval(poll);
  process.send!({ firstRequestAt: Date.now() });
}, 1);

process.once('SIGTERM', () => {
  clearInterval(poll);
  void sandbox.stop().then(() => process.exit(0));
});
