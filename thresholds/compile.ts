import type { SloMode, SloSettings } from './settings.ts';
import type { Slo } from './slo.ts';

/**
 * A k6 threshold as `options.thresholds` takes it; declared here, not imported from `k6/options`,
 * so Node tools and tests can use this module too.
 */
export type Threshold = string | { threshold: string; abortOnFail?: boolean; delayAbortEval?: string };

/** The k6 submetric an SLO judges, e.g. `http_req_duration{beast:owlbear,method:GET}`. */
export function submetricKey(metric: string, tags: Record<string, string>): string {
  const filter = Object.entries(tags).map(([key, value]) => `${key}:${value}`);
  return filter.length ? `${metric}{${filter.join(',')}}` : metric;
}

/** The k6 threshold expression of an SLO, e.g. `p(95)<300` or `rate<0.01`. */
export function thresholdExpression(slo: Pick<Slo, 'stat' | 'objective'>): string {
  return `${slo.stat}${slo.objective.op}${slo.objective.value}`;
}

/** The no-data guard: the counter of the same tag filter must have counted something. */
export const GUARD_EXPRESSION = 'count>0';

/**
 * `report` mode still declares every submetric (k6 only computes submetrics that carry a
 * threshold) but with expressions that always hold, so k6 exits 0 and the report judges.
 */
function alwaysHolds(slo: Slo): string {
  return `${slo.stat}>=0`;
}

/**
 * Compiles the catalog into k6 `options.thresholds`: one entry per judged submetric plus a
 * `count>0` guard per counter and tag filter, because k6 passes a rate or trend threshold that
 * saw no sample (k6 issue 4283). In `gate` mode a breach aborts the run once `abortDelay` has
 * passed; guards never abort, since a request group may simply not have started yet.
 */
export function compileThresholds(
  catalog: readonly Slo[],
  settings: Pick<SloSettings, 'mode' | 'abortDelay'>,
): Record<string, Threshold[]> {
  const thresholds: Record<string, Threshold[]> = {};
  const add = (key: string, threshold: Threshold): void => {
    const list = (thresholds[key] ??= []);
    if (!list.some((existing) => JSON.stringify(existing) === JSON.stringify(threshold))) list.push(threshold);
  };
  for (const slo of catalog) {
    add(submetricKey(slo.metric, slo.tags), judged(slo, settings.mode, settings.abortDelay));
    add(submetricKey(slo.guard, slo.tags), settings.mode === 'report' ? 'count>=0' : GUARD_EXPRESSION);
  }
  return thresholds;
}

function judged(slo: Slo, mode: SloMode, abortDelay: string): Threshold {
  if (mode === 'report') return alwaysHolds(slo);
  const threshold = thresholdExpression(slo);
  return mode === 'gate' ? { threshold, abortOnFail: true, delayAbortEval: abortDelay } : threshold;
}

/**
 * Trend statistics the summary must carry for the report: the catalog's p95 and p99, the
 * ladder the error-budget estimate interpolates on, and `count`.
 */
export const SUMMARY_TREND_STATS = ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)', 'count'];
