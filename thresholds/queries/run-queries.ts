import { BAD_EVENTS_COUNTER, CHECKS_COUNTER } from '../catalog.ts';
import type { Slo } from '../slo.ts';
import { notEqual, promSelector, runLogs, runSpans } from './selectors.ts';
import { latencyQueries, ratioQuery } from './slo-queries.ts';

/** The queries of the links for a whole run window: its journey spans, its log lines, its request rate. */
export function runLinkQueries(testid: string): { traceql: string; logql: string; promql: string } {
  return {
    traceql: runSpans(testid),
    logql: runLogs(testid),
    promql: `sum by (method, beast) (rate(k6_http_reqs_total${promSelector({ testid })}[$__rate_interval]))`,
  };
}

/** The iterations an arrival-rate run could not start (delivered load); 0 when it dropped none. */
export function droppedIterationsQuery(testid: string): string {
  return `sum(k6_dropped_iterations_total${promSelector({ testid })}) or vector(0)`;
}

/**
 * The PromQL the verdict of a distributed run reads from its remote-written series
 * (`npm run verdict`): the run's window, each SLO's counts, and the run's totals and SLIs.
 */
export function verdictQueries(testid: string) {
  const run = promSelector({ testid });
  // Journey requests carry a beast; setup's probe and the teardown sweep do not.
  const journey = { testid, beast: notEqual('') };
  const counter = (name: string, labels: Record<string, string>) => `sum(k6_${name}_total${promSelector({ testid, ...labels })})`;
  return {
    /** Timestamp of the run's first or last request sample (a range query over the lookback). */
    firstSample: `min(timestamp(k6_http_reqs_total${run}))`,
    lastSample: `max(timestamp(k6_http_reqs_total${run}))`,
    /** Above 0 when k6 wrote trends as native histograms (`K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM`). */
    nativeHistograms: `count(k6_http_req_duration_seconds${run})`,
    /** An SLO's sample: its guard counter under its tag filter. */
    samples: (slo: Pick<Slo, 'guard' | 'tags'>) => counter(slo.guard, slo.tags),
    /** An SLO's bad events. */
    bad: (slo: Pick<Slo, 'badTags'>) => counter(BAD_EVENTS_COUNTER, slo.badTags),
    requests: `sum(k6_http_reqs_total${promSelector(journey)})`,
    iterations: `sum(k6_iterations_total${run})`,
    checks: (passed: boolean) => counter(CHECKS_COUNTER, { passed: String(passed) }),
    /** A latency quantile in ms over every journey request. */
    latency: (quantile: number, native: boolean) => latencyQueries(quantile, journey)[native ? 'promql' : 'promqlTrendStats'],
    errorRate: ratioQuery('k6_http_reqs_total', journey, { expected_response: 'false' }),
  };
}
