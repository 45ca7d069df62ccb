/**
 * Soak — does the target hold its SLOs for hours: no leak, no slow drift, no damage from
 * periodic jobs? A constant arrival rate for DURATION (default 4h). Lean by design: bodies are
 * discarded except the GETs the checks read, trend stats are the few the report needs, and the
 * mix deletes what it creates, so memory on both sides stays flat. Knobs in lib/plans/soak.ts.
 */
import type { Options } from 'k6/options';
import { loadConfig, readSettings } from '../lib/config/k6.ts';
import { mixedTraffic } from '../lib/journeys/mix.ts';
import { startRun } from '../lib/journeys/start.ts';
import { baseOptions } from '../lib/options.ts';
import type { RunId } from '../lib/run-id.ts';
import { mixFromEnv } from '../lib/plans/mix.ts';
import { arrivalSloPlan } from '../lib/plans/sample.ts';
import { soakPlan } from '../lib/plans/soak.ts';
import { sloOptions } from '../thresholds/k6.ts';

export { handleSummary } from '../lib/summary.ts';

const config = loadConfig('soak');
const executor = readSettings(soakPlan);
const mix = readSettings(mixFromEnv);

/** Base options, the soak executor of lib/plans/soak.ts and the SLO catalog as thresholds (default mode: soak). */
export const options: Options = {
  ...baseOptions(config),
  scenarios: { soak: executor },
  ...sloOptions(config, { mode: 'soak', ...arrivalSloPlan(executor, mix, config.beasts.length) }),
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
