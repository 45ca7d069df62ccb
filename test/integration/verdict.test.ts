import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pushTimeseries } from 'prometheus-remote-write';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryV1 } from '../../lib/report/summary-schema.ts';
import { startPrometheus, type PrometheusHarness } from '../support/prometheus.ts';

const dir = mkdtempSync(join(tmpdir(), 'mythical-k6-verdict-'));
let prometheus: PrometheusHarness;

/**
 * Series shaped exactly like k6's experimental-prometheus-rw output in trend-stats mode: every
 * tag a label, counters `_total` and cumulative, trend stats as `_p95`/`_p99` gauges in seconds
 * covering the run so far, pushed every 5 s. Two runners (the `runner` label, a k6 tag set
 * with TAGS) each carry half the load, as in a distributed run.
 */
async function pushRun(testid: string, getP95Seconds: number): Promise<void> {
  const end = Date.now() - 20_000;
  const pushes = [end - 15_000, end - 10_000, end - 5_000, end];
  const series = [];
  for (const runner of ['0', '1']) {
    const run = { testid, scenario: 'load', runner };
    series.push({ labels: { __name__: 'k6_iterations_total', ...run }, samples: pushes.map((t, i) => ({ timestamp: t, value: 30 * (i + 1) })) });
    for (const method of ['GET', 'POST', 'DELETE']) {
      const group = { ...run, beast: 'owlbear', method, name: '/owlbear', proto: 'HTTP/1.1' };
      const ok = { ...group, status: method === 'GET' ? '200' : method === 'POST' ? '201' : '204', expected_response: 'true' };
      const counter = (perPush: number) => pushes.map((t, i) => ({ timestamp: t, value: perPush * (i + 1) }));
      series.push({ labels: { __name__: 'k6_http_reqs_total', ...ok }, samples: counter(10) });
      if (method === 'POST') {
        const failed = { ...group, status: '500', expected_response: 'false' };
        series.push({ labels: { __name__: 'k6_http_reqs_total', ...failed }, samples: counter(1) });
      }
      // The suite's bad-event counter, as the VUs write it: only where bad events happened.
      const bad = (sli: string) => ({ labels: { __name__: 'k6_mythical_slo_bad_events_total', ...run, beast: 'owlbear', method, sli }, samples: counter(method === 'POST' ? 1 : 10) });
      if (method === 'POST') series.push(bad('availability'));
      if (method === 'GET' && getP95Seconds >= 0.3) series.push(bad('latency-p95'));
      const p95 = method === 'GET' ? getP95Seconds : 0.04;
      series.push({ labels: { __name__: 'k6_http_req_duration_p95', ...ok }, samples: pushes.map((t) => ({ timestamp: t, value: p95 })) });
      series.push({ labels: { __name__: 'k6_http_req_duration_p99', ...ok }, samples: pushes.map((t) => ({ timestamp: t, value: p95 * 1.5 })) });
      for (const passed of ['true', 'false']) {
        const labels = { __name__: 'k6_mythical_checks_total', testid, scenario: 'load', runner, beast: 'owlbear', method, passed };
        series.push({ labels, samples: counter(passed === 'true' ? 10 : method === 'POST' ? 1 : 0) });
      }
    }
  }
  const result = await pushTimeseries(series, { url: prometheus.remoteWriteUrl, fetch: fetch as never });
  expect(result.status).toBeLessThan(300);
}

function verdict(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/verdict.ts', ...args], {
      env: { ...process.env, BEASTS: 'owlbear', BASE_URL: 'http://127.0.0.1:4000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  prometheus = await startPrometheus();
  await pushRun('dist-good', 0.08);
  await pushRun('dist-slow', 0.5);
});
afterAll(async () => {
  await prometheus?.stop();
  rmSync(dir, { recursive: true, force: true });
});

// The command's logic against a real Prometheus fed by k6-shaped samples; the end-to-end
// version with two real k6 processes is test/integration/distributed.test.ts (needs k6).
describe('npm run verdict: PromQL SLO verdict over k6-shaped remote-written series (no k6 needed)', () => {
  it('passes a run whose SLOs held, summing both runners, and writes SummaryV1', async () => {
    const reportDir = join(dir, 'good');
    const { code, stdout, stderr } = await verdict('--prometheus', prometheus.url, '--testid', 'dist-good', '--scenario', 'load', '--report-dir', reportDir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/verdict: PASS — dist-good judged from trend stats/);
    const summary = JSON.parse(readFileSync(join(reportDir, 'summary.json'), 'utf8')) as SummaryV1;
    expect(summary).toMatchObject({ schema: 'mythical-k6/summary', version: 1, testid: 'dist-good', passed: true });
    expect(summary.totals.requests).toBe(2 * (40 + 44 + 40));
    expect(summary.slis['GET /owlbear']).toMatchObject({ requests: 80, p95Ms: 80 });
    expect(summary.slis['POST /owlbear'].errorRate).toBeCloseTo(4 / 44);
    expect(summary.window.end).toBe(new Date(summary.window.end).toISOString());
    expect(summary.totals.durationSeconds).toBeCloseTo(15, 0);
    expect(summary.slos.find((s) => s.id === 'checks-get-owlbear')).toMatchObject({ verdict: 'pass', samples: 80 });
    // 8 designed failures of 88 POSTs: the exact test on the actual sample finds 10% plausible.
    expect(summary.slos.find((s) => s.id === 'availability-post-owlbear')).toMatchObject({ verdict: 'pass', samples: 88, test: { bad: 8 } });
    expect(readFileSync(join(reportDir, 'junit.xml'), 'utf8')).toContain('latency-p95-get-owlbear');
  });

  it('fails a run whose GET p95 broke its objective with 99, naming the SLO', async () => {
    const reportDir = join(dir, 'slow');
    const { code, stdout } = await verdict('--prometheus', prometheus.url, '--testid', 'dist-slow', '--report-dir', reportDir);
    expect(code).toBe(99);
    const summary = JSON.parse(readFileSync(join(reportDir, 'summary.json'), 'utf8')) as SummaryV1;
    const failed = summary.slos.filter((s) => s.verdict !== 'pass').map((s) => s.id);
    // p99 is 750 ms, inside its 1000 ms objective: only p95 broke, all 80 GETs at or over 300 ms.
    expect(failed).toEqual(['latency-p95-get-owlbear']);
    const p95 = summary.slos.find((s) => s.id === 'latency-p95-get-owlbear')!;
    expect(p95.test).toMatchObject({ bad: 80, plannedSample: 80 });
    expect(p95.threshold).toBe(`count<${p95.test!.breachAt}`);
    expect(stdout).toContain('latency-p95-get-owlbear');
  });

  it('refuses an unknown testid and an unreachable Prometheus with one line and exit 2', async () => {
    const unknown = await verdict('--prometheus', prometheus.url, '--testid', 'never-ran', '--lookback', '1');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toEqual([
      `verdict: --testid never-ran: no k6_http_reqs_total series in ${prometheus.url} over the last 1 h; expected the testid of a run that remote-wrote there`,
    ]);
    const down = await verdict('--prometheus', 'http://127.0.0.1:9', '--testid', 'dist-good');
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/^verdict: --prometheus http:\/\/127\.0\.0\.1:9: no answer/);
    expect((await verdict('--testid', 'x')).stderr).toMatch(/^verdict: --prometheus is required/);
    expect((await verdict('--prometheus', 'notaurl', '--testid', 'x')).stderr).toMatch(
      /^verdict: --prometheus=notaurl is not valid: expected the PromQL API base URL, e\.g\. http:\/\/localhost:9090/,
    );
  });
});
