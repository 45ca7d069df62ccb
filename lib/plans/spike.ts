import { setting, type Env } from '../config/validators.ts';
import { perSecond, vusFor, type ArrivalExecutor } from './arrival.ts';
import { arrivalKnobs, durationKnob, factor, rampKnob } from './knobs.ts';

/**
 * Spike: a baseline (`RATE`, default 10/s) for `WARM_UP` (1m), a jump to `SPIKE_FACTOR` (10)
 * times it within `SPIKE_RAMP` (10s), held for `SPIKE_DURATION` (1m), a drop back as fast,
 * then `RECOVERY` (2m) at the baseline: does the target recover, and how fast?
 * `MAX_VUS` (500) caps the VUs.
 */
export function spikePlan(env: Env): ArrivalExecutor {
  const { rate, maxVUs } = arrivalKnobs(env, { rate: 10, maxVUs: 500 });
  const spikeFactor = setting(env, 'SPIKE_FACTOR', factor, 10);
  const jump = rampKnob(env, 'SPIKE_RAMP', '10s');
  const spikeRate = Math.round(rate.rate * spikeFactor);
  return {
    executor: 'ramping-arrival-rate',
    startRate: rate.rate,
    timeUnit: rate.timeUnit,
    stages: [
      { duration: durationKnob(env, 'WARM_UP', '1m'), target: rate.rate },
      { duration: jump, target: spikeRate },
      { duration: durationKnob(env, 'SPIKE_DURATION', '1m'), target: spikeRate },
      { duration: jump, target: rate.rate },
      { duration: durationKnob(env, 'RECOVERY', '2m'), target: rate.rate },
    ],
    ...vusFor(perSecond(rate) * spikeFactor, maxVUs),
    gracefulStop: '30s',
  };
}
