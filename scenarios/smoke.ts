/**
 * Smoke — do the target, the suite and the telemetry path work, before any load? A few VUs walk
 * every beast through POST → GET → DELETE → GET ten times each, well under a minute, with
 * samples large enough that the gate catches a broken route (the first breach aborts: exit 99).
 */
import { exec } from '../lib/k6-modules.ts';
import { mythicalClient, type MythicalClient } from '../lib/client.ts';
import { slugs } from '../lib/data/iteration-names.ts';
import { stages } from '../lib/init-stage.ts';
import { crudJourney } from '../lib/journeys/crud.ts';
import { composeName } from '../lib/row-names.ts';
import { NO_SETUP, type RunId } from '../lib/run-id.ts';
import { firstInit, readOnce } from '../lib/settings/read-once.ts';

// The whole settings where k6 reads options and calls setup, teardown and handleSummary
// (`__VU` 0); in every init, the little a VU's requests need, derived from them once.
const slos = stages && readOnce('smoke', (stage, env) => stage.scenarioSlos(env, 'smoke', 'gate'));
const plan = readOnce('smoke VU', (stage) => stage.requestPlan(slos!));

/**
 * VUS VUs (4) run ITERATIONS iterations (10) each within 45 s: 40 journeys per beast, enough
 * for the gate to catch, with probability ≥ 0.99, a route failing 30% of its GETs or DELETEs,
 * 60% of its POSTs, or slowed by 600 ms. Built where k6 reads options (`__VU` 0), empty in a VU.
 */
export const options =
  (slos &&
    firstInit &&
    stages?.options.scenarioOptions(slos, ({ knob, stage }) => {
      const vus = knob('VUS', '4');
      const iterations = knob('ITERATIONS', '10');
      return {
        executor: { executor: 'per-vu-iterations', vus, iterations, maxDuration: '45s' },
        slo: { sample: stage.crudSample(vus * iterations) },
      };
    })) ||
  {};

// The SLO plan the options were sized on, for the report: later `__VU` 0 inits build no options.
if (slos) slos.plan = readOnce('smoke SLO plan', () => slos.plan);

/** setup probes the target and names the run's rows, teardown deletes them, handleSummary reports (lib/run-stage.ts). */
export const { setup, teardown, handleSummary } = (slos && stages?.run.runExports(slos, stages.report)) ?? {};

let client: MythicalClient | undefined;

/** One iteration: the CRUD journey (lib/journeys/crud.ts) on every beast, with this iteration's name. */
export default function (data: RunId | undefined): void {
  if (!data) exec.test.abort(NO_SETUP);
  const run = data as RunId;
  client ??= mythicalClient(plan, run);
  const name = composeName(run.prefix, slugs, client.vu, __ITER);
  for (const beast of plan.beasts) crudJourney(client, beast, name);
}
