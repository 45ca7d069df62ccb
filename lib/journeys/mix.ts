import { EXPECTED_STATUS, MythicalClient } from '../client.ts';
import type { SuiteConfig } from '../settings/suite.ts';
import { iterationName } from '../data/iteration-names.ts';
import { chooseBeast, chooseVisit, type Mix } from '../plans/mix-choice.ts';
import { setupRun, type RunId } from '../run-id.ts';
import { checkList } from './check-list.ts';

/** A row this VU created and still has to delete. */
interface Row {
  beast: string;
  name: string;
}

/** The mixed traffic of the arrival-rate scenarios: one request per iteration. */
export interface MixedTraffic {
  /** One visit: a GET, a POST of a new name, or a DELETE of one this VU created. */
  visit(run: RunId | undefined): void;
}

/**
 * Traffic like the stack's requester: random beasts, mostly reads, writes that clean up after
 * themselves (each VU deletes the rows it created), so tables and GET bodies stay small however
 * long the run; teardown sweeps what is left (lib/run-stage.ts). One visit is one request: the arrival rate the plan sets is the request rate.
 */
export function mixedTraffic(config: SuiteConfig, mix: Mix): MixedTraffic {
  const pending: Row[] = [];
  let client: MythicalClient | undefined;
  return {
    visit(data: RunId | undefined): void {
      const run = setupRun(data);
      client ??= new MythicalClient(config.baseUrl, run);
      const visit = chooseVisit(Math.random(), pending.length, mix);
      if (visit === 'delete') {
        const row = pending.shift() as Row;
        client.remove(row.beast, row.name);
        return;
      }
      const beast = chooseBeast(Math.random(), config.beasts);
      if (visit === 'read') {
        // The check is that a 200 carried a list of names; a non-200 is availability's to judge.
        checkList(client.list(beast), beast, { 'GET answered a list of names': () => true });
        return;
      }
      const name = iterationName(run);
      // The real server fails ~10% of POSTs by design; availability budgets it, and a failed
      // POST leaves nothing to delete.
      if (client.create(beast, name).status === EXPECTED_STATUS.POST) pending.push({ beast, name });
    },
  };
}
