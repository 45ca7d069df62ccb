import { ConfigError } from './error.ts';

/**
 * The folder `handleSummary` will write into, as an absolute path, or undefined when it cannot
 * be known in k6: k6 resolves a relative path against its working directory, which a script
 * cannot read; the shell's `PWD` names it where one started k6.
 */
export function reportDirPath(reportDir: string, pwd: string | undefined): string | undefined {
  if (reportDir.startsWith('/')) return reportDir;
  if (!pwd?.startsWith('/')) return undefined;
  return `${pwd.replace(/\/+$/, '')}/${reportDir.replace(/^\.\/+/, '')}`;
}

/**
 * Checks in k6's init stage that `REPORT_DIR` is an existing folder: k6 writes handleSummary's
 * files there at the very end and creates no folder, so a missing one would lose every report
 * after the whole load. `open()` is k6's only file access in the init stage: it refuses a
 * folder with "can't be used with directories" and a missing path with "no such file or
 * directory"; reading a file means a file is in the way. Under `k6 run archive.tar`, `open()`
 * reads the archive, not the disk, and says "file does not exist" of any folder, existing or
 * not: there the check cannot tell, and lets it pass (k8s runners make theirs in an init container).
 */
export function checkReportDir(reportDir: string, pwd: string | undefined, read: (path: string) => unknown): void {
  const path = reportDirPath(reportDir, pwd);
  if (path === undefined) return;
  let problem: string;
  try {
    read(path);
    problem = `${path} is a file`;
  } catch (error) {
    const message = String(error);
    if (/can't be used with directories/.test(message)) return;
    if (!/no such file or directory/.test(message)) return;
    problem = `${path} does not exist`;
  }
  throw new ConfigError('REPORT_DIR', reportDir, `an existing folder; k6 creates none (${problem})`);
}
