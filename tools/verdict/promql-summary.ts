import type { Sli, SloResult, SummaryV1 } from '../../lib/report/summary-schema.ts';
import { gateOnSample, judgeSlos, summaryDocument, type SloCounts } from '../../thresholds/judge.ts';
import type { SloSettings } from '../../thresholds/settings.ts';
import type { Slo } from '../../thresholds/slo.ts';

/** What the run-level queries measured. */
export interface RunMeasures {
  testid: string;
  scenario: string;
  baseUrl: string;
  start: Date;
  end: Date;
  requests: number;
  iterations: number;
  checksPassed: number;
  checksFailed: number;
  /** SLIs of every journey request (`all`), from the same queries without the group filter. */
  all: { p95Ms: number | null; p99Ms: number | null; errorRate: number | null };
}

/**
 * The suite's summary document of a run judged from its remote-written series, by the one SLO
 * judge (thresholds/judge.ts) on the counts PromQL measured (`counts[i]` of `catalog[i]`): the
 * same SLO results and SLIs as k6's end-of-test report, so the gate, the report renderers and
 * the SLO push read a distributed run like any other. No planned sample is known after the
 * fact, so each SLO is tested on the sample the run got (exact one-sided binomial test at its
 * share of SLO_FALSE_ALARM). Exemplars stay empty (they live in k6's log).
 */
export function promqlSummary(
  catalog: readonly Slo[],
  counts: readonly SloCounts[],
  run: RunMeasures,
  settings: Pick<SloSettings, 'profile' | 'mode' | 'grafana' | 'falseAlarm'>,
): SummaryV1 {
  const window = { start: run.start.toISOString(), end: run.end.toISOString() };
  const alpha = settings.falseAlarm / catalog.length;
  const gated = catalog.map((slo, i) => gateOnSample(slo, counts[i].samples, alpha));
  const slos = judgeSlos(gated, counts, settings.grafana, window);
  const seconds = (run.end.getTime() - run.start.getTime()) / 1000;
  const slis: Record<string, Sli> = {
    all: { ...run.all, rps: run.requests > 0 && seconds > 0 ? run.requests / seconds : null, requests: run.requests },
  };
  for (const slo of catalog) slis[slo.group] ??= groupSli(slos, catalog, slo.group, seconds);
  const totals = { requests: run.requests, iterations: run.iterations, durationSeconds: seconds, checksPassed: run.checksPassed, checksFailed: run.checksFailed };
  return summaryDocument({ testid: run.testid, scenario: run.scenario, baseUrl: run.baseUrl, window, totals, slis, slos }, settings);
}

/** The SLIs of a group out of its SLO results: p95/p99 latency, failure rate, requests. */
function groupSli(results: SloResult[], catalog: readonly Slo[], group: string, seconds: number): Sli {
  const of = (idPrefix: string) => results.find((r, i) => catalog[i].group === group && r.id.startsWith(idPrefix));
  const requests = of('availability')?.samples ?? 0;
  return {
    p95Ms: of('latency-p95')?.observed ?? null,
    p99Ms: of('latency-p99')?.observed ?? null,
    errorRate: of('availability')?.observed ?? null,
    rps: requests > 0 && seconds > 0 ? requests / seconds : null,
    requests,
  };
}
