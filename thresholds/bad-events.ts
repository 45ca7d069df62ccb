import { Counter } from 'k6/metrics';
import { BAD_EVENTS_COUNTER } from './catalog.ts';

/**
 * The VU side of the SLO verdicts: every bad event (a failed request, a request at or over a
 * latency objective, a failed check) adds 1 to `mythical_slo_bad_events`, tagged with its
 * group and the `sli` it counts against. Only bad events are counted, so a healthy request
 * costs two comparisons; the thresholds compare each count with its critical count.
 */
const badEvents = new Counter(BAD_EVENTS_COUNTER);

let p95Ms = Number.POSITIVE_INFINITY;
let p99Ms = Number.POSITIVE_INFINITY;

/** Sets the latency objectives requests are compared against (the catalog's p95 and p99). */
export function setLatencyObjectives(objectives: { p95Ms: number; p99Ms: number }): void {
  p95Ms = objectives.p95Ms;
  p99Ms = objectives.p99Ms;
}

/** Counts the bad events of one request an SLO judges. */
export function countRequest(beast: string, method: string, failed: boolean, durationMs: number): void {
  if (failed) badEvents.add(1, { beast, method, sli: 'availability' });
  if (durationMs >= p95Ms) badEvents.add(1, { beast, method, sli: 'latency-p95' });
  if (durationMs >= p99Ms) badEvents.add(1, { beast, method, sli: 'latency-p99' });
}

/** Counts one failed check of a request group. */
export function countFailedCheck(tags: { beast: string; method: string }): void {
  badEvents.add(1, { beast: tags.beast, method: tags.method, sli: 'checks' });
}
