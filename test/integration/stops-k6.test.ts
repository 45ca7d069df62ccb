import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ENDPOINTS } from '../../lib/beasts.ts';
import { parseRunRows, runRows } from '../../lib/row-names.ts';
import type { Sandbox } from '../../sandbox/index.ts';
import { findK6 } from '../../tools/k6-binary.ts';
import { ROOT, lines, runProcess, runTool, startInGroup, until } from '../support/run-process.ts';
import { useSandboxes } from '../support/sandbox.ts';

const k6Path = await findK6();
const BEASTS = ENDPOINTS.DEFAULT;
const RUN_TOOL = ['--import', 'tsx', 'tools/run.ts', 'smoke'];

/** Every row the suite created on the sandbox. */
async function suiteRows(sandbox: Sandbox): Promise<string[]> {
  const rows = await Promise.all(BEASTS.map((beast) => sandbox.rows(beast)));
  return rows.flat().filter((name) => parseRunRows(name) !== undefined);
}

/** True once the smoke's journeys are under way: a POST reached the sandbox. */
function loading(sandbox: Sandbox): boolean {
  return Object.keys(sandbox.requestCounts()).some((key) => key.startsWith('POST '));
}

/** The pid of the k6 process the run tool `toolPid` started. */
function k6ChildOf(toolPid: number): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8').trim();
      const [, comm, rest] = /^\d+ \((.*)\) (.*)$/.exec(stat) ?? [];
      if (comm === 'k6' && Number(rest?.split(' ')[1]) === toolPid) return Number(entry);
    } catch {
      // The process ended while being read.
    }
  }
  return undefined;
}

