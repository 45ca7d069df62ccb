import type { Env } from '../config/validators.ts';
import { perSecond, vusFor, type ArrivalExecutor } from './arrival.ts';
import { arrivalKnobs, durationKnob, rampKnob } from './knobs.ts';

/**
 * Load: ramp to the target rate (`RATE`, default 20/s) over `RAMP_UP` (1m), hold it for
 * `DURATION` (5m), ramp down over `RAMP_DOWN` (30s). `MAX_VUS` (200) caps the VUs.
 */
export function loadPlan(env: Env): ArrivalExecutor {
  const { rate, maxVUs } = arrivalKnobs(env, { rate: 20, maxVUs: 200 });
  return {
    executor: 'ramping-arrival-rate',
    startRate: 0,
    timeUnit: rate.timeUnit,
    stages: [
      { duration: rampKnob(env, 'RAMP_UP', '1m'), target: rate.rate },
      { duration: durationKnob(env, 'DURATION', '5m'), target: rate.rate },
      { duration: rampKnob(env, 'RAMP_DOWN', '30s'), target: 0 },
    ],
    ...vusFor(perSecond(rate), maxVUs),
    gracefulStop: '30s',
  };
}
