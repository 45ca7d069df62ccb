import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peakRatePerSecond, plannedIterations } from '../../lib/plans/arrival.ts';
import { startSandbox, type Sandbox } from '../../sandbox/index.ts';
import type { SummaryV1 } from '../../lib/report/summary-schema.ts';
import { writeTree } from '../../tools/build.ts';
import { buildDist } from '../../tools/build/bundle.ts';
import { findK6 } from '../../tools/k6-binary.ts';
import { arrivalExecutor, inspectExecutor } from '../../tools/scenario-inspect.ts';
import { startPrometheus, type PrometheusHarness } from '../support/prometheus.ts';

const k6 = await findK6();
const dir = mkdtempSync(join(tmpdir(), 'mythical-k6-types-'));
let sandbox: Sandbox;

/** The executor `scenario` runs in `env`, as k6 reads it from the bundle (`k6 inspect`). */
const executorOf = (scenario: string, env: Record<string, string>) =>
  arrivalExecutor(inspectExecutor(scenario, { ...env, K6_BIN: k6 as string }, join(dir, 'dist')))!;

/** Durations shrunk by env so every scenario runs in seconds; the plan is evaluated on the same env. */
const SHORT: Record<string, Record<string, string>> = {
  load: { RATE: '20', RAMP_UP: '2s', DURATION: '6s', RAMP_DOWN: '2s' },
  stress: { RATE: '10', STRESS_PEAK: '2', STRESS_STEPS: '2', STEP_DURATION: '3s', STEP_RAMP: '1s' },
  spike: { RATE: '5', SPIKE_FACTOR: '4', WARM_UP: '2s', SPIKE_RAMP: '1s', SPIKE_DURATION: '3s', RECOVERY: '2s' },
  soak: { RATE: '15', DURATION: '8s' },
};

