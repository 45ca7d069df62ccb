import { checked } from '../../thresholds/checks.ts';
import type { NameList } from '../client.ts';
import { recordExemplar } from '../exemplars.ts';

/**
 * Checks what a `GET /{beast}` listed, counted in that beast's GET check SLO; when a check
 * fails, the GET becomes an exemplar of that SLO, so its breach names the very request.
 */
export function checkList(list: NameList, beast: string, sets: Record<string, (list: NameList) => boolean>): boolean {
  const passed = checked(list, sets, { beast, method: 'GET' });
  if (!passed && list.outcome) recordExemplar({ ...list.outcome, checkFailed: true });
  return passed;
}
