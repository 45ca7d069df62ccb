import exec from 'k6/execution';
import type { Options } from 'k6/options';
import { readSettings } from '../lib/config/k6.ts';
import type { SuiteConfig } from '../lib/config/parse.ts';
import { setExemplarPlan } from '../lib/exemplars.ts';
import { buildCatalog, type Method } from './catalog.ts';
import { SUMMARY_TREND_STATS, compileThresholds } from './compile.ts';
import { parseSloSettings, type SloMode, type SloSettings } from './settings.ts';

/** The SLO set-up of this scenario, kept for `handleSummary`, which runs in a VU of its own. */
export interface ActiveSlos {
  config: SuiteConfig;
  settings: SloSettings;
  methods?: readonly Method[];
}

let active: ActiveSlos | undefined;

/**
 * The options a scenario spreads to be judged by the SLO catalog: compiled thresholds and the
 * trend stats the report reads. Reads the SLO settings (a bad one stops the run before any
 * request) and sets what this VU's exemplars are judged against: the catalog's latency
 * objectives, and the VUs of the run, which share each group's exemplar budget.
 */
export function sloOptions(
  config: SuiteConfig,
  defaults: { mode: SloMode; methods?: readonly Method[] },
): Pick<Options, 'thresholds' | 'summaryTrendStats'> {
  const settings = readSettings((env) => parseSloSettings(env, defaults.mode));
  active = { config, settings, methods: defaults.methods };
  const catalog = buildCatalog({ ...config, methods: defaults.methods, slo: settings });
  const latencyMs = catalog.filter((slo) => slo.kind === 'latency').map((slo) => slo.objective.value);
  // The run tool (DEFER_TABLE_ENV) reads exemplars back from k6's log file; elsewhere they are debug lines.
  setExemplarPlan(latencyMs, () => exec.instance.vusInitialized, __ENV.REPORT_FINALIZE === 'run-tool' ? 'info' : 'debug');
  return { thresholds: compileThresholds(catalog, settings), summaryTrendStats: SUMMARY_TREND_STATS };
}

/** The set-up of {@link sloOptions}, or undefined when the scenario did not call it. */
export function activeSlos(): ActiveSlos | undefined {
  return active;
}
