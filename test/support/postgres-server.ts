import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.ts';

const run = promisify(execFile);

/** A throw-away PostgreSQL server started by a test. */
export interface StartedPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`, trust authentication. */
  url: string;
  /** Stops the server and removes its data directory. */
  stop(): Promise<void>;
}

/**
 * Starts a fresh PostgreSQL (initdb + pg_ctl) on a free loopback port in a temporary directory.
 * PostgreSQL refuses to run as root, so under root it runs as the `postgres` user. Binaries come
 * from `PG_BIN`, else the newest `/usr/lib/postgresql/<version>/bin` (Debian's packages).
 */
export async function startPostgres(): Promise<StartedPostgres> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'mythical-pg-'));
  const asPostgres = process.getuid?.() === 0;
  const command = async (tool: string, args: string[]): Promise<void> => {
    const [file, argv] = asPostgres ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    await run(file, argv, { timeout: 60_000 });
  };
  if (asPostgres) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    await command('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off`;
    await command('pg_ctl', ['-D', data, '-l', join(dir, 'postgres.log'), '-o', settings, '-w', '-t', '60', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`cannot start PostgreSQL from ${bin}: ${(error as Error).message}`);
  }
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await command('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error('PostgreSQL server binaries not found: install Debian package postgresql, or set PG_BIN');
  return join(root, versions[0], 'bin');
}
