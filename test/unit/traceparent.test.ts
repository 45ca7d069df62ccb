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

  it('randomHex draws the full width of its floor, never a leading 0, so never all zeros, which W3C forbids', () => {
    expect(randomHex(0x1000000, () => 0)).toBe('1000000');
    expect(randomHex(0x1000000, () => 1 - 2 ** -32)).toBe('fffffff');
    expect(randomHex(0x10000000, () => 0)).toBe('10000000');
    expect(randomHex(0x10000000, () => 0.5)).toBe('88000000');
    expect(randomHex(0x10000000, () => 1 - 2 ** -32)).toBe('ffffffff');
    for (let i = 0; i < 1000; i++) expect(randomHex(0x10000000, random)).toMatch(/^[1-9a-f][0-9a-f]{7}$/);
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
      // The parent id is the trace id's random tail, as a root span's id in Jaeger's clients.
      expect(trace.traceparent).toBe(`00-${trace.traceId}-${trace.traceId.slice(16)}-01`);
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
