/**
 * Reads the suite's TraceQL and LogQL as attribute filters and applies them to exported spans and
 * pushed log lines, so a test can say which of them a query selects. Written from the query
 * languages' documented semantics, not from the suite's query builders, and strict: anything it
 * does not understand (`||`, parentheses, pipelines beyond line filters) throws, so a query the
 * suite starts to write differently fails the test instead of matching by accident.
 */
import type { AttributeValue, ExportedSpan, PushedLine } from './telemetry-receiver.ts';

type Operator = '=' | '!=' | '=~' | '!~' | '>' | '>=' | '<' | '<=';

interface Condition {
  field: string;
  op: Operator;
  value: string | number;
}

const STRING = /^"([^"\\]*)"/;

/** The predicate a TraceQL span selector `{ a && b && … }`, or a bare trace id, stands for. */
export function traceqlFilter(query: string): (span: ExportedSpan) => boolean {
  const trimmed = query.trim();
  if (/^[0-9a-f]{32}$/.test(trimmed)) return (span) => span.traceId === trimmed;
  const body = /^\{(.*)\}$/.exec(trimmed)?.[1];
  if (body === undefined) throw new Error(`not a span selector: ${query}`);
  const conditions = body.split('&&').map((term) => traceqlCondition(term.trim(), query));
  return (span) => conditions.every((condition) => compare(spanField(span, condition.field), condition.op, condition.value));
}

function traceqlCondition(term: string, query: string): Condition {
  const match = /^([a-z][\w.]*)\s*(=~|!~|!=|>=|<=|=|>|<)\s*(.+)$/.exec(term);
  if (!match || /[()|]/.test(match[1])) throw new Error(`unsupported TraceQL term "${term}" in ${query}`);
  const [, field, op, raw] = match;
  const quoted = STRING.exec(raw);
  if (quoted) {
    if (quoted[0].length !== raw.length) throw new Error(`unsupported TraceQL value ${raw} in ${query}`);
    return { field, op: op as Operator, value: quoted[1] };
  }
  const duration = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(raw);
  if (duration) return { field, op: op as Operator, value: Number(duration[1]) * (duration[2] === 's' ? 1000 : 1) };
  if (/^-?\d+(\.\d+)?$/.test(raw)) return { field, op: op as Operator, value: Number(raw) };
  if (/^[a-z]+$/.test(raw)) return { field, op: op as Operator, value: raw };
  throw new Error(`unsupported TraceQL value ${raw} in ${query}`);
}

/** TraceQL's view of a span: scoped attributes and the intrinsics the suite uses. */
function spanField(span: ExportedSpan, field: string): AttributeValue | undefined {
  if (field.startsWith('span.')) return span.attributes[field.slice(5)];
  if (field.startsWith('resource.')) return span.resource[field.slice(9)];
  switch (field) {
    case 'kind':
      return span.kind.toLowerCase();
    case 'duration':
      return span.durationMs;
    case 'status':
      return span.status;
    case 'name':
      return span.name;
    default:
      throw new Error(`unsupported TraceQL field ${field}`);
  }
}

/** A comparison as TraceQL and LogQL label matchers make it: a missing value or a type mismatch never matches. */
function compare(actual: AttributeValue | undefined, op: Operator, expected: string | number): boolean {
  if (actual === undefined || typeof actual !== typeof expected) return false;
  switch (op) {
    case '=':
      return actual === expected;
    case '!=':
      return actual !== expected;
    case '=~':
      return new RegExp(`^(?:${expected})$`).test(String(actual));
    case '!~':
      return !new RegExp(`^(?:${expected})$`).test(String(actual));
    case '>':
      return actual > expected;
    case '>=':
      return actual >= expected;
    case '<':
      return actual < expected;
    case '<=':
      return actual <= expected;
  }
}

/** The predicate a LogQL log query `{matchers} |= "…" |~ "…" != "…" !~ "…"` stands for. */
export function logqlFilter(query: string): (line: PushedLine) => boolean {
  const selector = /^\{([^}]*)\}\s*(.*)$/.exec(query.trim());
  if (!selector) throw new Error(`not a LogQL log query: ${query}`);
  const matchers = selector[1].split(',').map((matcher) => {
    const match = /^\s*([a-zA-Z_]\w*)\s*(=~|!~|!=|=)\s*"([^"\\]*)"\s*$/.exec(matcher);
    if (!match) throw new Error(`unsupported LogQL matcher "${matcher}" in ${query}`);
    return { field: match[1], op: match[2] as Operator, value: match[3] };
  });
  const filters: { op: string; value: string }[] = [];
  let rest = selector[2];
  while (rest.length > 0) {
    const filter = /^(\|=|\|~|!=|!~)\s*"([^"\\]*)"\s*/.exec(rest);
    if (!filter) throw new Error(`unsupported LogQL pipeline "${rest}" in ${query}`);
    filters.push({ op: filter[1], value: filter[2] });
    rest = rest.slice(filter[0].length);
  }
  return ({ labels, line }) =>
    matchers.every((matcher) => compare(labels[matcher.field] ?? '', matcher.op, matcher.value)) &&
    filters.every(({ op, value }) => {
      switch (op) {
        case '|=':
          return line.includes(value);
        case '!=':
          return !line.includes(value);
        case '|~':
          return new RegExp(value).test(line);
        default:
          return !new RegExp(value).test(line);
      }
    });
}
