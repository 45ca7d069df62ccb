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

/**
 * Checks the names a `GET /{beast}` listed, in that beast's GET check SLO: one k6 `check` per
 * named condition, each passing only when the answer was a list of names and the condition
 * holds, each counted in `mythical_checks` and, when it fails, as a bad event of the group. A
 * GET that did not answer 200 is availability's to judge, not the checks'. When a check fails,
 * the GET becomes an exemplar of the check SLO, so its breach names the very request.
 */
export function checkNames(client: MythicalClient, list: Answer, beast: string, sets: Record<string, (names: string[]) => boolean>): void {
  if (list.response.status !== EXPECTED_STATUS.GET) return;
  const tags = { beast, method: 'GET' };
  let all = true;
  // for...in, not Object.entries: this runs after every GET, and Object's static methods would
  // be built in every VU.
  for (const name in sets) {
    const condition = sets[name];
    const passed = check(list.names, { [name]: (names) => names !== undefined && condition(names) }, tags);
    // No String(): the String constructor would be built in every VU.
    checksCounter.add(1, { beast, method: 'GET', passed: passed ? 'true' : 'false' });
    if (!passed) badEvents.add(1, { beast, method: 'GET', sli: 'checks' });
    all = all && passed;
  }
  if (!all && list.outcome) client.recordExemplar({ ...list.outcome, checkFailed: true });
}
