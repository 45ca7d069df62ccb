import type { Slo } from '../../thresholds/slo.ts';

/** Identifies the suite's summary document; consumers refuse any other schema or version. */
export const SUMMARY_SCHEMA = 'mythical-k6/summary';
/** Bumped on any change a consumer could notice; the gate refuses versions it does not know. */
export const SUMMARY_VERSION = 1;

/** pass: objective met; fail: breached; no-data: no samples, which also fails the run. */
export type Verdict = 'pass' | 'fail' | 'no-data';

/** One offending request, one click from its trace and its log lines. */
export interface Exemplar {
  traceId: string;
  /** The journey (iteration) it belongs to: `journey=<VU id>-<iteration>` in the User-Agent of its requests. */
  journey: string;
  beast: string;
  method: string;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  /** False when it shows no sign of having reached the server (no response, a gateway status without the server's signature): no trace exists. */
  reached: boolean;
  durationMs: number;
  /** ISO 8601 time the request was sent. */
  time: string;
  /** Grafana Explore link that opens this trace in Tempo; absent when it did not reach the server. */
  traceUrl?: string;
}

/** Grafana Explore links for the run's time window (and, per SLO, for its offenders). */
export interface Links {
  tempo: string;
  loki: string;
  mimir: string;
}

/**
 * The exact one-sided binomial test behind a share-type SLO's verdict: `bad` events of
 * `samples` (the SloResult's) against the allowed share, breaching at `breachAt`.
 */
export interface SloTest {
  /** Bad events counted: failed requests, requests at or over the latency objective, or failed checks. */
  bad: number;
  /** The share of bad events the objective allows (p0). */
  allowedShare: number;
  /** The most events the group was planned to get; k6's static threshold was derived from it. */
  plannedSample: number;
  /** The bad-event count that breaches (k6's `count<breachAt`). */
  breachAt: number;
  /** This SLO's share of the run's false-alarm probability. */
  alpha: number;
  /** P(at least `bad` bad events of the actual sample | share = allowedShare); null without samples. */
  pValue: number | null;
  /** 95% Clopper–Pearson interval of the bad share; null without samples. */
  interval: [number, number] | null;
  /** Smallest true bad share the actual sample detects with probability ≥ 0.99; null when it cannot breach at all. */
  detectable: number | null;
}

/** The result of one SLO for one run. */
export interface SloResult {
  id: string;
  description: string;
  /** What it judges; `delivery` is delivered load (the dropped iterations of an arrival-rate run). */
  kind: Slo['kind'] | 'delivery';
  /** The k6 metric judged, e.g. `mythical_slo_bad_events{beast:owlbear,method:GET,sli:latency-p95}`, and its threshold, e.g. `count<9`. */
  metric: string;
  threshold: string;
  /** The SLI statistic shown as `observed`: `rate`, `p(95)`, `p(99)`, or `dropped` (share of planned iterations). */
  stat: Slo['stat'] | 'dropped';
  objective: Slo['objective'];
  /** The SLI over the run, in the objective's unit; null when no sample arrived. */
  observed: number | null;
  samples: number;
  verdict: Verdict;
  /** Share of the error budget used (1 = all of it): the bad share over the allowed share; null for no-data. */
  budgetUsed: number | null;
  /** The exact test behind the verdict; null for delivered load, which is a plain count. */
  test: SloTest | null;
  /** Offending requests, at most 5, only for breached SLOs and only where exemplars were collected. */
  exemplars: Exemplar[];
  /** Links scoped to this SLO's requests in the run window (for breached SLOs, to its exemplar traces). */
  links: Links;
  queries: Slo['queries'];
}

/** Service level indicators of one request group (`beast` + `method`, or `all`), for the gate. */
export interface Sli {
  p95Ms: number | null;
  p99Ms: number | null;
  errorRate: number | null;
  rps: number | null;
  requests: number;
}

/** The suite's end-of-test document: `reports/<testid>/summary.json`. */
export interface SummaryV1 {
  schema: typeof SUMMARY_SCHEMA;
  version: typeof SUMMARY_VERSION;
  testid: string;
  scenario: string;
  /** SLO profile: `default` (designed POST failures budgeted) or `always-succeed`. */
  profile: string;
  /** SLO mode: `gate` (aborts early on a breach), `soak` (judges the whole run) or `report` (k6 judges nothing). */
  mode: string;
  baseUrl: string;
  /** ISO 8601 start and end of the run. */
  window: { start: string; end: string };
  totals: {
    requests: number;
    iterations: number;
    durationSeconds: number;
    checksPassed: number;
    checksFailed: number;
  };
  /** Keyed `all` and `<METHOD> /<beast>`, e.g. `GET /owlbear`. */
  slis: Record<string, Sli>;
  slos: SloResult[];
  /** Links for the whole run window. */
  links: Links;
  /** True when every SLO passed. */
  passed: boolean;
  /**
   * k6's HTML report of the run (web dashboard export) as k6 was given its path, relative to
   * k6's working directory; null or absent when the run exported none.
   */
  htmlReport?: string | null;
}
