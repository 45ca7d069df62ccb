/**
 * The report stage bundle (`dist/lib/report-stage.js`): the end-of-test report, which only the
 * `handleSummary` init (`__VU` 0) runs. Apart from the options stage (lib/options-stage.ts) so
 * each bundle stays within the size limit; both are required in the `__VU` 0 inits only.
 */
export { scenarioSummary } from './summary.ts';
export { reportPath } from './report/report-files.ts';
export { breakpointLine, judgeSteps, stepResults } from './plans/breakpoint-steps.ts';
