/**
 * Smoke — do the target, the suite and the telemetry path work, before any load? A few VUs walk
 * every beast through POST → GET → DELETE → GET ten times each, well under a minute, with
 * samples large enough that the gate catches a broken route (the first breach aborts: exit 99).
 */
import { MythicalClient } from '../lib/client.ts';
import { iterationName } from '../lib/data/iteration-names.ts';
import { crudJourney } from '../lib/journeys/crud.ts';
import { runStage } from '../lib/init-stage.ts';
import { setupRun, type RunId } from '../lib/run-id.ts';
import { scenarioOptions } from '../lib/scenario-options.ts';
import { loadConfig } from '../lib/settings/read-once.ts';
import { sloSettings } from '../thresholds/active-slos.ts';

export { handleSummary } from '../lib/summary.ts';

const config = loadConfig('smoke');
const slo = sloSettings(config, { mode: 'gate' });

/**
 * VUS VUs (4) run ITERATIONS iterations (10) each within 45 s: 40 journeys per beast, enough
 * for the gate to catch, with probability ≥ 0.99, a route failing 30% of its GETs or DELETEs,
 * 60% of its POSTs, or slowed by 600 ms.
 */
export const options = scenarioOptions(slo, ({ knob, stage }) => {
  const vus = knob('VUS', '4');
  const iterations = knob('ITERATIONS', '10');
  return {
    executor: { executor: 'per-vu-iterations', vus, iterations, maxDuration: '45s' },
    slo: { sample: stage.crudSample(vus * iterations) },
  };
});

/** Probes the target before any load and names the run's rows (lib/run-stage.ts). */
export function setup(): RunId {
  return runStage().startRun(slo);
}

let client: MythicalClient | undefined;

/** One iteration: the CRUD journey (lib/journeys/crud.ts) on every beast, with this iteration's name. */
export default function (data: RunId | undefined): void {
  const run = setupRun(data);
  client ??= new MythicalClient(config.baseUrl, run);
  const name = iterationName(run);
  for (const beast of config.beasts) crudJourney(client, beast, name);
}

/** Deletes whatever rows the run left behind. */
export function teardown(run: RunId): void {
  runStage().sweepOwnRows(slo, run);
}
