import { EXPECTED_STATUS, mythicalClient, requestPlan } from '../client.ts';
import type { ActiveSlos } from '../../thresholds/active-slos.ts';
import { SWEPT_LINE, sweepable } from '../row-names.ts';
import type { RunId } from '../run-id.ts';

/** Which rows a sweep deletes besides those of runs that ended or died: this run's own, or none. */
export type SweepScope = 'own-and-ended' | 'ended';

/**
 * Deletes the suite's rows that no running run needs, beast by beast: rows of runs whose
 * stated end has passed (they ended or died, e.g. killed with -9), and with `own-and-ended`
 * this run's own. Requests carry `op: sweep` and no `beast`, so they never count against an
 * SLO. Stops at the first request that got no answer, so a hung target cannot stretch it past
 * k6's teardown timeout. Returns how many rows it deleted.
 */
export function sweepRun(slos: ActiveSlos, run: RunId, scope: SweepScope = 'own-and-ended'): number {
  const client = mythicalClient(requestPlan(slos), run, 'sweep');
  const own = scope === 'own-and-ended' ? run.prefix : undefined;
  let deleted = 0;
  for (const beast of slos.config.beasts) {
    const { response, names } = client.send('GET', beast);
    if (response.status === 0) return stopped(`GET /${beast} got no answer (${response.error})`, run, deleted);
    if (!names) {
      console.warn(`sweep: GET /${beast} answered ${response.status}; rows of ${run.prefix} may remain there`);
      continue;
    }
    for (const name of names.filter((row) => sweepable(row, Date.now(), own))) {
      const { status, error } = client.send('DELETE', beast, name).response;
      if (status === 0) return stopped(`DELETE /${beast} got no answer (${error})`, run, deleted);
      if (status === EXPECTED_STATUS.DELETE) deleted++;
    }
  }
  if (deleted > 0) console.info(`sweep: deleted ${deleted} rows of ${own ? 'this run and ' : ''}runs that ended`);
  if (own) console.log(`${SWEPT_LINE}${run.prefix}`);
  return deleted;
}

function stopped(reason: string, run: RunId, deleted: number): number {
  console.warn(`sweep: stopped, the target hangs: ${reason}; rows of ${run.prefix} may remain (npm run sweep deletes them once the run has ended)`);
  return deleted;
}
