import { stages } from './init-stage.ts';
import type { RunId } from './run-id.ts';
import type { K6SummaryData } from '../thresholds/k6-summary.ts';
import type { ActiveSlos } from '../thresholds/active-slos.ts';

/** A scenario's lifecycle exports besides `options` and its default function. */
export interface RunExports {
  /** Probes the target before any load and names the run's rows (lib/journeys/start.ts). */
  setup?: () => RunId;
  /** Deletes this run's rows and those of runs that ended (lib/journeys/sweep-rows.ts). */
  teardown?: (run: RunId) => void;
  /** The end-of-test report (lib/summary.ts). */
  handleSummary?: (data: K6SummaryData) => Record<string, string>;
}

/**
 * `setup`, `teardown` and `handleSummary` of the scenario `slos` belongs to, built in the
 * `__VU` 0 inits only, where k6 calls them, from the run and report stages; a VU gets none
 * (`{}`), so it holds neither these functions nor what they call.
 */
export function runExports(slos: ActiveSlos): RunExports {
  if (!stages) return {};
  const { run, report } = stages;
  return {
    setup: () => run.startRun(slos),
    teardown: (data) => {
      run.sweepOwnRows(slos, data);
    },
    handleSummary: (data) => report.scenarioSummary(data, slos),
  };
}
