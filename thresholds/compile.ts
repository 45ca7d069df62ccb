import { BAD_EVENTS_COUNTER } from './catalog.ts';
import type { SloSettings } from './settings.ts';
import type { Slo } from './slo.ts';

/**
 * A k6 threshold as `options.thresholds` takes it; declared here, not imported from `k6/options`,
 * so Node tools and tests can use this module too.
 */
export type Threshold = string | { threshold: string; abortOnFail?: boolean };

/** The k6 submetric an SLO judges, e.g. `http_req_duration{beast:owlbear,method:GET}`. */
export function submetricKey(metric: string, tags: Record<string, string>): string {
  const filter = Object.entries(tags).map(([key, value]) => `${key}:${value}`);
  return filter.length ? `${metric}{${filter.join(',')}}` : metric;
}

/** The bad-event counter submetric an SLO's verdict is judged on, e.g. `mythical_slo_bad_events{beast:owlbear,method:GET,sli:availability}`. */
export function badEventsKey(slo: Pick<Slo, 'badTags'>): string {
  return submetricKey(BAD_EVENTS_COUNTER, slo.badTags);
}

/** The k6 threshold of an SLO's verdict: fewer bad events than its critical count, e.g. `count<13`. */
export function verdictExpression(slo: Pick<Slo, 'gate'>): string {
  if (!slo.gate) throw new Error('an SLO judged by k6 needs the planned sample of its group');
  return `count<${slo.gate.breachAt}`;
}

/** The no-data guard: the counter of the same tag filter must have counted something. */
export const GUARD_EXPRESSION = 'count>0';

/** The run's own requests, without setup and teardown (which k6 runs outside every scenario). */
export function scenarioTags(scenario: string): Record<string, string> {
  return { scenario };
}

/** What the SLO thresholds are compiled from besides the catalog. */
export interface CompileInput {
  mode: SloSettings['mode'];
  /** The k6 scenario whose requests the run-wide SLIs cover. */
  scenario: string;
  /** For arrival-rate plans: the most iterations the run may drop ("delivered load"). */
  maxDroppedIterations?: number;
}

/**
 * Compiles the catalog into k6 `options.thresholds`. Each SLO is judged by `count<K` on its
 * counter of bad events, K being the critical count of the exact binomial test on the
 * group's planned sample: a count only grows, so in `gate` mode an abort fires only on
 * evidence no later sample can undo. A `count>0` guard per counter and tag filter fails a
 * group without samples (k6 passes a rate or trend threshold that saw none, k6 issue 4283);
 * guards never abort, since a group may not have started yet. The SLIs the report and the
 * gate read (rate, p95, p99 per group and over the scenario) are declared with expressions
 * that always hold: k6 only computes submetrics that carry a threshold.
 */
export function compileThresholds(catalog: readonly Slo[], input: CompileInput): Record<string, Threshold[]> {
  const thresholds: Record<string, Threshold[]> = {};
  const add = (key: string, threshold: Threshold): void => {
    const list = (thresholds[key] ??= []);
    if (!list.some((existing) => JSON.stringify(existing) === JSON.stringify(threshold))) list.push(threshold);
  };
  const judged = (expression: string): Threshold =>
    input.mode === 'report' ? 'count>=0' : input.mode === 'gate' ? { threshold: expression, abortOnFail: true } : expression;
  for (const slo of catalog) {
    add(badEventsKey(slo), judged(verdictExpression(slo)));
    add(submetricKey(slo.metric, slo.tags), `${slo.stat}>=0`);
    add(submetricKey(slo.guard, slo.tags), input.mode === 'report' ? 'count>=0' : GUARD_EXPRESSION);
  }
  const run = scenarioTags(input.scenario);
  add(submetricKey('http_reqs', run), 'count>=0');
  add(submetricKey('http_req_failed', run), 'rate>=0');
  add(submetricKey('http_req_duration', run), 'p(95)>=0');
  add(submetricKey('http_req_duration', run), 'p(99)>=0');
  if (input.maxDroppedIterations !== undefined) add(DROPPED_ITERATIONS, judged(droppedExpression(input.maxDroppedIterations)));
  return thresholds;
}

/** k6's counter of the iterations an arrival-rate executor could not start. */
export const DROPPED_ITERATIONS = 'dropped_iterations';

/** The delivered-load threshold: at most `maxDropped` dropped iterations. */
export function droppedExpression(maxDropped: number): string {
  return `count<=${maxDropped}`;
}

/** Trend statistics the summary carries: the catalog's p95 and p99, k6's usual ones, and `count`. */
export const SUMMARY_TREND_STATS = ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)', 'count'];
