/**
 * Stress — where does latency bend past the target rate? Climbs in steps from RATE to
 * STRESS_PEAK × RATE, holding each step, and reports every SLO over the run without aborting,
 * so the report shows how far past the target the SLOs still held. Knobs in lib/plans/stress.ts.
 */
import type { Options } from 'k6/options';
import { loadConfig, readSettings } from '../lib/config/k6.ts';
import { mixedTraffic } from '../lib/journeys/mix.ts';
import { startRun } from '../lib/journeys/start.ts';
import { baseOptions } from '../lib/options.ts';
import type { RunId } from '../lib/run-id.ts';
import { mixFromEnv } from '../lib/plans/mix.ts';
import { arrivalSloPlan } from '../lib/plans/sample.ts';
import { stressPlan } from '../lib/plans/stress.ts';
import { sloOptions } from '../thresholds/k6.ts';

export { handleSummary } from '../lib/summary.ts';

const config = loadConfig('stress');
const executor = readSettings(stressPlan);
const mix = readSettings(mixFromEnv);

/** Base options, the stress executor of lib/plans/stress.ts and the SLO catalog as thresholds (default mode: report). */
export const options: Options = {
  ...baseOptions(config),
  scenarios: { stress: executor },
  ...sloOptions(config, { mode: 'report', ...arrivalSloPlan(executor, mix, config.beasts.length) }),
};

const traffic = mixedTraffic(config, mix);

/** Probes the target before any load and names the run's rows (lib/journeys/start.ts). */
export function setup(): RunId {
  return startRun(config);
}

/** One iteration: one visit of the mix, i.e. one request. */
export default function (run: RunId): void {
  traffic.visit(run);
}

/** Deletes whatever rows the run left behind. */
export function teardown(run: RunId): void {
  traffic.sweep(run);
}
