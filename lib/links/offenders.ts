import { EXPECTED_STATUS } from '../contract.ts';
import type { ExemplarLine } from '../exemplars.ts';
import type { Method } from '../../thresholds/catalog.ts';
import { traceLogs } from '../../thresholds/queries/selectors.ts';
import { exploreUrl, paddedWindow, traceUrl } from './explore.ts';
import type { GrafanaSettings } from '../../thresholds/settings.ts';
import type { Exemplar, SloResult, SummaryV1 } from '../report/summary-schema.ts';

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

/** Whether an exemplar offends this SLO: its kind of failure, in its request group. */
function offends(slo: SloResult, line: ExemplarLine, tags: Record<string, string>): boolean {
  if (line.beast !== tags.beast || line.method !== tags.method) return false;
  switch (slo.kind) {
    case 'availability':
      return line.status !== EXPECTED_STATUS[line.method as Method];
    case 'latency':
      return line.durationMs >= slo.objective.value;
    case 'checks':
      return line.checkFailed;
    default:
      // An SLO on the run as a whole (no request group) names no request.
      return false;
  }
}

/**
 * The requests that broke one SLO, one per trace, at most {@link OFFENDERS_PER_SLO}: those that
 * reached the server first (a trace to open), then those that did not; the slowest first.
 */
export function pickOffenders(slo: SloResult, lines: readonly ExemplarLine[]): ExemplarLine[] {
  const tags = submetricTags(slo.metric);
  const ordered = lines
    .filter((line) => offends(slo, line, tags))
    .sort((a, b) => Number(b.reached) - Number(a.reached) || b.durationMs - a.durationMs);
  const seen = new Set<string>();
  return ordered.filter((line) => !seen.has(line.traceId) && seen.add(line.traceId)).slice(0, OFFENDERS_PER_SLO);
}

/**
 * The summary with, for every failed SLO, its offending requests (each that reached the server
 * linked to its trace in Tempo) and a Loki link to exactly those traces' log lines. Passing
 * SLOs are left as they are.
 */
export function withOffenders(summary: SummaryV1, lines: readonly ExemplarLine[], grafana: GrafanaSettings): SummaryV1 {
  const range = paddedWindow(summary.window.start, summary.window.end);
  const slos = summary.slos.map((slo): SloResult => {
    if (slo.verdict === 'pass') return slo;
    const offenders = pickOffenders(slo, lines);
    if (offenders.length === 0) return slo;
    const exemplars = offenders.map((line): Exemplar => {
      const { traceId, journey, beast, method, status, reached, durationMs, time } = line;
      return { traceId, journey, beast, method, status, reached, durationMs, time, ...(reached ? { traceUrl: traceUrl(grafana, traceId, range) } : {}) };
    });
    const traced = offenders.filter((line) => line.reached).map((line) => line.traceId);
    if (traced.length === 0) return { ...slo, exemplars };
    const loki = exploreUrl(grafana, 'loki', traceLogs(traced), range);
    return { ...slo, exemplars, links: { ...slo.links, loki } };
  });
  return { ...summary, slos };
}
