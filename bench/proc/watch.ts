import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseCpuTicks, parseMemory } from './parse-proc-status.ts';

/** What a watched process used over its whole life. */
export interface ProcessUsage {
  /** Highest resident set size seen (the kernel's `VmHWM`), in bytes. */
  peakRssBytes: number;
  /** User plus system CPU time, in seconds, as of the last sample before it exited. */
  cpuSeconds: number;
  /** Every sample's CPU time (seconds) and when it was taken (epoch ms), oldest first. */
  cpuSamples: { at: number; seconds: number }[];
  /** Exit code, or null when a signal ended it. */
  code: number | null;
}

/**
 * Samples `/proc/<pid>` of `child` every `intervalMs` until it exits. Call it right after
 * spawning, before any await, so the exit cannot be missed. Linux only. The CPU time of the
 * last interval before the exit is not seen (the files are gone once Node reaps the child):
 * at most `intervalMs` of CPU, small against a run of several seconds.
 */
export function watchProcess(child: ChildProcess, intervalMs = 200): Promise<ProcessUsage> {
  const ticksPerSecond = clockTicksPerSecond();
  let peakKb = 0;
  let ticks = 0;
  const cpuSamples: ProcessUsage['cpuSamples'] = [];
  const sample = () => {
    try {
      ticks = parseCpuTicks(readFileSync(`/proc/${child.pid}/stat`, 'utf8'));
      cpuSamples.push({ at: Date.now(), seconds: ticks / ticksPerSecond });
      const memory = parseMemory(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      peakKb = Math.max(peakKb, memory.hwmKb, memory.rssKb);
    } catch {
      // Gone between the exit and the 'exit' event: the previous sample stands.
    }
  };
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    if (child.pid === undefined) return;
    sample();
    const timer = setInterval(sample, intervalMs);
    child.once('exit', (code) => {
      clearInterval(timer);
      resolve({ peakRssBytes: peakKb * 1024, cpuSeconds: ticks / ticksPerSecond, cpuSamples, code });
    });
  });
}

/** `utime` and `stime` are in clock ticks; `getconf CLK_TCK` says how many make a second. */
function clockTicksPerSecond(): number {
  return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
}

/**
 * CPU seconds `usage` spent between epoch ms `from` and `to`, from the samples nearest inside
 * the window (each at most one interval from its edge); undefined when fewer than two fall in it.
 */
export function cpuSecondsBetween(usage: Pick<ProcessUsage, 'cpuSamples'>, from: number, to: number): { seconds: number; ms: number } | undefined {
  const inside = usage.cpuSamples.filter((sample) => sample.at >= from && sample.at <= to);
  if (inside.length < 2) return undefined;
  const [first, last] = [inside[0], inside[inside.length - 1]];
  return { seconds: last.seconds - first.seconds, ms: last.at - first.at };
}
