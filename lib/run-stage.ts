/**
 * The run stage bundle (`dist/lib/run-stage.js`): what only `setup()` and `teardown()` run,
 * in their `__VU` 0 inits: the probe of the target, the naming of the run's rows from k6's
 * limits, and the sweep of rows. Required there only (lib/init-stage.ts), so a VU never
 * instantiates it. Its requests time out by the run's p99 objective, as the VUs' do.
 */
import type { ActiveSlos } from '../thresholds/active-slos.ts';
import { startRun as probeAndName } from './journeys/start.ts';
import { sweepRun } from './journeys/sweep-rows.ts';
import type { RunId } from './run-id.ts';

/** setup(): probes the target, names the run's rows and sweeps what ended runs left (lib/journeys/start.ts). */
export function startRun(slos: ActiveSlos): RunId {
  return probeAndName(slos);
}

/** teardown(): deletes this run's rows and those of runs that ended (lib/journeys/sweep-rows.ts). */
export function sweepOwnRows(slos: ActiveSlos, run: RunId): number {
  return sweepRun(slos, run);
}
