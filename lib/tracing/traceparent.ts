/**
 * A uniform number in [0, 1): `Math.random` in a VU (k6 seeds it per VU from a secure source;
 * OpenTelemetry's JS SDK draws its ids the same way), anything seeded in a test. Ids need to be
 * unique, not secret, and this keeps the VU free of k6/crypto, typed arrays and regular
 * expressions, which k6 would instantiate in every VU.
 */
export type Random = () => number;

/** W3C `traceparent` of a sampled request: version 00, 32-hex trace id, 16-hex parent id, flags 01. */
export const TRACEPARENT_FORM = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-01$/;

/**
 * Random lowercase hex digits from one draw: as many as `floor` (a power of 16, at most
 * 0x10000000) has, 8 for 0x10000000, 7 for 0x1000000. The first digit is never 0, so an id is
 * never all zeros (which W3C trace context forbids) and every draw has its full width; that costs
 * each draw 0.09 of a bit. One Number `toString(16)` does the formatting: the digit-by-digit
 * arithmetic it replaces cost five times its CPU (bench/load/hot-path.k6.ts), on every request.
 */
export function randomHex(floor: number, random: Random): string {
  return (floor + ((random() * 15 * floor) >>> 0)).toString(16);
}

/** The ids one request is sent with. */
export interface RequestTrace {
  traceId: string;
  /** The W3C header: version 00, the trace id, a random 16-hex parent span id, flags 01 (sampled). */
  traceparent: string;
}

/**
 * The digit after the run tag of a trace id: which method of a judged request it was, `0` for a
 * request no SLO judges (teardown sweep). The server's log line carries nothing of the client but
 * the trace id, and logs a failed POST as `http.method=GET`: this digit is how a Loki query
 * tells one request group of one run from every other.
 */
export const METHOD_DIGIT: Readonly<Record<string, string>> = { GET: '1', POST: '2', DELETE: '3' };

/** The run's tag: 8 hex of FNV-1a (32 bit) over the testid, so every VU, instance and tool derives the same. */
export function runTraceTag(testid: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < testid.length; i++) hash = Math.imul(hash ^ testid.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * How every trace id of one run's `method` requests starts: the run tag and the method digit
 * (`0` when `method` is undefined, for requests no SLO judges). The other 23 hex are random.
 */
export function traceIdPrefix(testid: string, method: string | undefined): string {
  return `${runTraceTag(testid)}${(method !== undefined && METHOD_DIGIT[method]) || '0'}`;
}

/**
 * A new trace for one request, so the trace an SLO breach names is the failing request itself.
 * `prefix` is {@link traceIdPrefix}'s (the run tag and the method digit); 23 random hex follow:
 * about 92 random bits keep ids unique, and the random right-most 7 bytes are what W3C trace
 * context (level 2) asks of a random trace id. The parent id is the trace id's last 16 hex, as
 * Jaeger's clients made a root span's id: the client sends no span of its own, so the id only has
 * to be non-zero, and one draw fewer makes every request cheaper.
 */
export function newTrace(prefix: string, random: Random): RequestTrace {
  const parent = `${randomHex(0x10000000, random)}${randomHex(0x10000000, random)}`;
  const traceId = `${prefix}${randomHex(0x1000000, random)}${parent}`;
  return { traceId, traceparent: `00-${traceId}-${parent}-01` };
}

/** Who sends a request: a journey (judged by the SLOs), the teardown sweep, or neither (the default User-Agent). */
export type Sender = { journey: string } | 'sweep' | undefined;

/**
 * The User-Agent, which the server records verbatim as the span attribute `http.user_agent`:
 * `mythical-k6/<version> (testid=<id>; journey=<id>)` for a journey's requests,
 * `(testid=<id>; sweep)` for the teardown sweep, `(testid=<id>)` for anything else.
 */
export function userAgent(testid: string, version: string, sender: Sender = undefined): string {
  const role = sender === undefined ? '' : sender === 'sweep' ? '; sweep' : `; journey=${sender.journey}`;
  return `mythical-k6/${version} (testid=${testid}${role})`;
}

/** Headers that mark the suite's load: `baggage` for the trace, `User-Agent` for the server's spans and access logs. */
export function loadMarkers(testid: string, version: string): { baggage: string; userAgent: string } {
  return { baggage: `testid=${testid}`, userAgent: userAgent(testid, version) };
}
