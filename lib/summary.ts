import { endOfTestOutputs } from './report/end-of-test.ts';
import { htmlReportPath } from './report/html-report-path.ts';
import { agreedTestid } from './run-id.ts';
import type { K6SummaryData } from '../thresholds/k6-summary.ts';
import type { ActiveSlos } from '../thresholds/active-slos.ts';

/**
 * The end-of-test report of the scenario `slos` belongs to, every scenario's `handleSummary`
 * (lib/run-stage.ts `runExports`; report stage): a compact text summary and the SLO table on stdout, and
 * summary.json, junit.xml and report.md in `REPORT_DIR`. The scenario must have built its options
 * with `scenarioOptions(slos, ...)`, which sets the plan the report sizes its verdicts on.
 */
export function scenarioSummary(data: K6SummaryData & { setup_data?: unknown }, slos: ActiveSlos): Record<string, string> {
  // setup() ended the run before any load (its probe found no Mythical API there): the one
  // line k6 printed says why, and a table of SLOs without data would only bury it.
  if (data.setup_data === undefined && data.metrics.iterations === undefined) return {};
  if (!slos.plan) throw new Error('handleSummary: the scenario did not build its options with scenarioOptions(slos, ...) (lib/scenario-options.ts)');
  // Every init read the config the options run parsed (readOnce), default TESTID included;
  // the consolidated options also hold a testid given as a k6 tag.
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
