import { describe, expect, it } from 'vitest';
import { runTraceTag } from '../../../lib/tracing/traceparent.ts';
import { ENDPOINTS } from '../../../lib/beasts.ts';
import { crudSample } from '../../../lib/plans/sample.ts';
import { endOfTestOutputs, summarizeRun } from '../../../lib/report/end-of-test.ts';
import { parseSloSettings } from '../../../thresholds/settings.ts';
import { renderReportMarkdown } from '../../../lib/report/report-markdown.ts';
import { renderSloTable } from '../../../lib/report/slo-table.ts';
import { renderJUnit } from '../../../lib/report/junit-xml.ts';
import { reportFiles, reportPath } from '../../../lib/report/report-files.ts';
import { sloJUnitSuite } from '../../../lib/report/slo-junit-suite.ts';
import type { SummaryV1 } from '../../../lib/report/summary-schema.ts';
import { k6Data, type GroupSample } from '../thresholds/k6-data.ts';
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
// 20 journeys per beast: every fixture group's 20 requests is what the plan allows (POSTs: more).
const plan = { sample: crudSample(20) };
const summarize = (data = k6Data(groups()), env: Record<string, string> = {}) =>
  summarizeRun(data, { config, slo: parseSloSettings(env, 'gate'), plan, end: END });
const DELETE_UNICORN = 'mythical_slo_bad_events{beast:unicorn,method:DELETE,sli:availability}';

