import { afterEach } from 'vitest';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/index.ts';

/**
 * For a test file: returns a function that starts a sandbox with `defaults` overlaid by its own
 * options, and stops every sandbox it started after each test, also when the test fails.
 * `stop()` is safe to call twice, so a test may still stop one itself (to flush its telemetry).
 */
export function useSandboxes(defaults: SandboxOptions = {}): (options?: SandboxOptions) => Promise<Sandbox> {
  let started: Sandbox[] = [];
  afterEach(async () => {
    const stopping = started;
    started = [];
    await Promise.all(stopping.map((sandbox) => sandbox.stop()));
  });
  return async (options = {}) => {
    const sandbox = await startSandbox({ ...defaults, ...options });
    started.push(sandbox);
    return sandbox;
  };
}
