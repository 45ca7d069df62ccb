import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { peakRatePerSecond, planSeconds, plannedIterations } from '../../lib/plans/arrival.ts';
import { MAX_VUS_LIMIT } from '../../lib/settings/declarations.ts';
import { findK6 } from '../../tools/k6-binary.ts';
import { BadInput } from '../../tools/bad-input.ts';
import { arrivalExecutor, inspectScenario, type InspectedScenario } from '../../tools/scenario-inspect.ts';

// The executors are literals in scenarios/*.ts; k6 itself reads them (`k6 inspect`, no request
// sent), from the committed dist/ that build:check keeps equal to the sources.
const k6 = await findK6();

/** The executor `scenario` runs in `env`, as k6 read it from the bundle. */
function executorOf(scenario: string, env: Record<string, string> = {}): InspectedScenario {
  return inspectScenario(scenario, { K6_BIN: k6 as string, ...env }).scenarios[scenario];
}

describe.skipIf(!k6)('scenario executors as k6 reads them (needs the k6 binary)', () => {
  it('load ramps to the target, holds it and ramps down', () => {
    const load = executorOf('load');
    expect(load).toMatchObject({
      executor: 'ramping-arrival-rate',
      startRate: 0,
      timeUnit: '1s',
      stages: [
        { duration: '1m0s', target: 20 },
        { duration: '5m0s', target: 20 },
        { duration: '30s', target: 0 },
      ],
      preAllocatedVUs: 20,
      maxVUs: 200,
      gracefulStop: '30s',
    });
    expect(plannedIterations(arrivalExecutor(load)!)).toBe(600 + 6000 + 300);
  });

  it('load takes every knob, and skips a ramp set to 0s but not the hold', () => {
    const load = executorOf('load', { RATE: '600/m', RAMP_UP: '10s', DURATION: '20s', RAMP_DOWN: '0s', MAX_VUS: '40' });
    expect(load).toMatchObject({ timeUnit: '1m0s', maxVUs: 40, stages: [{ target: 600, duration: '10s' }, { duration: '20s' }, { duration: '0s' }] });
    expect(plannedIterations(arrivalExecutor(load)!)).toBeCloseTo(50 + 200);
  });

  it('stress climbs in equal steps from the target to the peak and holds each', () => {
    const stress = executorOf('stress', { RATE: '10', STRESS_PEAK: '2', STRESS_STEPS: '4', STEP_DURATION: '20s', STEP_RAMP: '5s' });
    const stages = stress.stages ?? [];
    const holds = stages.filter((_, i) => i % 2 === 1 && i < stages.length - 1);
    expect(holds.map((s) => s.target)).toEqual([10, 13, 15, 18, 20]);
    expect(holds.every((s) => s.duration === '20s')).toBe(true);
    expect(stages.at(-1)).toEqual({ duration: '5s', target: 0 });
    expect(peakRatePerSecond(arrivalExecutor(stress)!)).toBe(20);
  });

  it('spike jumps from the baseline to the spike and back, then recovers at the baseline', () => {
    const spike = executorOf('spike', { RATE: '5', SPIKE_FACTOR: '8' });
    expect(spike.startRate).toBe(5);
    expect(spike.stages?.map((s) => s.target)).toEqual([5, 40, 40, 5, 5]);
    expect(spike.stages?.map((s) => s.duration)).toEqual(['1m0s', '10s', '1m0s', '10s', '2m0s']);
  });

  it('soak holds a constant arrival rate for hours', () => {
    const soak = executorOf('soak');
    expect(soak).toMatchObject({ executor: 'constant-arrival-rate', rate: 20, timeUnit: '1s', duration: '4h0m0s' });
    expect(plannedIterations(arrivalExecutor(soak)!)).toBe(20 * 4 * 3600);
  });

  it('smoke runs VUS × ITERATIONS within 45 s', () => {
    expect(executorOf('smoke', { VUS: '2', ITERATIONS: '3' })).toMatchObject({ executor: 'per-vu-iterations', vus: 2, iterations: 3, maxDuration: '45s' });
  });

  it.each(['load', 'stress', 'spike', 'soak', 'breakpoint'])('%s is bounded: capped VUs, finite duration, graceful stop', (scenario) => {
    const plan = arrivalExecutor(executorOf(scenario))!;
    expect(plan.maxVUs).toBeLessThanOrEqual(MAX_VUS_LIMIT);
    expect(plan.preAllocatedVUs).toBeLessThanOrEqual(plan.maxVUs);
    expect(plan.preAllocatedVUs).toBeGreaterThanOrEqual(peakRatePerSecond(plan) * 0.5);
    expect(planSeconds(plan)).toBeGreaterThan(0);
    expect(planSeconds(plan)).toBeLessThanOrEqual(24 * 3600);
    expect(plan.gracefulStop).toMatch(/^\d+s$/);
  });

  it.each([
    [{ RAMP_UP: 'soon' }, 'RAMP_UP=soon is not valid: expected a duration such as 0s, 30s, 5m or 1h30m'],
    [{ DURATION: '0s' }, 'DURATION=0s is not valid: expected a duration such as 250ms, 30s, 5m or 1h30m'],
    [{ RATE: '0' }, 'RATE=0 is not valid: expected iterations per time unit from 1 to 9999999, such as 20, 20/s, 600/m or 100/h'],
    [{ MAX_VUS: '999999' }, `MAX_VUS=999999 is not valid: expected a whole number from 1 to ${MAX_VUS_LIMIT}`],
    [{ MIX_READ: '1.5' }, 'MIX_READ=1.5 is not valid: expected a number from 0 to 1, such as 0.6'],
    [{ VUS: '3' }, 'VUS=3 is not valid: expected it unset: the load scenario takes only RATE, DURATION'],
  ])('load refuses %j in its init with one line', (env, message) => {
    expect(() => executorOf('load', env)).toThrow(BadInput);
    expect(() => executorOf('load', env)).toThrow(message);
  });

  it('npm run web-dashboard prints the settings from the executor k6 reads, and a refused knob as one line with exit 2', () => {
    const cli = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'tools/web-dashboard.ts', 'load', 'reports/x'], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, K6_BIN: k6 as string, ...env },
      });
    const ok = cli({ RATE: '50', DURATION: '10m', RAMP_UP: '0s', RAMP_DOWN: '0s' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('K6_WEB_DASHBOARD=true');
    expect(ok.stdout).toMatch(/^K6_WEB_DASHBOARD_PERIOD=\d+s$/m);
    const refused = cli({ RATE: 'soon' });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim()).toBe('RATE=soon is not valid: expected iterations per time unit from 1 to 9999999, such as 20, 20/s, 600/m or 100/h');
  });
});
