import { Counter } from '../lib/k6-modules.ts';
import { BAD_EVENTS_COUNTER } from './catalog.ts';

/**
 * The VU side of the SLO verdicts: every bad event adds 1 to `mythical_slo_bad_events`, tagged
 * with its group (`beast`, `method`) and the `sli` it counts against: `availability` (a failed
 * request), `latency-p95` and `latency-p99` (a request at or over that objective), `checks` (a
 * failed check). The client (lib/client.ts) and the checks (thresholds/checks.ts) add to it
 * directly, with no function of this module between: a VU holds every function of its bundle.
 * Only bad events are counted, so a healthy request costs comparisons; the thresholds compare
 * each count with its critical count.
 */
export const badEvents = new Counter(BAD_EVENTS_COUNTER);
