import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { call } from './sandbox-http.ts';

const TSX = 'node_modules/.bin/tsx';

/** Runs `sandbox/main.ts`, gathering its output; resolves the exit once it ends. */
function runMain(args: string[], env: Record<string, string> = {}): { child: ChildProcess; stdout: () => string; stderr: () => string; exit: Promise<number | null> } {
  const child = spawn(TSX, ['sandbox/main.ts', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

async function waitFor(read: () => string, pattern: RegExp): Promise<RegExpExecArray> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const match = pattern.exec(read());
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}: ${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm run sandbox (sandbox/main.ts)', () => {
  it('serves, writes JSON log lines on stdout and stops cleanly on SIGTERM', async () => {
    const run = runMain(['--port', '0', '--always-succeed', 'true']);
    try {
      const [, url] = await waitFor(run.stderr, /listening on (http:\/\/\S+)/);
      expect((await call(url, 'POST', '/unicorn', { name: 'cli' })).status).toBe(201);
      expect(JSON.parse((await call(url, 'GET', '/unicorn')).text)).toEqual([{ name: 'cli' }]);
      await waitFor(run.stdout, /http\.method=GET endpoint=unicorn status=SUCCESS/);
      const entry = JSON.parse(run.stdout().trim().split('\n')[0]);
      expect(entry).toMatchObject({ service_name: 'mythical-server', job: 'mythical-server', level: 'info', beast: 'unicorn' });
      expect(entry.message).toMatch(/^traceID=\w{32} http\.method=POST endpoint=unicorn status=SUCCESS$/);
      run.child.kill('SIGTERM');
      expect(await run.exit).toBe(0);
    } finally {
      run.child.kill('SIGKILL');
    }
  });

  it('a bad setting is one line naming it and its accepted form, exit 2', async () => {
    const badEnv = runMain([], { ENDPOINT_TYPE: 'FUN' });
    expect(await badEnv.exit).toBe(2);
    expect(badEnv.stderr()).toBe('sandbox: ENDPOINT_TYPE must be DEFAULT or BORING\n');
    const badFlag = runMain(['--teardown-timeout', '1']);
    expect(await badFlag.exit).toBe(2);
    expect(badFlag.stderr()).toBe('sandbox: --teardown-timeout must be milliseconds, an integer from 2 to 86400000 (default 86400000)\n');
  });

  it('a taken port or an unreachable database is one clear line and exit 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const taken = runMain(['--port', String(port)]);
      expect(await taken.exit).toBe(1);
      expect(taken.stderr()).toBe(`sandbox: port ${port} on 127.0.0.1 is already in use; choose another with PORT or --port\n`);
    } finally {
      blocker.close();
    }
    const noDb = runMain(['--port', '0'], { DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${port}/postgres` });
    expect(await noDb.exit).toBe(1);
    expect(noDb.stderr()).toMatch(/^sandbox: cannot use the database at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/postgres: .*ECONNREFUSED.*\n$/);
    expect(noDb.stderr()).not.toContain('secret');
  });
});
