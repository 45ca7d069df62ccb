import type { Options } from 'k6/options';
import { SUMMARY_TREND_STATS, compileThresholds } from './compile.ts';
import type { ActiveSlos } from './active-slos.ts';
import { maxDroppedIterations, sloSetup, type SloPlan } from './setup.ts';

/**
 * The options a scenario spreads to be judged by the SLO catalog: compiled thresholds and the
 * trend stats the report reads. `plan` says what the scenario sends (methods, the planned
 * sample of each group, the planned iterations of an arrival-rate executor), from which each
 * SLO's critical count is derived; it is kept with `slos` for the report. Options stage only
 * (lib/options-stage.ts).
 */
export function sloOptions(slos: ActiveSlos, plan: SloPlan): Pick<Options, 'thresholds' | 'summaryTrendStats'> {
  slos.plan = plan;
  const { config, settings } = slos;
  const catalog = sloSetup(config, settings, plan);
  const thresholds = compileThresholds(catalog, {
    mode: settings.mode,
    scenario: config.scenario,
    maxDroppedIterations: maxDroppedIterations(plan, settings),
  });
  return { thresholds, summaryTrendStats: SUMMARY_TREND_STATS };
}
