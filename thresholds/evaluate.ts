import { budgetUsed } from './budget.ts';
import { submetricKey, thresholdExpression } from './compile.ts';
import { exploreUrl, paddedWindow, runLinks, type TimeRange } from './links.ts';
import type { GrafanaSettings, SloSettings } from './settings.ts';
import type { Slo, SloObjective } from './slo.ts';
import { SUMMARY_SCHEMA, SUMMARY_VERSION, type Sli, type SloResult, type SummaryV1, type Verdict } from './summary-schema.ts';

/** One metric of k6's end-of-test summary `data` (the shape `handleSummary` receives). */
export interface K6SummaryMetric {
  type: 'counter' | 'gauge' | 'rate' | 'trend';
  contains: string;
  values: Record<string, number>;
  thresholds?: Record<string, { ok: boolean }>;
}

/** The parts of k6's `handleSummary(data)` argument the report reads. */
export interface K6SummaryData {
  metrics: Record<string, K6SummaryMetric>;
  state: { testRunDurationMs: number };
}

/** What the summary data does not say about the run. */
export interface RunContext {
  testid: string;
  scenario: string;
  baseUrl: string;
  /** When the run ended (handleSummary time); the window starts `testRunDurationMs` before. */
  end: Date;
  slo: Pick<SloSettings, 'profile' | 'mode' | 'grafana'>;
}

/**
 * Judges every SLO of the catalog on k6's summary data and builds the suite's summary
 * document. No sample on the SLO's guard counter is its own verdict, `no-data`, and fails.
 */
export function evaluateSummary(data: K6SummaryData, catalog: readonly Slo[], run: RunContext): SummaryV1 {
  const end = run.end.toISOString();
  const start = new Date(run.end.getTime() - data.state.testRunDurationMs).toISOString();
  const range = paddedWindow(start, end);
  const slos = catalog.map((slo) => judgeSlo(data, slo, run.slo.grafana, range));
  const metric = (key: string) => data.metrics[key]?.values ?? {};
  return {
    schema: SUMMARY_SCHEMA,
    version: SUMMARY_VERSION,
    testid: run.testid,
    scenario: run.scenario,
    profile: run.slo.profile,
    mode: run.slo.mode,
    baseUrl: run.baseUrl,
    window: { start, end },
    totals: {
      requests: metric('http_reqs').count ?? 0,
      iterations: metric('iterations').count ?? 0,
      durationSeconds: data.state.testRunDurationMs / 1000,
      checksPassed: metric('checks').passes ?? 0,
      checksFailed: metric('checks').fails ?? 0,
    },
    slis: collectSlis(data, catalog),
    slos,
    links: runLinks(run.slo.grafana, run.testid, range),
    passed: slos.every((slo) => slo.verdict === 'pass'),
  };
}

function judgeSlo(data: K6SummaryData, slo: Slo, grafana: GrafanaSettings, range: TimeRange): SloResult {
  const key = submetricKey(slo.metric, slo.tags);
  const metric = data.metrics[key];
  const threshold = thresholdExpression(slo);
  const samples = data.metrics[submetricKey(slo.guard, slo.tags)]?.values.count ?? 0;
  const observed = samples > 0 ? (metric?.values[slo.stat] ?? null) : null;
  const verdict = judge(samples, observed, slo.objective, metric?.thresholds?.[threshold]?.ok);
  return {
    id: slo.id,
    description: slo.description,
    kind: slo.kind,
    metric: key,
    threshold,
    objective: slo.objective,
    observed,
    samples,
    verdict,
    budgetUsed: verdict === 'no-data' || observed === null ? null : budgetUsed(slo.stat, slo.objective, observed, metric?.values),
    exemplars: [],
    links: {
      tempo: exploreUrl(grafana, 'tempo', slo.queries.traceql, range),
      loki: exploreUrl(grafana, 'loki', slo.queries.logql, range),
      mimir: exploreUrl(grafana, 'mimir', slo.queries.promql, range),
    },
    queries: slo.queries,
  };
}

/**
 * k6's own verdict wins where it judged the expression (gate and soak modes), so the report
 * never disagrees with k6's exit code; in report mode the objective is compared here.
 */
function judge(samples: number, observed: number | null, objective: SloObjective, k6Ok: boolean | undefined): Verdict {
  if (samples === 0) return 'no-data';
  if (k6Ok !== undefined) return k6Ok ? 'pass' : 'fail';
  return observed !== null && holds(observed, objective) ? 'pass' : 'fail';
}

/** Whether `observed` keeps the objective's bound. */
export function holds(observed: number, objective: SloObjective): boolean {
  switch (objective.op) {
    case '<':
      return observed < objective.value;
    case '<=':
      return observed <= objective.value;
    case '>':
      return observed > objective.value;
    case '>=':
      return observed >= objective.value;
  }
}

/** SLIs of every request group of the catalog and of the whole run (`all`), for the gate. */
function collectSlis(data: K6SummaryData, catalog: readonly Slo[]): Record<string, Sli> {
  const slis: Record<string, Sli> = { all: sli(data, {}) };
  for (const slo of catalog) slis[slo.group] ??= sli(data, slo.tags);
  return slis;
}

function sli(data: K6SummaryData, tags: Record<string, string>): Sli {
  const values = (metric: string) => data.metrics[submetricKey(metric, tags)]?.values ?? {};
  const requests = values('http_reqs').count ?? 0;
  const duration = values('http_req_duration');
  const present = (value: number | undefined) => (requests > 0 && value !== undefined ? value : null);
  return {
    p95Ms: present(duration['p(95)']),
    p99Ms: present(duration['p(99)']),
    errorRate: present(values('http_req_failed').rate),
    rps: present(values('http_reqs').rate),
    requests,
  };
}
