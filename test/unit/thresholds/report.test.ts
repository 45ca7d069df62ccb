import { describe, expect, it } from 'vitest';
import { runTraceTag } from '../../../lib/tracing/traceparent.ts';
import { ENDPOINTS } from '../../../lib/beasts.ts';
import { budgetUsed, slowerShare } from '../../../thresholds/budget.ts';
import { endOfTestOutputs, summarizeRun } from '../../../thresholds/end-of-test.ts';
import { parseSloSettings } from '../../../thresholds/settings.ts';
import { renderMarkdown } from '../../../thresholds/report/markdown.ts';
import { renderSloTable } from '../../../thresholds/report/table.ts';
import { renderJUnit } from '../../../thresholds/report/junit.ts';
import { reportFiles, reportPath } from '../../../thresholds/report/files.ts';
import { sloJUnitSuite } from '../../../thresholds/report/slo-junit.ts';
import type { SummaryV1 } from '../../../thresholds/summary-schema.ts';
import { k6Data, type GroupSample } from './k6-data.ts';
import { junitRows, markdownRows, tableRows } from './rows.ts';

const END = new Date('2025-03-04T10:00:12.000Z');
const config = {
  scenario: 'smoke', baseUrl: 'http://127.0.0.1:4000', endpointType: 'DEFAULT' as const,
  beasts: ['owlbear', 'unicorn'], testid: 'smoke-t1', reportDir: 'reports/smoke-t1',
};
const healthy: GroupSample = { requests: 20, failed: 0, p95: 80, p99: 120, checksPassed: 10, checksFailed: 0 };
const groups = (overrides: Record<string, Partial<GroupSample>> = {}) => {
  const all: Record<string, GroupSample> = {};
  for (const beast of config.beasts) for (const method of ['GET', 'POST', 'DELETE']) all[`${method} /${beast}`] = { ...healthy };
  for (const [group, sample] of Object.entries(overrides)) all[group] = { ...all[group], ...sample };
  return all;
};
const summarize = (data = k6Data(groups()), env: Record<string, string> = {}) =>
  summarizeRun(data, { config, slo: parseSloSettings(env, 'gate'), end: END });

describe('SLO evaluation of k6 summary data', () => {
  it('passes every SLO of a healthy run and keeps the documented schema', () => {
    const summary = summarize();
    expect(summary).toMatchObject({ schema: 'mythical-k6/summary', version: 1, testid: 'smoke-t1', scenario: 'smoke', profile: 'default', mode: 'gate', passed: true });
    expect(summary.slos).toHaveLength(2 * (3 * 3 + 1));
    expect(summary.slos.every((slo) => slo.verdict === 'pass' && slo.samples > 0)).toBe(true);
    expect(summary.window).toEqual({ start: '2025-03-04T10:00:00.000Z', end: '2025-03-04T10:00:12.000Z' });
    expect(summary.slis['GET /owlbear']).toEqual({ p95Ms: 80, p99Ms: 120, errorRate: 0, rps: 20 / 12, requests: 20 });
    expect(summary.slis.all.requests).toBe(120);
    expect(summary.totals).toMatchObject({ requests: 120, durationSeconds: 12, checksPassed: 60, checksFailed: 0 });
  });

  it('breaches the p95 SLO of one group and nothing else', () => {
    const summary = summarize(k6Data(groups({ 'GET /owlbear': { p95: 480, p99: 520 } })));
    const failed = summary.slos.filter((slo) => slo.verdict !== 'pass');
    expect(failed.map((slo) => slo.id)).toEqual(['latency-p95-get-owlbear']);
    expect(failed[0]).toMatchObject({ observed: 480, threshold: 'p(95)<300', metric: 'http_req_duration{beast:owlbear,method:GET}' });
    expect(failed[0].budgetUsed!).toBeGreaterThan(1);
    expect(summary.passed).toBe(false);
  });

  it('follows k6 where it judged the threshold, so the report agrees with the exit code', () => {
    const summary = summarize(k6Data(groups({ 'DELETE /unicorn': { failed: 4, ok: { 'http_req_failed:rate<0.01': false } } })));
    expect(summary.slos.find((slo) => slo.id === 'availability-delete-unicorn')).toMatchObject({ verdict: 'fail', observed: 0.2, budgetUsed: 20 });
  });

  it('gives a group without samples the no-data verdict, which fails', () => {
    const data = k6Data(groups({ 'POST /unicorn': { requests: 0, failed: 0, checksPassed: 0 } }));
    const summary = summarize(data);
    const post = summary.slos.filter((slo) => slo.id.endsWith('-post-unicorn'));
    expect(post.map((slo) => [slo.verdict, slo.observed, slo.budgetUsed, slo.samples])).toEqual(Array(3).fill(['no-data', null, null, 0]));
    expect(summary.passed).toBe(false);
  });

  it('treats a submetric k6 never reported as no data', () => {
    const data = k6Data(groups());
    delete data.metrics['mythical_checks{beast:owlbear,method:GET}'];
    expect(summarize(data).slos.find((slo) => slo.id === 'checks-get-owlbear')!.verdict).toBe('no-data');
  });
});

