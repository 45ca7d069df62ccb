import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/**
 * The CPUs the overhead runs keep apart: the target on the first, k6 on the second, as if each
 * had a machine of its own. Sharing two cores, each stole the other's time and the same k6
 * script's CPU per request varied by up to 40% between runs; pinned, by a few percent.
 * Undefined where it cannot be done: a single CPU, or no `taskset` (util-linux, Linux only).
 */
export const SEPARATE_CPUS: { target: number; k6: number } | undefined =
  availableParallelism() >= 2 && spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0 ? { target: 0, k6: 1 } : undefined;

/**
 * `command` and `args` to spawn so the process runs on `cpu` alone (`taskset -c`, which execs
 * the command: the pid spawned is the command's own), or unchanged when `cpu` is undefined.
 */
export function onCpu(cpu: number | undefined, command: string, args: string[]): [string, string[]] {
  return cpu === undefined ? [command, args] : ['taskset', ['-c', String(cpu), command, ...args]];
}
