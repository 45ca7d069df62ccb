import { exploreUrl, paddedWindow, runLinks } from '../lib/links/explore.ts';
import { SUMMARY_SCHEMA, SUMMARY_VERSION, type Sli, type SloResult, type SloTest, type SummaryV1, type Verdict } from '../lib/report/summary-schema.ts';
import { badEventsKey, verdictExpression } from './compile.ts';
import type { GrafanaSettings, SloSettings } from './settings.ts';
import type { Slo } from './slo.ts';
import { clopperPearson, criticalCount, smallestDetectable, upperTail } from './statistics.ts';

/** Confidence of the interval the report prints for each bad share. */
export const INTERVAL_CONFIDENCE = 0.95;
/** The detection probability the report's "smallest detectable breach" and the scenario sizes aim at. */
export const DETECTION_POWER = 0.99;

/**
 * What one SLO counted over a run, from either source: k6's end-of-test summary
 * (thresholds/k6-summary.ts) or the remote-written series (tools/verdict/promql-summary.ts).
 */
export interface SloCounts {
  /** Events of the SLO's group on its guard counter: requests, or checks. */
  samples: number;
  /** Its bad events (`mythical_slo_bad_events` under its group and `sli`). */
  bad: number;
  /** The SLI in the objective's unit, as the source measured it; null when it measured none. */
  observed: number | null;
  /** k6's own verdict on the SLO's threshold, where k6 judged it (gate and soak modes). */
  k6Ok?: boolean;
}

/**
 * The one SLO judge, for k6's handleSummary and for the PromQL verdict of distributed runs:
 * each SLO breaches when its bad events reach its critical count `K` (`slo.gate.breachAt`),
 * and no sample is its own verdict, `no-data`, which fails. `counts[i]` are the counts of
 * `catalog[i]`. Links point at each SLO's telemetry in the run window.
 */
export function judgeSlos(catalog: readonly Slo[], counts: readonly SloCounts[], grafana: GrafanaSettings, window: RunWindow): SloResult[] {
  return catalog.map((slo, i) => judgeSlo(slo, counts[i], grafana, window));
}

/** ISO 8601 start and end of a run. */
export interface RunWindow {
  start: string;
  end: string;
}

function judgeSlo(slo: Slo, counts: SloCounts, grafana: GrafanaSettings, window: RunWindow): SloResult {
  const { samples, bad } = counts;
  const threshold = verdictExpression(slo);
  const range = paddedWindow(window.start, window.end);
  return {
    id: slo.id,
    description: slo.description,
    kind: slo.kind,
    metric: badEventsKey(slo),
    threshold,
    stat: slo.stat,
    objective: slo.objective,
    observed: samples > 0 ? counts.observed : null,
    samples,
    verdict: verdictOf(samples, bad < (slo.gate?.breachAt ?? 1), counts.k6Ok),
    budgetUsed: samples > 0 ? bad / samples / slo.allowedShare : null,
    test: exactTest(slo, bad, samples),
    exemplars: [],
    links: {
      tempo: exploreUrl(grafana, 'tempo', slo.queries.traceql, range),
      loki: exploreUrl(grafana, 'loki', slo.queries.logql, range),
      mimir: exploreUrl(grafana, 'mimir', slo.queries.promql, range),
    },
    queries: slo.queries,
  };
}

/**
 * k6's own verdict wins where it judged the expression (gate and soak modes), so the report
 * never disagrees with k6's exit code; elsewhere the same comparison is made here.
 */
export function verdictOf(samples: number, holds: boolean, k6Ok: boolean | undefined): Verdict {
  if (samples === 0) return 'no-data';
  if (k6Ok !== undefined) return k6Ok ? 'pass' : 'fail';
  return holds ? 'pass' : 'fail';
}

/**
 * The SLO with its critical count on the sample the run actually got, at level `alpha`: how
 * a run without a planned sample (a distributed run judged after the fact) is tested.
 */
export function gateOnSample(slo: Slo, samples: number, alpha: number): Slo {
  return { ...slo, gate: { plannedSample: samples, breachAt: criticalCount(samples, slo.allowedShare, alpha), alpha, sizeAlpha: 0 } };
}

/** The exact test's figures for the report: p-value, interval and power on the sample the run actually got. */
export function exactTest(slo: Pick<Slo, 'allowedShare' | 'gate'>, bad: number, samples: number): SloTest {
  const gate = slo.gate ?? { plannedSample: samples, breachAt: 1, alpha: 0 };
  return {
    bad,
    allowedShare: slo.allowedShare,
    plannedSample: gate.plannedSample,
    breachAt: gate.breachAt,
    alpha: gate.alpha,
    pValue: samples > 0 ? upperTail(samples, slo.allowedShare, bad) : null,
    interval: samples > 0 ? clopperPearson(bad, samples, INTERVAL_CONFIDENCE) : null,
    detectable: smallestDetectable(samples, gate.breachAt, DETECTION_POWER),
  };
}

/** A judged run, as either source describes it. */
export interface JudgedRun {
  testid: string;
  scenario: string;
  baseUrl: string;
  window: RunWindow;
  totals: SummaryV1['totals'];
  slis: Record<string, Sli>;
  slos: SloResult[];
}

/** The suite's summary document of a judged run: it passes when every SLO passed. */
export function summaryDocument(run: JudgedRun, settings: Pick<SloSettings, 'profile' | 'mode' | 'grafana'>): SummaryV1 {
  return {
    schema: SUMMARY_SCHEMA,
    version: SUMMARY_VERSION,
    testid: run.testid,
    scenario: run.scenario,
    profile: settings.profile,
    mode: settings.mode,
    baseUrl: run.baseUrl,
    window: run.window,
    totals: run.totals,
    slis: run.slis,
    slos: run.slos,
    links: runLinks(settings.grafana, run.testid, paddedWindow(run.window.start, run.window.end)),
    passed: run.slos.every((slo) => slo.verdict === 'pass'),
  };
}
