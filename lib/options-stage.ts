/**
 * The options stage bundle (`dist/lib/options-stage.js`): everything only the init runs with
 * `__VU` 0 call, which the scenario bundles require there (lib/init-stage.ts) instead of
 * carrying it into every VU: the settings parsers and the knob reader (their values reach the
 * VUs through `readOnce`), the sizing of executors and SLO samples, and a scenario's options:
 * the base options and the SLO catalog compiled into thresholds. The end-of-test report is the report stage's
 * (lib/report-stage.ts).
 */
export { knobReader } from './settings/read.ts';
export { readSettings } from './settings/read-settings.ts';
export { arrivalOptions, scenarioOptions } from './scenario-options.ts';
export { scenarioSlos } from '../thresholds/active-slos.ts';
export { requestPlan } from './client.ts';
export { mixFromKnobs } from './plans/mix-choice.ts';
export { perSecond, vusFor } from './plans/arrival.ts';
export { arrivalSloPlan, crudSample } from './plans/sample.ts';
export { breakpointPlan, stepThresholds } from './plans/breakpoint-steps.ts';
export { parseSloSettings } from '../thresholds/settings.ts';
