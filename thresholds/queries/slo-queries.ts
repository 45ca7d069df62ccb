import { EXPECTED_STATUS } from '../../lib/contract.ts';
import type { Method } from '../catalog.ts';
import type { SloKind, SloQueries } from '../slo.ts';
import { groupLogs, promSelector, runSpans, type LabelMatch } from './selectors.ts';

/** The request group one SLO judges, and where its telemetry lives. */
export interface QueryScope {
  testid: string;
  beast: string;
  method: string;
  /** Span attribute and Loki label naming the beast: `beast`, or `endpoint` for BORING endpoints. */
  key: 'beast' | 'endpoint';
}

/**
 * The queries that show one SLO's SLI for one run, each scoped to the run: metrics by `testid`,
 * spans by the testid in the User-Agent the server records (`http.user_agent`), log lines by the
 * run tag and method digit that start every trace id of the run (the line's only client field).
 */
export function sloQueries(kind: SloKind, quantile: number | null, thresholdMs: number, scope: QueryScope): SloQueries {
  // Checks judge bodies, which no span shows: their spans are the group's, the exemplars say which.
  const condition =
    kind === 'availability' ? `span.http.status_code != ${EXPECTED_STATUS[scope.method as Method]}`
    : kind === 'latency' ? `duration >= ${thresholdMs}ms`
    : undefined;
  const traceql = runSpans(scope.testid, scope, condition);
  const logql = groupLogs(scope.testid, scope.method, { [scope.key]: scope.beast, ...(kind === 'availability' ? { level: 'error' } : {}) });
  const group = { testid: scope.testid, beast: scope.beast, method: scope.method };
  if (kind === 'latency') {
    const { promql, promqlTrendStats } = latencyQueries(quantile ?? 0.95, group);
    return { promql, promqlTrendStats, traceql, logql };
  }
  const promql =
    kind === 'availability'
      ? ratioQuery('k6_http_reqs_total', group, { expected_response: 'false' })
      : ratioQuery('k6_mythical_checks_total', group, { passed: 'true' });
  return { promql, promqlTrendStats: promql, traceql, logql };
}

/**
 * A latency quantile in ms over the requests `labels` select, as k6 remote-writes it: from the
 * native histogram (as intro-to-mltp runs k6), or from k6's default `_p95`/`_p99` trend gauges.
 */
export function latencyQueries(quantile: number, labels: Record<string, LabelMatch>): { promql: string; promqlTrendStats: string } {
  const selector = promSelector(labels);
  return {
    promql: `histogram_quantile(${quantile}, sum(k6_http_req_duration_seconds${selector})) * 1000`,
    promqlTrendStats: `max(k6_http_req_duration_p${Math.round(quantile * 100)}${selector}) * 1000`,
  };
}

/** `sum(part) / sum(all)` over a cumulative counter: the SLI of the run so far, as k6 judges it. */
export function ratioQuery(counter: string, labels: Record<string, LabelMatch>, part: Record<string, LabelMatch>): string {
  return `(sum(${counter}${promSelector({ ...labels, ...part })}) or vector(0)) / sum(${counter}${promSelector(labels)})`;
}
