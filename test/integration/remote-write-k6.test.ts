import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/index.ts';
import type { SummaryV1 } from '../../lib/report/summary-schema.ts';
import { findK6 } from '../../tools/k6-binary.ts';
import { forRun, loadDashboard, panelQueries } from '../support/dashboards.ts';
import { usePrometheus } from '../support/prometheus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const k6Path = await findK6();

/** Labels no series may carry: each has unbounded values. */
const UNBOUNDED = ['url', 'vu', 'iter', 'ip', 'error'];

interface RunResult {
  code: number;
  stderr: string;
  summary: SummaryV1;
}

/** `npm run smoke` as a user runs it, with the given receiver and load overrides. */
async function smoke(testid: string, env: Record<string, string>): Promise<RunResult> {
  const reportDir = await mkdtemp(path.join(tmpdir(), `rw-${testid}-`));
  try {
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        'npx',
        ['tsx', 'tools/run.ts', 'smoke'],
        { cwd: ROOT, env: { ...process.env, K6_BIN: k6Path ?? '', TESTID: testid, REPORT_DIR: reportDir, ...env }, timeout: 110_000 },
        (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      );
    });
    const summary = JSON.parse(await readFile(path.join(reportDir, 'summary.json'), 'utf8')) as SummaryV1;
    return { ...result, summary };
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
}

