import { describe, expect, it } from 'vitest';
import { peakRatePerSecond, planSeconds, plannedIterations, type ArrivalExecutor } from '../../lib/plans/arrival.ts';
import { breakpointLine, breakpointPlan as planOf, type BreakpointKnobs, judgeSteps, MAX_BREAKPOINT_STEPS, stepAt, stepResults, stepThresholds } from '../../lib/plans/breakpoint-steps.ts';
import { chooseVisit, mixFromKnobs } from '../../lib/plans/mix-choice.ts';
import { MAX_VUS_LIMIT } from '../../lib/settings/declarations.ts';
import { knobReader } from '../../lib/settings/read.ts';

/** A breakpoint plan: scenarios/breakpoint.ts's defaults, with `knobs` over them, judged against a p95 of 300 ms. */
function breakpointPlan(knobs: Partial<BreakpointKnobs> = {}) {
  const defaults: BreakpointKnobs = { start: { rate: 10, timeUnit: '1s' }, increment: 10, steps: 20, hold: '1m', ramp: '5s', maxVUs: 1000, maxErrorRate: 0.05 };
  return planOf({ ...defaults, ...knobs }, 300);
}

describe('arrival-rate executors', () => {
  // A baseline of 10/s for 30 s, then a 10 s ramp to 50/s.
  const ramp: ArrivalExecutor = { executor: 'ramping-arrival-rate', startRate: 10, timeUnit: '1s', stages: [{ duration: '30s', target: 10 }, { duration: '10s', target: 50 }], preAllocatedVUs: 50, maxVUs: 100, gracefulStop: '30s' };

  it('plan the area under the rate curve, ramps linear', () => {
    expect(plannedIterations(ramp)).toBe(300 + 300);
    expect(planSeconds(ramp)).toBe(40);
    expect(peakRatePerSecond(ramp)).toBe(50);
  });

  it('read durations and time units as k6 prints them back (k6 inspect)', () => {
    const printed = { ...ramp, startRate: 0, timeUnit: '1m0s', stages: [{ duration: '10s', target: 600 }, { duration: '20s', target: 600 }, { duration: '0s', target: 0 }] };
    expect(plannedIterations(printed as unknown as ArrivalExecutor)).toBeCloseTo(50 + 200);
    const soak = { executor: 'constant-arrival-rate', rate: 20, timeUnit: '1s', duration: '4h0m0s', preAllocatedVUs: 20, maxVUs: 200, gracefulStop: '30s' } as const;
    expect(plannedIterations(soak)).toBe(20 * 4 * 3600);
  });
});


describe('breakpoint plan', () => {
  const plan = breakpointPlan({ increment: 5, steps: 4, hold: '10s', ramp: '2s' });

  it('builds a staircase of rates', () => {
    expect(plan.stepRates).toEqual([10, 15, 20, 25]);
    expect(plan.executor.stages).toEqual([
      { duration: '10s', target: 10 },
      { duration: '2s', target: 15 },
      { duration: '10s', target: 15 },
      { duration: '2s', target: 20 },
      { duration: '10s', target: 20 },
      { duration: '2s', target: 25 },
      { duration: '10s', target: 25 },
    ]);
  });

  it('maps elapsed time to the step whose rate is being sent, ramp included', () => {
    expect([0, 9.9, 10, 21.9, 22, 34, 60].map((t) => stepAt(plan, t))).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });

  it('declares per-step thresholds, bounded by the step cap', () => {
    expect(Object.keys(stepThresholds(plan))).toHaveLength(12);
    expect(stepThresholds(plan)['http_req_duration{step:2}']).toEqual([{ threshold: 'p(95)<300', abortOnFail: true }]);
    expect(() => knobReader({ BREAK_STEPS: String(MAX_BREAKPOINT_STEPS + 1) }, 'breakpoint')('BREAK_STEPS', '20')).toThrow(/BREAK_STEPS=51 is not valid/);
  });

  it('caps the VUs by MAX_VUS, default 1000', () => {
    expect(plan.executor.maxVUs).toBe(1000);
    expect(breakpointPlan({ maxVUs: 40 }).executor.maxVUs).toBe(40);
    expect(() => knobReader({ MAX_VUS: '0' }, 'breakpoint')('MAX_VUS', '1000')).toThrow(`MAX_VUS=0 is not valid: expected a whole number from 1 to ${MAX_VUS_LIMIT}`);
  });

  it('reports the first step whose own SLI broke, not the whole-run one', () => {
    const metrics = {
      'http_reqs{step:0}': { values: { count: 100 } },
      'http_req_duration{step:0}': { values: { 'p(95)': 20 } },
      'http_req_failed{step:0}': { values: { rate: 0 } },
      'http_reqs{step:1}': { values: { count: 150 } },
      'http_req_duration{step:1}': { values: { 'p(95)': 40 } },
      'http_req_failed{step:1}': { values: { rate: 0.01 } },
      'http_reqs{step:2}': { values: { count: 40 } },
      'http_req_duration{step:2}': { values: { 'p(95)': 450 } },
      'http_req_failed{step:2}': { values: { rate: 0 } },
    };
    const result = judgeSteps(plan, stepResults(plan, metrics));
    expect(result).toMatchObject({ brokeAtStep: 2, brokeAtRps: 20, lastGoodRps: 15, stepsRun: 3 });
    expect(breakpointLine(result)).toBe('breakpoint: broke at 20 req/s (step 2: p95 450.0 ms ≥ 300 ms); last step that held: 15 req/s');
    const held = judgeSteps(plan, stepResults(plan, { 'http_reqs{step:0}': { values: { count: 5 } } }));
    expect(held).toMatchObject({ brokeAtRps: null, lastGoodRps: 10, stepsRun: 1 });
  });
});

describe('request mix', () => {
  const mix = mixFromKnobs(knobReader({}, 'load'));

  it('reads 60% by default and splits writes between create and delete', () => {
    const visits = Array.from({ length: 1000 }, (_, i) => chooseVisit(i / 1000, 2, mix));
    expect(visits.filter((v) => v === 'read')).toHaveLength(600);
    expect(visits.filter((v) => v === 'create')).toHaveLength(200);
    expect(visits.filter((v) => v === 'delete')).toHaveLength(200);
  });

  it('never deletes with nothing pending and never holds more than the cap', () => {
    expect(chooseVisit(0.99, 0, mix)).toBe('create');
    expect(chooseVisit(0.7, mix.maxPending, mix)).toBe('delete');
  });
});
