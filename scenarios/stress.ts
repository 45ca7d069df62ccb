/**
 * Stress — where does latency bend past the target rate? Reaches RATE and holds it, then
 * climbs in STRESS_STEPS equal steps to STRESS_PEAK × RATE, each entered over STEP_RAMP and held
 * for STEP_DURATION, then ramps down. Reports every SLO over the run without aborting, so the
 * report shows how far past the target the SLOs still held.
 */
import { arrivalTest } from '../lib/arrival-test.ts';

const stress = arrivalTest({
  name: 'stress',
  slo: 'report',
  executor: ({ knob, stage }) => {
    const rate = knob('RATE', '20');
    const peak = knob('STRESS_PEAK', '3');
    const steps = knob('STRESS_STEPS', '4');
    const ramp = knob('STEP_RAMP', '30s');
    const hold = knob('STEP_DURATION', '2m');
    // Step i of 0..steps: ramp to its rate, then hold it.
    const targets = Array.from({ length: steps + 1 }, (_, i) => Math.round(rate.rate * (1 + ((peak - 1) * i) / steps)));
    return {
      executor: 'ramping-arrival-rate',
      startRate: 0,
      timeUnit: rate.timeUnit,
      stages: [
        ...targets.flatMap((target) => [
          { duration: ramp, target },
          { duration: hold, target },
        ]),
        { duration: ramp, target: 0 },
      ],
      ...stage.vusFor(stage.perSecond(rate) * peak, knob('MAX_VUS', '500')),
      gracefulStop: '30s',
    };
  },
});

export const { options, setup, teardown, handleSummary } = stress;

/** One iteration: one visit of the mix (lib/arrival-test.ts), i.e. one request. */
export default stress.visit;
