import exec from 'k6/execution';
import type { Options } from 'k6/options';
import { readSettings } from '../lib/config/k6.ts';
import type { SuiteConfig } from '../lib/config/parse.ts';
import { setExemplarPlan } from '../lib/exemplars.ts';
import { setLatencyObjectives } from './bad-events.ts';
import { SUMMARY_TREND_STATS, compileThresholds } from './compile.ts';
import { maxDroppedIterations, sloSetup, type SloPlan } from './setup.ts';
import { parseSloSettings, type SloMode, type SloSettings } from './settings.ts';

/** The SLO set-up of this scenario, kept for `handleSummary`, which runs in a VU of its own. */
export interface ActiveSlos {
  config: SuiteConfig;
  settings: SloSettings;
  plan: SloPlan;
}

let active: ActiveSlos | undefined;

/**
 * The options a scenario spreads to be judged by the SLO catalog: compiled thresholds and the
 * trend stats the report reads. `plan` says what the scenario sends (methods, the planned
 * sample of each group, the planned iterations of an arrival-rate executor), from which each
 * SLO's critical count is derived. Reads the SLO settings (a bad one stops the run before any
 * request) and sets this VU's latency objectives (bad-event counting, exemplars) and the VUs
 * of the run, which share each group's exemplar budget.
 */
export function sloOptions(
  config: SuiteConfig,
  defaults: { mode: SloMode } & SloPlan,
): Pick<Options, 'thresholds' | 'summaryTrendStats'> {
  const { mode, ...plan } = defaults;
  const settings = readSettings((env) => parseSloSettings(env, mode));
  active = { config, settings, plan };
  setLatencyObjectives(settings);
  const catalog = sloSetup(config, settings, plan);
  const latencyMs = catalog.filter((slo) => slo.kind === 'latency').map((slo) => slo.objective.value);
  // The run tool (DEFER_TABLE_ENV) reads exemplars back from k6's log file; elsewhere they are debug lines.
  setExemplarPlan(latencyMs, () => exec.instance.vusInitialized, __ENV.REPORT_FINALIZE === 'run-tool' ? 'info' : 'debug');
  const thresholds = compileThresholds(catalog, {
    mode: settings.mode,
    scenario: config.scenario,
    maxDroppedIterations: maxDroppedIterations(plan, settings),
  });
  return { thresholds, summaryTrendStats: SUMMARY_TREND_STATS };
}

/** The set-up of {@link sloOptions}, or undefined when the scenario did not call it. */
export function activeSlos(): ActiveSlos | undefined {
  return active;
}
