import { startSandbox } from '../../sandbox/index.ts';

// The sandbox as the suite runs it: in-memory store, spans, metrics with exemplars and log lines
// on stdout all on; only the deliberate 10% POST failures are off so every journey completes.
const sandbox = await startSandbox({ alwaysSucceed: true, logs: 'stdout' });
process.send!({ url: sandbox.url });
process.once('SIGTERM', () => void sandbox.stop().then(() => process.exit(0)));
