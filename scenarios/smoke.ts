/**
 * Smoke: a few VUs walk every beast through POST → GET → DELETE → GET ten times each, well
 * under a minute. Proves the target, the suite and the telemetry path work before any load,
 * with samples large enough that its gate catches a broken route (README, "Verdicts").
 */
import type { Options } from 'k6/options';
import { MythicalClient } from '../lib/client.ts';
import { loadConfig } from '../lib/config/k6.ts';
import { iterationName } from '../lib/data/names.ts';
import { crudJourney } from '../lib/journeys/crud.ts';
import { startRun } from '../lib/journeys/start.ts';
import { sweepRun } from '../lib/journeys/sweep.ts';
import { baseOptions } from '../lib/options.ts';
import { crudSample } from '../lib/plans/sample.ts';
import { setupRun, type RunId } from '../lib/run-id.ts';
import { sloOptions } from '../thresholds/k6.ts';

export { handleSummary } from '../lib/summary.ts';

const config = loadConfig('smoke');
// 40 journeys per beast: enough for the gate to catch, with probability ≥ 0.99, a route
// failing 30% of its GETs or DELETEs, 60% of its POSTs, or slowed by 600 ms.
const vus = config.load.vus ?? 4;
const iterations = config.load.iterations ?? 10;

/** Base options, then VUS VUs (4) running ITERATIONS iterations (10) each within 45 s, then the SLOs. */
export const options: Options = {
  ...baseOptions(config),
  scenarios: {
    smoke: { executor: 'per-vu-iterations', vus, iterations, maxDuration: '45s' },
  },
  // The SLO catalog as thresholds, sized on the journeys this plan runs; a smoke run gates: a
  // breach aborts it (SLO_MODE overrides).
  ...sloOptions(config, { mode: 'gate', sample: crudSample(vus * iterations) }),
};

let client: MythicalClient | undefined;

/** Probes the target before any load and names the run's rows (lib/journeys/start.ts). */
export function setup(): RunId {
  return startRun(config);
}

/** One iteration: the CRUD journey on every beast, with this iteration's name. */
export default function (data: RunId | undefined): void {
  const run = setupRun(data);
  client ??= new MythicalClient(config.baseUrl, run);
  const name = iterationName(run);
  for (const beast of config.beasts) crudJourney(client, beast, name);
}

/** Deletes whatever rows the run left behind. */
export function teardown(run: RunId): void {
  sweepRun(config.baseUrl, run, config.beasts);
}
