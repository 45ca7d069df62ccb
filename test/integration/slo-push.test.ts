import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushSloResults } from '../../tools/slo/push.ts';
import { freePort } from '../support/free-port.ts';
import { usePrometheus } from '../support/prometheus.ts';
import { sloResult, summaryFixture } from '../support/summary-fixture.ts';

const run = promisify(execFile);

describe('pushSloResults against a real Prometheus', () => {
  const prometheus = usePrometheus();
  const end = new Date(Date.now() - 5_000);
  const summary = summaryFixture(
    'slo-push-1',
    [
      sloResult('latency-p95-get-owlbear', 'pass'),
      sloResult('availability-get-owlbear', 'fail', 'availability'),
      sloResult('latency-p95-post-unicorn', 'no-data'),
    ],
    end,
  );

  it('writes verdict, objective, observed and budget series with the run labels, stamped at the run end', async () => {
    const warnings: string[] = [];
    const outcome = await pushSloResults(summary, {
      receiver: { url: prometheus().remoteWriteUrl, headers: {} },
      warn: (line) => warnings.push(line),
    });
    expect(warnings).toEqual([]);
    // 1 run series + 3 verdicts + 3 objectives + 2 observed + 2 budgets (no-data has neither).
    expect(outcome).toEqual({ delivered: true, series: 11 });

    const verdicts = await prometheus().query('mythical_k6_slo_verdict{testid="slo-push-1"}', end);
    const bySlo = Object.fromEntries(verdicts.map((s) => [s.metric.slo, s]));
    expect(Object.keys(bySlo).sort()).toEqual([
      'availability-get-owlbear',
      'latency-p95-get-owlbear',
      'latency-p95-post-unicorn',
    ]);
    expect(bySlo['latency-p95-get-owlbear'].metric).toEqual({
      __name__: 'mythical_k6_slo_verdict',
      kind: 'latency',
      profile: 'default',
      scenario: 'smoke',
      slo: 'latency-p95-get-owlbear',
      testid: 'slo-push-1',
      threshold: 'count<13',
      unit: 'ms',
      verdict: 'pass',
    });
    expect(bySlo['latency-p95-get-owlbear'].value).toEqual([end.getTime() / 1000, '1']);
    expect(bySlo['availability-get-owlbear'].metric.verdict).toBe('fail');
    expect(bySlo['availability-get-owlbear'].value[1]).toBe('0');
    expect(bySlo['latency-p95-post-unicorn'].metric.verdict).toBe('no-data');
    expect(bySlo['latency-p95-post-unicorn'].value[1]).toBe('0');

    const observed = await prometheus().query('mythical_k6_slo_observed{testid="slo-push-1"}', end);
    expect(Object.fromEntries(observed.map((s) => [s.metric.slo, Number(s.value[1])]))).toEqual({
      'latency-p95-get-owlbear': 120,
      'availability-get-owlbear': 0.93,
    });
    const objective = await prometheus().query('mythical_k6_slo_objective{slo="availability-get-owlbear"}', end);
    expect(objective.map((s) => [s.metric.unit, Number(s.value[1])])).toEqual([['ratio', 0.01]]);
    const budget = await prometheus().query('mythical_k6_slo_budget_used{testid="slo-push-1"}', end);
    expect(budget).toHaveLength(2);
    const passed = await prometheus().query('mythical_k6_run_passed{testid="slo-push-1"}', end);
    expect(passed.map((s) => s.value[1])).toEqual(['0']);
    expect(passed[0].metric).toMatchObject({
      window_start: String(Date.parse(summary.window.start)),
      window_end: String(end.getTime()),
    });
    // Stamped at the run end, not at push time: nothing is there a moment before it.
    expect(await prometheus().query('mythical_k6_slo_verdict{testid="slo-push-1"}', new Date(end.getTime() - 1_000))).toEqual([]);
  });

  it('runs as `slo:push` on a summary.json with the k6 receiver variable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slo-push-cli-'));
    try {
      const file = join(dir, 'summary.json');
      await writeFile(file, JSON.stringify({ ...summary, testid: 'slo-push-cli' }));
      const { stdout } = await run('npx', ['tsx', 'tools/slo-push.ts', file], {
        env: { ...process.env, K6_PROMETHEUS_RW_SERVER_URL: prometheus().remoteWriteUrl },
      });
      expect(stdout.trim()).toBe(`pushed 11 SLO series for slo-push-cli to ${prometheus().remoteWriteUrl}`);
      const verdicts = await prometheus().query('mythical_k6_slo_verdict{testid="slo-push-cli"}', end);
      expect(verdicts).toHaveLength(3);

      await writeFile(file, JSON.stringify({ schema: 'other', version: 1 }));
      const bad = await run('npx', ['tsx', 'tools/slo-push.ts', file], {
        env: { ...process.env, K6_PROMETHEUS_RW_SERVER_URL: prometheus().remoteWriteUrl },
      }).catch((error: { code: number; stderr: string }) => error);
      expect(bad).toMatchObject({ code: 2 });
      expect((bad as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('pushSloResults when the receiver fails', () => {
  let server: Server;
  let failingUrl: string;
  const requests: Record<string, string | string[] | undefined>[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.headers);
      request.resume();
      response.writeHead(500, { 'content-type': 'text/plain' }).end('ingester unavailable\nsecond line');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    failingUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/push`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  const summary = summaryFixture('slo-push-down', [sloResult('latency-p95-get-owlbear', 'pass')]);

  it('warns in one line, without the credentials, and does not throw on a 500', async () => {
    const warnings: string[] = [];
    const outcome = await pushSloResults(summary, {
      receiver: { url: failingUrl, headers: { Authorization: 'Bearer s3cret-token', 'X-Scope-OrgID': 'team-a' } },
      warn: (line) => warnings.push(line),
    });
    expect(outcome.delivered).toBe(false);
    expect(warnings).toEqual([`SLO results were not delivered to ${failingUrl}: HTTP 500 ingester unavailable`]);
    expect(outcome.warning).toBe(warnings[0]);
    // The credentials went to the receiver, never into the line.
    expect(requests.at(-1)).toMatchObject({ authorization: 'Bearer s3cret-token', 'x-scope-orgid': 'team-a' });
    expect(warnings[0]).not.toContain('s3cret');
  });

  it('warns and does not throw when nothing listens', async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = `http://127.0.0.1:${await freePort()}/api/v1/push`;
    const warnings: string[] = [];
    const outcome = await pushSloResults(summary, { receiver: { url: closed, headers: {} }, warn: (l) => warnings.push(l) });
    expect(outcome.delivered).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^SLO results were not delivered to ${closed.replace(/[.]/g, '\\.')}: .*ECONNREFUSED`));
  });

  it('gives up on a receiver that never answers', async () => {
    const hung = createServer(() => undefined);
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    try {
      const target = `http://127.0.0.1:${(hung.address() as AddressInfo).port}/api/v1/push`;
      const warnings: string[] = [];
      const outcome = await pushSloResults(summary, {
        receiver: { url: target, headers: {} },
        timeoutMs: 300,
        warn: (l) => warnings.push(l),
      });
      expect(outcome.delivered).toBe(false);
      expect(warnings).toEqual([`SLO results were not delivered to ${target}: no answer within 300 ms`]);
    } finally {
      hung.closeAllConnections();
      await new Promise((resolve) => hung.close(resolve));
    }
  });
});
