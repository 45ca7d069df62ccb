import type { SloResult, SummaryV1 } from '../../lib/report/summary-schema.ts';

/** One remote-write time series: sorted labels (`__name__` first) and one sample. */
export interface SloSeries {
  labels: { __name__: string } & Record<string, string>;
  samples: [{ value: number; timestamp: number }];
}

/**
 * The series names the SLO push writes. k6 never pushes threshold results, so these are the
 * only place a dashboard or an alert can read a run's verdicts from.
 */
export const SLO_METRICS = {
  /** 1 pass, 0 fail or no-data (the `verdict` label tells those two apart). */
  verdict: 'mythical_k6_slo_verdict',
  /** The SLI over the run in the objective's unit (`unit` label); absent for no-data. */
  observed: 'mythical_k6_slo_observed',
  /** The objective's bound in the same unit, so `observed` and `objective` plot together. */
  objective: 'mythical_k6_slo_objective',
  /** Share of the error budget used (1 = all); absent for no-data. */
  budgetUsed: 'mythical_k6_slo_budget_used',
  /** 1 when every SLO of the run passed, else 0: one series per run, carrying `window_start`/`window_end` (epoch ms). */
  runPassed: 'mythical_k6_run_passed',
} as const;

/**
 * Maps a summary to its SLO series, all stamped at the run's end. Labels are bounded: the SLO
 * id, kind, threshold text and unit come from the catalog; `testid`, `scenario` and `profile`
 * from the run. So a run writes at most 4 series per SLO plus one, whatever its length or load.
 */
export function sloSeries(summary: SummaryV1): SloSeries[] {
  const timestamp = Date.parse(summary.window.end);
  const run = { testid: summary.testid, scenario: summary.scenario, profile: summary.profile };
  // The window rides on the one run series so the SLO dashboard can link to Tempo and Loki for
  // exactly the run's time range; one value per run, so no extra cardinality.
  const window = { window_start: String(Date.parse(summary.window.start)), window_end: String(timestamp) };
  const series: SloSeries[] = [seriesOf(SLO_METRICS.runPassed, { ...run, ...window }, summary.passed ? 1 : 0, timestamp)];
  for (const slo of summary.slos) {
    const labels = { ...run, ...sloLabels(slo) };
    series.push(seriesOf(SLO_METRICS.verdict, { ...labels, verdict: slo.verdict }, slo.verdict === 'pass' ? 1 : 0, timestamp));
    series.push(seriesOf(SLO_METRICS.objective, labels, slo.objective.value, timestamp));
    if (slo.observed !== null) series.push(seriesOf(SLO_METRICS.observed, labels, slo.observed, timestamp));
    if (slo.budgetUsed !== null) series.push(seriesOf(SLO_METRICS.budgetUsed, labels, slo.budgetUsed, timestamp));
  }
  return series;
}

function sloLabels(slo: SloResult): Record<string, string> {
  return { slo: slo.id, kind: slo.kind, threshold: slo.threshold, unit: slo.objective.unit };
}

/** Receivers (Mimir in particular) expect label names sorted; `__name__` sorts first. */
function seriesOf(name: string, labels: Record<string, string>, value: number, timestamp: number): SloSeries {
  const sorted = Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { labels: { __name__: name, ...sorted }, samples: [{ value, timestamp }] };
}
