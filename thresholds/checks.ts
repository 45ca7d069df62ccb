import { check } from 'k6';
import { Counter } from 'k6/metrics';
import { countFailedCheck } from './bad-events.ts';
import { CHECKS_COUNTER } from './catalog.ts';

/**
 * Counts every check, tagged like the `checks` samples plus `passed`. k6 thresholds on a rate
 * offer no `count`, so this counter is what the check SLOs' `count>0` guard and their PromQL
 * read.
 */
const checksCounter = new Counter(CHECKS_COUNTER);

/**
 * k6's `check`, one call per named condition, each also counted in `mythical_checks`. Tag with
 * the request group (`beast`, `method`) so the per-group check SLOs see it.
 */
export function checked<T>(value: T, sets: Record<string, (value: T) => boolean>, tags: { beast: string; method: string }): boolean {
  let all = true;
  for (const [name, condition] of Object.entries(sets)) {
    const passed = check(value, { [name]: condition }, tags);
    checksCounter.add(1, { ...tags, passed: String(passed) });
    if (!passed) countFailedCheck(tags);
    all = all && passed;
  }
  return all;
}
