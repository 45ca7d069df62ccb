import { describe, expect, it } from 'vitest';
import { parseCpuTicks, parseMemory } from '../../bench/proc/parse-proc-status.ts';
import { cpuSecondsBetween } from '../../bench/proc/watch.ts';
import { median } from '../../bench/benchmarks/suite-overhead.ts';
import { onCpu } from '../../bench/proc/pin.ts';

// Trimmed from a real /proc/<pid>/status of k6.
const STATUS = `Name:\tk6
State:\tS (sleeping)
Pid:\t4242
VmPeak:\t 1612340 kB
VmSize:\t 1547816 kB
VmHWM:\t  187432 kB
VmRSS:\t  164208 kB
RssAnon:\t  150000 kB
Threads:\t12
`;

describe('parseMemory', () => {
  it('reads VmRSS and VmHWM in KiB, not the look-alike fields', () => {
    expect(parseMemory(STATUS)).toEqual({ rssKb: 164208, hwmKb: 187432 });
  });

  it('counts absent fields as 0, as for a zombie', () => {
    expect(parseMemory('Name:\tk6\nState:\tZ (zombie)\nPid:\t4242\n')).toEqual({ rssKb: 0, hwmKb: 0 });
  });
});

describe('parseCpuTicks', () => {
  const stat = (comm: string) =>
    `4242 (${comm}) S 4200 4242 4200 0 -1 4194560 5120 0 0 0 731 118 0 0 20 0 12 0 9876543 1547816 41052 18446744073709551615\n`;

  it('adds utime and stime (fields 14 and 15)', () => {
    expect(parseCpuTicks(stat('k6'))).toBe(731 + 118);
  });

  it('counts fields after the last parenthesis, whatever the command name holds', () => {
    expect(parseCpuTicks(stat('k6 (run) x'))).toBe(849);
  });

  it('refuses text that is not a stat line', () => {
    expect(() => parseCpuTicks('no such process')).toThrow(/not a \/proc/);
    expect(() => parseCpuTicks('4242 (k6) S 1 2')).toThrow(/no utime\/stime/);
  });
});

describe('cpuSecondsBetween', () => {
  const usage = { cpuSamples: [0, 200, 400, 600, 800].map((at, i) => ({ at: 1000 + at, seconds: i * 0.1 + (i > 2 ? 0.5 : 0) })) };

  it('takes the CPU spent between the first and last samples inside the window, and how long that was', () => {
    expect(cpuSecondsBetween(usage, 1100, 1700)).toEqual({ seconds: expect.closeTo(0.7, 9), ms: 400 });
  });

  it('says nothing of a window holding fewer than two samples', () => {
    expect(cpuSecondsBetween(usage, 1100, 1300)).toBeUndefined();
    expect(cpuSecondsBetween(usage, 5000, 6000)).toBeUndefined();
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([1.4, 1.2, 1.3])).toBe(1.3);
    expect(median([3, 1, 4, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
});

describe('onCpu', () => {
  it('runs the command itself under taskset -c on the CPU given, unchanged without one', () => {
    expect(onCpu(1, '/usr/local/bin/k6', ['run', 'x.js'])).toEqual(['taskset', ['-c', '1', '/usr/local/bin/k6', 'run', 'x.js']]);
    expect(onCpu(undefined, '/usr/local/bin/k6', ['run', 'x.js'])).toEqual(['/usr/local/bin/k6', ['run', 'x.js']]);
  });
});
