import type { SummaryV1 } from './summary-schema.ts';
import { exemplarLines, failedSlos, failureMessage, headline, HTML_REPORT_TITLE, sampleNotes, sloRow, type SloRow } from './slo-rows.ts';

const COLUMNS: Array<[keyof SloRow, string]> = [
  ['id', 'SLO'],
  ['objective', 'OBJECTIVE'],
  ['bad', 'BAD/SAMPLE'],
  ['share', 'BAD SHARE (95% CI)'],
  ['breachAt', 'BREACH AT'],
  ['detects', 'DETECTS'],
  ['observed', 'OBSERVED'],
  ['verdict', 'VERDICT'],
];

/**
 * The SLO table for the terminal, then, for every failed SLO, its offending requests with a
 * link to each trace and to their log lines, then the links for the run window.
 */
export function renderSloTable(summary: SummaryV1): string {
  const rows = summary.slos.map(sloRow);
  const widths = COLUMNS.map(([key, title]) => Math.max(title.length, ...rows.map((row) => row[key].length)));
  const line = (cells: string[]) => `  ${cells.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`.trimEnd();
  const out = [
    `  █ SLOs  ${summary.testid} — ${headline(summary)} (profile ${summary.profile}, mode ${summary.mode})`,
    '',
    line(COLUMNS.map(([, title]) => title)),
    ...rows.map((row) => line(COLUMNS.map(([key]) => row[key]))),
    ...sampleNotes(summary).map((note) => `  ⚠ ${note}`),
  ];
  for (const slo of failedSlos(summary)) {
    out.push('', `  ✗ ${slo.id}: ${slo.description}`, `    ${failureMessage(slo)}`);
    for (const exemplar of slo.exemplars) out.push(...exemplarLines(exemplar));
    out.push(`    logs:   ${slo.links.loki}`, `    traces: ${slo.links.tempo}`, `    SLI:    ${slo.links.mimir}`);
  }
  out.push(
    '',
    `  run window ${summary.window.start} → ${summary.window.end}`,
    `    traces:  ${summary.links.tempo}`,
    `    logs:    ${summary.links.loki}`,
    `    metrics: ${summary.links.mimir}`,
    '',
  );
  if (summary.htmlReport) out.push(`  ${HTML_REPORT_TITLE}:`, `    ${summary.htmlReport}`, '');
  return out.join('\n');
}
