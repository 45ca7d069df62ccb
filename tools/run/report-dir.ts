import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BadInput } from '../bad-input.ts';

/** The file a run holds in its report folder while it runs: the pid and testid of that run. */
const LOCK_FILE = '.run.lock';

/** True when a process with this pid is alive on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir loops for ever under a path it can
 * never create (e.g. in /proc), where this fails at the first level that cannot be made.
 */
function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  makeFolder(path.dirname(dir));
  mkdirSync(dir);
}

/**
 * Makes sure `dir` is a folder this run can write (creating it), and holds it for this run: a
 * second run at the same time with the same testid (so the same folder) or the same REPORT_DIR
 * is refused, since the two would overwrite each other's report and log. A lock left by a run
 * that died is taken over. Returns the release; throws a one-line {@link BadInput}.
 * `given` is REPORT_DIR as the user wrote it ('' when unset).
 */
export function claimReportDir(dir: string, given: string, testid: string): () => void {
  const fail = (reason: string) =>
    new BadInput(`REPORT_DIR=${given || path.relative(process.cwd(), dir)} is not valid: expected a folder that exists or can be created, and is writable (${reason})`);
  try {
    makeFolder(dir);
    if (!statSync(dir).isDirectory()) throw fail(`${dir} is a file`);
    accessSync(dir, constants.W_OK);
  } catch (error) {
    if (error instanceof BadInput) throw error;
    const { code, path: at } = error as NodeJS.ErrnoException;
    throw fail(`${code ?? 'unusable'}${at ? ` at ${at}` : ''}`);
  }
  const lock = path.join(dir, LOCK_FILE);
  try {
    writeFileSync(lock, `${process.pid} ${testid}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fail(`${(error as NodeJS.ErrnoException).code} at ${lock}`);
    const [pid, holder] = readFileSync(lock, 'utf8').trim().split(' ');
    if (alive(Number(pid))) {
      throw new BadInput(
        `TESTID=${testid} is not valid: the report folder ${dir} is in use by run ${holder}, still going (pid ${pid}); expected another TESTID (or none, for a fresh one) or another REPORT_DIR`,
      );
    }
    writeFileSync(lock, `${process.pid} ${testid}\n`);
  }
  return () => rmSync(lock, { force: true });
}
