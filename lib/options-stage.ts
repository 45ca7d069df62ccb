/**
 * The options stage bundle (`dist/lib/options-stage.js`): everything only the init runs with
 * `__VU` 0 call, which the scenario bundles require there (lib/init-stage.ts) instead of
 * carrying it into every VU. Settings parsers (their values reach the VUs through
 * `readOnce`), the load plans, the base options and the SLO catalog compiled into thresholds.
 * The end-of-test report is the report stage's (lib/report-stage.ts).
 */
export { parseConfig } from './config/parse.ts';
export { checkReportDir } from './config/report-dir.ts';
export { refuseUrlCredentials } from './config/url-credentials.ts';
export { baseOptions } from './options.ts';
export { mixFromEnv } from './plans/mix.ts';
export { arrivalSloPlan, crudSample } from './plans/sample.ts';
export { loadPlan } from './plans/load.ts';
export { stressPlan } from './plans/stress.ts';
export { spikePlan } from './plans/spike.ts';
export { soakPlan } from './plans/soak.ts';
export { breakpointPlan, stepThresholds } from './plans/breakpoint.ts';
export { parseSloSettings } from '../thresholds/settings.ts';
export { sloOptions } from '../thresholds/options.ts';
