/**
 * Load — does the target keep its SLOs at the expected peak rate, under a realistic mix
 * (mostly reads, writes across every beast, deletes cleaning up)? Ramps to RATE, holds it for
 * DURATION, ramps down. Gates: the first SLO breach aborts the run (exit 99).
 */
import { arrivalTest } from '../lib/arrival-test.ts';

const load = arrivalTest({
  name: 'load',
  slo: 'gate',
  executor: ({ knob, stage }) => {
    const rate = knob('RATE', '20');
    return {
      executor: 'ramping-arrival-rate',
      startRate: 0,
      timeUnit: rate.timeUnit,
      stages: [
        { duration: knob('RAMP_UP', '1m'), target: rate.rate },
        { duration: knob('DURATION', '5m'), target: rate.rate },
        { duration: knob('RAMP_DOWN', '30s'), target: 0 },
      ],
      ...stage.vusFor(stage.perSecond(rate), knob('MAX_VUS', '200')),
      gracefulStop: '30s',
    };
  },
});

export const { options, setup, teardown, handleSummary } = load;

/** One iteration: one visit of the mix (lib/arrival-test.ts), i.e. one request. */
export default load.visit;
