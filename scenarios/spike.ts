/**
 * Spike — does the target survive a sudden burst and recover once it passes? A baseline,
 * a jump to SPIKE_FACTOR × RATE within seconds, and a recovery period at the baseline; judged
 * over the whole run without aborting. Knobs in lib/plans/spike.ts.
 */
import type { Options } from 'k6/options';
import { loadConfig, readOnce, stageOptions } from '../lib/config/k6.ts';
import { mixedTraffic } from '../lib/journeys/mix.ts';
import { startRun } from '../lib/journeys/start.ts';
import type { RunId } from '../lib/run-id.ts';
import { sloSettings } from '../thresholds/k6.ts';

export { handleSummary } from '../lib/summary.ts';

// Settings are parsed and checked once, where k6 reads options (__VU 0); each VU reads them back.
const config = loadConfig('spike');
const slo = sloSettings(config, { mode: 'report' });
const mix = readOnce('mix', (stage, env) => stage.mixFromEnv(env));

/** Base options, the spike executor of lib/plans/spike.ts and the SLO catalog as thresholds (default mode: report). */
export const options: Options = stageOptions((stage, env) => {
  const executor = stage.spikePlan(env);
  return {
    ...stage.baseOptions(config),
    scenarios: { spike: executor },
    ...stage.sloOptions(slo, stage.arrivalSloPlan(executor, mix, config.beasts.length)),
  };
});

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
