import { optionsStage } from './init-stage.ts';
import type { K6SummaryData } from '../thresholds/evaluate.ts';
import { activeSlos } from '../thresholds/k6.ts';

/**
 * The end-of-test report every scenario re-exports (`export { handleSummary } from
 * '../lib/summary.ts'`): a compact text summary and the SLO table on stdout, and summary.json,
 * junit.xml and report.md in `REPORT_DIR`. The scenario must have called `sloSettings(...)`.
 */
export function handleSummary(data: K6SummaryData): Record<string, string> {
  const slos = activeSlos();
  if (!slos) throw new Error('handleSummary: the scenario did not call sloSettings(config, ...)');
  const { endOfTestOutputs, htmlReportPath } = optionsStage();
  // The config, its default TESTID included, is the one the options run drew (readOnce).
  return endOfTestOutputs(data, {
    config: slos.config,
    slo: slos.settings,
    methods: slos.methods,
    end: new Date(),
    htmlReport: htmlReportPath(__ENV),
    deferTable: __ENV.REPORT_FINALIZE === 'run-tool', // set by tools/run.ts (DEFER_TABLE_ENV)
  });
}
