import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../lib/beasts.ts';
import { parseRunRows } from '../../lib/row-names.ts';
import { startSandbox, type Sandbox } from '../../sandbox/index.ts';
import { findK6 } from '../../tools/k6-binary.ts';
import { points } from '../support/k6-json.ts';
import { lines, runProcess, runTool } from '../support/run-process.ts';

const k6Path = await findK6();
const BEASTS = ENDPOINTS.DEFAULT;

/** Rows of any beast that the suite created (each test has a sandbox of its own). */
async function residue(sandbox: Sandbox): Promise<string[]> {
  const rows = await Promise.all(BEASTS.map((beast) => sandbox.rows(beast)));
  return rows.flat().filter((name) => parseRunRows(name) !== undefined);
}

describe.skipIf(!k6Path)('k6 run dist/smoke.js (needs the k6 binary)', () => {
  let sandbox: Sandbox;
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'mythical-k6-smoke-'));
  });
  afterEach(async () => {
    await sandbox?.stop();
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function k6Run(testid: string, extra: Record<string, string> = {}, flags: string[] = []) {
    // k6 writes handleSummary's files but creates no folder for them.
    mkdirSync(path.join(scratch, testid), { recursive: true });
    return runProcess(
      k6Path!,
      ['run', '--log-format=json', ...flags, 'dist/smoke.js'],
      { ...process.env, BASE_URL: sandbox.url, TESTID: testid, REPORT_DIR: path.join(scratch, testid), ...extra },
    );
  }

  it('passes, leaves no row, and every trace id it sent reached the spans and the log lines', async () => {
    sandbox = await startSandbox({ logs: 'silent', captureTelemetry: true, alwaysSucceed: true });
    const testid = 'it-smoke-clean';
    const out = path.join(scratch, 'clean.json');
    const result = await k6Run(testid, {}, [`--out=json=${out}`]);
    expect(result.code, result.stderr).toBe(0);

    const samples = points(out);
    const checks = samples.filter((point) => point.metric === 'checks');
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.filter((point) => point.data.value === 0)).toEqual([]);
    expect(await residue(sandbox)).toEqual([]);

    const requests = samples.filter((point) => point.metric === 'http_reqs');
    for (const { data } of requests) {
      expect(data.tags.testid).toBe(testid);
      expect(data.tags.name).toMatch(/^\/[a-z0-9-]+$/);
      for (const unbounded of ['url', 'vu', 'iter', 'ip']) expect(data.tags).not.toHaveProperty(unbounded);
      // setup's probe and the sweeps never count against an SLO.
      if (data.tags.op === 'sweep' || data.tags.op === 'probe') expect(data.tags).not.toHaveProperty('beast');
      else expect(BEASTS).toContain(data.tags.beast);
      expect(data.metadata?.trace_id).toMatch(/^[0-9a-f]{32}$/);
    }

    const sent = new Set(requests.map(({ data }) => data.metadata!.trace_id));
    const spanTraces = new Set(sandbox.spans().map((span) => span.traceId));
    const logged = sandbox.logLines().join('\n');
    // The server logs no line for an unknown segment: the probe's 404 has a span only.
    const unlogged = new Set(requests.filter(({ data }) => data.tags.status === '404').map(({ data }) => data.metadata!.trace_id));
    expect(unlogged.size).toBe(1);
    for (const traceId of sent) {
      expect(spanTraces.has(traceId), `span of trace ${traceId}`).toBe(true);
      if (!unlogged.has(traceId)) expect(logged, `log line of trace ${traceId}`).toContain(`traceID=${traceId}`);
    }
    // One request = one trace; the journey (4 VUs × 10 iterations by default) is in the User-Agent.
    const journeyRequests = requests.filter(({ data }) => data.tags.op === undefined);
    expect(new Set(journeyRequests.map(({ data }) => data.metadata!.trace_id)).size).toBe(journeyRequests.length);
    const agents = sandbox.spans().filter((span) => span.kind === 'SERVER').map((span) => String(span.attributes['http.user_agent']));
    const journeys = new Set(agents.map((agent) => /^mythical-k6\/[\d.]+ \(testid=it-smoke-clean; journey=(\d+-\d+)\)$/.exec(agent)?.[1]).filter(Boolean));
    expect(journeys.size).toBe(40);
    const sweeps = requests.filter(({ data }) => data.tags.op === 'sweep').length;
    expect(agents.filter((agent) => agent.endsWith('(testid=it-smoke-clean; sweep)')).length).toBe(sweeps);
  });

  it('with the designed POST failures on, still passes and leaves no row', async () => {
    sandbox = await startSandbox({ logs: 'silent', seed: 1 });
    const testid = 'it-smoke-faults';
    const result = await k6Run(testid, { VUS: '3', ITERATIONS: '3' });
    expect(result.code, result.stderr).toBe(0);
    expect(await residue(sandbox)).toEqual([]);
    // The designed failures are exemplars, but at debug level: a plain k6 run's terminal shows none.
    expect(`${result.stdout}${result.stderr}`).not.toContain('mythical-k6.exemplar');
  });

  it('a bad setting: the one line first, exit 108, no request', async () => {
    sandbox = await startSandbox({ logs: 'silent' });
    const result = await runProcess(k6Path!, ['run', 'dist/smoke.js'], { ...process.env, BASE_URL: sandbox.url, VUS: '0' });
    expect(result.code).toBe(108);
    const errors = lines(result.stderr).filter((line) => /level=error|"level":"error"/.test(line));
    expect(errors[0]).toContain('VUS=0 is not valid: expected a whole number from 1 to 2147483647');
    expect(sandbox.requestCounts()).toEqual({});
  });

  it('through tools/run.ts: exit 0, the JSON k6 log in REPORT_DIR, no row left', async () => {
    sandbox = await startSandbox({ logs: 'silent', alwaysSucceed: true });
    const testid = 'it-smoke-run-tool';
    const reportDir = path.join(scratch, 'run-tool');
    const clean = await runTool('tools/run.ts', ['smoke'], { ...process.env, BASE_URL: sandbox.url, TESTID: testid, REPORT_DIR: reportDir });
    expect(clean.code, clean.stderr).toBe(0);
    // A clean run may log nothing at all; the log file is there all the same.
    const cleanLog = lines(readFileSync(path.join(reportDir, 'k6.log'), 'utf8'));
    for (const line of cleanLog) expect(() => JSON.parse(line)).not.toThrow();
    expect(await residue(sandbox)).toEqual([]);

    // A 1 ms p95 objective makes every request an exemplar line; report mode keeps exit 0.
    const loggedDir = path.join(scratch, 'run-tool-logged');
    const logged = await runTool('tools/run.ts', ['smoke'], {
      ...process.env, BASE_URL: sandbox.url, TESTID: `${testid}-logged`, REPORT_DIR: loggedDir, SLO_MODE: 'report', SLO_P95_MS: '1',
    });
    expect(logged.code, logged.stderr).toBe(0);
    const log = lines(readFileSync(path.join(loggedDir, 'k6.log'), 'utf8'));
    expect(log.length).toBeGreaterThan(0);
    for (const line of log) expect(JSON.parse(line)).toHaveProperty('level');
    expect(await residue(sandbox)).toEqual([]);
  });
});
