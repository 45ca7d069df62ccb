import { checked } from '../../thresholds/checks.ts';
import { EXPECTED_STATUS, type NameList } from '../client.ts';
import { recordExemplar } from '../exemplars.ts';

/**
 * Checks the names a `GET /{beast}` listed, in that beast's GET check SLO; each condition passes
 * only when the answer was a list of names and the condition holds. A GET that did not answer
 * 200 is availability's to judge, not the checks'. When a check fails, the GET becomes an
 * exemplar of the check SLO, so its breach names the very request.
 */
export function checkList(list: NameList, beast: string, sets: Record<string, (names: string[]) => boolean>): void {
  if (list.response.status !== EXPECTED_STATUS.GET) return;
  // for...in, not Object.entries/fromEntries: this runs after every GET of a journey, and
  // Object's static methods would be built in every VU.
  const conditions: Record<string, (answer: NameList) => boolean> = {};
  for (const name in sets) {
    const condition = sets[name];
    conditions[name] = (answer) => answer.names !== undefined && condition(answer.names);
  }
  if (!checked(list, conditions, { beast, method: 'GET' }) && list.outcome) recordExemplar({ ...list.outcome, checkFailed: true });
}
