import type * as OptionsStageModule from './options-stage.ts';
import type * as ReportStageModule from './report-stage.ts';
import type * as RunStageModule from './run-stage.ts';

/** What the options stage bundle exports (lib/options-stage.ts). */
export type OptionsStage = typeof OptionsStageModule;
/** What the report stage bundle exports (lib/report-stage.ts). */
export type ReportStage = typeof ReportStageModule;
/** What the run stage bundle exports (lib/run-stage.ts). */
export type RunStage = typeof RunStageModule;

/**
 * True in the init runs k6 makes with `__VU` 0: the one it reads `options` from, and the ones
 * that run `setup`, `teardown` and `handleSummary`. k6 takes `options` from that first init
 * only, and sets the consolidated options onto each VU's exported `options` object itself, so
 * options, thresholds and settings parsed in a VU (`__VU` 1..N) would be built for nothing,
 * once per VU.
 */
export function inOptionsStage(): boolean {
  return __VU === 0;
}

// Loaded in the `__VU` 0 init runs only, and there at the top level, since k6 allows `require`
// in the init stage alone. A VU instantiates every function of its bundle, called or not, so
// what only the options stage calls (settings parsers, plans, the SLO catalog and compiler,
// the end-of-test report, setup's probe and teardown's sweep) lives in three more bundles,
// never instantiated by a VU. The paths
// are the bundles' (tools/build/bundle.ts STAGE_FILES), relative to the scenario bundle.
const stage = inOptionsStage() ? (require('./lib/options-stage.js') as OptionsStage) : undefined;
const report = inOptionsStage() ? (require('./lib/report-stage.js') as ReportStage) : undefined;
const run = inOptionsStage() ? (require('./lib/run-stage.js') as RunStage) : undefined;

/** The options stage bundle, where {@link inOptionsStage} holds; throws in a VU. */
export function optionsStage(): OptionsStage {
  if (!stage) throw new Error(`the options stage is loaded only where k6 reads options and summaries (__VU 0), not in VU ${__VU}`);
  return stage;
}

/** The report stage bundle, where {@link inOptionsStage} holds (handleSummary); throws in a VU. */
export function reportStage(): ReportStage {
  if (!report) throw new Error(`the report stage is loaded only where k6 runs handleSummary (__VU 0), not in VU ${__VU}`);
  return report;
}

/** The run stage bundle, where {@link inOptionsStage} holds (setup, teardown); throws in a VU. */
export function runStage(): RunStage {
  if (!run) throw new Error(`the run stage is loaded only where k6 runs setup and teardown (__VU 0), not in VU ${__VU}`);
  return run;
}
