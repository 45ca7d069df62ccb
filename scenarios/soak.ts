/**
 * Soak — does the target hold its SLOs for hours: no leak, no slow drift, no damage from
 * periodic jobs (the server's table teardown)? A constant arrival rate for DURATION (default
 * 4h), judged over the whole run. Lean by design: bodies are discarded except the GETs the
 * checks read, trend stats are the few the report needs, and the mix deletes what it creates,
 * so memory on both sides stays flat.
 */
import { arrivalTest } from '../lib/arrival-test.ts';

const soak = arrivalTest({
  name: 'soak',
  slo: 'soak',
  executor: ({ knob, stage }) => {
    const rate = knob('RATE', '20');
    return {
      executor: 'constant-arrival-rate',
      rate: rate.rate,
      timeUnit: rate.timeUnit,
      duration: knob('DURATION', '4h'),
      ...stage.vusFor(stage.perSecond(rate), knob('MAX_VUS', '200')),
      gracefulStop: '30s',
    };
  },
});

export const { options, setup, teardown, handleSummary } = soak;

/** One iteration: one visit of the mix (lib/arrival-test.ts), i.e. one request. */
export default soak.visit;
