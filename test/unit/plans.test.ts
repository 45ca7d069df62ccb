import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../lib/config/error.ts';
import { peakRatePerSecond, planSeconds, plannedIterations } from '../../lib/plans/arrival.ts';
import { breakpointLine, breakpointPlan, judgeSteps, MAX_BREAKPOINT_STEPS, stepAt, stepResults, stepThresholds } from '../../lib/plans/breakpoint.ts';
import { SCENARIO_PLANS } from '../../lib/plans/index.ts';
import { MAX_VUS_LIMIT } from '../../lib/plans/knobs.ts';
import { loadPlan } from '../../lib/plans/load.ts';
import { chooseBeast, chooseVisit, mixFromEnv } from '../../lib/plans/mix.ts';
import { soakPlan } from '../../lib/plans/soak.ts';
import { spikePlan } from '../../lib/plans/spike.ts';
import { stressPlan } from '../../lib/plans/stress.ts';

describe('load plan', () => {
  it('ramps to the target, holds it and ramps down', () => {
    const plan = loadPlan({});
    expect(plan).toMatchObject({
      executor: 'ramping-arrival-rate',
      startRate: 0,
      timeUnit: '1s',
      stages: [
        { duration: '1m', target: 20 },
        { duration: '5m', target: 20 },
        { duration: '30s', target: 0 },
      ],
      maxVUs: 200,
    });
    expect(plannedIterations(plan)).toBe(600 + 6000 + 300);
    expect(planSeconds(plan)).toBe(390);
  });

  it('takes every knob from the environment', () => {
    const plan = loadPlan({ RATE: '600/m', RAMP_UP: '10s', DURATION: '20s', RAMP_DOWN: '5s', MAX_VUS: '40' });
    expect(plan).toMatchObject({ timeUnit: '1m', maxVUs: 40, stages: [{ target: 600, duration: '10s' }, { duration: '20s' }, { duration: '5s' }] });
    expect(plannedIterations(plan)).toBeCloseTo(50 + 200 + 25);
  });

  it('skips a ramp set to 0s, but not the hold', () => {
    const plan = loadPlan({ RATE: '20', RAMP_UP: '0s', DURATION: '10s', RAMP_DOWN: '0ms' });
    expect(plan).toMatchObject({ stages: [{ duration: '0s', target: 20 }, { duration: '10s', target: 20 }, { duration: '0ms', target: 0 }] });
    expect(plannedIterations(plan)).toBeCloseTo(200);
    expect(() => loadPlan({ DURATION: '0s' })).toThrow('DURATION=0s is not valid: expected a duration such as 30s, 5m or 1h30m');
  });

  it.each([
    [{ RAMP_UP: 'soon' }, 'RAMP_UP=soon is not valid: expected a duration such as 0s, 30s, 5m or 1h30m'],
    [{ RATE: '0' }, 'RATE=0 is not valid: expected iterations per time unit from 1 to 9999999, such as 20, 20/s, 600/m or 100/h'],
    [{ MAX_VUS: '999999' }, `MAX_VUS=999999 is not valid: expected a whole number from 1 to ${MAX_VUS_LIMIT}`],
    [{ MIX_READ: '1.5' }, 'MIX_READ=1.5 is not valid: expected a number from 0 to 1, such as 0.6'],
  ])('refuses %j with one line', (env, message) => {
    expect(() => SCENARIO_PLANS.load(env)).toThrow(ConfigError);
    expect(() => SCENARIO_PLANS.load(env)).toThrow(message);
  });
});

describe('stress plan', () => {
  it('climbs in equal steps from the target to the peak and holds each', () => {
    const plan = stressPlan({ RATE: '10', STRESS_PEAK: '2', STRESS_STEPS: '4', STEP_DURATION: '20s', STEP_RAMP: '5s' });
    if (plan.executor !== 'ramping-arrival-rate') throw new Error('expected ramping-arrival-rate');
    const holds = plan.stages.filter((_, i) => i % 2 === 1 && i < plan.stages.length - 1);
    expect(holds.map((s) => s.target)).toEqual([10, 13, 15, 18, 20]);
    expect(holds.every((s) => s.duration === '20s')).toBe(true);
    expect(plan.stages.at(-1)).toEqual({ duration: '5s', target: 0 });
    expect(peakRatePerSecond(plan)).toBe(20);
  });
});

describe('spike plan', () => {
  it('jumps from the baseline to the spike and back, then recovers at the baseline', () => {
    const plan = spikePlan({ RATE: '5', SPIKE_FACTOR: '8' });
    if (plan.executor !== 'ramping-arrival-rate') throw new Error('expected ramping-arrival-rate');
    expect(plan.startRate).toBe(5);
    expect(plan.stages.map((s) => s.target)).toEqual([5, 40, 40, 5, 5]);
    expect(plan.stages.map((s) => s.duration)).toEqual(['1m', '10s', '1m', '10s', '2m']);
  });
});

describe('soak plan', () => {
  it('holds a constant arrival rate for hours', () => {
    const plan = soakPlan({});
    expect(plan).toMatchObject({ executor: 'constant-arrival-rate', rate: 20, timeUnit: '1s', duration: '4h' });
    expect(plannedIterations(plan)).toBe(20 * 4 * 3600);
  });
});

describe('breakpoint plan', () => {
  const plan = breakpointPlan({ BREAK_START: '10', BREAK_STEP: '5', BREAK_STEPS: '4', STEP_DURATION: '10s', STEP_RAMP: '2s' });

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
    expect(() => breakpointPlan({ BREAK_STEPS: String(MAX_BREAKPOINT_STEPS + 1) })).toThrow(/BREAK_STEPS=51 is not valid/);
  });

  it('caps the VUs by MAX_VUS, default 1000', () => {
    expect(plan.executor.maxVUs).toBe(1000);
    expect(breakpointPlan({ MAX_VUS: '40' }).executor.maxVUs).toBe(40);
    expect(() => breakpointPlan({ MAX_VUS: '0' })).toThrow(`MAX_VUS=0 is not valid: expected a whole number from 1 to ${MAX_VUS_LIMIT}`);
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

describe('every arrival-rate plan', () => {
  it.each(Object.entries(SCENARIO_PLANS))('%s is bounded: capped VUs, finite duration, graceful stop', (_, build) => {
    const plan = build({});
    expect(plan.maxVUs).toBeLessThanOrEqual(MAX_VUS_LIMIT);
    expect(plan.preAllocatedVUs).toBeLessThanOrEqual(plan.maxVUs);
    expect(plan.preAllocatedVUs).toBeGreaterThanOrEqual(peakRatePerSecond(plan) * 0.5);
    expect(planSeconds(plan)).toBeGreaterThan(0);
    expect(planSeconds(plan)).toBeLessThanOrEqual(24 * 3600);
    expect(plan.gracefulStop).toMatch(/^\d+s$/);
  });
});

describe('request mix', () => {
  const mix = mixFromEnv({});

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

  it('spreads beasts uniformly', () => {
    const beasts = ['a', 'b', 'c'];
    expect([0, 0.34, 0.67, 0.999999].map((u) => chooseBeast(u, beasts))).toEqual(['a', 'b', 'c', 'c']);
  });
});
