import { verdictExpression } from '../../thresholds/compile.ts';
import { exactTest, sloResult } from '../../thresholds/evaluate.ts';
import { paddedWindow, runLinks } from '../../lib/links/explore.ts';
import type { SloSettings } from '../../thresholds/settings.ts';
import type { Slo } from '../../thresholds/slo.ts';
import { criticalCount } from '../../thresholds/statistics.ts';
import { SUMMARY_SCHEMA, SUMMARY_VERSION, type Sli, type SloResult, type SummaryV1 } from '../../lib/report/summary-schema.ts';

/** What PromQL measured for one SLO at the end of the run. */
export interface Measured {
  /** The SLI in the objective's unit, or null when the query returned nothing. */
  observed: number | null;
  /** The guard counter under the SLO's tag filter: requests (or checks) of its group. */
  samples: number;
  /** The SLO's bad events (`mythical_slo_bad_events` under its group and `sli`). */
  bad: number;
}

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
 * Judges one SLO with the exact one-sided binomial test on the sample the run actually got
 * (no static threshold is needed after the run): it breaches when its bad events reach the
 * critical count at level `alpha`. No sample is `no-data`, which fails.
 */
export function judgeSlo(slo: Slo, measured: Measured, alpha: number, settings: Pick<SloSettings, 'grafana'>, window: { start: string; end: string }): SloResult {
  const range = paddedWindow(window.start, window.end);
  const { samples, bad } = measured;
  const observed = samples > 0 ? measured.observed : null;
  const judged = { ...slo, gate: { plannedSample: samples, breachAt: criticalCount(samples, slo.allowedShare, alpha), alpha, sizeAlpha: 0 } };
  const verdict = samples === 0 ? 'no-data' : bad < judged.gate.breachAt ? 'pass' : 'fail';
  const threshold = verdictExpression(judged);
  return sloResult(slo, { threshold, samples, bad, observed, verdict, test: exactTest(judged, bad, samples) }, settings.grafana, range);
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

/**
 * The suite's summary document of a run judged from its remote-written series: the same SLO
 * results and SLIs as k6's end-of-test report, so the gate, the report renderers and the SLO
 * push read a distributed run like any other. Exemplars stay empty (they live in k6's log).
 */
export function verdictSummary(
  catalog: readonly Slo[],
  measured: Measured[],
  run: RunMeasures,
  settings: Pick<SloSettings, 'profile' | 'mode' | 'grafana' | 'falseAlarm'>,
): SummaryV1 {
  const window = { start: run.start.toISOString(), end: run.end.toISOString() };
  const alpha = settings.falseAlarm / catalog.length;
  const slos = catalog.map((slo, i) => judgeSlo(slo, measured[i], alpha, settings, window));
  const seconds = (run.end.getTime() - run.start.getTime()) / 1000;
  const slis: Record<string, Sli> = {
    all: { ...run.all, rps: run.requests > 0 && seconds > 0 ? run.requests / seconds : null, requests: run.requests },
  };
  for (const slo of catalog) slis[slo.group] ??= groupSli(slos, catalog, slo.group, seconds);
  return {
    schema: SUMMARY_SCHEMA,
    version: SUMMARY_VERSION,
    testid: run.testid,
    scenario: run.scenario,
    profile: settings.profile,
    mode: settings.mode,
    baseUrl: run.baseUrl,
    window,
    totals: { requests: run.requests, iterations: run.iterations, durationSeconds: seconds, checksPassed: run.checksPassed, checksFailed: run.checksFailed },
    slis,
    slos,
    links: runLinks(settings.grafana, run.testid, paddedWindow(window.start, window.end)),
    passed: slos.every((slo) => slo.verdict === 'pass'),
  };
}
