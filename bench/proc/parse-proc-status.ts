/** Resident memory of a process, from `/proc/<pid>/status`, in KiB. */
export interface Memory {
  /** `VmRSS`: resident now. */
  rssKb: number;
  /** `VmHWM`: the kernel's own peak of `VmRSS` since the process started. */
  hwmKb: number;
}

/**
 * Reads `VmRSS` and `VmHWM` from the text of `/proc/<pid>/status`. A field that is absent
 * counts as 0: a process that has exited but not yet been reaped (a zombie) has no `Vm*` lines.
 */
export function parseMemory(status: string): Memory {
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1] ?? 0);
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

/**
 * CPU time used so far, user plus system (`utime` + `stime`, fields 14 and 15), in clock ticks,
 * from the text of `/proc/<pid>/stat`. Fields are counted after the last `)`, because the
 * command name in field 2 may itself contain spaces and parentheses.
 */
export function parseCpuTicks(stat: string): number {
  const end = stat.lastIndexOf(')');
  if (end < 0) throw new Error(`not a /proc/<pid>/stat line: ${stat.slice(0, 80)}`);
  // After ")" comes field 3 (state), so field n is at index n - 3.
  const fields = stat.slice(end + 1).trim().split(/\s+/);
  const [utime, stime] = [Number(fields[14 - 3]), Number(fields[15 - 3])];
  if (!Number.isInteger(utime) || !Number.isInteger(stime)) throw new Error(`no utime/stime in /proc/<pid>/stat: ${stat.slice(0, 80)}`);
  return utime + stime;
}