/** A target that is not the Mythical API: 200 "hello" to everything, or no answer at all. */
async function foreignServer(mode: 'hello' | 'hang'): Promise<{ url: string; requests: () => number; stop: () => Promise<void> }> {
  let requests = 0;
  const server: Server = createServer((_request, response) => {
    requests += 1;
    if (mode === 'hello') response.end('hello');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    stop: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

describe.skipIf(!k6Path)('stops that lose nothing (needs the k6 binary)', () => {
  const sandboxFor = useSandboxes({ logs: 'silent', alwaysSucceed: true });
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'mythical-k6-stops-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** A run's environment: a slow sandbox (300 ms a request) so the smoke is still loading when stopped. */
  function runEnv(sandbox: Sandbox, name: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return { ...process.env, BASE_URL: sandbox.url, REPORT_DIR: path.join(scratch, name), TESTID: `it-${name}`, ...extra };
  }
  const slow = { faults: { latency: [{ fixedMs: 300 }] } };

  it('Ctrl-C to the process group of npm run smoke: one graceful stop, exit 105, summary and report written, no row left', async () => {
    const sandbox = await sandboxFor(slow);
    const run = startInGroup('npm', ['run', 'smoke'], runEnv(sandbox, 'ctrl-c'));
    await until(() => loading(sandbox), 'the smoke to load the sandbox');
    run.signalGroup('SIGINT');
    const result = await run.finished;
    expect(result.code, result.stderr).toBe(105);
    expect(result.stderr).toContain('run: SIGINT: k6 stops gracefully');
    expect(existsSync(path.join(scratch, 'ctrl-c', 'summary.json'))).toBe(true);
    expect(existsSync(path.join(scratch, 'ctrl-c', 'report.md'))).toBe(true);
    expect(await suiteRows(sandbox)).toEqual([]);
  });

  it('a second Ctrl-C a moment later stops k6 at once; the run tool sweeps what teardown never reached', async () => {
    const sandbox = await sandboxFor(slow);
    const run = startInGroup(process.execPath, RUN_TOOL, runEnv(sandbox, 'ctrl-c-twice'));
    await until(() => loading(sandbox), 'the smoke to load the sandbox');
    await until(async () => (await suiteRows(sandbox)).length > 0, 'a row of the run to exist');
    run.signalGroup('SIGINT');
    // Closer than 500 ms a second signal counts as a copy of the first (npm relays the terminal's).
    await new Promise((resolve) => setTimeout(resolve, 800));
    run.signalGroup('SIGINT');
    const result = await run.finished;
    expect(result.code, result.stderr).toBe(105);
    expect(result.stderr).toMatch(/run: k6 ended before its teardown swept run mk6\.\S+; sweep: /);
    expect(await suiteRows(sandbox)).toEqual([]);
  });

  it('SIGTERM to the run tool alone reaches k6 once: exit 105, summary written, no row left', async () => {
    const sandbox = await sandboxFor(slow);
    const run = startInGroup(process.execPath, RUN_TOOL, runEnv(sandbox, 'sigterm'));
    await until(() => loading(sandbox), 'the smoke to load the sandbox');
    process.kill(run.pid, 'SIGTERM');
    const result = await run.finished;
    expect(result.code, result.stderr).toBe(105);
    expect(existsSync(path.join(scratch, 'sigterm', 'summary.json'))).toBe(true);
    expect(await suiteRows(sandbox)).toEqual([]);
  });

  it('kill -9 of k6 mid-run, then one more smoke: no row of either run is left', async () => {
    const sandbox = await sandboxFor(slow);
    const run = startInGroup(process.execPath, RUN_TOOL, runEnv(sandbox, 'killed'));
    await until(() => loading(sandbox) && k6ChildOf(run.pid) !== undefined, 'k6 to load the sandbox');
    await until(async () => (await suiteRows(sandbox)).length > 0, 'a row of the run to exist');
    process.kill(k6ChildOf(run.pid)!, 'SIGKILL');
    const killed = await run.finished;
    expect(killed.code).toBe(137);
    expect(killed.stderr).toMatch(/run: k6 ended before its teardown swept run mk6\.\S+; sweep: .* deleted [1-9]\d* rows/);

    sandbox.setFaults({});
    const next = await runTool('tools/run.ts', ['smoke'], runEnv(sandbox, 'after-kill'));
    expect(next.code, next.stderr).toBe(0);
    expect(await suiteRows(sandbox)).toEqual([]);
  });

  it('a target that hangs mid-run: every request gives up after the timeout, teardown is not cut off, the report is written', async () => {
    // Slow answers keep the one iteration going for seconds, so the hang below starts mid-run:
    // against a fast sandbox the whole smoke can end before the first poll sees it loading.
    const sandbox = await sandboxFor(slow);
    const dir = path.join(scratch, 'hang-mid-run');
    const run = startInGroup(process.execPath, RUN_TOOL, { ...runEnv(sandbox, 'hang-mid-run'), VUS: '1', ITERATIONS: '1' }, 90_000);
    await until(() => loading(sandbox), 'the smoke to load the sandbox', 60_000);
    sandbox.setFaults({ latency: [{ fixedMs: 120_000 }] });
    const result = await run.finished;
    expect([0, 99]).toContain(result.code);
    const log = readFileSync(path.join(dir, 'k6.log'), 'utf8');
    expect(log).toContain('sweep: stopped, the target hangs: GET /unicorn got no answer');
    expect(log).not.toContain('teardown() execution timed out');
    expect(existsSync(path.join(dir, 'summary.json'))).toBe(true);
    expect(result.stderr).toMatch(/run: k6 ended before its teardown swept run mk6\.\S+; sweep: .*stopped: GET \/unicorn got no answer \(no answer within the request timeout\)/);
  });

  it('a plain k6 run deletes the rows of runs that ended or died, never those of a run still going nor anyone else\'s', async () => {
    const sandbox = await sandboxFor();
    const now = Date.now();
    const dead = runRows(now - 3 * 3_600_000, 3_600_000, 'dead01').prefix;
    const going = runRows(now - 60_000, 3_600_000, 'going1').prefix;
    for (const name of [`${dead}-ann-1-0`, `${going}-bob-1-0`, 'alice', 'k6abcdef-ann-1-1']) {
      const response = await fetch(`${sandbox.url}/unicorn`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) });
      expect(response.status).toBe(201);
    }
    const dir = path.join(scratch, 'plain');
    await runProcess('mkdir', ['-p', dir]);
    const result = await runProcess(k6Path!, ['run', '-q', 'dist/smoke.js'], { ...process.env, BASE_URL: sandbox.url, REPORT_DIR: dir });
    expect(result.code, result.stderr).toBe(0);
    expect((await sandbox.rows('unicorn')).sort()).toEqual([`${going}-bob-1-0`, 'alice', 'k6abcdef-ann-1-1'].sort());
  });

  describe('a target that cannot be loaded: one line, exit 108, nothing beyond the probe', () => {
    let foreign: Awaited<ReturnType<typeof foreignServer>> | undefined;
    afterEach(async () => {
      await foreign?.stop();
      foreign = undefined;
    });

    it('hangs: the smoke ends well within its 45 s cap plus 15 s, naming the hang', async () => {
      foreign = await foreignServer('hang');
      const run = startInGroup(process.execPath, RUN_TOOL, { ...process.env, BASE_URL: foreign.url, REPORT_DIR: path.join(scratch, 'hang') }, 60_000);
      const result = await run.finished;
      expect(result.code).toBe(108);
      const errors = lines(result.stderr).filter((line) => !line.startsWith('run: '));
      expect(errors).toEqual([`test aborted: BASE_URL=${foreign.url} did not answer GET /mythical-k6-probe within 5000ms (the target hangs); expected the Mythical server to answer`]);
      expect(foreign.requests()).toBe(1);
    });

    it('answers 200 "hello" to everything: says it is not the Mythical API', async () => {
      foreign = await foreignServer('hello');
      const result = await runTool('tools/run.ts', ['smoke'], { ...process.env, BASE_URL: foreign.url, REPORT_DIR: path.join(scratch, 'hello') });
      expect(result.code).toBe(108);
      const errors = lines(result.stderr).filter((line) => !line.startsWith('run: '));
      expect(errors).toEqual([
        `test aborted: BASE_URL=${foreign.url} is not the Mythical API: GET /mythical-k6-probe answered 200 "hello"; expected 404 "mythical-k6-probe is not a valid endpoint"`,
      ]);
      expect(result.stdout).not.toContain('SLO');
      expect(foreign.requests()).toBe(1);
      expect(existsSync(path.join(scratch, 'hello', 'summary.json'))).toBe(false);
    });

    it('a closed port: says connection refused', async () => {
      foreign = await foreignServer('hello');
      const closed = foreign.url;
      await foreign.stop();
      foreign = undefined;
      const result = await runProcess(k6Path!, ['run', '-q', 'dist/smoke.js'], { ...process.env, BASE_URL: closed, REPORT_DIR: scratch });
      expect(result.code).toBe(108);
      const errors = lines(result.stderr).filter((line) => line.includes('level=error'));
      expect(errors).toEqual([expect.stringContaining(`test aborted: BASE_URL=${closed} cannot be reached: GET /mythical-k6-probe failed (connection refused)`)]);
    });

    it('a BORING server loaded with the default beasts: says so, naming ENDPOINT_TYPE', async () => {
      const boring = await sandboxFor({ endpointType: 'BORING' });
      const result = await runProcess(k6Path!, ['run', '-q', 'dist/smoke.js'], { ...process.env, BASE_URL: boring.url, REPORT_DIR: scratch });
      expect(result.code).toBe(108);
      expect(result.stderr).toContain('is not the Mythical API of ENDPOINT_TYPE=DEFAULT: GET /unicorn answered 404');
      expect(Object.keys(boring.requestCounts()).sort()).toEqual(['GET /mythical-k6-probe', 'GET /unicorn']);
    });
  });

  describe('bad report folders and k6 settings: one line, no request', () => {
    it.each([
      ['a file', () => path.join(scratch, 'a-file'), /^REPORT_DIR=.*a-file is not valid: expected a folder that exists or can be created, and is writable \(.*a-file is a file\)$/],
      ['an uncreatable path', () => '/proc/mythical-k6/reports', /^REPORT_DIR=\/proc\/mythical-k6\/reports is not valid: expected a folder .* \(ENOENT at \/proc\/mythical-k6\)$/],
    ])('run tool, REPORT_DIR is %s: exit 2', async (_what, dir, expected) => {
      writeFileSync(path.join(scratch, 'a-file'), 'not a folder');
      const sandbox = await sandboxFor();
      const result = await runTool('tools/run.ts', ['smoke'], { ...process.env, BASE_URL: sandbox.url, REPORT_DIR: dir() });
      expect(result.code).toBe(2);
      expect(lines(result.stderr)).toEqual([expect.stringMatching(expected)]);
      expect(sandbox.requestCounts()).toEqual({});
    });

    it.each([
      ['missing', 'no-such-folder', 'does not exist'],
      ['a file', 'a-file', 'is a file'],
    ])('plain k6, REPORT_DIR %s: refused in the init stage, exit 108', async (_what, name, problem) => {
      writeFileSync(path.join(scratch, 'a-file'), 'not a folder');
      const sandbox = await sandboxFor();
      const dir = path.join(scratch, name);
      const result = await runProcess(k6Path!, ['run', 'dist/smoke.js'], { ...process.env, BASE_URL: sandbox.url, REPORT_DIR: dir });
      expect(result.code).toBe(108);
      const errors = lines(result.stderr).filter((line) => line.includes('level=error'));
      expect(errors[0]).toContain(`REPORT_DIR=${dir} is not valid: expected an existing folder; k6 creates none (${dir} ${problem})`);
      expect(sandbox.requestCounts()).toEqual({});
    });

    it.each([
      [{ K6_PROMETHEUS_RW_PUSH_INTERVAL: 'abc' }, 'K6_PROMETHEUS_RW_PUSH_INTERVAL=abc is not valid: expected a positive duration such as 5s, 500ms or 1m'],
      [{ K6_PROMETHEUS_RW_TREND_STATS: 'p(200)' }, 'K6_PROMETHEUS_RW_TREND_STATS=p(200) is not valid: expected a comma-separated list of avg, min, med, max, count, sum or p(N) with N from 0 to 100'],
    ])('run tool with remote-write and %j: refused before k6 starts, exit 2', async (settings, expected) => {
      const sandbox = await sandboxFor();
      const result = await runTool('tools/run.ts', ['smoke'], {
        ...process.env,
        BASE_URL: sandbox.url,
        REPORT_DIR: path.join(scratch, 'rw'),
        K6_PROMETHEUS_RW_SERVER_URL: 'http://127.0.0.1:9/api/v1/push',
        ...settings,
      });
      expect(result.code).toBe(2);
      expect(lines(result.stderr)).toEqual([expect.stringContaining(expected)]);
      expect(sandbox.requestCounts()).toEqual({});
    });

    it.each([
      [['--no-such-flag'], 255, 'unknown flag: --no-such-flag'],
      [['-e', 'VUS=0'], 108, 'VUS=0 is not valid: expected a whole number from 1 to 2147483647'],
    ])('run tool with k6 flags %j: k6\'s own line and exit code, no "no SLO report"', async (flags, code, expected) => {
      const sandbox = await sandboxFor();
      const result = await runTool('tools/run.ts', ['smoke', ...flags], { ...process.env, BASE_URL: sandbox.url, REPORT_DIR: path.join(scratch, 'flags') });
      expect(result.code).toBe(code);
      const errors = lines(result.stderr).filter((line) => !line.startsWith('run: '));
      expect(errors).toEqual([expect.stringContaining(expected)]);
      expect(sandbox.requestCounts()).toEqual({});
    });
  });

  it('credentials in the remote-write URL are moved out before k6 sees it and printed nowhere', async () => {
    const sandbox = await sandboxFor();
    const dir = path.join(scratch, 'credentials');
    const env = { ...process.env, BASE_URL: sandbox.url, REPORT_DIR: dir, SLO_MODE: 'report', K6_PROMETHEUS_RW_SERVER_URL: 'http://bob:s3cr3t-pw@127.0.0.1:9/api/v1/push' };
    const result = await runTool('tools/run.ts', ['smoke'], env);
    expect(result.code, result.stderr).toBe(0);
    const everything = `${result.stdout}${result.stderr}${readFileSync(path.join(dir, 'k6.log'), 'utf8')}`;
    expect(everything).toContain('127.0.0.1:9/api/v1/push');
    expect(everything).not.toContain('s3cr3t-pw');
    expect(everything).not.toContain('bob:');

    const plain = await runProcess(k6Path!, ['run', 'dist/smoke.js'], { ...env, REPORT_DIR: scratch });
    expect(plain.code).toBe(108);
    expect(plain.stdout + plain.stderr).not.toContain('s3cr3t-pw');
  });

  it('a second run with the TESTID of a run still going is refused; the first one is untouched', async () => {
    const sandbox = await sandboxFor(slow);
    // Both in the default folder, reports/<testid>, which the same TESTID makes the same.
    const env = { ...runEnv(sandbox, 'same-testid'), REPORT_DIR: '' };
    onTestFinished(() => rmSync(path.join(ROOT, 'reports', 'it-same-testid'), { recursive: true, force: true }));
    const first = startInGroup(process.execPath, RUN_TOOL, env);
    await until(() => loading(sandbox), 'the first run to load the sandbox');
    const second = await runTool('tools/run.ts', ['smoke'], env);
    expect(second.code).toBe(2);
    expect(lines(second.stderr)).toEqual([
      expect.stringMatching(/^TESTID=it-same-testid is not valid: the report folder \S+ is in use by run it-same-testid, still going \(pid \d+\); expected another TESTID/),
    ]);
    first.signalGroup('SIGINT');
    expect((await first.finished).code).toBe(105);
    expect(existsSync(path.join(ROOT, 'reports', 'it-same-testid', 'summary.json'))).toBe(true);
    expect(await suiteRows(sandbox)).toEqual([]);
  });
});
