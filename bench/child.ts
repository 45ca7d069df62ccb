import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onCpu } from './proc/pin.ts';

/** A TypeScript module running in its own Node process, talking back over IPC. */
export interface Child<T> {
  process: ChildProcess;
  /** The first message the child sends. */
  message: Promise<T>;
  /** The next message after every one already taken (the first call gives the second message). */
  next<U>(): Promise<U>;
  /** Ends the child with SIGTERM and waits for it. */
  stop(): Promise<void>;
}

/**
 * Runs `module` (a path relative to bench/) in a separate Node process, so a load generator
 * never shares an event loop with the server it measures. Its stdout goes nowhere (a server's
 * log lines are written, as in production, but not kept); stderr is shown. On `cpu` alone when
 * given (bench/proc/pin.ts).
 */
export function runChild<T>(module: string, args: string[] = [], env: Record<string, string> = {}, cpu?: number): Child<T> {
  const file = fileURLToPath(new URL(module, import.meta.url));
  const child = spawn(...onCpu(cpu, process.execPath, ['--import', 'tsx', file, ...args]), {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Every message in order, each a promise settled when it arrives, or rejected once the child
  // has exited without sending it.
  const inbox: { promise: Promise<unknown>; resolve: (value: unknown) => void; reject: (error: Error) => void }[] = [];
  let received = 0;
  let exitCode: number | null | undefined;
  const gone = () => new Error(`${module} exited with ${exitCode} before reporting`);
  const slot = (index: number) => {
    while (inbox.length <= index) {
      let resolve!: (value: unknown) => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<unknown>((res, rej) => ((resolve = res), (reject = rej)));
      // A message nobody waits for must not become an unhandled rejection when the child exits.
      promise.catch(() => undefined);
      if (exitCode !== undefined) reject(gone());
      inbox.push({ promise, resolve, reject });
    }
    return inbox[index];
  };
  child.on('message', (value) => slot(received++).resolve(value));
  child.once('exit', (code) => {
    exitCode = code;
    for (let index = received; index < inbox.length; index++) inbox[index].reject(gone());
  });
  let taken = 1;
  return {
    process: child,
    message: slot(0).promise as Promise<T>,
    next<U>() {
      return slot(taken++).promise as Promise<U>;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Runs the target server `module` (under bench/, reporting `{ url }` once it listens) in its own
 * process for the length of `measure`, and stops it afterwards, also when `measure` throws.
 * `measure` also gets the server's process, to wait for the messages it sends later. The server
 * runs on `cpu` alone when given.
 */
export async function againstServer<T>(module: string, measure: (url: string, server: Child<{ url: string }>) => Promise<T>, cpu?: number): Promise<T> {
  const server = runChild<{ url: string }>(module, [], {}, cpu);
  try {
    return await measure((await server.message).url, server);
  } finally {
    await server.stop();
  }
}
