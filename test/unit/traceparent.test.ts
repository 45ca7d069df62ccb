import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IterationTracer, TRACEPARENT_FORM, loadMarkers, randomHex, traceparent } from '../../lib/tracing/traceparent.ts';
import { SUITE_VERSION } from '../../lib/version.ts';

const random = Math.random;

describe('traceparent', () => {
  it('is 00-<32 hex>-<16 hex>-01 (sampled)', () => {
    const header = new IterationTracer(random).next(0).traceparent;
    expect(header).toMatch(TRACEPARENT_FORM);
    expect(traceparent('a'.repeat(32), 'b'.repeat(16))).toBe(`00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`);
  });

  it('randomHex never returns all zeros, which W3C forbids', () => {
    let calls = 0;
    const zerosFirst = () => (calls++ < 2 ? 0 : 1 / 2 ** 32);
    expect(randomHex(8, zerosFirst)).toBe('0000000100000001');
    expect(calls).toBe(4);
  });

  it('randomHex gives 8 lowercase hex digits per 4 bytes, the full 32-bit range', () => {
    const draws = [0.5, 1 - 2 ** -32, 0.0625, 0];
    expect(randomHex(16, () => draws.shift()!)).toBe('80000000ffffffff1000000000000000');
  });

  it('the form refuses all-zero ids and other flags', () => {
    expect(`00-${'0'.repeat(32)}-${'1'.repeat(16)}-01`).not.toMatch(TRACEPARENT_FORM);
    expect(`00-${'1'.repeat(32)}-${'1'.repeat(16)}-00`).not.toMatch(TRACEPARENT_FORM);
  });
});

describe('IterationTracer', () => {
  it('keeps one trace id per iteration and a new span id per request', () => {
    const tracer = new IterationTracer(random);
    const first = [tracer.next(0), tracer.next(0), tracer.next(0)];
    const second = [tracer.next(1), tracer.next(1)];
    expect(new Set(first.map((t) => t.traceId)).size).toBe(1);
    expect(new Set(second.map((t) => t.traceId)).size).toBe(1);
    expect(first[0].traceId).not.toBe(second[0].traceId);
    expect(new Set([...first, ...second].map((t) => t.spanId)).size).toBe(5);
    for (const trace of [...first, ...second]) expect(trace.traceparent).toBe(traceparent(trace.traceId, trace.spanId));
  });

  it('starts a new trace when the iteration changes, even back to an older number', () => {
    const tracer = new IterationTracer(random);
    const a = tracer.next(0).traceId;
    tracer.next(1);
    expect(tracer.next(0).traceId).not.toBe(a);
  });
});

describe('load markers', () => {
  it('baggage and User-Agent carry the testid', () => {
    expect(loadMarkers('smoke-1', '0.1.0')).toEqual({
      baggage: 'testid=smoke-1',
      userAgent: 'mythical-k6/0.1.0 (testid=smoke-1)',
    });
  });

  it('the suite version is the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(SUITE_VERSION).toBe(pkg.version);
  });
});