describe('error budget used', () => {
  it('is the failure share over the allowed share for rates', () => {
    expect(budgetUsed('rate', { op: '<', value: 0.01, unit: 'ratio' }, 0.005)).toBeCloseTo(0.5);
    expect(budgetUsed('rate', { op: '<', value: 0.2, unit: 'ratio' }, 0.1)).toBeCloseTo(0.5);
    expect(budgetUsed('rate', { op: '>', value: 0.99, unit: 'ratio' }, 0.97)).toBeCloseTo(3);
    expect(budgetUsed('rate', { op: '<', value: 0.01, unit: 'ratio' }, 0)).toBe(0);
  });

  it('estimates the share of slow requests on the percentile ladder for latency', () => {
    const ladder = { min: 10, med: 100, 'p(90)': 200, 'p(95)': 300, 'p(99)': 500, max: 900 };
    expect(slowerShare(ladder, 250)).toBeCloseTo(0.075);
    expect(budgetUsed('p(95)', { op: '<', value: 250, unit: 'ms' }, 300, ladder)).toBeCloseTo(1.5);
    expect(budgetUsed('p(99)', { op: '<', value: 700, unit: 'ms' }, 500, ladder)).toBeCloseTo(0.5);
    expect(slowerShare(ladder, 5)).toBe(1);
    expect(slowerShare(ladder, 1000)).toBe(0);
  });

  it('is above 1 exactly when the percentile breaches its objective', () => {
    const ladder = { min: 10, med: 100, 'p(90)': 200, 'p(95)': 300, 'p(99)': 500, max: 900 };
    for (const limit of [150, 290, 299, 301, 400, 800]) {
      const used = budgetUsed('p(95)', { op: '<', value: limit, unit: 'ms' }, 300, ladder);
      expect(used > 1).toBe(300 >= limit);
    }
  });
});

/** The Explore state a Grafana link opens. */
function exploreState(link: string) {
  const url = new URL(link);
  expect(url.pathname).toBe('/explore');
  expect(url.searchParams.get('schemaVersion')).toBe('1');
  const panes = JSON.parse(url.searchParams.get('panes')!) as Record<string, { datasource: string; queries: Array<Record<string, unknown>>; range: { from: string; to: string } }>;
  const [pane] = Object.values(panes);
  return { origin: url.origin, pane, query: pane.queries[0] };
}

