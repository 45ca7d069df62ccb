import { describe, expect, it } from 'vitest';
import { summarizeRun } from '../../../lib/report/end-of-test.ts';
import type { SummaryV1 } from '../../../lib/report/summary-schema.ts';
import { buildCatalog } from '../../../thresholds/catalog.ts';
import { gateOnSample, judgeSlos, type SloCounts } from '../../../thresholds/judge.ts';
import { fixedBound, type PlannedSample } from '../../../thresholds/sample-bound.ts';
import { parseSloSettings } from '../../../thresholds/settings.ts';
import type { Slo } from '../../../thresholds/slo.ts';
import { criticalCount } from '../../../thresholds/statistics.ts';
import { promqlSummary } from '../../../tools/verdict/promql-summary.ts';
import { k6Data, type GroupSample } from './k6-data.ts';

const END = new Date('2025-03-04T10:00:12.000Z');
const START = new Date('2025-03-04T10:00:00.000Z');
const config = {
  scenario: 'smoke', baseUrl: 'http://127.0.0.1:4000', endpointType: 'DEFAULT' as const,
  beasts: ['owlbear', 'unicorn'], testid: 'judge-t1', reportDir: 'reports/judge-t1',
};
// A plan without random parts (per-VU iterations): every group's K is the critical count of its
// exact sample, so a run that got its planned sample has the same K on either path.
const sample: PlannedSample = { requests: { GET: fixedBound(20), POST: fixedBound(20), DELETE: fixedBound(20) }, checks: fixedBound(10) };
const healthy: GroupSample = { requests: 20, failed: 0, p95: 80, p99: 120, checksPassed: 10, checksFailed: 0 };
const run: Record<string, GroupSample> = {
  'GET /owlbear': { ...healthy, p95: 480, p99: 520, bad: { 'latency-p95': 20, 'latency-p99': 3 }, checksPassed: 7, checksFailed: 3 },
  'POST /owlbear': { ...healthy, failed: 2 },
  'DELETE /owlbear': { ...healthy },
  'GET /unicorn': { ...healthy, checksPassed: 9, checksFailed: 1 },
  'POST /unicorn': { ...healthy, failed: 5 },
  'DELETE /unicorn': { ...healthy, failed: 4 },
};

/** The same run as the PromQL verdict measures it: per SLO, its guard count, bad events and SLI. */
function promqlCounts(catalog: readonly Slo[], groups: Record<string, GroupSample>): SloCounts[] {
  return catalog.map((slo) => {
    const g = groups[slo.group];
    const checks = g.checksPassed + g.checksFailed;
    const bad = { availability: g.failed, checks: g.checksFailed, 'latency-p95': 0, 'latency-p99': 0, ...g.bad }[slo.badTags.sli as 'availability'];
    const samples = slo.kind === 'checks' ? checks : g.requests;
    const observed = { availability: g.failed / g.requests, latency: slo.stat === 'p(95)' ? g.p95 : g.p99, checks: g.checksPassed / checks }[slo.kind];
    return { samples, bad, observed };
  });
}

function bothPaths(groups: Record<string, GroupSample>): { handleSummary: SummaryV1; promql: SummaryV1 } {
  const slo = parseSloSettings({}, 'report');
  const handleSummary = summarizeRun(k6Data(groups), { config, slo, plan: { sample }, end: END });
  const catalog = buildCatalog({ testid: config.testid, endpointType: config.endpointType, beasts: config.beasts, slo });
  const measures = { testid: config.testid, scenario: config.scenario, baseUrl: config.baseUrl, start: START, end: END, requests: 120, iterations: 4, checksPassed: 60, checksFailed: 0, all: { p95Ms: 120, p99Ms: 250, errorRate: 0.01 } };
  const promql = promqlSummary(catalog, promqlCounts(catalog, groups), measures, slo);
  return { handleSummary, promql };
}

describe('the one SLO judge', () => {
  it('gives the handleSummary path and the PromQL path the same SLO results on the same counts', () => {
    const { handleSummary, promql } = bothPaths(run);
    expect(handleSummary.slos.map((s) => s.verdict)).toContain('fail');
    expect(handleSummary.slos.map((s) => s.verdict)).toContain('pass');
    expect(promql.slos).toEqual(handleSummary.slos);
    for (const group of Object.keys(run)) expect(promql.slis[group]).toEqual(handleSummary.slis[group]);
    expect(promql.window).toEqual(handleSummary.window);
    expect(promql.links).toEqual(handleSummary.links);
    expect(promql.passed).toBe(false);
    expect(handleSummary.passed).toBe(false);
  });

  it('judges a group without samples no-data on both paths', () => {
    const { handleSummary, promql } = bothPaths({ ...run, 'DELETE /unicorn': { ...healthy, requests: 0 } });
    const verdicts = (summary: SummaryV1) => summary.slos.filter((s) => s.id.endsWith('delete-unicorn')).map((s) => [s.verdict, s.observed, s.budgetUsed]);
    expect(verdicts(promql)).toEqual([['no-data', null, null], ['no-data', null, null], ['no-data', null, null]]);
    expect(verdicts(handleSummary)).toEqual(verdicts(promql));
  });

  it('breaches at K: fewer bad events than the critical count pass, K fail, and k6 overrides where it judged', () => {
    const [slo] = buildCatalog({ testid: 't', endpointType: 'DEFAULT', beasts: ['owlbear'], methods: ['DELETE'], slo: parseSloSettings({}, 'gate'), sample });
    const breachAt = slo.gate!.breachAt;
    const judged = (counts: SloCounts) => judgeSlos([slo], [counts], parseSloSettings({}, 'gate').grafana, { start: START.toISOString(), end: END.toISOString() })[0];
    expect(judged({ samples: 20, bad: breachAt - 1, observed: 0.1 }).verdict).toBe('pass');
    expect(judged({ samples: 20, bad: breachAt, observed: 0.2 })).toMatchObject({ verdict: 'fail', threshold: `count<${breachAt}`, budgetUsed: breachAt / 20 / slo.allowedShare });
    expect(judged({ samples: 20, bad: 0, observed: 0, k6Ok: false }).verdict).toBe('fail');
    expect(judged({ samples: 0, bad: 0, observed: 0, k6Ok: true })).toMatchObject({ verdict: 'no-data', observed: null, budgetUsed: null });
  });

  it('tests a run without a planned sample on the sample it got (the PromQL verdict)', () => {
    const [slo] = buildCatalog({ testid: 't', endpointType: 'DEFAULT', beasts: ['owlbear'], methods: ['DELETE'], slo: parseSloSettings({}, 'soak') });
    expect(gateOnSample(slo, 500, 0.001).gate).toEqual({ plannedSample: 500, breachAt: criticalCount(500, slo.allowedShare, 0.001), alpha: 0.001, sizeAlpha: 0 });
  });
});
