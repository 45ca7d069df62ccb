/**
 * Load — does the target keep its SLOs at the expected peak rate, under a realistic mix
 * (mostly reads, writes across every beast, deletes cleaning up)? Ramps to RATE, holds it for
 * DURATION, ramps down; knobs in lib/plans/load.ts and lib/plans/mix.ts.
 */
import type { Options } from 'k6/options';
import { loadConfig, readSettings } from '../lib/config/k6.ts';
import { mixedTraffic } from '../lib/journeys/mix.ts';
import { startRun } from '../lib/journeys/start.ts';
import { baseOptions } from '../lib/options.ts';
import type { RunId } from '../lib/run-id.ts';
import { mixFromEnv } from '../lib/plans/mix.ts';
import { arrivalSloPlan } from '../lib/plans/sample.ts';
import { loadPlan } from '../lib/plans/load.ts';
import { sloOptions } from '../thresholds/k6.ts';

export { handleSummary } from '../lib/summary.ts';

const config = loadConfig('load');
const executor = readSettings(loadPlan);
const mix = readSettings(mixFromEnv);

/** Base options, the load executor of lib/plans/load.ts and the SLO catalog as thresholds (default mode: gate). */
export const options: Options = {
  ...baseOptions(config),
  scenarios: { load: executor },
  ...sloOptions(config, { mode: 'gate', ...arrivalSloPlan(executor, mix, config.beasts.length) }),
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
