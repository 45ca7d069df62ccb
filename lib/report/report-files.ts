import type { SummaryV1 } from './summary-schema.ts';
import { renderJUnit } from './junit-xml.ts';
import { renderReportMarkdown } from './report-markdown.ts';
import { sloJUnitSuite } from './slo-junit-suite.ts';

/** The path of one report file, as `handleSummary` keys it: `<reportDir>/<file>`. */
export function reportPath(reportDir: string, file: string): string {
  return `${reportDir.replace(/\/+$/, '')}/${file}`;
}

/** The report files of one run, keyed by path inside `reportDir`, as `handleSummary` returns them. */
export function reportFiles(summary: SummaryV1, reportDir: string): Record<string, string> {
  return {
    [reportPath(reportDir, 'summary.json')]: `${JSON.stringify(summary, null, 2)}\n`,
    [reportPath(reportDir, 'junit.xml')]: renderJUnit([sloJUnitSuite(summary)]),
    [reportPath(reportDir, 'report.md')]: renderReportMarkdown(summary),
  };
}
