import { runLinkQueries } from '../../thresholds/queries/run-queries.ts';
import type { GrafanaSettings } from '../../thresholds/settings.ts';
import type { Links } from '../report/summary-schema.ts';

/** A time range in epoch milliseconds. */
export interface TimeRange {
  from: number;
  to: number;
}

/**
 * Spans and log lines are stamped by the server, not by k6: widen the run window by a minute
 * on each side so clock skew and ingestion delay never hide a request of the run.
 */
export const WINDOW_PADDING_MS = 60_000;

/** The run window as the links use it. */
export function paddedWindow(start: string, end: string): TimeRange {
  return { from: Date.parse(start) - WINDOW_PADDING_MS, to: Date.parse(end) + WINDOW_PADDING_MS };
}

type Datasource = 'tempo' | 'loki' | 'mimir';

/**
 * A Grafana Explore link in the current URL format: `/explore?schemaVersion=1&panes=<JSON>`,
 * one pane holding one query against one datasource (by uid) over an absolute time range. The
 * JSON holds only what Explore needs and is escaped only where a URL must be, so the link
 * stays short enough to paste and a terminal still sees one URL.
 */
export function exploreUrl(grafana: GrafanaSettings, datasource: Datasource, query: string, range: TimeRange): string {
  const uid = { tempo: grafana.tempoUid, loki: grafana.lokiUid, mimir: grafana.mimirUid }[datasource];
  const text = datasource === 'tempo' ? { queryType: 'traceql', query } : { expr: query };
  const pane = { datasource: uid, queries: [{ refId: 'A', datasource: { uid }, ...text }], range: { from: String(range.from), to: String(range.to) } };
  return `${grafana.url}/explore?schemaVersion=1&panes=${escapeQueryValue(JSON.stringify({ a: pane }))}&orgId=1`;
}

/** `encodeURIComponent`, leaving raw the characters a query value may hold as they are (RFC 3986). */
function escapeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%(2C|3A|40|2F|24)/g, (escaped) => decodeURIComponent(escaped));
}

/** Opens one trace in Tempo: a TraceQL query that is a bare trace id shows that trace. */
export function traceUrl(grafana: GrafanaSettings, traceId: string, range: TimeRange): string {
  return exploreUrl(grafana, 'tempo', traceId, range);
}

/**
 * Tempo, Loki and Mimir links for the whole run window, each scoped to the run: the spans of its
 * journey requests (their User-Agent), the log lines of its trace ids (their run tag), its series.
 */
export function runLinks(grafana: GrafanaSettings, testid: string, range: TimeRange): Links {
  const queries = runLinkQueries(testid);
  return {
    tempo: exploreUrl(grafana, 'tempo', queries.traceql, range),
    loki: exploreUrl(grafana, 'loki', queries.logql, range),
    mimir: exploreUrl(grafana, 'mimir', queries.promql, range),
  };
}
