/**
 * Spike — does the target survive a sudden burst and recover once it passes? A baseline RATE
 * for WARM_UP, a jump to SPIKE_FACTOR × RATE within SPIKE_RAMP, held for SPIKE_DURATION, a drop
 * back as fast, then RECOVERY at the baseline. Judged over the whole run without aborting.
 */
import { arrivalTest } from '../lib/arrival-test.ts';

const spike = arrivalTest({
  name: 'spike',
  slo: 'report',
  executor: ({ knob, stage }) => {
    const base = knob('RATE', '10');
    const factor = knob('SPIKE_FACTOR', '10');
    const peak = Math.round(base.rate * factor);
    const jump = knob('SPIKE_RAMP', '10s');
    return {
      executor: 'ramping-arrival-rate',
      startRate: base.rate,
      timeUnit: base.timeUnit,
      stages: [
        { duration: knob('WARM_UP', '1m'), target: base.rate },
        { duration: jump, target: peak },
        { duration: knob('SPIKE_DURATION', '1m'), target: peak },
        { duration: jump, target: base.rate },
        { duration: knob('RECOVERY', '2m'), target: base.rate },
      ],
      ...stage.vusFor(stage.perSecond(base) * factor, knob('MAX_VUS', '500')),
      gracefulStop: '30s',
    };
  },
});

export const { options, setup, teardown, handleSummary } = spike;

/** One iteration: one visit of the mix (lib/arrival-test.ts), i.e. one request. */
export default spike.visit;
