import { SLI_LABELS, type Comparison, type GateResult, type SliName } from './compare.ts';

/** One SLI value in its unit: `123.4 ms`, `1.25%`, `45.6/s`, or `–` for no data. */
export function formatValue(sli: SliName, value: number | null): string {
  if (value === null) return '–';
  if (sli === 'errorRate') return `${(value * 100).toFixed(2)}%`;
  if (sli === 'rps') return `${value.toFixed(1)}/s`;
  return `${value.toFixed(1)} ms`;
}

/** Relative change with its sign, e.g. `+12.5%`. */
export function formatChange(change: number | null): string {
  if (change === null) return '–';
  return `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%`;
}

/** The cells of one comparison row, shared by the terminal table and the Markdown table. */
export function rowCells(c: Comparison): string[] {
  const status = c.status === 'regression' ? 'REGRESSION' : c.status;
  return [
    c.group,
    SLI_LABELS[c.sli],
    formatValue(c.sli, c.baseline),
    formatValue(c.sli, c.current),
    formatChange(c.change),
    formatValue(c.sli, c.limit),
    c.note ? `${status} (${c.note})` : status,
  ];
}

/** Column titles of both tables. */
export const HEADER = ['group', 'SLI', 'baseline', 'current', 'change', 'limit', 'verdict'];

/** One line naming what failed, e.g. `regression: p95 latency of GET /owlbear 412.0 ms > 330.0 ms`. */
export function regressionLine(c: Comparison): string {
  const cmp = c.sli === 'rps' ? '<' : '>';
  const detail = c.limit === null ? c.note : `${formatValue(c.sli, c.current)} ${cmp} ${formatValue(c.sli, c.limit)}`;
  return `regression: ${SLI_LABELS[c.sli]} of ${c.group} ${detail}`;
}

/** A plain aligned table for the terminal, then one line per regression and the verdict. */
export function renderTable(result: GateResult): string {
  const rows = [HEADER, ...result.comparisons.map(rowCells)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return [...lines, '', ...result.regressions.map(regressionLine), verdictLine(result)].join('\n') + '\n';
}

/** The closing line: what was compared and how it ended. */
export function verdictLine(result: GateResult): string {
  const t = result.tolerances;
  const how = `tolerance ${(t.relative * 100).toFixed(0)}%, floors ${t.latencyFloorMs} ms / ${(t.errorRateFloor * 100).toFixed(2)}% / ${t.rpsFloor}/s`;
  const what = `${result.current.scenario} ${result.current.testid} against baseline ${result.baseline.testid}`;
  return result.passed
    ? `gate: PASS — ${what} (${how})`
    : `gate: FAIL — ${result.regressions.length} regression(s) in ${what} (${how})`;
}

/** The PR comment: verdict, regressions first, then the full table in a collapsed block. */
export function renderGateMarkdown(result: GateResult): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const table = (rows: Comparison[]) =>
    [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => ' --- ').join('|')}|`, ...rows.map((c) => `| ${rowCells(c).map(escape).join(' | ')} |`)].join('\n');
  const title = result.passed ? '### ✅ Performance gate passed' : '### ❌ Performance gate: regression';
  const parts = [title, '', verdictLine(result).replace(/^gate: /, ''), ''];
  if (!result.passed) parts.push('#### Regressions', '', table(result.regressions), '');
  parts.push('<details><summary>All SLIs</summary>', '', table(result.comparisons), '', '</details>', '');
  return parts.join('\n');
}
