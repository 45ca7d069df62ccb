import type { SummaryV1 } from '../summary-schema.ts';
import { renderJUnit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import { sloJUnitSuite } from './slo-junit.ts';

/** The report files of one run, keyed by path inside `reportDir`, as `handleSummary` returns them. */
export function reportFiles(summary: SummaryV1, reportDir: string): Record<string, string> {
  const dir = reportDir.replace(/\/+$/, '');
  return {
    [`${dir}/summary.json`]: `${JSON.stringify(summary, null, 2)}\n`,
    [`${dir}/junit.xml`]: renderJUnit([sloJUnitSuite(summary)]),
    [`${dir}/report.md`]: renderMarkdown(summary),
  };
}
