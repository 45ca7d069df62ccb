import { EXPECTED_STATUS } from '../lib/contract.ts';
import { traceIdPrefix } from '../lib/tracing/traceparent.ts';
import type { Method } from './catalog.ts';
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
  const traceql = spanSelector(scope, condition);
  const logql = logSelector(scope, kind === 'availability' ? 'error' : 'any');
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

/**
 * The TraceQL regular expression of the User-Agent of one run's journey requests,
 * `mythical-k6/<version> (testid=<id>; journey=<id>)`: the teardown sweep's `(testid=<id>; sweep)`
 * and other runs do not match. Written to hold whether Tempo anchors the match or not; a `.` of
 * the testid is the only character of its alphabet a regular expression reads as special.
 */
export function journeyAgentPattern(testid: string): string {
  return `.*[(]testid=${testid.replaceAll('.', '[.]')}; journey=.*`;
}

/**
 * TraceQL over the server spans of one request group of one run, narrowed by `condition`. Only
 * the SERVER span carries the method, the path and the User-Agent (no span of the real server
 * carries `beast` and the method together), so those are what select the group.
 */
export function spanSelector(scope: QueryScope, condition?: string): string {
  const terms = [
    `resource.service.name = "${SERVICE_NAME}"`,
    'kind = server',
    `span.http.method = "${scope.method}"`,
    `span.http.target = "/${scope.beast}"`,
    `span.http.user_agent =~ "${journeyAgentPattern(scope.testid)}"`,
    ...(condition ? [condition] : []),
  ];
  return `{ ${terms.join(' && ')} }`;
}

/**
 * LogQL over the server's log lines of one request group of one run: the stream labels select
 * the service and the beast (and `level="error"` the failures); the line's trace id, which
 * starts with the run tag and the method digit, selects the run and the method. The line's own
 * `http.method=` cannot: the real server logs a failed POST as `http.method=GET`.
 */
export function logSelector(scope: QueryScope, lines: 'any' | 'error'): string {
  const level = lines === 'error' ? ', level="error"' : '';
  return `{service_name="${SERVICE_NAME}", ${scope.key}="${scope.beast}"${level}} |= "traceID=${traceIdPrefix(scope.testid, scope.method)}"`;
}