describe('Explore links', () => {
  const summary = summarize(k6Data(groups()), { GRAFANA_URL: 'https://grafana.example:3000', GRAFANA_TEMPO_UID: 'tempo-x' });
  const from = String(Date.parse('2025-03-04T10:00:00.000Z') - 60_000);
  const to = String(Date.parse('2025-03-04T10:00:12.000Z') + 60_000);

  it('open each SLO query in its datasource over the run window', () => {
    const slo = summary.slos.find((s) => s.id === 'latency-p95-get-owlbear')!;
    const tempo = exploreState(slo.links.tempo);
    expect(tempo.origin).toBe('https://grafana.example:3000');
    expect(tempo.pane.datasource).toBe('tempo-x');
    expect(tempo.query).toEqual({ refId: 'A', datasource: { uid: 'tempo-x' }, queryType: 'traceql', query: slo.queries.traceql });
    expect(tempo.pane.range).toEqual({ from, to });
    const loki = exploreState(slo.links.loki);
    expect(loki.query).toEqual({ refId: 'A', datasource: { uid: 'loki' }, expr: slo.queries.logql });
    const mimir = exploreState(slo.links.mimir);
    expect(mimir.query).toEqual({ refId: 'A', datasource: { uid: 'mimir' }, expr: slo.queries.promql });
    expect(mimir.pane.range).toEqual({ from, to });
  });

  it('stay short enough to paste, and one URL to a terminal (no space, quote or brace left raw)', () => {
    for (const slo of summary.slos) {
      for (const link of Object.values(slo.links)) {
        expect(link.length).toBeLessThan(700);
        expect(link).toMatch(/^[A-Za-z0-9\-._~!$'()*,:@/?&=%]+$/);
      }
    }
  });

  it('scope the run-window links to the run: its User-Agent, its trace ids, its testid', () => {
    expect(exploreState(summary.links.tempo).query.query).toBe(
      '{ resource.service.name = "mythical-server" && kind = server && span.http.user_agent =~ ".*[(]testid=smoke-t1; journey=.*" }',
    );
    expect(exploreState(summary.links.loki).query.expr).toBe(`{service_name="mythical-server"} |= "traceID=${runTraceTag('smoke-t1')}"`);
    expect(exploreState(summary.links.mimir).query.expr).toContain('testid="smoke-t1"');
  });
});

describe('JUnit and Markdown say the same as the table', () => {
  const summary: SummaryV1 = summarize(
    k6Data(groups({ 'GET /owlbear': { p95: 480, p99: 520 }, 'DELETE /unicorn': { failed: 5 }, 'POST /unicorn': { requests: 0, failed: 0, checksPassed: 0 } })),
  );
  const table = tableRows(renderSloTable(summary));
  const markdown = markdownRows(renderMarkdown(summary));
  const junit = junitRows(renderJUnit([sloJUnitSuite(summary)]));

  it('lists the same SLOs in the same order', () => {
    expect(table.map((row) => row[0])).toEqual(summary.slos.map((slo) => slo.id));
    expect(markdown.map((row) => row[0])).toEqual(summary.slos.map((slo) => slo.id));
    expect(junit.map(([id]) => id)).toEqual(summary.slos.map((slo) => slo.id));
  });

  it('prints the same objective, observed value, verdict and budget', () => {
    expect(markdown).toEqual(table);
    const failedInTable = table.filter((row) => row[3] !== 'PASS').map((row) => row[0]);
    expect(junit.filter(([, failed]) => failed).map(([id]) => id)).toEqual(failedInTable);
    expect(failedInTable).toEqual(['latency-p95-get-owlbear', 'availability-post-unicorn', 'latency-p95-post-unicorn', 'latency-p99-post-unicorn', 'availability-delete-unicorn']);
    expect(table.find((row) => row[0] === 'availability-delete-unicorn')).toEqual(['availability-delete-unicorn', 'failed < 1%', '25%', 'FAIL', '2500%']);
    expect(table.find((row) => row[0] === 'availability-post-unicorn')).toEqual(['availability-post-unicorn', 'failed < 20%', '—', 'NO DATA', '—']);
  });

  it('writes the three files handleSummary returns, next to the text summary on stdout', () => {
    const outputs = endOfTestOutputs(k6Data(groups()), { config, slo: parseSloSettings({}, 'gate'), end: END, deferTable: false });
    expect(Object.keys(outputs).sort()).toEqual(['reports/smoke-t1/junit.xml', 'reports/smoke-t1/report.md', 'reports/smoke-t1/summary.json', 'stdout']);
    expect(outputs.stdout).toContain('█ TOTAL RESULTS');
    expect(outputs.stdout).toContain('http_reqs');
    expect(outputs.stdout).toContain('█ SLOs  smoke-t1 — all 20 SLOs passed');
    expect(JSON.parse(outputs['reports/smoke-t1/summary.json']).passed).toBe(true);
    const deferred = endOfTestOutputs(k6Data(groups()), { config, slo: parseSloSettings({}, 'gate'), end: END, deferTable: true });
    expect(deferred.stdout).not.toContain('█ SLOs');
  });

  it("puts each breach first in the Markdown, with its observed value, objective and links, and points to k6's HTML report", () => {
    const withHtml = { ...summary, htmlReport: 'reports/smoke-t1/report.html' };
    const md = renderMarkdown(withHtml);
    expect(md).toContain("📈 k6's HTML report (web dashboard: request rate, latency, errors and VUs over time): `reports/smoke-t1/report.html`");
    const slo = summary.slos.find((s) => s.id === 'latency-p95-get-owlbear')!;
    const section = md.slice(md.indexOf('#### ❌ latency-p95-get-owlbear'), md.indexOf('<details>'));
    expect(section).toContain('observed 480 ms breaches p(95) < 300 ms');
    expect(section).toContain(`[log lines](${slo.links.loki}) · [traces](${slo.links.tempo}) · [SLI in Mimir](${slo.links.mimir})`);
    expect(renderSloTable(withHtml)).toContain("  k6's HTML report (web dashboard: request rate, latency, errors and VUs over time):\n    reports/smoke-t1/report.html\n");
    expect(renderMarkdown(summary)).not.toContain('HTML report');
    expect(renderSloTable(summary)).not.toContain('HTML report');
  });

  it('keys every report file, the breakpoint one too, as <reportDir>/<file>, a trailing slash dropped', () => {
    expect(Object.keys(reportFiles(summarize(), 'out/run-1//'))).toEqual(['out/run-1/summary.json', 'out/run-1/junit.xml', 'out/run-1/report.md']);
    expect(reportPath('out/run-1/', 'breakpoint.json')).toBe('out/run-1/breakpoint.json');
  });
});

describe('default beasts', () => {
  it('judge 50 SLOs in a full smoke run', () => {
    const full = summarizeRun(k6Data({}), { config: { ...config, beasts: ENDPOINTS.DEFAULT }, slo: parseSloSettings({}, 'gate'), end: END });
    expect(full.slos).toHaveLength(50);
    expect(full.slos.every((slo) => slo.verdict === 'no-data')).toBe(true);
  });
});
