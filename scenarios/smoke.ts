/**
 * Smoke: a few VUs walk every beast through POST → GET → DELETE → GET once or twice, well
 * under a minute. Proves the target, the suite and the telemetry path work before any load.
 */
import type { Options } from 'k6/options';
import { MythicalClient } from '../lib/client.ts';
import { loadConfig } from '../lib/config/k6.ts';
import { iterationName } from '../lib/data/names.ts';
import { crudJourney } from '../lib/journeys/crud.ts';
import { sweepRun } from '../lib/journeys/sweep.ts';
import { baseOptions } from '../lib/options.ts';
import { runId } from '../lib/run-id.ts';

const config = loadConfig('smoke');

/**
 * Pass/fail of the smoke run. The count guard fails a run that sent nothing, since a rate with
 * no samples passes (k6 issue 4283). The designed POST 500s (~10%) stay under the failure bound.
 */
export const smokeThresholds: Options['thresholds'] = {
  http_reqs: ['count>0'],
  checks: ['rate>0.95'],
  http_req_failed: ['rate<0.15'],
};

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
  thresholds: smokeThresholds,
};

let client: MythicalClient | undefined;

export default function (): void {
  const run = runId(config);
  client ??= new MythicalClient(config.baseUrl, run);
  const name = iterationName(run);
  for (const beast of config.beasts) crudJourney(client, beast, name);
}

export function teardown(): void {
  sweepRun(config.baseUrl, runId(config), config.beasts);
}
