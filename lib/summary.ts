import { agreedTestid } from './run-id.ts';
import type { K6SummaryData } from '../thresholds/evaluate.ts';
import { endOfTestOutputs } from '../thresholds/end-of-test.ts';
import { activeSlos } from '../thresholds/k6.ts';
import { htmlReportPath } from './web-dashboard.ts';

/**
 * The end-of-test report every scenario re-exports (`export { handleSummary } from
 * '../lib/summary.ts'`): a compact text summary and the SLO table on stdout, and summary.json,
 * junit.xml and report.md in `REPORT_DIR`. The scenario must have spread `sloOptions(...)`.
 */
export function handleSummary(data: K6SummaryData & { setup_data?: unknown }): Record<string, string> {
  // setup() ended the run before any load (its probe found no Mythical API there): the one
  // line k6 printed says why, and a table of SLOs without data would only bury it.
  if (data.setup_data === undefined && data.metrics.iterations === undefined) return {};
  const slos = activeSlos();
  if (!slos) throw new Error('handleSummary: the scenario did not spread sloOptions(config, ...) into its options');
  // Without TESTID each VU drew its own default; the run's is the one in the consolidated
  // options. Every other setting was parsed from the same environment in this VU's init.
  const config = { ...slos.config, testid: agreedTestid(slos.config) };
  return endOfTestOutputs(data, {
    config,
    slo: slos.settings,
    plan: slos.plan,
    end: new Date(),
    htmlReport: htmlReportPath(__ENV),
    deferTable: __ENV.REPORT_FINALIZE === 'run-tool', // set by tools/run.ts (DEFER_TABLE_ENV)
  });
}
