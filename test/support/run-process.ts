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
