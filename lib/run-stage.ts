/**
 * The run stage bundle (`dist/lib/run-stage.js`): what only `setup()` and `teardown()` run,
 * in their `__VU` 0 inits: the probe of the target, the naming of the run's rows from k6's
 * limits, and the sweep of rows. Required there only (lib/init-stage.ts), so a VU never
 * instantiates it. Its requests time out by the run's p99 objective, as the VUs' do.
 */
import type { ActiveSlos } from '../thresholds/active-slos.ts';
import type { K6SummaryData } from '../thresholds/k6-summary.ts';
import type { ReportStage } from './init-stage.ts';
import { startRun } from './journeys/start.ts';
import { sweepRun } from './journeys/sweep-rows.ts';
import type { RunId } from './run-id.ts';

/** A scenario's lifecycle exports besides `options` and its default function. */
export interface RunExports {
  /** Probes the target, names the run's rows and sweeps what ended runs left (lib/journeys/start.ts). */
  setup?: () => RunId;
  /** Deletes this run's rows and those of runs that ended (lib/journeys/sweep-rows.ts). */
  teardown?: (run: RunId) => void;
  /** The end-of-test report (lib/summary.ts, in the report stage). */
  handleSummary?: (data: K6SummaryData) => Record<string, string>;
}

/**
 * `setup`, `teardown` and `handleSummary` of the scenario `slos` belongs to. A scenario takes
 * them as `stages?.run.runExports(slos, stages.report) ?? {}`: they exist in the `__VU` 0 inits
 * only, where k6 calls them, and a VU holds none of them nor this function.
 */
export function runExports(slos: ActiveSlos, report: ReportStage): RunExports {
  return {
    setup: () => startRun(slos),
    teardown: (run) => {
      sweepRun(slos, run);
    },
    handleSummary: (data) => report.scenarioSummary(data, slos),
  };
}
