import type { Env } from '../config/validators.ts';
import { perSecond, vusFor, type ArrivalExecutor } from './arrival.ts';
import { arrivalKnobs, durationKnob } from './knobs.ts';

/**
 * Soak: a constant arrival rate (`RATE`, default 20/s) for `DURATION` (4h): leaks, slow
 * growth and periodic jobs (the server's table teardown) show up only over hours.
 * `MAX_VUS` (200) caps the VUs.
 */
export function soakPlan(env: Env): ArrivalExecutor {
  const { rate, maxVUs } = arrivalKnobs(env, { rate: 20, maxVUs: 200 });
  return {
    executor: 'constant-arrival-rate',
    rate: rate.rate,
    timeUnit: rate.timeUnit,
    duration: durationKnob(env, 'DURATION', '4h'),
    ...vusFor(perSecond(rate), maxVUs),
    gracefulStop: '30s',
  };
}
