import { runTraceTag, traceIdPrefix } from '../../lib/tracing/traceparent.ts';

/** The service whose spans and log lines the suite's requests produce. */
export const SERVICE_NAME = 'mythical-server';

/** A PromQL label matcher: a string matches exactly; `=~` and `!=` as written. */
export type LabelMatch = string | { op: '=~' | '!='; value: string };

/** A regular-expression matcher, e.g. a Grafana variable: `matching('$testid')` → `=~"$testid"`. */
export function matching(pattern: string): LabelMatch {
  return { op: '=~', value: pattern };
}

/** A negative matcher: `notEqual('')` → `!=""` (the series carries the label). */
export function notEqual(value: string): LabelMatch {
  return { op: '!=', value };
}

/** A PromQL series selector, e.g. `{testid="smoke-1", beast!=""}`, labels in the given order. */
export function promSelector(labels: Record<string, LabelMatch>): string {
  const terms = Object.entries(labels).map(([key, match]) => (typeof match === 'string' ? `${key}="${match}"` : `${key}${match.op}"${match.value}"`));
  return `{${terms.join(', ')}}`;
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
 * TraceQL over the server spans of one run's journey requests: of one request group when
 * `group` is given, narrowed by `condition`. Only the SERVER span carries the method, the path
 * and the User-Agent (no span of the real server carries `beast` and the method together), so
 * those are what select a group.
 */
export function runSpans(testid: string, group?: { method: string; beast: string }, condition?: string): string {
  const terms = [
    `resource.service.name = "${SERVICE_NAME}"`,
    'kind = server',
    ...(group ? [`span.http.method = "${group.method}"`, `span.http.target = "/${group.beast}"`] : []),
    `span.http.user_agent =~ "${journeyAgentPattern(testid)}"`,
    ...(condition ? [condition] : []),
  ];
  return `{ ${terms.join(' && ')} }`;
}

/** LogQL stream selector of the server's log lines, e.g. `{service_name="mythical-server", level="error"}`. */
export function serverLogs(labels: Record<string, string> = {}): string {
  return `{service_name="${SERVICE_NAME}"${Object.entries(labels).map(([key, value]) => `, ${key}="${value}"`).join('')}}`;
}

/** LogQL over the server's log lines of one run: every trace id of the run starts with its run tag. */
export function runLogs(testid: string): string {
  return `${serverLogs()} |= "traceID=${runTraceTag(testid)}"`;
}

/**
 * LogQL over the server's log lines of one request group of one run: the stream labels select
 * the beast (and `level="error"` the failures); the line's trace id, which starts with the run
 * tag and the method digit, selects the run and the method. The line's own `http.method=`
 * cannot: the real server logs a failed POST as `http.method=GET`.
 */
export function groupLogs(testid: string, method: string, labels: Record<string, string>): string {
  return `${serverLogs(labels)} |= "traceID=${traceIdPrefix(testid, method)}"`;
}

/** The server's log lines of the given traces (each line carries `traceID=<id>`). */
export function traceLogs(traceIds: readonly string[]): string {
  return `${serverLogs()} |~ "traceID=(${traceIds.join('|')})"`;
}
