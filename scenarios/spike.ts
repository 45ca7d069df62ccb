/**
 * Spike — does the target survive a sudden burst and recover once it passes? A baseline,
 * a jump to SPIKE_FACTOR × RATE within seconds, and a recovery period at the baseline; judged
 * over the whole run without aborting. Knobs in lib/plans/spike.ts.
 */
import type { Options } from 'k6/options';
import { loadConfig, readSettings } from '../lib/config/k6.ts';
import { mixedTraffic } from '../lib/journeys/mix.ts';
import { startRun } from '../lib/journeys/start.ts';
import { baseOptions } from '../lib/options.ts';
import type { RunId } from '../lib/run-id.ts';
import { mixFromEnv } from '../lib/plans/mix.ts';
import { arrivalSloPlan } from '../lib/plans/sample.ts';
import { spikePlan } from '../lib/plans/spike.ts';
import { sloOptions } from '../thresholds/k6.ts';

export { handleSummary } from '../lib/summary.ts';

const config = loadConfig('spike');
const executor = readSettings(spikePlan);
const mix = readSettings(mixFromEnv);

/** Base options, the spike executor of lib/plans/spike.ts and the SLO catalog as thresholds (default mode: report). */
export const options: Options = {
  ...baseOptions(config),
  scenarios: { spike: executor },
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
