import { checkReportDir } from '../lib/settings/report-dir-check.ts';
import type { Env } from '../lib/settings/forms.ts';
import { parseConfig, type SuiteConfig } from '../lib/settings/suite.ts';
import { refuseUrlCredentials } from '../lib/settings/url-credentials.ts';
import type { SloPlan } from './setup.ts';
import { parseSloSettings, type SloMode, type SloSettings } from './settings.ts';

/**
 * A scenario's settings and SLO set-up, read once per run (lib/settings/read-once.ts) and
 * handed to its client, setup, teardown and `handleSummary`; plain JSON but for `plan`.
 */
export interface ActiveSlos {
  config: SuiteConfig;
  settings: SloSettings;
  /** `info` when the run tool (REPORT_FINALIZE=run-tool) reads exemplars back from k6's log file; `debug` keeps them off a plain run's terminal. */
  exemplarLevel: 'info' | 'debug';
  /** What the scenario sends; set where the options are built (`__VU` 0, thresholds/slo-options.ts). */
  plan?: SloPlan;
}

/**
 * Options stage: the settings of `scenario` and its SLO settings judged in `mode` unless
 * SLO_MODE says otherwise. A scenario reads them through `readOnce`, so a bad one stops the run
 * before any request, and a VU gets the derived values ready-made (lib/client.ts `requestPlan`).
 */
export function scenarioSlos(env: Env, scenario: string, mode: SloMode): ActiveSlos {
  const config = parseConfig(env, { scenario, now: new Date(), random: Math.random });
  checkReportDir(config.reportDir, env.PWD, (path) => open(path));
  refuseUrlCredentials(env);
  const settings = parseSloSettings(env, mode);
  return {
    config,
    settings,
    exemplarLevel: env.REPORT_FINALIZE === 'run-tool' ? 'info' : 'debug',
  };
}
