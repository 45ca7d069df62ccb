import { EXPECTED_STATUS, MythicalClient } from '../client.ts';
import { belongsToRun } from '../names.ts';
import type { RunId } from '../run-id.ts';

/**
 * Deletes every row this run left (names with the run's prefix), beast by beast, with `sweep`
 * requests that never count against an SLO. Meant for `teardown()`, which k6 runs even when
 * iterations were interrupted. Returns how many rows it deleted.
 */
export function sweepRun(baseUrl: string, run: RunId, beasts: readonly string[]): number {
  const client = new MythicalClient(baseUrl, run, 'sweep');
  let deleted = 0;
  for (const beast of beasts) {
    const { response, names } = client.list(beast);
    if (!names) {
      console.warn(`sweep: GET /${beast} answered ${response.status}; rows named ${run.prefix}-* may remain`);
      continue;
    }
    for (const name of names.filter((row) => belongsToRun(row, run.prefix))) {
      if (client.remove(beast, name).status === EXPECTED_STATUS.DELETE) deleted++;
    }
  }
  if (deleted > 0) console.info(`sweep: deleted ${deleted} rows left by ${run.prefix}`);
  return deleted;
}
