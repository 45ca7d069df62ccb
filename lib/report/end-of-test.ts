import type { SuiteConfig } from '../settings/suite.ts';
import { judgeK6Summary, type K6SummaryData } from '../../thresholds/k6-summary.ts';
import { reportFiles } from './report-files.ts';
import { renderSloTable } from './slo-table.ts';
import { renderTextSummary } from './text-summary.ts';
import type { SloSettings } from '../../thresholds/settings.ts';
import { maxDroppedIterations, sloSetup, type SloPlan } from '../../thresholds/setup.ts';
import type { SummaryV1 } from './summary-schema.ts';

/** Everything the end-of-test report needs besides k6's summary data. */
export interface EndOfTestInput {
  /** The run's settings, with the testid every VU agreed on. */
  config: Pick<SuiteConfig, 'scenario' | 'baseUrl' | 'endpointType' | 'beasts' | 'testid' | 'reportDir'>;
  slo: SloSettings;
  plan: SloPlan;
  end: Date;
  /** Where k6's web dashboard exports the run's HTML report, or null (see `htmlReportPath`). */
  htmlReport?: string | null;
  /**
   * True when `tools/run.ts` finishes the report after k6 (it folds in the exemplars and prints
   * the table then), so the table is printed once.
   */
  deferTable: boolean;
}

/** The SLO summary of one run, judged on k6's summary data. */
export function summarizeRun(data: K6SummaryData, input: Omit<EndOfTestInput, 'deferTable'>): SummaryV1 {
  const { config, slo, plan } = input;
  const maxDropped = maxDroppedIterations(plan, slo);
  const delivery = plan.plannedIterations === undefined || maxDropped === undefined ? undefined : { plannedIterations: plan.plannedIterations, maxDropped };
  const summary = judgeK6Summary(data, sloSetup(config, slo, plan), {
    testid: config.testid,
    scenario: config.scenario,
    baseUrl: config.baseUrl,
    end: input.end,
    slo,
    delivery,
  });
  return { ...summary, htmlReport: input.htmlReport ?? null };
}

/**
 * What `handleSummary` returns: the text summary and the SLO table on stdout, and
 * summary.json, junit.xml and report.md in the report directory.
 */
export function endOfTestOutputs(data: K6SummaryData, input: EndOfTestInput): Record<string, string> {
  const summary = summarizeRun(data, input);
  const table = input.deferTable
    ? `  SLO table: printed by the run tool once the exemplars of ${input.config.reportDir}/k6.log are folded in\n`
    : renderSloTable(summary);
  return { stdout: `${renderTextSummary(data)}\n${table}`, ...reportFiles(summary, input.config.reportDir) };
}
