/** A source of random bytes: k6's `crypto.randomBytes` in a VU, anything seeded in a test. */
export type RandomBytes = (count: number) => Uint8Array;

/** W3C `traceparent` of a sampled request: version 00, 32-hex trace id, 16-hex parent id, flags 01. */
export const TRACEPARENT_FORM = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-01$/;

/** Bytes as lowercase hex: k6's Go-side `crypto.hexEncode` in a VU (a JS loop costs ~4× more per request). */
export type HexEncode = (values: Uint8Array) => string;

/** The pure {@link HexEncode}, for tests and tools. */
export function bytesToHex(values: Uint8Array): string {
  let hex = '';
  for (const value of values) hex += value.toString(16).padStart(2, '0');
  return hex;
}

/** `bytes` random bytes as lowercase hex; never all zeros, which W3C trace context forbids. */
export function randomHex(bytes: number, random: RandomBytes, encode: HexEncode = bytesToHex): string {
  for (;;) {
    const hex = encode(random(bytes));
    if (/[^0]/.test(hex)) return hex;
  }
}

/** The `traceparent` header value for a sampled span. */
export function traceparent(traceId: string, spanId: string): string {
  return `00-${traceId}-${spanId}-01`;
}

/** The ids one request is sent with. */
export interface RequestTrace {
  traceId: string;
  spanId: string;
  traceparent: string;
}

/**
 * Gives one trace id per iteration (one journey = one trace) and a new parent span id per
 * request. Keyed by the iteration number, so it needs no hook at the start of an iteration.
 */
export class IterationTracer {
  private iteration = Number.NaN;
  private traceId = '';

  constructor(
    private readonly random: RandomBytes,
    private readonly encode: HexEncode = bytesToHex,
  ) {}

  /** The ids for the next request of `iteration`. */
  next(iteration: number): RequestTrace {
    if (iteration !== this.iteration) {
      this.iteration = iteration;
      this.traceId = randomHex(16, this.random, this.encode);
    }
    const spanId = randomHex(8, this.random, this.encode);
    return { traceId: this.traceId, spanId, traceparent: traceparent(this.traceId, spanId) };
  }
}

/** Headers that mark the suite's load: `baggage` for the trace, `User-Agent` for access logs. */
export function loadMarkers(testid: string, version: string): { baggage: string; userAgent: string } {
  return { baggage: `testid=${testid}`, userAgent: `mythical-k6/${version} (testid=${testid})` };
}
