import { Counter, check } from '../lib/k6-modules.ts';
import type { Answer, MythicalClient } from '../lib/client.ts';
import { EXPECTED_STATUS } from '../lib/contract.ts';
import { badEvents } from './bad-events.ts';
import { CHECKS_COUNTER } from './catalog.ts';

/**
 * Counts every check, tagged like the `checks` samples plus `passed`. k6 thresholds on a rate
 * offer no `count`, so this counter is what the check SLOs' `count>0` guard and their PromQL
 * read.
 */
const checksCounter = new Counter(CHECKS_COUNTER);

/** The checker of a verdict reached before `check`: the checked value itself. */
const verdict = (passed: boolean): boolean => passed;

/** The tags of one beast's GET checks: of the `check`, and of its count when it passed or failed. */
interface CheckTags {
  check: Record<string, string>;
  passed: Record<string, string>;
  failed: Record<string, string>;
}

// k6 reads these objects on every GET: built once per check name and per beast, since new ones
// cost each GET about 6 µs of a VU's time (bench/load/hot-path.k6.ts).
const checkers: Record<string, Record<string, typeof verdict>> = {};
const tagsByBeast: Record<string, CheckTags> = {};

/**
 * Checks the names a `GET /{beast}` listed, in that beast's GET check SLO: the k6 `check` named
 * `name` passes only when the answer was a list of names and `condition` (if any) holds of it;
 * it is counted in `mythical_checks` and, when it fails, as a bad event of the group. A GET that
 * did not answer 200 is availability's to judge, not the checks'. When the check fails, the GET
 * becomes an exemplar of the check SLO, so its breach names the very request.
 */
export function checkNames(client: MythicalClient, list: Answer, beast: string, name: string, condition?: (names: string[]) => boolean): void {
  if (list.response.status !== EXPECTED_STATUS.GET) return;
  const passed = list.names !== undefined && (condition === undefined || condition(list.names));
  let tags = tagsByBeast[beast];
  if (tags === undefined) {
    // No String() for `passed`: the String constructor would be built in every VU.
    tags = { check: { beast, method: 'GET' }, passed: { beast, method: 'GET', passed: 'true' }, failed: { beast, method: 'GET', passed: 'false' } };
    tagsByBeast[beast] = tags;
  }
  // The verdict goes to k6 as the checked value, read back by one module-level function: no
  // closure made per GET, and no boolean as a check value (k6 asks each value's constructor
  // whether it is async, which would build the Boolean builtins in every VU).
  check(passed, (checkers[name] ??= { [name]: verdict }), tags.check);
  checksCounter.add(1, passed ? tags.passed : tags.failed);
  if (passed) return;
  badEvents.add(1, { beast, method: 'GET', sli: 'checks' });
  client.checkFailed(list, beast);
}
