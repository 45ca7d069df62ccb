import { checked } from '../../thresholds/checks.ts';
import type { MythicalClient } from '../client.ts';

/**
 * POST a name. The real server drops about 10% of POSTs with a designed 500 before the insert,
 * so one retry with the same name is safe; the first 500 still counts in `http_req_failed`
 * (the SLO catalog budgets it). The check name says which way the row got created.
 */
export function createWithRetry(client: MythicalClient, beast: string, name: string): boolean {
  let response = client.create(beast, name);
  const retried = response.status === 500;
  if (retried) response = client.create(beast, name);
  const outcome = retried ? 'POST created after one retry of a 500' : 'POST created';
  return checked(response, { [outcome]: (r) => r.status === 201 }, { beast, method: 'POST' });
}

/**
 * One beast's life cycle: POST → GET (the name is there) → DELETE → GET (it is gone).
 * Leaves no row behind unless a request fails; teardown sweeps those.
 */
export function crudJourney(client: MythicalClient, beast: string, name: string): void {
  if (!createWithRetry(client, beast, name)) return;
  checked(client.list(beast), { 'GET lists the new name': (list) => list.names?.includes(name) === true }, { beast, method: 'GET' });
  checked(client.remove(beast, name), { 'DELETE answered 204': (r) => r.status === 204 }, { beast, method: 'DELETE' });
  checked(
    client.list(beast),
    { 'GET no longer lists it': (list) => list.names !== undefined && !list.names.includes(name) },
    { beast, method: 'GET' },
  );
}
