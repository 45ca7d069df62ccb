/**
 * Every request's timeout, derived from the p99 latency objective: a request this slow has
 * long broken every latency SLO, so waiting longer only holds a VU (k6 would wait 60 s) and
 * lets a hung target stretch a 45 s smoke past two minutes. Pure: the k6 client and the Node
 * tools (sweep) use the same figure.
 */

/** How many p99 objectives a request may take before it counts as failed (status 0). */
export const TIMEOUT_P99_MULTIPLE = 5;
/** Never shorter: a tight objective must not turn ordinary network jitter into errors. */
export const MIN_TIMEOUT_MS = 2_000;
/** Never longer than k6's own default. */
export const MAX_TIMEOUT_MS = 60_000;

/** The timeout in ms for a p99 objective of `p99Ms`: 5 × p99, within 2 s … 60 s (5 s by default). */
export function requestTimeoutMs(p99Ms: number): number {
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, TIMEOUT_P99_MULTIPLE * p99Ms));
}
