import { spawn } from 'node:child_process';
import { onCpu } from '../proc/pin.ts';
import { watchProcess, type ProcessUsage } from '../proc/watch.ts';

/** What one measured k6 run used, and when it started. */
export interface MeasuredRun extends ProcessUsage {
  /** Epoch milliseconds right before k6 was spawned. */
  startedAt: number;
}

/**
 * Runs `k6 run --quiet <script>` with `env` added to this process's environment, and returns
 * the memory and CPU time the k6 process used, on `cpu` alone when given (bench/proc/pin.ts).
 * k6's stdout (its summary) is dropped; a run that does not exit 0 rejects with the end of k6's
 * stderr, since a failed run measures nothing.
 */
export async function runK6Measured(k6: string, script: string, env: Record<string, string>, cpu?: number): Promise<MeasuredRun> {
  const startedAt = Date.now();
  // k6 itself is spawned (or exec'd by taskset), not a shell, so the pid watched is k6's.
  const child = spawn(...onCpu(cpu, k6, ['run', '--quiet', script]), { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const usage = watchProcess(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const result = await usage;
  if (result.code !== 0) throw new Error(`k6 run ${script} exited with ${result.code ?? 'a signal'}: ${stderr.trim()}`);
  return { ...result, startedAt };
}
