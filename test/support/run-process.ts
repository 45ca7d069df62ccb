import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** How a finished process ended. */
export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end (killed after `timeoutMs`), from the project root, capturing its output. */
export function runProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 90_000,
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs a TypeScript tool of the suite the way npm scripts do (tsx). */
export function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Finished> {
  return runProcess(process.execPath, ['--import', 'tsx', tool, ...args], env);
}

/** The non-empty lines of an output. */
export function lines(output: string): string[] {
  return output.split('\n').filter((line) => line.trim() !== '');
}

/** A process started as the leader of a process group of its own, still running. */
export interface Started {
  pid: number;
  /** Resolves when it has ended, with its output. */
  finished: Promise<Finished>;
  /** Sends `signal` to the whole group, as a terminal's Ctrl-C or a CI runner does. */
  signalGroup(signal: NodeJS.Signals): void;
}

/**
 * Starts a command in a new process group (killed after `timeoutMs`), capturing its output, so a
 * test can signal the group like a terminal does, or one process of it alone.
 */
export function startInGroup(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 120_000): Started {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true, timeout: timeoutMs });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { pid: child.pid!, finished, signalGroup: (signal) => process.kill(-child.pid!, signal) };
}

/** Resolves once `ready()` holds, checking every 50 ms; rejects after `timeoutMs`. */
export async function until(ready: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
