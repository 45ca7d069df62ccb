import { exploreUrl, paddedWindow, runLinks, type TimeRange } from '../lib/links/explore.ts';
import type { Sli, SloResult, SummaryV1 } from '../lib/report/summary-schema.ts';
import { badEventsKey, DROPPED_ITERATIONS, droppedExpression, scenarioTags, submetricKey, verdictExpression } from './compile.ts';
import { judgeSlos, summaryDocument, verdictOf, type SloCounts } from './judge.ts';
import { droppedIterationsQuery } from './queries/run-queries.ts';
import type { SloSettings } from './settings.ts';
import type { Slo } from './slo.ts';

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
  slo: Pick<SloSettings, 'profile' | 'mode' | 'grafana' | 'maxDropped'>;
  /** Arrival-rate runs: the iterations planned and the most that may be dropped (delivered load). */
  delivery?: { plannedIterations: number; maxDropped: number };
}

/**
 * Judges every SLO of the catalog on k6's summary data: the one judge (thresholds/judge.ts) on
 * the counts k6 kept per SLO, with k6's own verdict where it judged the threshold, plus
 * delivered load for arrival-rate runs; returns the suite's summary document.
 */
export function judgeK6Summary(data: K6SummaryData, catalog: readonly Slo[], run: RunContext): SummaryV1 {
  const end = run.end.toISOString();
  const start = new Date(run.end.getTime() - data.state.testRunDurationMs).toISOString();
  const window = { start, end };
  const slos = judgeSlos(catalog, catalog.map((slo) => k6Counts(data, slo)), run.slo.grafana, window);
  if (run.delivery) slos.push(judgeDelivery(data, run, paddedWindow(start, end)));
  const metric = (key: string) => data.metrics[key]?.values ?? {};
  const totals = {
    // k6's own count, as its summary and HTML report show it: setup's probe and the teardown sweep included.
    requests: metric('http_reqs').count ?? 0,
    iterations: metric('iterations').count ?? 0,
    durationSeconds: data.state.testRunDurationMs / 1000,
    checksPassed: metric('checks').passes ?? 0,
    checksFailed: metric('checks').fails ?? 0,
  };
  const judged = { testid: run.testid, scenario: run.scenario, baseUrl: run.baseUrl, window, totals, slis: collectSlis(data, catalog, run.scenario), slos };
  return summaryDocument(judged, run.slo);
}

/** One SLO's counts as k6 kept them: its guard counter, its bad-event counter, its SLI submetric. */
function k6Counts(data: K6SummaryData, slo: Slo): SloCounts {
  const samples = data.metrics[submetricKey(slo.guard, slo.tags)]?.values.count ?? 0;
  const counter = data.metrics[badEventsKey(slo)];
  return {
    samples,
    bad: counter?.values.count ?? 0,
    observed: data.metrics[submetricKey(slo.metric, slo.tags)]?.values[slo.stat] ?? null,
    k6Ok: counter?.thresholds?.[verdictExpression(slo)]?.ok,
  };
}

/**
 * Delivered load: an arrival-rate run whose generator dropped more than the allowed share of
 * its planned iterations did not test the load it claims to, whatever the other SLOs say.
 */
function judgeDelivery(data: K6SummaryData, run: RunContext, range: TimeRange): SloResult {
  const { plannedIterations, maxDropped } = run.delivery as NonNullable<RunContext['delivery']>;
  const counter = data.metrics[DROPPED_ITERATIONS];
  const dropped = counter?.values.count ?? 0;
  const threshold = droppedExpression(maxDropped);
  const allowed = run.slo.maxDropped;
  const observed = plannedIterations > 0 ? dropped / plannedIterations : 0;
  const promql = droppedIterationsQuery(run.testid);
  const verdict = verdictOf(plannedIterations, dropped <= maxDropped, counter?.thresholds?.[threshold]?.ok);
  return {
    id: 'delivered-load',
    description: `the load generator starts at least ${round(100 * (1 - allowed))}% of the ${plannedIterations} planned iterations`,
    kind: 'delivery',
    metric: DROPPED_ITERATIONS,
    threshold,
    stat: 'dropped',
    objective: { op: '<=', value: allowed, unit: 'ratio' },
    observed,
    samples: plannedIterations,
    verdict,
    budgetUsed: allowed > 0 ? observed / allowed : dropped > 0 ? Infinity : 0,
    test: null,
    exemplars: [],
    links: { ...runLinks(run.slo.grafana, run.testid, range), mimir: exploreUrl(run.slo.grafana, 'mimir', promql, range) },
    queries: { promql, promqlTrendStats: promql, traceql: '', logql: '' },
  };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * SLIs of every request group of the catalog and of the whole run (`all`: the scenario's
 * requests, so neither setup nor the teardown sweep), for the gate.
 */
function collectSlis(data: K6SummaryData, catalog: readonly Slo[], scenario: string): Record<string, Sli> {
  const slis: Record<string, Sli> = { all: sli(data, scenarioTags(scenario)) };
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