describe('SLO evaluation of k6 summary data', () => {
  it('passes every SLO of a healthy run and keeps the documented schema', () => {
    const summary = summarize();
    expect(summary).toMatchObject({ schema: 'mythical-k6/summary', version: 1, testid: 'smoke-t1', scenario: 'smoke', profile: 'default', mode: 'gate', passed: true });
    expect(summary.slos).toHaveLength(2 * (3 * 3 + 1));
    expect(summary.slos.every((slo) => slo.verdict === 'pass' && slo.samples > 0)).toBe(true);
    expect(summary.window).toEqual({ start: '2025-03-04T10:00:00.000Z', end: '2025-03-04T10:00:12.000Z' });
    expect(summary.slis['GET /owlbear']).toEqual({ p95Ms: 80, p99Ms: 120, errorRate: 0, rps: 20 / 12, requests: 20 });
    // The scenario's requests only: the teardown sweep's, which http_reqs also counts, are left out.
    expect(summary.slis.all.requests).toBe(120);
    expect(summary.slis.all.p95Ms).toBe(120);
    expect(summary.totals).toMatchObject({ requests: 127, durationSeconds: 12, checksPassed: 60, checksFailed: 0 });
  });

  it('breaches the p95 SLO of one group and nothing else', () => {
    const summary = summarize(k6Data(groups({ 'GET /owlbear': { p95: 480, p99: 520, bad: { 'latency-p95': 20 } } })));
    const failed = summary.slos.filter((slo) => slo.verdict !== 'pass');
    expect(failed.map((slo) => slo.id)).toEqual(['latency-p95-get-owlbear']);
    expect(failed[0]).toMatchObject({ observed: 480, threshold: 'count<9', metric: 'mythical_slo_bad_events{beast:owlbear,method:GET,sli:latency-p95}' });
    expect(failed[0].budgetUsed).toBe(20);
    expect(failed[0].test).toMatchObject({ bad: 20, allowedShare: 0.05, plannedSample: 40, breachAt: 9, alpha: 0.01 / 20 });
    expect(summary.passed).toBe(false);
  });

  it('breaches exactly at the critical count of the planned sample', () => {
    const verdict = (failed: number) =>
      summarize(k6Data(groups({ 'DELETE /unicorn': { failed } }))).slos.find((slo) => slo.id === 'availability-delete-unicorn')!.verdict;
    // 20 DELETEs planned, 1% allowed, α = 0.01 / 20 SLOs: P(X ≥ 4 | 20, 1%) = 4.0e-5 ≤ α < P(X ≥ 3) = 1.0e-3.
    expect([verdict(3), verdict(4)]).toEqual(['pass', 'fail']);
  });

  it('follows k6 where it judged the threshold, so the report agrees with the exit code', () => {
    const summary = summarize(k6Data(groups({ 'DELETE /unicorn': { failed: 1 } }), { [`${DELETE_UNICORN}:count<4`]: false }));
    expect(summary.slos.find((slo) => slo.id === 'availability-delete-unicorn')).toMatchObject({ verdict: 'fail', observed: 0.05, budgetUsed: 5 });
  });

  it('reports the exact test on the sample the run got: p-value, interval, detectable breach', () => {
    const slo = summarize(k6Data(groups({ 'DELETE /unicorn': { failed: 2 } }))).slos.find((s) => s.id === 'availability-delete-unicorn')!;
    expect(slo.test!.pValue).toBeCloseTo(1 - 0.99 ** 20 - 20 * 0.01 * 0.99 ** 19, 10);
    expect(slo.test!.interval![0]).toBeCloseTo(0.0123, 4); // 95% Clopper–Pearson of 2/20: 1.23%–31.7%
    expect(slo.test!.interval![1]).toBeCloseTo(0.317, 3);
    expect(slo.test!.detectable).toBeGreaterThan(0.3);
    expect(slo.test!.detectable).toBeLessThan(0.5);
  });

  it('says which SLOs could not breach with their sample, and which got more than planned', () => {
    const summary = summarize(k6Data(groups({ 'DELETE /owlbear': { requests: 3 }, 'DELETE /unicorn': { requests: 25 } })));
    const table = renderSloTable(summary);
    expect(table).toContain('could not breach with the sample they got (fewer events than the breach count), so their PASS proves nothing: availability-delete-owlbear, latency-p95-delete-owlbear, latency-p99-delete-owlbear');
    expect(table).toContain('got more events than planned, so their false-alarm bound no longer holds: availability-delete-unicorn (25 > 20)');
    expect(summary.slos.find((s) => s.id === 'latency-p95-delete-owlbear')!.test!.detectable).toBeNull();
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
    k6Data(groups({ 'GET /owlbear': { p95: 480, p99: 520, bad: { 'latency-p95': 15 } }, 'DELETE /unicorn': { failed: 5 }, 'POST /unicorn': { requests: 0, failed: 0, checksPassed: 0 } })),
  );
  const table = tableRows(renderSloTable(summary));
  const markdown = markdownRows(renderReportMarkdown(summary));
  const junit = junitRows(renderJUnit([sloJUnitSuite(summary)]));

  it('lists the same SLOs in the same order', () => {
    expect(table.map((row) => row[0])).toEqual(summary.slos.map((slo) => slo.id));
    expect(markdown.map((row) => row[0])).toEqual(summary.slos.map((slo) => slo.id));
    expect(junit.map(([id]) => id)).toEqual(summary.slos.map((slo) => slo.id));
  });

  it('prints the same objective, counts, interval, breach count, power, observed value and verdict', () => {
    expect(markdown).toEqual(table);
    const failedInTable = table.filter((row) => row[7] !== 'PASS').map((row) => row[0]);
    expect(junit.filter(([, failed]) => failed).map(([id]) => id)).toEqual(failedInTable);
    expect(failedInTable).toEqual(['latency-p95-get-owlbear', 'availability-post-unicorn', 'latency-p95-post-unicorn', 'latency-p99-post-unicorn', 'availability-delete-unicorn']);
    expect(table.find((row) => row[0] === 'availability-delete-unicorn')).toEqual(
      ['availability-delete-unicorn', 'failed < 1%', '5/20', '25% (8.66%–49.1%)', '≥ 4 of ≤ 20', '≥ 42.07%', '25%', 'FAIL'],
    );
    expect(table.find((row) => row[0] === 'availability-post-unicorn')).toEqual(
      ['availability-post-unicorn', 'failed < 10%', '0/0', '—', '≥ 10 of ≤ 29', 'nothing', '—', 'NO DATA'],
    );
  });

  it('writes the three files handleSummary returns, next to the text summary on stdout', () => {
    const outputs = endOfTestOutputs(k6Data(groups()), { config, slo: parseSloSettings({}, 'gate'), plan, end: END, deferTable: false });
    expect(Object.keys(outputs).sort()).toEqual(['reports/smoke-t1/junit.xml', 'reports/smoke-t1/report.md', 'reports/smoke-t1/summary.json', 'stdout']);
    expect(outputs.stdout).toContain('█ TOTAL RESULTS');
    expect(outputs.stdout).toContain('http_reqs');
    expect(outputs.stdout).toContain('█ SLOs  smoke-t1 — all 20 SLOs passed');
    expect(JSON.parse(outputs['reports/smoke-t1/summary.json']).passed).toBe(true);
    const deferred = endOfTestOutputs(k6Data(groups()), { config, slo: parseSloSettings({}, 'gate'), plan, end: END, deferTable: true });
    expect(deferred.stdout).not.toContain('█ SLOs');
  });

  it("puts each breach first in the Markdown, with its observed value, objective and links, and points to k6's HTML report", () => {
    const withHtml = { ...summary, htmlReport: 'reports/smoke-t1/report.html' };
    const md = renderReportMarkdown(withHtml);
    expect(md).toContain("📈 k6's HTML report (web dashboard: request rate, latency, errors and VUs over time): `reports/smoke-t1/report.html`");
    const slo = summary.slos.find((s) => s.id === 'latency-p95-get-owlbear')!;
    const section = md.slice(md.indexOf('#### ❌ latency-p95-get-owlbear'), md.indexOf('<details>'));
    expect(section).toContain('15/20 bad (75% (50.9%–91.34%)) reached the breach count 9: too many for p(95) < 300 ms');
    expect(section).toContain('observed 480 ms');
    expect(section).toContain(`[log lines](${slo.links.loki}) · [traces](${slo.links.tempo}) · [SLI in Mimir](${slo.links.mimir})`);
    expect(renderSloTable(withHtml)).toContain("  k6's HTML report (web dashboard: request rate, latency, errors and VUs over time):\n    reports/smoke-t1/report.html\n");
    expect(renderReportMarkdown(summary)).not.toContain('HTML report');
    expect(renderSloTable(summary)).not.toContain('HTML report');
  });

  it('keys every report file, the breakpoint one too, as <reportDir>/<file>, a trailing slash dropped', () => {
    expect(Object.keys(reportFiles(summarize(), 'out/run-1//'))).toEqual(['out/run-1/summary.json', 'out/run-1/junit.xml', 'out/run-1/report.md']);
    expect(reportPath('out/run-1/', 'breakpoint.json')).toBe('out/run-1/breakpoint.json');
  });
});

describe('default beasts', () => {
  it('judge 50 SLOs in a full smoke run', () => {
    const full = summarizeRun(k6Data({}), { config: { ...config, beasts: ENDPOINTS.DEFAULT }, slo: parseSloSettings({}, 'gate'), plan, end: END });
    expect(full.slos).toHaveLength(50);
    expect(full.slos.every((slo) => slo.verdict === 'no-data')).toBe(true);
  });
});
