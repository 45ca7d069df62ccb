import { startSandbox } from '../../sandbox/index.ts';

// The sandbox as a user runs it (designed POST failures on, random seed), with the fault spec
// of BENCH_FAULTS injected from the start; logs are not kept.
const sandbox = await startSandbox({ logs: 'silent', faults: JSON.parse(process.env.BENCH_FAULTS ?? '{}') });
process.send!({ url: sandbox.url });
process.once('SIGTERM', () => void sandbox.stop().then(() => process.exit(0)));
