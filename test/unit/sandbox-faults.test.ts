import { describe, expect, it } from 'vitest';
import { FaultEngine } from '../../sandbox/faults/engine.ts';
import { FaultSpecError, parseFaultSpec } from '../../sandbox/faults/spec.ts';
import { SlidingWindowCounter } from '../../sandbox/faults/window.ts';
import { seededRandom } from '../../sandbox/random.ts';

describe('parseFaultSpec', () => {
  it('fills defaults: wildcards, status 500 for errors, 503 and status mode for outages', () => {
    expect(parseFaultSpec({ errors: [{ rate: 0.5 }], latency: [{ fixedMs: 10 }], outage: { durationMs: 5 } })).toEqual({
      errors: [{ beast: '*', method: '*', rate: 0.5, status: 500 }],
      latency: [{ beast: '*', method: '*', fixedMs: 10, jitterMs: undefined }],
      outage: { durationMs: 5, startAfterMs: 0, mode: 'status', status: 503 },
    });
  });

  it.each([
    [[], 'faults must be a JSON object'],
    [{ lag: [] }, 'faults.lag is not a known field (accepted: latency, errors, resets, outage, capacity)'],
    [{ errors: [{ rate: 2 }] }, 'faults.errors[0].rate must be a share from 0 to 1'],
    [{ errors: [{ rate: 1, status: 200 }] }, 'faults.errors[0].status must be an HTTP error status, an integer from 400 to 599'],
    [{ resets: [{ rate: 1, method: 'PATCH' }] }, 'faults.resets[0].method must be GET, POST, DELETE or *'],
    [{ latency: [{ beast: 'a b', fixedMs: 1 }] }, 'faults.latency[0].beast must be a beast name or *'],
    [{ outage: { durationMs: 1, mode: 'drop' } }, 'faults.outage.mode must be "status" or "reset"'],
    [{ capacity: [{ rps: 0, errorRate: 1 }] }, 'faults.capacity[0].rps must be an integer ≥ 1 (requests per second)'],
    [{ capacity: [{ rps: 5 }] }, 'faults.capacity[0] needs latencyMs, jitterMs or errorRate: otherwise it does nothing'],
  ])('rejects %j with one line naming the field', (input, message) => {
    expect(() => parseFaultSpec(input)).toThrow(new FaultSpecError(message));
  });
});

describe('SlidingWindowCounter', () => {
  it('counts the events of the last second exactly, also past its initial capacity', () => {
    const window = new SlidingWindowCounter(1000);
    for (let i = 0; i < 3000; i += 1) window.hit(i * 0.5);
    expect(window.count(1499.5)).toBe(2000);
    expect(window.count(2499.5)).toBe(0);
    expect(window.hit(5000)).toBe(1);
  });
});

describe('FaultEngine', () => {
  it('serves everything with an empty spec', () => {
    const engine = new FaultEngine(seededRandom(1));
    expect(engine.decide('unicorn', 'GET')).toEqual({ delayMs: 0, action: 'serve', status: 0 });
  });

  it('lets the first matching rule of a kind win and respects beast and method', () => {
    const engine = new FaultEngine(() => 0);
    engine.set(parseFaultSpec({ errors: [{ beast: 'unicorn', method: 'POST', rate: 1, status: 418 }, { rate: 1, status: 503 }] }));
    expect(engine.decide('unicorn', 'POST')).toMatchObject({ action: 'error', status: 418 });
    expect(engine.decide('unicorn', 'GET')).toMatchObject({ action: 'error', status: 503 });
  });

  it('adds fixed plus jitter latency from the seeded source', () => {
    const engine = new FaultEngine(() => 0.5);
    engine.set(parseFaultSpec({ latency: [{ fixedMs: 100, jitterMs: 40 }] }));
    expect(engine.decide('owlbear', 'DELETE')).toEqual({ delayMs: 120, action: 'serve', status: 0, cause: 'latency' });
  });

  it('opens and closes the outage window on its clock', () => {
    let now = 0;
    const engine = new FaultEngine(() => 0, () => now);
    engine.set(parseFaultSpec({ outage: { durationMs: 100, startAfterMs: 50 } }));
    expect(engine.activeOutage()).toBeUndefined();
    now = 60;
    expect(engine.activeOutage()).toMatchObject({ status: 503 });
    now = 151;
    expect(engine.activeOutage()).toBeUndefined();
  });

  it('degrades only above the rate, per beast when scoped so, and recovers as the window slides', () => {
    let now = 0;
    const engine = new FaultEngine(() => 0, () => now);
    engine.set(parseFaultSpec({ capacity: [{ rps: 2, scope: 'beast', errorRate: 1, latencyMs: 30 }] }));
    expect(engine.decide('unicorn', 'GET').action).toBe('serve');
    expect(engine.decide('unicorn', 'GET').action).toBe('serve');
    expect(engine.decide('unicorn', 'GET')).toEqual({ delayMs: 30, action: 'error', status: 503, cause: 'capacity' });
    expect(engine.decide('owlbear', 'GET').action).toBe('serve');
    now = 1001;
    expect(engine.decide('unicorn', 'GET').action).toBe('serve');
  });
});
