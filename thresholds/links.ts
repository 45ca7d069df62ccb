import { SERVICE_NAME } from './queries.ts';
import type { GrafanaSettings } from './settings.ts';
import type { Links } from './summary-schema.ts';

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
 * one pane holding one query against one datasource over an absolute time range.
 */
export function exploreUrl(grafana: GrafanaSettings, datasource: Datasource, query: string, range: TimeRange): string {
  const uid = { tempo: grafana.tempoUid, loki: grafana.lokiUid, mimir: grafana.mimirUid }[datasource];
  const pane = {
    datasource: uid,
    queries: [paneQuery(datasource, uid, query)],
    range: { from: String(range.from), to: String(range.to) },
  };
  const panes = encodeURIComponent(JSON.stringify({ mythical: pane }));
  return `${grafana.url}/explore?schemaVersion=1&panes=${panes}&orgId=1`;
}

function paneQuery(datasource: Datasource, uid: string, query: string): Record<string, unknown> {
  switch (datasource) {
    case 'tempo':
      return { refId: 'A', datasource: { type: 'tempo', uid }, queryType: 'traceql', query, limit: 20, tableType: 'traces' };
    case 'loki':
      return { refId: 'A', datasource: { type: 'loki', uid }, queryType: 'range', expr: query };
    case 'mimir':
      return { refId: 'A', datasource: { type: 'prometheus', uid }, expr: query, range: true, instant: false };
  }
}

/** Opens one trace in Tempo: a TraceQL query that is a bare trace id shows that trace. */
export function traceUrl(grafana: GrafanaSettings, traceId: string, range: TimeRange): string {
  return exploreUrl(grafana, 'tempo', traceId, range);
}

/** The server's log lines of the given traces (the line carries `traceID=<id>`). */
export function traceLogsQuery(traceIds: readonly string[]): string {
  return `{service_name="${SERVICE_NAME}"} |~ "traceID=(${traceIds.join('|')})"`;
}

/** Tempo, Loki and Mimir links for the whole run window. */
export function runLinks(grafana: GrafanaSettings, testid: string, range: TimeRange): Links {
  return {
    tempo: exploreUrl(grafana, 'tempo', `{ resource.service.name = "${SERVICE_NAME}" }`, range),
    loki: exploreUrl(grafana, 'loki', `{service_name="${SERVICE_NAME}"}`, range),
    mimir: exploreUrl(
      grafana,
      'mimir',
      `sum by (method, beast) (rate(k6_http_reqs_total{testid="${testid}"}[$__rate_interval]))`,
      range,
    ),
  };
}
