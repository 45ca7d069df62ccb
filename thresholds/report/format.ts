import type { Exemplar, SloResult, SummaryV1, Verdict } from '../summary-schema.ts';

/** One SLO as every renderer shows it: the table, JUnit and Markdown print these same strings. */
export interface SloRow {
  id: string;
  objective: string;
  observed: string;
  verdict: string;
  budget: string;
}

/** Verdicts as printed; no-data is its own word because it fails for a different reason. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = { pass: 'PASS', fail: 'FAIL', 'no-data': 'NO DATA' };

/** The printed form of one SLO result. */
export function sloRow(slo: SloResult): SloRow {
  return {
    id: slo.id,
    objective: formatObjective(slo),
    observed: slo.observed === null ? '—' : formatValue(slo, slo.observed),
    verdict: VERDICT_LABELS[slo.verdict],
    budget: slo.budgetUsed === null ? '—' : formatShare(slo.budgetUsed),
  };
}

/** e.g. `p(95) < 300 ms`, `failed < 1%`, `passed > 99%`. */
export function formatObjective(slo: Pick<SloResult, 'kind' | 'threshold' | 'objective'>): string {
  const { op } = slo.objective;
  const subject = slo.kind === 'latency' ? slo.threshold.slice(0, slo.threshold.indexOf(op)) : slo.kind === 'checks' ? 'passed' : 'failed';
  return `${subject} ${op} ${formatValue(slo, slo.objective.value)}`;
}

function formatValue(slo: Pick<SloResult, 'objective'>, value: number): string {
  return slo.objective.unit === 'ms' ? `${round(value, 1)} ms` : formatShare(value);
}

/** A share as a percentage with at most two decimals, e.g. `0.35%`, `120%`. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '∞';
  return `${round(share * 100, 2)}%`;
}

function round(value: number, decimals: number): string {
  return String(Math.round(value * 10 ** decimals) / 10 ** decimals);
}

/** SLOs that failed the run (breached or without data), in catalog order. */
export function failedSlos(summary: SummaryV1): SloResult[] {
  return summary.slos.filter((slo) => slo.verdict !== 'pass');
}

/** One line saying how the run went, e.g. `3 of 60 SLOs failed (2 breached, 1 without data)`. */
export function headline(summary: SummaryV1): string {
  const breached = summary.slos.filter((slo) => slo.verdict === 'fail').length;
  const noData = summary.slos.filter((slo) => slo.verdict === 'no-data').length;
  if (breached + noData === 0) return `all ${summary.slos.length} SLOs passed`;
  return `${breached + noData} of ${summary.slos.length} SLOs failed (${breached} breached, ${noData} without data)`;
}

/** What the HTML report is, as every renderer names it next to its path. */
export const HTML_REPORT_TITLE = "k6's HTML report (web dashboard: request rate, latency, errors and VUs over time)";

/** Why a failed SLO failed, in one sentence. */
export function failureMessage(slo: SloResult): string {
  const row = sloRow(slo);
  return slo.verdict === 'no-data'
    ? `no request of this group was measured, so "${row.objective}" cannot be shown to hold`
    : `observed ${row.observed} breaches ${row.objective} (error budget used ${row.budget})`;
}

/**
 * What one offending request is, e.g. `DELETE /owlbear  status 500  3.2 ms  2025-03-04T10:00:07.120Z
 * journey=3f9a0b1c2d4e`; its head says which trace to open or why there is none.
 */
export function describeExemplar(exemplar: Exemplar): { head: string; detail: string } {
  const { method, beast, status, durationMs, time, journey } = exemplar;
  const detail = `${method} /${beast}  status ${status}  ${durationMs} ms  ${time}  journey=${journey}`;
  if (exemplar.reached) return { head: `trace ${exemplar.traceId}`, detail };
  const why = status === 0 ? 'no response' : `a ${status} without the server's X-Powered-By: Express`;
  return { head: `no trace: never reached the server (${why})`, detail };
}

/** The terminal lines of one offending request: what it is, then the link to its trace if it has one. */
export function exemplarLines(exemplar: Exemplar): string[] {
  const { head, detail } = describeExemplar(exemplar);
  return [`    ${head}  ${detail}`, ...(exemplar.traceUrl ? [`      ${exemplar.traceUrl}`] : [])];
}
