import type { Exemplar, SloResult, SummaryV1, Verdict } from './summary-schema.ts';

/** One SLO as every renderer shows it: the table, JUnit and Markdown print these same strings. */
export interface SloRow {
  id: string;
  objective: string;
  /** Bad events of the sample, e.g. `3/44`; for delivered load, dropped of planned iterations. */
  bad: string;
  /** The bad share and its 95% interval, e.g. `6.8% (1.4–18.7%)`. */
  share: string;
  /** The breach count of the planned sample, e.g. `≥ 16 of ≤ 54`. */
  breachAt: string;
  /** Smallest true bad share the sample detects with probability 0.99, e.g. `≥ 45%`, or `nothing`. */
  detects: string;
  observed: string;
  verdict: string;
  budget: string;
}

/** Verdicts as printed; no-data is its own word because it fails for a different reason. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = { pass: 'PASS', fail: 'FAIL', 'no-data': 'NO DATA' };

/** The printed form of one SLO result. */
export function sloRow(slo: SloResult): SloRow {
  const test = slo.test;
  const dropped = Math.round((slo.observed ?? 0) * slo.samples);
  return {
    id: slo.id,
    objective: formatObjective(slo),
    bad: test ? `${test.bad}/${slo.samples}` : `${dropped}/${slo.samples}`,
    share: test?.interval ? `${formatShare(test.bad / slo.samples)} (${formatShare(test.interval[0])}–${formatShare(test.interval[1])})` : '—',
    breachAt: test ? `≥ ${test.breachAt} of ≤ ${test.plannedSample}` : `> ${slo.threshold.slice('count<='.length)} of ${slo.samples}`,
    detects: !test ? '—' : test.detectable === null ? 'nothing' : `≥ ${formatShare(test.detectable)}`,
    observed: slo.observed === null ? '—' : formatValue(slo, slo.observed),
    verdict: VERDICT_LABELS[slo.verdict],
    budget: slo.budgetUsed === null ? '—' : formatShare(slo.budgetUsed),
  };
}

const SUBJECTS: Readonly<Record<SloResult['kind'], string>> = { availability: 'failed', checks: 'passed', latency: '', delivery: 'dropped' };

/** e.g. `p(95) < 300 ms`, `failed < 1%`, `passed > 99%`, `dropped <= 1%`. */
export function formatObjective(slo: Pick<SloResult, 'kind' | 'stat' | 'objective'>): string {
  const subject = slo.kind === 'latency' ? slo.stat : SUBJECTS[slo.kind];
  return `${subject} ${slo.objective.op} ${formatValue(slo, slo.objective.value)}`;
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
  if (slo.verdict === 'no-data') return `no request of this group was measured, so "${row.objective}" cannot be shown to hold`;
  if (!slo.test) return `dropped ${row.bad} planned iterations (${row.observed}), more than ${row.objective}: the load was not delivered`;
  const p = slo.test.pValue === null ? '' : `, p = ${formatProbability(slo.test.pValue)}`;
  return `${row.bad} bad (${row.share}) reached the breach count ${slo.test.breachAt}: too many for ${row.objective} (${BAD_EVENTS[slo.kind]}${p}; observed ${row.observed})`;
}

const BAD_EVENTS: Readonly<Record<SloResult['kind'], string>> = {
  availability: 'failed requests',
  latency: 'requests at or over the objective',
  checks: 'failed checks',
  delivery: 'dropped iterations',
};

/** A probability as short text, e.g. `3.1e-7` or `0.042`. */
export function formatProbability(p: number): string {
  return p >= 0.001 ? String(Math.round(p * 1000) / 1000) : p.toExponential(1);
}

/**
 * Notes on the samples behind the verdicts: SLOs that could not breach with the sample they
 * got (a pass that proves nothing) and samples larger than planned (the static threshold then
 * allows more false alarms than SLO_FALSE_ALARM). A smaller sample than planned only weakens
 * the test, which the DETECTS column says.
 */
export function sampleNotes(summary: SummaryV1): string[] {
  const notes: string[] = [];
  const judged = summary.slos.filter((slo) => slo.test && slo.verdict !== 'no-data');
  const blind = judged.filter((slo) => slo.test?.detectable === null);
  if (blind.length) {
    notes.push(`${blind.length} SLO(s) could not breach with the sample they got (fewer events than the breach count), so their PASS proves nothing: ${blind.map((slo) => slo.id).join(', ')}`);
  }
  const over = judged.filter((slo) => slo.test && slo.samples > slo.test.plannedSample);
  if (over.length) {
    notes.push(`${over.length} SLO(s) got more events than planned, so their false-alarm bound no longer holds: ${over.map((slo) => `${slo.id} (${slo.samples} > ${slo.test?.plannedSample})`).join(', ')}`);
  }
  return notes;
}

/**
 * What one offending request is, e.g. `DELETE /owlbear  status 500  3.2 ms  2025-03-04T10:00:07.120Z
 * journey=17-42`; its head says which trace to open or why there is none.
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
