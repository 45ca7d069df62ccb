import type { ExemplarLine } from '../lib/exemplars.ts';
import { exploreUrl, paddedWindow, traceLogsQuery, traceUrl } from './links.ts';
import type { GrafanaSettings } from './settings.ts';
import type { Exemplar, SloResult, SummaryV1 } from './summary-schema.ts';

/** At most this many offending requests are listed per failed SLO. */
export const OFFENDERS_PER_SLO = 5;

/** The tag filter of a submetric key, e.g. `{ beast: 'owlbear', method: 'GET' }`. */
export function submetricTags(key: string): Record<string, string> {
  const open = key.indexOf('{');
  if (open < 0 || !key.endsWith('}')) return {};
  return Object.fromEntries(
    key
      .slice(open + 1, -1)
      .split(',')
      .map((pair) => pair.split(':'))
      .filter((pair) => pair.length === 2),
  );
}

/** No response, or an error status. */
function failed(line: ExemplarLine): boolean {
  return line.status === 0 || line.status >= 400;
}

/**
 * The requests that broke one SLO, worst first, one per trace: for a latency SLO the slowest
 * of those over its objective; otherwise the failed ones first, then the slowest.
 */
export function pickOffenders(slo: SloResult, lines: readonly ExemplarLine[]): ExemplarLine[] {
  const tags = submetricTags(slo.metric);
  const group = lines.filter((line) => line.beast === tags.beast && line.method === tags.method);
  const slowest = (a: ExemplarLine, b: ExemplarLine) => b.durationMs - a.durationMs;
  const ordered =
    slo.kind === 'latency'
      ? group.filter((line) => line.durationMs > slo.objective.value).sort(slowest)
      : [...group.filter(failed).sort(slowest), ...group.filter((line) => !failed(line)).sort(slowest)];
  const seen = new Set<string>();
  return ordered.filter((line) => !seen.has(line.traceId) && seen.add(line.traceId)).slice(0, OFFENDERS_PER_SLO);
}

/**
 * The summary with, for every failed SLO, its offending requests (each linked to its trace in
 * Tempo) and a Loki link to exactly those traces' log lines. Passing SLOs are left as they are.
 */
export function withOffenders(summary: SummaryV1, lines: readonly ExemplarLine[], grafana: GrafanaSettings): SummaryV1 {
  const range = paddedWindow(summary.window.start, summary.window.end);
  const slos = summary.slos.map((slo): SloResult => {
    if (slo.verdict === 'pass') return slo;
    const offenders = pickOffenders(slo, lines);
    if (offenders.length === 0) return slo;
    const exemplars: Exemplar[] = offenders.map((line) => ({
      traceId: line.traceId,
      beast: line.beast,
      method: line.method,
      status: line.status,
      durationMs: line.durationMs,
      time: line.time,
      traceUrl: traceUrl(grafana, line.traceId, range),
    }));
    const loki = exploreUrl(grafana, 'loki', traceLogsQuery(offenders.map((line) => line.traceId)), range);
    return { ...slo, exemplars, links: { ...slo.links, loki } };
  });
  return { ...summary, slos };
}
