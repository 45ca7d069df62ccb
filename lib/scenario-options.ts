import type { Options, Scenario } from 'k6/options';
import type { ArrivalTestShape } from './arrival-test.ts';
import { baseOptions } from './base-options.ts';
import type { OptionsStage } from './init-stage.ts';
// The options stage's own exports, handed to a scenario's plan as its sizing helpers.
import * as stage from './options-stage.ts';
import type { Mix } from './plans/mix-choice.ts';
import { knobReader, type Knob } from './settings/read.ts';
import { readSettings } from './settings/read-settings.ts';
import type { ActiveSlos } from '../thresholds/active-slos.ts';
import type { SloPlan } from '../thresholds/setup.ts';
import { sloOptions } from '../thresholds/slo-options.ts';

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
 * thresholds with the trend stats the report reads. Options stage only: a scenario calls it as
 * `stages?.options.scenarioOptions(slos, plan) ?? {}`, so it runs where k6 reads options
 * (`__VU` 0) and a VU neither builds the plan nor holds this function; k6 sets the consolidated
 * options onto each VU's exported object itself. A bad knob stops the run with one line (exit 108).
 */
export function scenarioOptions<E extends Scenario>(slos: ActiveSlos, plan: (tools: ScenarioTools) => ScenarioPlan<E>): Options {
  const { config } = slos;
  return readSettings((env) => {
    const { executor, slo, thresholds } = plan({ knob: knobReader(env, config.scenario), stage });
    const catalog = sloOptions(slos, slo);
    return {
      ...baseOptions(config),
      scenarios: { [config.scenario]: executor },
      summaryTrendStats: catalog.summaryTrendStats,
      thresholds: { ...catalog.thresholds, ...thresholds },
    };
  });
}

/**
 * The options of an arrival-rate test type (lib/arrival-test.ts): its executor, the SLO catalog
 * sized on `mix` over the executor's planned iterations, and its own thresholds. Options stage only.
 */
export function arrivalOptions(slos: ActiveSlos, shape: ArrivalTestShape, mix: Mix): Options {
  return scenarioOptions(slos, (tools) => {
    const executor = shape.executor(tools);
    return {
      executor,
      slo: tools.stage.arrivalSloPlan(executor, mix, slos.config.beasts.length),
      thresholds: shape.thresholds?.(tools),
    };
  });
}
