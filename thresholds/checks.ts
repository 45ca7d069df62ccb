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
  // The verdict goes to k6 as the checked value, read back by one module-level function: no
  // closure made per GET, and no boolean as a check value (k6 asks each value's constructor
  // whether it is async, which would build the Boolean builtins in every VU). The objects are
  // made anew on each GET: kept per beast, they would cost every VU about 3.5 KB to save
  // each GET about 4 µs (docs/generator-cost.md).
  check(passed, { [name]: verdict }, { beast, method: 'GET' });
  // No String(): the String constructor would be built in every VU.
  checksCounter.add(1, { beast, method: 'GET', passed: passed ? 'true' : 'false' });
  if (passed) return;
  badEvents.add(1, { beast, method: 'GET', sli: 'checks' });
  client.recordExemplar(list, 'GET', beast, false, true);
}