describe.skipIf(!k6Path)('smoke with remote-write into a real Prometheus (needs the k6 binary)', () => {
  const prometheus = usePrometheus();
  let sandbox: Sandbox;
  let baseEnv: Record<string, string>;

  beforeAll(async () => {
    // Always-succeed keeps status labels the same from run to run, so series counts compare.
    sandbox = await startSandbox({ logs: 'silent', alwaysSucceed: true });
    baseEnv = {
      BASE_URL: sandbox.url,
      SLO_PROFILE: 'always-succeed',
      K6_PROMETHEUS_RW_SERVER_URL: prometheus().remoteWriteUrl,
      K6_PROMETHEUS_RW_PUSH_INTERVAL: '1s',
      VUS: '1',
    };
  });
  afterAll(async () => {
    await sandbox?.stop();
  });

  it('lands every request, every dashboard query and every SLO verdict under the run\'s testid', async () => {
    const testid = `rw-k6-${Date.now()}`;
    // 100 ms on every request makes two journeys last about 4 s: several 1 s pushes, so the
    // per-interval panels (rates) have two points to draw from.
    sandbox.setFaults({ latency: [{ fixedMs: 100 }] });
    const { code, summary } = await smoke(testid, { ...baseEnv, ITERATIONS: '2' }).finally(() => sandbox.setFaults({}));
    expect(summary.totals.durationSeconds).toBeGreaterThan(2);
    expect([0, 99]).toContain(code);
    const start = new Date(summary.window.start);
    const end = new Date(summary.window.end);
    const after = new Date(end.getTime() + 5_000);

    const [requests] = await prometheus().query(`sum(max_over_time(k6_http_reqs_total{testid="${testid}"}[10m]))`, after);
    expect(Number(requests.value[1])).toBe(summary.totals.requests);
    // The gate's `all` group is the scenario's requests: setup's probe and the sweep carry no scenario label.
    const [scenario] = await prometheus().query(`sum(max_over_time(k6_http_reqs_total{testid="${testid}", scenario="smoke"}[10m]))`, after);
    expect(Number(scenario.value[1])).toBe(summary.slis.all.requests);

    const labelNames = new Set((await prometheus().series(`{testid="${testid}"}`, start, after)).flatMap((s) => Object.keys(s)));
    for (const label of UNBOUNDED) expect(labelNames.has(label), `label ${label}`).toBe(false);
    expect(labelNames.has('scenario')).toBe(true);

    // Grafana draws range queries: a query "returns data" when some step of the run has a value.
    const times: Date[] = [];
    for (let t = start.getTime(); t <= after.getTime(); t += 1_000) times.push(new Date(t));
    for (const file of ['mythical-k6-results.json', 'mythical-k6-slos.json']) {
      for (const { where, expr } of panelQueries(loadDashboard(file))) {
        const query = forRun(expr, testid, { range: '10m', rateInterval: '10s' });
        let found = false;
        for (const time of times) {
          if ((await prometheus().query(query, time)).length > 0) {
            found = true;
            break;
          }
        }
        expect(found, `${file} ${where}: ${query}`).toBe(true);
      }
    }

    const verdicts = await prometheus().query(`last_over_time(mythical_k6_slo_verdict{testid="${testid}"}[10m])`, after);
    expect(Object.fromEntries(verdicts.map((s) => [s.metric.slo, s.metric.verdict]))).toEqual(
      Object.fromEntries(summary.slos.map((slo) => [slo.id, slo.verdict])),
    );
    for (const sample of verdicts) expect(sample.value[1]).toBe(sample.metric.verdict === 'pass' ? '1' : '0');
  });

  it('shows the run totals of a run shorter than one push', async () => {
    const testid = `rw-short-push-${Date.now()}`;
    // 50 ms on every request: two journeys take about 2 s, long enough for k6's once-a-second
    // VU gauge, and well under its default 5 s push interval: one push, at the end.
    sandbox.setFaults({ latency: [{ fixedMs: 50 }] });
    const { summary } = await smoke(testid, { ...baseEnv, ITERATIONS: '2', K6_PROMETHEUS_RW_PUSH_INTERVAL: '5s' }).finally(() => sandbox.setFaults({}));
    expect(summary.totals.durationSeconds).toBeGreaterThan(1);
    expect(summary.totals.durationSeconds).toBeLessThan(5);
    const start = new Date(summary.window.start);
    const after = new Date(new Date(summary.window.end).getTime() + 5_000);
    const times: Date[] = [];
    for (let t = start.getTime(); t <= after.getTime(); t += 1_000) times.push(new Date(t));
    const shows = async (expr: string) => {
      for (const time of times) if ((await prometheus().query(forRun(expr, testid, { range: '10m', rateInterval: '10s' }), time)).length > 0) return true;
      return false;
    };
    // The totals: every results-dashboard query over the whole range.
    const totals = panelQueries(loadDashboard('mythical-k6-results.json')).filter(({ expr }) => expr.includes('[$__range]'));
    const missing: string[] = [];
    for (const { where, expr } of totals) if (!(await shows(expr))) missing.push(where);
    // Quantiles over whole runs read the last sample of k6's cumulative histograms with
    // last_over_time, which Mimir and current Prometheus evaluate on histograms; Prometheus
    // 2.42 (Debian 12's) drops histogram samples there, so on it only those may be missing.
    const histogramsOverTime = (await prometheus().query(`histogram_count(last_over_time(k6_http_req_duration_seconds{testid="${testid}"}[10m]))`, after)).length > 0;
    const quantiles = totals.filter(({ expr }) => expr.includes('last_over_time(k6_http_req_duration_seconds')).map(({ where }) => where);
    expect(quantiles.length).toBe(4);
    expect(missing).toEqual(histogramsOverTime ? [] : quantiles);
  });

  it('writes as many series for a long run as for a short one', async () => {
    const short = `rw-short-${Date.now()}`;
    const long = `rw-long-${Date.now()}`;
    const first = await smoke(short, { ...baseEnv, ITERATIONS: '1' });
    const second = await smoke(long, { ...baseEnv, ITERATIONS: '6' });
    expect(second.summary.totals.iterations).toBeGreaterThan(first.summary.totals.iterations);
    // Bad-event series appear only for groups that had a bad event (at most 4 per group), so a
    // healthy run's count leaves them out.
    const count = async (testid: string) => (await prometheus().series(`{testid="${testid}", __name__!="k6_mythical_slo_bad_events_total"}`)).length;
    const shortCount = await count(short);
    expect(shortCount).toBeGreaterThan(10);
    expect(await count(long)).toBe(shortCount);
  });

  describe('when the receiver fails', () => {
    let failing: Server;
    let failingUrl: string;

    beforeAll(async () => {
      failing = createServer((request, response) => {
        request.resume();
        response.writeHead(500).end('ingester down');
      });
      await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
      failingUrl = `http://127.0.0.1:${(failing.address() as AddressInfo).port}/api/v1/push`;
    });
    afterAll(async () => {
      await new Promise((resolve) => failing?.close(resolve));
    });

    it('still completes with its local verdict and report, and warns that nothing was delivered', async () => {
      for (const receiver of [failingUrl, 'http://127.0.0.1:9/api/v1/push']) {
        const { code, stderr, summary } = await smoke(`rw-down-${Date.now()}`, {
          ...baseEnv,
          ITERATIONS: '1',
          K6_PROMETHEUS_RW_SERVER_URL: receiver,
        });
        expect(code).toBe(summary.passed ? 0 : 99);
        expect(summary.slos.length).toBeGreaterThan(0);
        expect(summary.totals.requests).toBeGreaterThan(0);
        expect(stderr).toContain(`k6 metrics were not delivered to ${receiver}`);
        expect(stderr).toContain(`SLO results were not delivered to ${receiver}`);
      }
    });
  });
});
