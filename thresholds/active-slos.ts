import { readOnce } from '../lib/settings/read-once.ts';
import type { SuiteConfig } from '../lib/settings/suite.ts';
import { setExemplarPlan } from '../lib/exemplars.ts';
import { vusInitialized } from '../lib/vu.ts';
import { setLatencyObjectives } from './bad-events.ts';
import type { SloPlan } from './setup.ts';
import type { SloMode, SloSettings } from './settings.ts';

/** The SLO set-up of this scenario, kept for `handleSummary`, which runs in a VU of its own. */
export interface ActiveSlos {
  config: SuiteConfig;
  settings: SloSettings;
  /** What the scenario sends; set where the options are built (`__VU` 0, thresholds/slo-options.ts). */
  plan?: SloPlan;
}

let active: ActiveSlos | undefined;

/**
 * The SLO set-up of a scenario: reads the SLO settings once per run (a bad one stops the run
 * before any request) and sets this VU's latency objectives (bad-event counting, exemplars).
 * Call at the top level of every scenario; the options stage compiles it into thresholds with
 * the scenario's plan (thresholds/slo-options.ts).
 */
export function sloSettings(config: SuiteConfig, defaults: { mode: SloMode }): ActiveSlos {
  const settings = readOnce(`slo ${defaults.mode}`, (stage, env) => stage.parseSloSettings(env, defaults.mode));
  active = { config, settings };
  setLatencyObjectives(settings);
  // Exemplars are judged against the catalog's latency objectives, which are these two. The run
  // tool (REPORT_FINALIZE=run-tool) reads exemplars back from k6's log file; elsewhere they are debug lines.
  setExemplarPlan([settings.p95Ms, settings.p99Ms], () => vusInitialized(), __ENV.REPORT_FINALIZE === 'run-tool' ? 'info' : 'debug');
  return active;
}

/** The set-up of {@link sloSettings}, or undefined when the scenario did not call it. */
export function activeSlos(): ActiveSlos | undefined {
  return active;
}

/**
 * Takes the SLO set-up a scenario made in its own bundle, in a stage bundle's copy of this
 * module (lib/run-stage.ts): the requests setup and teardown send then time out as the VUs' do.
 */
export function adoptSlos(slos: ActiveSlos): void {
  active = slos;
}
