import type { SummaryV1 } from './summary-schema.ts';
import { describeExemplar, failedSlos, failureMessage, headline, HTML_REPORT_TITLE, sampleNotes, sloRow } from './slo-rows.ts';

/**
 * The report as Markdown for a pull-request comment: verdict line, a pointer to k6's HTML
 * report, then each failed SLO (observed against objective, offending traces, links) before
 * the full SLO table, folded, so a breach is the first thing a reviewer sees.
 */
export function renderReportMarkdown(summary: SummaryV1): string {
  const icon = summary.passed ? '✅' : '❌';
  const out = [
    `### ${icon} SLOs of \`${summary.testid}\` (${summary.scenario}): ${headline(summary)}`,
    '',
    `Profile \`${summary.profile}\`, mode \`${summary.mode}\`, ${summary.totals.requests} requests in ${summary.totals.durationSeconds.toFixed(1)} s against ${summary.baseUrl}.`,
    '',
    ...(summary.htmlReport ? [`📈 ${HTML_REPORT_TITLE}: \`${summary.htmlReport}\``, ''] : []),
  ];
  for (const slo of failedSlos(summary)) {
    out.push(`#### ❌ ${slo.id}`, '', `${slo.description}: ${failureMessage(slo)}.`, '');
    for (const exemplar of slo.exemplars) {
      const { head, detail } = describeExemplar(exemplar);
      out.push(`- ${exemplar.traceUrl ? `[${head}](${exemplar.traceUrl})` : head} — ${detail}`);
    }
    out.push(`- [log lines](${slo.links.loki}) · [traces](${slo.links.tempo}) · [SLI in Mimir](${slo.links.mimir})`, '');
  }
  out.push(
    `<details><summary>All ${summary.slos.length} SLOs</summary>`,
    '',
    '| SLO | Objective | Bad/sample | Bad share (95% CI) | Breach at | Detects | Observed | Verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...summary.slos
      .map(sloRow)
      .map((row) => `| \`${row.id}\` | ${cell(row.objective)} | ${row.bad} | ${row.share} | ${row.breachAt} | ${row.detects} | ${cell(row.observed)} | ${row.verdict} |`),
    ...sampleNotes(summary).flatMap((note) => ['', `⚠ ${note}`]),
    '',
    '</details>',
    '',
    `Run window ${summary.window.start} → ${summary.window.end}: [traces](${summary.links.tempo}) · [logs](${summary.links.loki}) · [metrics](${summary.links.mimir})`,
    '',
  );
  return out.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
