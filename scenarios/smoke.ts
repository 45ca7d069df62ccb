/**
 * Smoke: a few VUs walk every beast through POST → GET → DELETE → GET once or twice, well
 * under a minute. Proves the target, the suite and the telemetry path work before any load.
 */
import type { Options } from 'k6/options';
import { MythicalClient } from '../lib/client.ts';
import { loadConfig } from '../lib/config/k6.ts';
import { iterationName } from '../lib/data/names.ts';
import { crudJourney } from '../lib/journeys/crud.ts';
import { startRun } from '../lib/journeys/start.ts';
import { sweepRun } from '../lib/journeys/sweep.ts';
import { baseOptions } from '../lib/options.ts';
import { setupRun, type RunId } from '../lib/run-id.ts';
import { sloOptions } from '../thresholds/k6.ts';

export { handleSummary } from '../lib/summary.ts';

const config = loadConfig('smoke');

/** Base options, then VUS VUs (2) running ITERATIONS iterations (2) each within 45 s, then the SLOs. */
export const options: Options = {
  ...baseOptions(config),
  scenarios: {
    smoke: {
      executor: 'per-vu-iterations',
      vus: config.load.vus ?? 2,
      iterations: config.load.iterations ?? 2,
      maxDuration: '45s',
    },
  },
  // The SLO catalog as thresholds; a smoke run gates: a breach aborts it (SLO_MODE overrides).
  ...sloOptions(config, { mode: 'gate' }),
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
