import type { Options } from 'k6/options';
import { buildCatalog } from './catalog.ts';
import { SUMMARY_TREND_STATS, compileThresholds } from './compile.ts';
import type { ActiveSlos } from './k6.ts';

/**
 * The options a scenario spreads to be judged by the SLO catalog: compiled thresholds and the
 * trend stats the report reads. Options stage only (lib/options-stage.ts).
 */
export function sloOptions(slos: ActiveSlos): Pick<Options, 'thresholds' | 'summaryTrendStats'> {
  const catalog = buildCatalog({ ...slos.config, methods: slos.methods, slo: slos.settings });
  return { thresholds: compileThresholds(catalog, slos.settings), summaryTrendStats: SUMMARY_TREND_STATS };
}
