/**
 * Load — does the target keep its SLOs at the expected peak rate, under a realistic mix
 * (mostly reads, writes across every beast, deletes cleaning up)? Ramps to RATE, holds it for
 * DURATION, ramps down; knobs in lib/plans/load.ts and lib/plans/mix.ts.
 */
import type { Options } from 'k6/options';
import { loadConfig, readOnce, stageOptions } from '../lib/config/k6.ts';
import { mixedTraffic } from '../lib/journeys/mix.ts';
import { startRun } from '../lib/journeys/start.ts';
import type { RunId } from '../lib/run-id.ts';
import { sloSettings } from '../thresholds/k6.ts';

export { handleSummary } from '../lib/summary.ts';

// Settings are parsed and checked once, where k6 reads options (__VU 0); each VU reads them back.
const config = loadConfig('load');
const slo = sloSettings(config, { mode: 'gate' });
const mix = readOnce('mix', (stage, env) => stage.mixFromEnv(env));

/** Base options, the load executor of lib/plans/load.ts and the SLO catalog as thresholds (default mode: gate). */
export const options: Options = stageOptions((stage, env) => {
  const executor = stage.loadPlan(env);
  return {
    ...stage.baseOptions(config),
    scenarios: { load: executor },
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
