import { readFileSync } from 'node:fs';
import { SandboxConfigError, parseSandboxConfig, usage } from './config.ts';
import { SandboxStartError, startSandbox } from './index.ts';

/**
 * `npm run sandbox`: runs the sandbox on port 4000 (or `PORT`) until SIGINT/SIGTERM.
 * Exit codes: 0 after a signal, 1 when it cannot start (port taken, database unreachable),
 * 2 for a bad flag or variable.
 */
async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage());
    return 0;
  }
  let options;
  try {
    options = parseSandboxConfig(argv, process.env, (path) => readFileSync(path, 'utf8'));
  } catch (error) {
    if (!(error instanceof SandboxConfigError)) throw error;
    process.stderr.write(`sandbox: ${error.message}\n`);
    return 2;
  }
  let sandbox;
  try {
    sandbox = await startSandbox(options);
  } catch (error) {
    if (!(error instanceof SandboxStartError)) throw error;
    process.stderr.write(`sandbox: ${error.message}\n`);
    return 1;
  }
  const store = options.databaseUrl ? 'postgresql' : 'in-memory';
  process.stderr.write(`sandbox: mythical-server listening on ${sandbox.url} (${options.endpointType ?? 'DEFAULT'} endpoints, ${store} store)\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stderr.write(`sandbox: ${signal}, stopping\n`);
  await sandbox.stop();
  return 0;
}

process.exitCode = await main();
