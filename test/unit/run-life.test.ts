import { describe, expect, it } from 'vitest';
import { requestTimeoutMs } from '../../lib/request-timeout.ts';
import { RUN_END_MARGIN_MS, goDurationMs, runLifeMs, scenarioMaxMs } from '../../lib/run-life.ts';

describe('goDurationMs', () => {
  it('reads k6 and Go durations', () => {
    expect(goDurationMs('45s')).toBe(45_000);
    expect(goDurationMs('1h30m0s')).toBe(5_400_000);
    expect(goDurationMs('1.5s')).toBe(1_500);
    expect(goDurationMs('250ms')).toBe(250);
    expect(goDurationMs('1d2h')).toBe(26 * 3_600_000);
    expect(goDurationMs(500)).toBe(500);
    expect(goDurationMs('soon')).toBeNaN();
  });
});

describe('runLifeMs: the most a run can last, from k6\'s consolidated options', () => {
  it('the smoke: setup 30 s, 45 s + 30 s graceful stop, teardown 60 s, and the margin', () => {
    const options = {
      setupTimeout: '30s',
      teardownTimeout: '60s',
      scenarios: { smoke: { executor: 'per-vu-iterations', maxDuration: '45s', gracefulStop: null, startTime: null } },
    };
    expect(runLifeMs(options)).toBe(30_000 + 45_000 + 30_000 + 60_000 + RUN_END_MARGIN_MS);
  });

  it('applies k6\'s defaults where an option is null, and takes the latest scenario end', () => {
    const options = {
      scenarios: {
        a: { executor: 'ramping-arrival-rate', stages: [{ duration: '1m' }, { duration: '5m' }, { duration: '30s' }], gracefulStop: '30s' },
        b: { executor: 'constant-vus', duration: '1m', startTime: '10m' },
      },
    };
    expect(runLifeMs(options)).toBe(60_000 + (600_000 + 60_000 + 30_000) + 60_000 + RUN_END_MARGIN_MS);
  });

  it('never judges early: an executor or duration it cannot read counts as a day', () => {
    expect(scenarioMaxMs({ executor: 'externally-controlled' })).toBe(24 * 3_600_000);
    expect(scenarioMaxMs({ executor: 'constant-vus', duration: 'forever' })).toBe(24 * 3_600_000 + 30_000);
    expect(scenarioMaxMs({ executor: 'ramping-vus', stages: [{ duration: '1m' }] })).toBe(60_000 + 30_000 + 30_000);
  });
});

describe('requestTimeoutMs', () => {
  it('is five p99 objectives, within 2 s and 60 s', () => {
    expect(requestTimeoutMs(1000)).toBe(5_000);
    expect(requestTimeoutMs(100)).toBe(2_000);
    expect(requestTimeoutMs(30_000)).toBe(60_000);
  });
});
