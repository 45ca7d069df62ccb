import type { SloKind, SloQueries } from './slo.ts';

/** The request group one SLO judges, and where its telemetry lives. */
export interface QueryScope {
  testid: string;
  beast: string;
  method: string;
  /** Span attribute and Loki label naming the beast: `beast`, or `endpoint` for BORING endpoints. */
  key: 'beast' | 'endpoint';
}

/** The service whose spans and log lines the suite's requests produce. */
export const SERVICE_NAME = 'mythical-server';

/**
 * The queries that show one SLO's SLI for one run. Metrics are scoped by `testid`; traces and
 * logs carry no test id (the server does not copy baggage into attributes), so the links that
 * use these queries scope them by the run's time window instead.
 */
export function sloQueries(kind: SloKind, quantile: number | null, thresholdMs: number, scope: QueryScope): SloQueries {
  const traceql = spanSelector(scope, kind === 'latency' ? `duration > ${thresholdMs}ms` : 'status = error');
  const logql = logSelector(scope, kind === 'latency' ? 'any' : 'error');
  if (kind === 'latency') {
    const q = quantile ?? 0.95;
    const selector = promSelector(scope, {});
    return {
      promql: `histogram_quantile(${q}, sum(k6_http_req_duration_seconds${selector})) * 1000`,
      promqlTrendStats: `max(k6_http_req_duration_p${Math.round(q * 100)}${selector}) * 1000`,
      traceql,
      logql,
    };
  }
  const promql =
    kind === 'availability'
      ? ratioQuery('k6_http_reqs_total', scope, { expected_response: 'false' })
      : ratioQuery('k6_mythical_checks_total', scope, { passed: 'true' });
  return { promql, promqlTrendStats: promql, traceql, logql };
}

/** `sum(part) / sum(all)` over a cumulative counter: the SLI of the run so far, as k6 judges it. */
function ratioQuery(counter: string, scope: QueryScope, part: Record<string, string>): string {
  return `(sum(${counter}${promSelector(scope, part)}) or vector(0)) / sum(${counter}${promSelector(scope, {})})`;
}

function promSelector(scope: QueryScope, extra: Record<string, string>): string {
  const labels = { testid: scope.testid, beast: scope.beast, method: scope.method, ...extra };
  return `{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(', ')}}`;
}

/** TraceQL over the server spans of one request group, narrowed by `condition`. */
export function spanSelector(scope: Omit<QueryScope, 'testid'>, condition?: string): string {
  const terms = [
    `resource.service.name = "${SERVICE_NAME}"`,
    `span.${scope.key} = "${scope.beast}"`,
    // Older OpenTelemetry HTTP instrumentation writes `http.method`, current semantic conventions `http.request.method`.
    `(span.http.method = "${scope.method}" || span.http.request.method = "${scope.method}")`,
    ...(condition ? [condition] : []),
  ];
  return `{ ${terms.join(' && ')} }`;
}

/**
 * LogQL over the server's log lines of one request group. The method is matched in the line
 * (`http.method=GET`), except for failed POSTs, which the real server logs as `http.method=GET`:
 * their query keeps every error line of the beast.
 */
export function logSelector(scope: Omit<QueryScope, 'testid'>, lines: 'any' | 'error'): string {
  const level = lines === 'error' ? ', level="error"' : '';
  const stream = `{service_name="${SERVICE_NAME}", ${scope.key}="${scope.beast}"${level}}`;
  const methodReliable = !(lines === 'error' && scope.method === 'POST');
  return methodReliable ? `${stream} |= "http.method=${scope.method}"` : stream;
}
