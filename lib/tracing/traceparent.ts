/**
 * A uniform number in [0, 1): `Math.random` in a VU (k6 seeds it per VU from a secure source;
 * OpenTelemetry's JS SDK draws its ids the same way), anything seeded in a test. Ids need to be
 * unique, not secret, and this keeps the VU free of k6/crypto, typed arrays and regular
 * expressions, which k6 would instantiate in every VU.
 */
export type Random = () => number;

/** W3C `traceparent` of a sampled request: version 00, 32-hex trace id, 16-hex parent id, flags 01. */
export const TRACEPARENT_FORM = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-01$/;

/** `bytes` random bytes (a multiple of 4) as lowercase hex; never all zeros, which W3C trace context forbids. */
export function randomHex(bytes: number, random: Random): string {
  for (;;) {
    let hex = '';
    for (let word = 0; word < bytes / 4; word++) hex += Math.floor(random() * 2 ** 32).toString(16).padStart(8, '0');
    for (let i = 0; i < hex.length; i++) if (hex[i] !== '0') return hex;
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

  constructor(private readonly random: Random) {}

  /** The ids for the next request of `iteration`. */
  next(iteration: number): RequestTrace {
    if (iteration !== this.iteration) {
      this.iteration = iteration;
      this.traceId = randomHex(16, this.random);
    }
    const spanId = randomHex(8, this.random);
    return { traceId: this.traceId, spanId, traceparent: traceparent(this.traceId, spanId) };
  }
}

/** Headers that mark the suite's load: `baggage` for the trace, `User-Agent` for access logs. */
export function loadMarkers(testid: string, version: string): { baggage: string; userAgent: string } {
  return { baggage: `testid=${testid}`, userAgent: `mythical-k6/${version} (testid=${testid})` };
}
