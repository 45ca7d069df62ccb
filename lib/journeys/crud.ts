import { EXPECTED_STATUS, type MythicalClient } from '../client.ts';
import { checkNames } from '../../thresholds/checks.ts';

/**
 * One beast's life cycle: POST → GET (the name is there) → DELETE → GET (it is gone).
 * Every request is judged by its status (availability SLOs); the checks judge what a GET's
 * 200 lists, and only where the step before succeeded, so one fault breaches one SLO.
 * Leaves no row behind unless a request fails; teardown sweeps those.
 *
 * The real server drops about 10% of POSTs with a designed 500 before the insert, so one retry
 * with the same name is safe; the first 500 still counts in `http_req_failed`, and the POST
 * objective (10%) allows it.
 */
export function crudJourney(client: MythicalClient, beast: string, name: string): void {
  let created = client.send('POST', beast, name).response.status;
  if (created === 500) created = client.send('POST', beast, name).response.status;
  if (created !== EXPECTED_STATUS.POST) return;
  checkNames(client, client.send('GET', beast), beast, 'GET lists the new name', (names) => names.includes(name));
  if (client.send('DELETE', beast, name).response.status !== EXPECTED_STATUS.DELETE) return;
  checkNames(client, client.send('GET', beast), beast, 'GET no longer lists it', (names) => !names.includes(name));
}
