import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRACEPARENT_FORM, loadMarkers, newTrace, randomHex, runTraceTag, traceIdPrefix, userAgent } from '../../lib/tracing/traceparent.ts';
import { SUITE_VERSION } from '../../lib/version.ts';

const random = Math.random;

describe('traceparent', () => {
  it('is 00-<32 hex>-<16 hex>-01 (sampled)', () => {
    const { traceId, traceparent } = newTrace(traceIdPrefix('smoke-1', 'GET'), random);
    expect(traceparent).toMatch(TRACEPARENT_FORM);
    expect(traceparent.slice(3, 35)).toBe(traceId);
  });

  it('randomHex never returns all zeros, which W3C forbids', () => {
    let calls = 0;
    const zerosFirst = () => (calls++ < 2 ? 0 : 1 / 2 ** 32);
    expect(randomHex(12, zerosFirst)).toBe('100000001000');
    expect(calls).toBe(4);
  });

  it('randomHex takes eight lowercase hex digits from each draw, over the full 32-bit range', () => {
    const draws = [0.5, 1 - 2 ** -32, 0x12345678 / 2 ** 32];
    expect(randomHex(20, () => draws.shift()!)).toBe('00000008ffffffff8765');
  });

  it('the form refuses all-zero ids and other flags', () => {
    expect(`00-${'0'.repeat(32)}-${'1'.repeat(16)}-01`).not.toMatch(TRACEPARENT_FORM);
    expect(`00-${'1'.repeat(32)}-${'1'.repeat(16)}-00`).not.toMatch(TRACEPARENT_FORM);
  });
});

describe('newTrace', () => {
  it('gives every request a trace of its own, starting with the run tag and the method digit', () => {
    const traces = (['GET', 'GET', 'POST', 'DELETE', undefined] as const).map((method) => newTrace(traceIdPrefix('smoke-1', method), random));
    expect(new Set(traces.map((t) => t.traceId)).size).toBe(5);
    expect(new Set(traces.map((t) => t.traceparent.slice(36, 52))).size).toBe(5);
    const tag = runTraceTag('smoke-1');
    expect(tag).toMatch(/^[0-9a-f]{8}$/);
    expect(traces.map((t) => t.traceId.slice(0, 9))).toEqual([`${tag}1`, `${tag}1`, `${tag}2`, `${tag}3`, `${tag}0`]);
    for (const trace of traces) {
      expect(trace.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(trace.traceparent).toMatch(TRACEPARENT_FORM);
    }
  });

  it('the run tag depends on the testid only, so every VU and tool derives the same', () => {
    expect(runTraceTag('smoke-1')).toBe(runTraceTag('smoke-1'));
    expect(runTraceTag('smoke-1')).not.toBe(runTraceTag('smoke-2'));
    expect(traceIdPrefix('smoke-1', 'POST')).toBe(`${runTraceTag('smoke-1')}2`);
    expect(traceIdPrefix('smoke-1', undefined)).toBe(`${runTraceTag('smoke-1')}0`);
  });
});

describe('load markers', () => {
  it('baggage and User-Agent carry the testid; a journey and the sweep say who sent the request', () => {
    expect(loadMarkers('smoke-1', '0.1.0')).toEqual({
      baggage: 'testid=smoke-1',
      userAgent: 'mythical-k6/0.1.0 (testid=smoke-1)',
    });
    expect(userAgent('smoke-1', '0.1.0', { journey: '0a1b2c3d4e5f' })).toBe('mythical-k6/0.1.0 (testid=smoke-1; journey=0a1b2c3d4e5f)');
    expect(userAgent('smoke-1', '0.1.0', 'sweep')).toBe('mythical-k6/0.1.0 (testid=smoke-1; sweep)');
  });

  it('the suite version is the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(SUITE_VERSION).toBe(pkg.version);
  });
});
