import type * as OptionsStageModule from './options-stage.ts';
import type * as ReportStageModule from './report-stage.ts';
import type * as RunStageModule from './run-stage.ts';

/** What the options stage bundle exports (lib/options-stage.ts). */
export type OptionsStage = typeof OptionsStageModule;
/** What the report stage bundle exports (lib/report-stage.ts). */
export type ReportStage = typeof ReportStageModule;
/** What the run stage bundle exports (lib/run-stage.ts). */
export type RunStage = typeof RunStageModule;

/** The three stage bundles. */
export interface Stages {
  options: OptionsStage;
  report: ReportStage;
  run: RunStage;
}

/**
 * The stage bundles, in the init runs k6 makes with `__VU` 0 (the one it reads `options` from,
 * and the ones that run `setup`, `teardown` and `handleSummary`); undefined in a VU (`__VU`
 * 1..N). k6 takes `options` from that first init only and sets the consolidated options onto
 * each VU's exported object itself, and calls `setup`, `teardown` and `handleSummary` in those
 * inits only: so options, thresholds and settings parsed in a VU would be built for nothing,
 * once per VU, and those exports need not exist there (`stages && ...`).
 *
 * sobek builds every function of a bundle in every VU, called or not (about 0.7 KB each), so
 * what only these inits run (settings parsers, plans, the SLO catalog and compiler, the
 * end-of-test report, setup's probe and teardown's sweep) lives in three more bundles, required
 * here at the top level, since k6 allows `require` in the init stage alone. A value, not a
 * function, for the same reason. The paths are the bundles' (tools/build/bundle.ts
 * STAGE_FILES), relative to the scenario bundle.
 */
export const stages: Stages | undefined =
  __VU === 0
    ? {
        options: require('./lib/options-stage.js') as OptionsStage,
        report: require('./lib/report-stage.js') as ReportStage,
        run: require('./lib/run-stage.js') as RunStage,
      }
    : undefined;
