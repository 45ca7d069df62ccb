import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IterationTracer, TRACEPARENT_FORM, bytesToHex, loadMarkers, randomHex, traceparent } from '../../lib/tracing/traceparent.ts';
import { SUITE_VERSION } from '../../lib/version.ts';

const random = (count: number) => new Uint8Array(randomBytes(count));

describe('traceparent', () => {
  it('is 00-<32 hex>-<16 hex>-01 (sampled)', () => {
    const header = new IterationTracer(random).next(0).traceparent;
    expect(header).toMatch(TRACEPARENT_FORM);
    expect(traceparent('a'.repeat(32), 'b'.repeat(16))).toBe(`00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`);
  });

  it('randomHex never returns all zeros, which W3C forbids', () => {
    let calls = 0;
    const zerosFirst = (count: number) => (calls++ === 0 ? new Uint8Array(count) : Uint8Array.from({ length: count }, () => 1));
    expect(randomHex(8, zerosFirst)).toBe('0101010101010101');
    expect(calls).toBe(2);
  });

  it('encodes with the encoder given (k6 passes its Go hex encoder), still refusing all zeros', () => {
    let calls = 0;
    const zerosFirst = (count: number) => (calls++ === 0 ? new Uint8Array(count) : Uint8Array.from({ length: count }, () => 171));
    expect(randomHex(2, zerosFirst, (values) => Buffer.from(values).toString('hex'))).toBe('abab');
    expect(calls).toBe(2);
    expect(bytesToHex(Uint8Array.from([0, 15, 16, 255]))).toBe('000f10ff');
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
