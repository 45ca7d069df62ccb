import type { K6SummaryData, K6SummaryMetric } from '../../../thresholds/evaluate.ts';

/** Per-group measurements a fake-free k6 summary `data` object is built from. */
export interface GroupSample {
  requests: number;
  failed: number;
  p95: number;
  p99: number;
  checksPassed: number;
  checksFailed: number;
  /** k6's threshold verdicts for this group, keyed by expression; omit for report mode. */
  ok?: Record<string, boolean>;
}

const trend = (p95: number, p99: number, count: number): Record<string, number> => ({
  avg: p95 / 2, min: p95 / 10, med: p95 / 2, max: p99 * 1.2, 'p(90)': p95 * 0.9, 'p(95)': p95, 'p(99)': p99, count,
});

/**
 * A k6 summary `data` object in the documented shape (metrics with submetrics, `values`,
 * `thresholds` {ok}), as k6 hands it to handleSummary for a run of the given groups.
 */
export function k6Data(groups: Record<string, GroupSample>, durationMs = 12_000): K6SummaryData {
  const metrics: Record<string, K6SummaryMetric> = {};
  let requests = 0;
  let checks = 0;
  let passes = 0;
  for (const [group, sample] of Object.entries(groups)) {
    const [method, route] = group.split(' ');
    const filter = `{beast:${route.slice(1)},method:${method}}`;
    const ok = (metric: string) =>
      Object.fromEntries(Object.entries(sample.ok ?? {}).filter(([key]) => key.startsWith(metric)).map(([key, value]) => [key.slice(metric.length + 1), { ok: value }]));
    const checkTotal = sample.checksPassed + sample.checksFailed;
    metrics[`http_reqs${filter}`] = { type: 'counter', contains: 'default', values: { count: sample.requests, rate: sample.requests / (durationMs / 1000) }, thresholds: ok('http_reqs') };
    metrics[`http_req_failed${filter}`] = { type: 'rate', contains: 'default', values: { rate: sample.requests ? sample.failed / sample.requests : 0, passes: sample.failed, fails: sample.requests - sample.failed }, thresholds: ok('http_req_failed') };
    metrics[`http_req_duration${filter}`] = { type: 'trend', contains: 'time', values: sample.requests ? trend(sample.p95, sample.p99, sample.requests) : {}, thresholds: ok('http_req_duration') };
    metrics[`checks${filter}`] = { type: 'rate', contains: 'default', values: { rate: checkTotal ? sample.checksPassed / checkTotal : 0, passes: sample.checksPassed, fails: sample.checksFailed }, thresholds: ok('checks') };
    metrics[`mythical_checks${filter}`] = { type: 'counter', contains: 'default', values: { count: checkTotal, rate: checkTotal / (durationMs / 1000) }, thresholds: ok('mythical_checks') };
    requests += sample.requests;
    checks += checkTotal;
    passes += sample.checksPassed;
  }
  metrics.http_reqs = { type: 'counter', contains: 'default', values: { count: requests, rate: requests / (durationMs / 1000) } };
  metrics.http_req_duration = { type: 'trend', contains: 'time', values: trend(120, 250, requests) };
  metrics.http_req_failed = { type: 'rate', contains: 'default', values: { rate: 0.01, passes: 1, fails: requests - 1 } };
  metrics.checks = { type: 'rate', contains: 'default', values: { rate: checks ? passes / checks : 0, passes, fails: checks - passes } };
  metrics.iterations = { type: 'counter', contains: 'default', values: { count: 4, rate: 0.33 } };
  metrics.vus = { type: 'gauge', contains: 'default', values: { value: 2, min: 2, max: 2 } };
  metrics.data_received = { type: 'counter', contains: 'data', values: { count: 51_200, rate: 4266 } };
  return { metrics, state: { testRunDurationMs: durationMs } };
}
