import type { SloResult, SummaryV1, Verdict } from '../../lib/report/summary-schema.ts';

const NO_LINKS = { tempo: '', loki: '', mimir: '' };

/** One SLO result with the given verdict; latency in ms, or availability as a ratio. */
export function sloResult(id: string, verdict: Verdict, kind: 'latency' | 'availability' = 'latency'): SloResult {
  const latency = kind === 'latency';
  const observed = verdict === 'no-data' ? null : latency ? (verdict === 'pass' ? 120 : 480) : verdict === 'pass' ? 0.002 : 0.93;
  return {
    id,
    description: `${id} for a test`,
    kind,
    metric: `mythical_slo_bad_events{beast:owlbear,method:GET,sli:${latency ? 'latency-p95' : 'availability'}}`,
    threshold: latency ? 'count<13' : 'count<6',
    stat: latency ? 'p(95)' : 'rate',
    objective: latency ? { op: '<', value: 300, unit: 'ms' } : { op: '<', value: 0.01, unit: 'ratio' },
    observed,
    samples: verdict === 'no-data' ? 0 : 40,
    verdict,
    budgetUsed: verdict === 'no-data' ? null : verdict === 'pass' ? 0.4 : 1.6,
    test: null,
    exemplars: [],
    links: NO_LINKS,
    queries: { promql: '', promqlTrendStats: '', traceql: '', logql: '' },
  };
}

/** A schema-valid summary of a run that ended at `end`, holding `slos`. */
export function summaryFixture(testid: string, slos: SloResult[], end = new Date()): SummaryV1 {
  return {
    schema: 'mythical-k6/summary',
    version: 1,
    testid,
    scenario: 'smoke',
    profile: 'default',
    mode: 'gate',
    baseUrl: 'http://127.0.0.1:4000',
    window: { start: new Date(end.getTime() - 30_000).toISOString(), end: end.toISOString() },
    totals: { requests: 40, iterations: 10, durationSeconds: 30, checksPassed: 40, checksFailed: 0 },
    slis: { all: { p95Ms: 120, p99Ms: 200, errorRate: 0, rps: 1.3, requests: 40 } },
    slos,
    links: NO_LINKS,
    passed: slos.every((slo) => slo.verdict === 'pass'),
  };
}
