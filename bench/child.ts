import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A TypeScript module running in its own Node process, talking back over IPC. */
export interface Child<T> {
  process: ChildProcess;
  /** The first message the child sends. */
  message: Promise<T>;
  /** Ends the child with SIGTERM and waits for it. */
  stop(): Promise<void>;
}

/**
 * Runs `module` (a path relative to bench/) in a separate Node process, so a load generator
 * never shares an event loop with the server it measures. Its stdout goes nowhere (a server's
 * log lines are written, as in production, but not kept); stderr is shown.
 */
export function runChild<T>(module: string, args: string[] = [], env: Record<string, string> = {}): Child<T> {
  const file = fileURLToPath(new URL(module, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const message = new Promise<T>((resolve, reject) => {
    child.once('message', (value) => resolve(value as T));
    child.once('exit', (code) => reject(new Error(`${module} exited with ${code} before reporting`)));
  });
  return {
    process: child,
    message,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Runs the target server `module` (under bench/, reporting `{ url }` once it listens) in its own
 * process for the length of `measure`, and stops it afterwards, also when `measure` throws.
 */
export async function againstServer<T>(module: string, measure: (url: string) => Promise<T>): Promise<T> {
  const server = runChild<{ url: string }>(module);
  try {
    return await measure((await server.message).url);
  } finally {
    await server.stop();
  }
}
