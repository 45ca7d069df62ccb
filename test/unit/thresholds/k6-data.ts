import type { K6SummaryData, K6SummaryMetric } from '../../../thresholds/k6-summary.ts';

/** Per-group measurements a fake-free k6 summary `data` object is built from. */
export interface GroupSample {
  requests: number;
  failed: number;
  p95: number;
  p99: number;
  checksPassed: number;
  checksFailed: number;
  /** Bad events per `sli` where they differ from the defaults (failed requests, failed checks, no slow request). */
  bad?: Partial<Record<'availability' | 'latency-p95' | 'latency-p99' | 'checks', number>>;
}

const trend = (p95: number, p99: number, count: number): Record<string, number> => ({
  avg: p95 / 2, min: p95 / 10, med: p95 / 2, max: p99 * 1.2, 'p(90)': p95 * 0.9, 'p(95)': p95, 'p(99)': p99, count,
});

/**
 * A k6 summary `data` object in the documented shape (metrics with submetrics, `values`,
 * `thresholds` {ok}), as k6 hands it to handleSummary for a run of the given groups of the
 * `smoke` scenario. `ok` holds k6's threshold verdicts keyed `<submetric>:<expression>`;
 * omit it for report mode.
 */
export function k6Data(groups: Record<string, GroupSample>, ok: Record<string, boolean> = {}, durationMs = 12_000): K6SummaryData {
  const metrics: Record<string, K6SummaryMetric> = {};
  const counter = (count: number): K6SummaryMetric => ({ type: 'counter', contains: 'default', values: { count, rate: count / (durationMs / 1000) } });
  let requests = 0;
  let checks = 0;
  let passes = 0;
  for (const [group, sample] of Object.entries(groups)) {
    const [method, route] = group.split(' ');
    const beast = route.slice(1);
    const filter = `{beast:${beast},method:${method}}`;
    const checkTotal = sample.checksPassed + sample.checksFailed;
    metrics[`http_reqs${filter}`] = counter(sample.requests);
    metrics[`http_req_failed${filter}`] = { type: 'rate', contains: 'default', values: { rate: sample.requests ? sample.failed / sample.requests : 0, passes: sample.failed, fails: sample.requests - sample.failed } };
    metrics[`http_req_duration${filter}`] = { type: 'trend', contains: 'time', values: sample.requests ? trend(sample.p95, sample.p99, sample.requests) : {} };
    metrics[`checks${filter}`] = { type: 'rate', contains: 'default', values: { rate: checkTotal ? sample.checksPassed / checkTotal : 0, passes: sample.checksPassed, fails: sample.checksFailed } };
    metrics[`mythical_checks${filter}`] = counter(checkTotal);
    const bad = { availability: sample.failed, checks: sample.checksFailed, 'latency-p95': 0, 'latency-p99': 0, ...sample.bad };
    for (const [sli, count] of Object.entries(bad)) {
      // k6 reports a counter submetric that got no sample with a zero count.
      metrics[`mythical_slo_bad_events{beast:${beast},method:${method},sli:${sli}}`] = counter(count);
    }
    requests += sample.requests;
    checks += checkTotal;
    passes += sample.checksPassed;
  }
  metrics.http_reqs = counter(requests + 7); // the teardown sweep's requests count here
  metrics['http_reqs{scenario:smoke}'] = counter(requests);
  metrics['http_req_duration{scenario:smoke}'] = { type: 'trend', contains: 'time', values: trend(120, 250, requests) };
  metrics['http_req_failed{scenario:smoke}'] = { type: 'rate', contains: 'default', values: { rate: 0.01, passes: 1, fails: requests - 1 } };
  metrics.checks = { type: 'rate', contains: 'default', values: { rate: checks ? passes / checks : 0, passes, fails: checks - passes } };
  metrics.iterations = { type: 'counter', contains: 'default', values: { count: 4, rate: 0.33 } };
  metrics.vus = { type: 'gauge', contains: 'default', values: { value: 2, min: 2, max: 2 } };
  metrics.data_received = { type: 'counter', contains: 'data', values: { count: 51_200, rate: 4266 } };
  for (const [key, passed] of Object.entries(ok)) {
    const [metric, expression] = key.split(':count');
    const judged = (metrics[metric] ??= counter(0));
    judged.thresholds = { ...judged.thresholds, [`count${expression}`]: { ok: passed } };
  }
  return { metrics, state: { testRunDurationMs: durationMs } };
}
