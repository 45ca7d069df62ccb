/**
 * The options stage bundle (`dist/lib/options-stage.js`): everything only the init runs with
 * `__VU` 0 call, which the scenario bundles require there (lib/init-stage.ts) instead of
 * carrying it into every VU. Settings parsers (their values reach the VUs through
 * `readOnce`), the load plans, the base options, the SLO catalog compiled into thresholds,
 * and the end-of-test report (with the path of k6's HTML report).
 */
export { parseConfig } from './config/parse.ts';
export { checkReportDir } from './config/report-dir.ts';
export { refuseUrlCredentials } from './config/url-credentials.ts';
export { baseOptions } from './options.ts';
export { mixFromEnv } from './plans/mix.ts';
export { loadPlan } from './plans/load.ts';
export { stressPlan } from './plans/stress.ts';
export { spikePlan } from './plans/spike.ts';
export { soakPlan } from './plans/soak.ts';
export { breakpointLine, breakpointPlan, judgeSteps, stepResults, stepThresholds } from './plans/breakpoint.ts';
export { parseSloSettings } from '../thresholds/settings.ts';
export { sloOptions } from '../thresholds/options.ts';
export { endOfTestOutputs } from '../thresholds/end-of-test.ts';
export { reportPath } from '../thresholds/report/files.ts';
export { htmlReportPath } from './web-dashboard.ts';
