import type { Options, Scenario } from 'k6/options';
import type { OptionsStage } from './init-stage.ts';
import { stageOptions } from './settings/read-once.ts';
import type { Knob } from './settings/read.ts';
import type { ActiveSlos } from '../thresholds/active-slos.ts';
import type { SloPlan } from '../thresholds/setup.ts';

/** What a scenario's options callback gets: its knob reader, and the options stage for sizing helpers. */
export interface ScenarioTools {
  /** Reads one of the scenario's knobs, e.g. `knob('RAMP_UP', '1m')` (lib/settings/read.ts). */
  knob: Knob;
  stage: OptionsStage;
}

/** What a scenario states about its run: its executor, as a literal k6 scenario, and what it sends. */
export interface ScenarioPlan<E extends Scenario = Scenario> {
  executor: E;
  /** What the executor sends, from which each SLO's sample size follows (thresholds/setup.ts). */
  slo: SloPlan;
  /** Thresholds of the scenario's own, besides the SLO catalog's (breakpoint: per step). */
  thresholds?: Options['thresholds'];
}

/**
 * The options of the scenario `slos` belongs to: the suite's base options (tags, User-Agent,
 * discarded bodies, timeouts), the one executor `plan` states, and the SLO catalog as
 * thresholds with the trend stats the report reads. Built where k6 reads options (`__VU` 0);
 * a bad knob stops the run there with one line (exit 108).
 */
export function scenarioOptions<E extends Scenario>(slos: ActiveSlos, plan: (tools: ScenarioTools) => ScenarioPlan<E>): Options {
  const { config } = slos;
  return stageOptions((stage, env) => {
    const { executor, slo, thresholds } = plan({ knob: stage.knobReader(env, config.scenario), stage });
    const catalog = stage.sloOptions(slos, slo);
    return {
      ...stage.baseOptions(config),
      scenarios: { [config.scenario]: executor },
      summaryTrendStats: catalog.summaryTrendStats,
      thresholds: { ...catalog.thresholds, ...thresholds },
    };
  });
}