function runK6(scenario: string, env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stdout: string }> {
  // k6 writes handleSummary's files but creates no folder for them.
  if (env.REPORT_DIR) mkdirSync(env.REPORT_DIR, { recursive: true });
  return new Promise((resolve) => {
    const child = spawn(k6 as string, ['run', '--quiet', ...args, join(dir, 'dist', `${scenario}.js`)], {
      env: { ...process.env, BASE_URL: sandbox.url, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

const summaryOf = (reportDir: string) => JSON.parse(readFileSync(join(reportDir, 'summary.json'), 'utf8')) as SummaryV1;
const journeyRequests = () =>
  Object.entries(sandbox.requestCounts()).reduce((sum, [route, n]) => sum + (/^(GET|POST|DELETE) \//.test(route) ? n : 0), 0);

beforeAll(async () => {
  if (!k6) return;
  writeTree(join(dir, 'dist'), await buildDist());
  sandbox = await startSandbox({ port: 0, logs: 'silent', alwaysSucceed: true });
});
afterAll(async () => {
  await sandbox?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!k6)('test-type scenarios against the sandbox (needs the k6 binary)', () => {
  it.each(Object.keys(SHORT))('%s runs the executor shape its plan promises', async (scenario) => {
    const reportDir = join(dir, `${scenario}-report`);
    const env = { ...SHORT[scenario], TESTID: `${scenario}-shape`, REPORT_DIR: reportDir, SLO_MODE: 'report' };
    const planned = plannedIterations(executorOf(scenario, env));
    sandbox.resetRequestCounts();
    const { code } = await runK6(scenario, env);
    expect(code).toBe(0);
    const summary = summaryOf(reportDir);
    // Arrival-rate executors start iterations on schedule: within 10% of the area under the plan.
    expect(summary.totals.iterations).toBeGreaterThanOrEqual(planned * 0.9);
    expect(summary.totals.iterations).toBeLessThanOrEqual(planned * 1.1);
    // One request per iteration, plus teardown's sweep (a GET per beast and its deletes).
    expect(journeyRequests()).toBeGreaterThanOrEqual(summary.totals.iterations);
    expect(summary.slis.all.requests).toBe(summary.totals.iterations);
  });

  it('breakpoint reports a breaking rate within 20% of the sandbox knee', async () => {
    const knee = 40;
    sandbox.setFaults({ capacity: [{ rps: knee, latencyMs: 600 }] });
    try {
      const reportDir = join(dir, 'breakpoint-report');
      const env = { BREAK_START: '10', BREAK_STEP: '4', BREAK_STEPS: '15', STEP_DURATION: '4s', STEP_RAMP: '1s', TESTID: 'breakpoint-knee', REPORT_DIR: reportDir };
      expect(peakRatePerSecond(executorOf('breakpoint', env))).toBeGreaterThan(knee * 1.2);
      const { code, stdout } = await runK6('breakpoint', env);
      expect(code).toBe(99);
      const result = JSON.parse(readFileSync(join(reportDir, 'breakpoint.json'), 'utf8'));
      expect(Math.abs(result.brokeAtRps - knee) / knee).toBeLessThanOrEqual(0.2);
      expect(stdout).toContain(`breakpoint: broke at ${result.brokeAtRps} req/s`);
    } finally {
      sandbox.setFaults({});
    }
  });

  it('the gate passes two real runs and fails one with injected latency, naming the SLI', async () => {
    // Two beasts, so that every request group gets requests in each 10 s run: the gate counts a
    // group the baseline had and the current run lacks as a regression.
    const env = { ...SHORT.load, SLO_MODE: 'report', BEASTS: 'owlbear,unicorn' };
    const run = async (name: string) => {
      const reportDir = join(dir, name);
      await runK6('load', { ...env, TESTID: name, REPORT_DIR: reportDir });
      return join(reportDir, 'summary.json');
    };
    const baseline = await run('gate-base');
    const again = await run('gate-again');
    const gate = (current: string) =>
      // Two 10 s runs of a random mix differ by chance (a beast's share of GETs, the p99 of a
      // dozen requests on a shared machine): wide tolerances, which +150 ms still breaks.
      spawnSync(process.execPath, ['--import', 'tsx', 'tools/gate.ts', '--baseline', baseline, '--current', current, '--min-requests', '5', '--tolerance', '1', '--latency-floor-ms', '50'], { encoding: 'utf8' });
    const second = gate(again);
    expect(second.status, second.stdout + second.stderr).toBe(0);
    sandbox.setFaults({ latency: [{ beast: '*', method: 'GET', fixedMs: 150 }] });
    try {
      const slower = gate(await run('gate-slow'));
      expect(slower.status).toBe(1);
      expect(slower.stdout).toMatch(/regression: p95 latency of GET \/\w+/);
    } finally {
      sandbox.setFaults({});
    }
  });
});

describe.skipIf(!k6)('distributed load: two k6 processes by execution segment, one testid (needs the k6 binary)', () => {
  let prometheus: PrometheusHarness;
  beforeAll(async () => {
    prometheus = await startPrometheus();
  });
  afterAll(async () => prometheus?.stop());

  const remoteWrite = (runner: string) => ({
    K6_PROMETHEUS_RW_SERVER_URL: prometheus.remoteWriteUrl,
    K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM: 'true',
    K6_PROMETHEUS_RW_PUSH_INTERVAL: '1s',
    // The runner label is a k6 tag: the remote-write output has no extra-label setting.
    TAGS: `runner=${runner}`,
  });
  const verdict = (testid: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'tools/verdict.ts', '--prometheus', prometheus.url, '--testid', testid, '--report-dir', join(dir, `verdict-${testid}`)], {
      encoding: 'utf8',
      env: { ...process.env, BASE_URL: sandbox.url },
    });

  it('adds up to the unsplit plan within 5% and gets the same PromQL verdict as one process', async () => {
    const env = { RATE: '20', RAMP_UP: '2s', DURATION: '8s', RAMP_DOWN: '2s', SLO_MODE: 'report' };
    const planned = plannedIterations(executorOf('load', env));
    const sequence = ['--execution-segment-sequence', '0,1/2,1'];
    const out = ['--out', 'experimental-prometheus-rw'];
    await Promise.all([
      runK6('load', { ...env, ...remoteWrite('a'), TESTID: 'split', REPORT_DIR: join(dir, 'split-a') }, [...out, '--execution-segment', '0:1/2', ...sequence]),
      runK6('load', { ...env, ...remoteWrite('b'), TESTID: 'split', REPORT_DIR: join(dir, 'split-b') }, [...out, '--execution-segment', '1/2:1', ...sequence]),
    ]);
    await runK6('load', { ...env, ...remoteWrite('single'), TESTID: 'single', REPORT_DIR: join(dir, 'single') }, out);
    await new Promise((resolve) => setTimeout(resolve, 3000));

    const [split] = await prometheus.query('sum(k6_http_reqs_total{testid="split", beast!=""})');
    expect(Math.abs(Number(split.value[1]) - planned) / planned).toBeLessThanOrEqual(0.05);

    const splitVerdict = verdict('split');
    const singleVerdict = verdict('single');
    expect(splitVerdict.status).toBe(singleVerdict.status);
    const verdicts = (testid: string) => summaryOf(join(dir, `verdict-${testid}`)).slos.map((s) => `${s.id}:${s.verdict}`);
    expect(verdicts('split')).toEqual(verdicts('single'));
  });
});
