import type { Env } from '../config/validators.ts';
import type { ArrivalExecutor } from './arrival.ts';
import { breakpointPlan } from './breakpoint.ts';
import { loadPlan } from './load.ts';
import { mixFromEnv } from './mix.ts';
import { soakPlan } from './soak.ts';
import { spikePlan } from './spike.ts';
import { stressPlan } from './stress.ts';

/**
 * The executor each arrival-rate scenario runs, as a pure function of the environment: the run
 * tool can validate every knob in Node before k6 starts, and tests check the plans' shapes.
 * Each also reads the mix knobs, which every one of these scenarios uses.
 */
export const SCENARIO_PLANS: Readonly<Record<string, (env: Env) => ArrivalExecutor>> = {
  load: withMix(loadPlan),
  stress: withMix(stressPlan),
  spike: withMix(spikePlan),
  soak: withMix(soakPlan),
  breakpoint: withMix((env) => breakpointPlan(env).executor),
};

function withMix(plan: (env: Env) => ArrivalExecutor): (env: Env) => ArrivalExecutor {
  return (env) => {
    mixFromEnv(env);
    return plan(env);
  };
}
