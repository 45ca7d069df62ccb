import { readOnce } from '../lib/config/k6.ts';
import type { SuiteConfig } from '../lib/config/parse.ts';
import { setExemplarObjective } from '../lib/exemplars.ts';
import type { Method } from './catalog.ts';
import type { SloMode, SloSettings } from './settings.ts';

/** The SLO set-up of this scenario, kept for `handleSummary`, which runs in a VU of its own. */
export interface ActiveSlos {
  config: SuiteConfig;
  settings: SloSettings;
  methods?: readonly Method[];
}

let active: ActiveSlos | undefined;

/**
 * The SLO set-up of a scenario: reads the SLO settings once per run (a bad one stops the run
 * before any request) and sets the exemplar latency objective of this VU. Call at the top
 * level of every scenario; the options stage compiles it into thresholds (thresholds/options.ts).
 */
export function sloSettings(config: SuiteConfig, defaults: { mode: SloMode; methods?: readonly Method[] }): ActiveSlos {
  const settings = readOnce(`slo ${defaults.mode}`, (stage, env) => stage.parseSloSettings(env, defaults.mode));
  active = { config, settings, methods: defaults.methods };
  setExemplarObjective(settings.p95Ms);
  return active;
}

/** The set-up of {@link sloSettings}, or undefined when the scenario did not call it. */
export function activeSlos(): ActiveSlos | undefined {
  return active;
}
