import { setting, type Env } from '../config/validators.ts';
import { perSecond, vusFor, type ArrivalExecutor, type Stage } from './arrival.ts';
import { arrivalKnobs, durationKnob, factor, rampKnob, upTo } from './knobs.ts';

/**
 * Stress: reach the target (`RATE`, default 20/s) and hold it, then climb in `STRESS_STEPS`
 * (4, at most 20) equal steps to `STRESS_PEAK` (3) times the target, holding each for
 * `STEP_DURATION` (2m) after a `STEP_RAMP` (30s), so the latency curve shows where it bends;
 * then ramp down. `MAX_VUS` (500) caps the VUs.
 */
export function stressPlan(env: Env): ArrivalExecutor {
  const { rate, maxVUs } = arrivalKnobs(env, { rate: 20, maxVUs: 500 });
  const peak = setting(env, 'STRESS_PEAK', factor, 3);
  const steps = setting(env, 'STRESS_STEPS', upTo(20), 4);
  const hold = durationKnob(env, 'STEP_DURATION', '2m');
  const ramp = rampKnob(env, 'STEP_RAMP', '30s');
  const stages: Stage[] = [];
  for (let i = 0; i <= steps; i++) {
    const target = Math.round(rate.rate * (1 + ((peak - 1) * i) / steps));
    stages.push({ duration: ramp, target }, { duration: hold, target });
  }
  stages.push({ duration: ramp, target: 0 });
  return {
    executor: 'ramping-arrival-rate',
    startRate: 0,
    timeUnit: rate.timeUnit,
    stages,
    ...vusFor(perSecond(rate) * peak, maxVUs),
    gracefulStop: '30s',
  };
}
