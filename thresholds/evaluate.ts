import { badEventsKey, DROPPED_ITERATIONS, droppedExpression, scenarioTags, submetricKey, verdictExpression } from './compile.ts';
import { exploreUrl, paddedWindow, runLinks, type TimeRange } from '../lib/links/explore.ts';
import type { GrafanaSettings, SloSettings } from './settings.ts';
import type { Slo } from './slo.ts';
import { clopperPearson, smallestDetectable, upperTail } from './statistics.ts';
import { SUMMARY_SCHEMA, SUMMARY_VERSION, type Sli, type SloResult, type SloTest, type SummaryV1, type Verdict } from '../lib/report/summary-schema.ts';

/** Confidence of the interval the report prints for each bad share. */
export const INTERVAL_CONFIDENCE = 0.95;
/** The detection probability the report's "smallest detectable breach" and the scenario sizes aim at. */
export const DETECTION_POWER = 0.99;

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
 * Judges every SLO of the catalog on k6's summary data and builds the suite's summary
 * document. No sample on the SLO's guard counter is its own verdict, `no-data`, and fails.
 */
export function evaluateSummary(data: K6SummaryData, catalog: readonly Slo[], run: RunContext): SummaryV1 {
  const end = run.end.toISOString();
  const start = new Date(run.end.getTime() - data.state.testRunDurationMs).toISOString();
  const range = paddedWindow(start, end);
  const slos = catalog.map((slo) => judgeSlo(data, slo, run.slo.grafana, range));
  if (run.delivery) slos.push(judgeDelivery(data, run, range));
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
      // k6's own count, as its summary and HTML report show it: setup's probe and the teardown sweep included.
      requests: metric('http_reqs').count ?? 0,
      iterations: metric('iterations').count ?? 0,
      durationSeconds: data.state.testRunDurationMs / 1000,
      checksPassed: metric('checks').passes ?? 0,
      checksFailed: metric('checks').fails ?? 0,
    },
    slis: collectSlis(data, catalog, run.scenario),
    slos,
    links: runLinks(run.slo.grafana, run.testid, range),
    passed: slos.every((slo) => slo.verdict === 'pass'),
  };
}

function judgeSlo(data: K6SummaryData, slo: Slo, grafana: GrafanaSettings, range: TimeRange): SloResult {
  const metric = data.metrics[submetricKey(slo.metric, slo.tags)];
  const counter = data.metrics[badEventsKey(slo)];
  const threshold = verdictExpression(slo);
  const samples = data.metrics[submetricKey(slo.guard, slo.tags)]?.values.count ?? 0;
  const bad = counter?.values.count ?? 0;
  const observed = samples > 0 ? (metric?.values[slo.stat] ?? null) : null;
  const breachAt = slo.gate?.breachAt ?? 1;
  const verdict = judge(samples, bad < breachAt, counter?.thresholds?.[threshold]?.ok);
  return sloResult(slo, { threshold, samples, bad, observed, verdict, test: exactTest(slo, bad, samples) }, grafana, range);
}

/** How one SLO was judged: its threshold, sample, bad events, SLI, verdict and exact test. */
export interface Judgement {
  threshold: string;
  samples: number;
  bad: number;
  observed: number | null;
  verdict: Verdict;
  test: SloTest;
}

/**
 * The report row of one judged SLO, with its Explore links for the run window: one shape for
 * both judges, k6's end of test (here) and the PromQL verdict of distributed runs.
 */
export function sloResult(slo: Slo, judged: Judgement, grafana: GrafanaSettings, range: TimeRange): SloResult {
  const { threshold, samples, bad, observed, verdict, test } = judged;
  return {
    id: slo.id,
    description: slo.description,
    kind: slo.kind,
    metric: badEventsKey(slo),
    threshold,
    stat: slo.stat,
    objective: slo.objective,
    observed,
    samples,
    verdict,
    budgetUsed: samples > 0 ? bad / samples / slo.allowedShare : null,
    test,
    exemplars: [],
    links: {
      tempo: exploreUrl(grafana, 'tempo', slo.queries.traceql, range),
      loki: exploreUrl(grafana, 'loki', slo.queries.logql, range),
      mimir: exploreUrl(grafana, 'mimir', slo.queries.promql, range),
    },
    queries: slo.queries,
  };
}

/** The exact test's figures for the report: p-value, interval and power on the sample the run actually got. */
export function exactTest(slo: Pick<Slo, 'allowedShare' | 'gate'>, bad: number, samples: number): SloTest {
  const gate = slo.gate ?? { plannedSample: samples, breachAt: 1, alpha: 0 };
  return {
    bad,
    allowedShare: slo.allowedShare,
    plannedSample: gate.plannedSample,
    breachAt: gate.breachAt,
    alpha: gate.alpha,
    pValue: samples > 0 ? upperTail(samples, slo.allowedShare, bad) : null,
    interval: samples > 0 ? clopperPearson(bad, samples, INTERVAL_CONFIDENCE) : null,
    detectable: smallestDetectable(samples, gate.breachAt, DETECTION_POWER),
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
  const promql = `sum(k6_dropped_iterations_total{testid="${run.testid}"}) or vector(0)`;
  const verdict = judge(plannedIterations, dropped <= maxDropped, counter?.thresholds?.[threshold]?.ok);
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

/**
 * k6's own verdict wins where it judged the expression (gate and soak modes), so the report
 * never disagrees with k6's exit code; in report mode the same comparison is made here.
 */
function judge(samples: number, holds: boolean, k6Ok: boolean | undefined): Verdict {
  if (samples === 0) return 'no-data';
  if (k6Ok !== undefined) return k6Ok ? 'pass' : 'fail';
  return holds ? 'pass' : 'fail';
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
