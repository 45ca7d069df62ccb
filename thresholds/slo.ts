/** What an SLO judges: request success, request latency, or check outcomes. */
export type SloKind = 'availability' | 'latency' | 'checks';

/** A k6 threshold statistic as written in a threshold expression. */
export type SloStat = 'rate' | 'p(95)' | 'p(99)';

/** The bound an SLI must keep, e.g. `{ op: '<', value: 300, unit: 'ms' }`. */
export interface SloObjective {
  op: '<' | '<=' | '>' | '>=';
  value: number;
  unit: 'ms' | 'ratio';
}

/** Queries that show this SLO's SLI for one run, with `$testid` and `$beast`-style values filled in. */
export interface SloQueries {
  /** PromQL over the remote-written k6 series, scoped by `testid` (native-histogram mode, as intro-to-mltp runs k6). */
  promql: string;
  /** The same SLI for k6's default trend-stats mode (`k6_<metric>_p95` gauges); equal to `promql` where the mode does not matter. */
  promqlTrendStats: string;
  /** TraceQL for the offending spans in Tempo. */
  traceql: string;
  /** LogQL for the offending log lines in Loki. */
  logql: string;
}

/** One service level objective of the catalog, in the form k6 thresholds are compiled from. */
export interface Slo {
  /** Stable id, kebab-case, e.g. `latency-p95-get-owlbear`. */
  id: string;
  /** One sentence a human reads, e.g. "95% of GET /owlbear answer within 300 ms". */
  description: string;
  kind: SloKind;
  /** The k6 metric judged: `http_req_duration`, `http_req_failed` or `checks`. */
  metric: string;
  /** Submetric tag filter, e.g. `{ beast: 'owlbear', method: 'GET' }`. */
  tags: Record<string, string>;
  stat: SloStat;
  objective: SloObjective;
  queries: SloQueries;
  /** The request group judged, `<METHOD> /<beast>`, e.g. `GET /owlbear`. */
  group: string;
  /**
   * The counter that proves samples arrived under the same tag filter (`http_reqs` or
   * `mythical_checks`): its `count>0` threshold fails a run where this SLO had no data.
   */
  guard: string;
  /**
   * The share of bad events the objective allows (p0): failed requests, requests at or over
   * the latency objective, failed checks. Every SLO is judged on its count of bad events.
   */
  allowedShare: number;
  /** Tags of this SLO's bad events in the `mythical_slo_bad_events` counter: the group's and `sli`. */
  badTags: Record<string, string>;
  /** The static test k6 runs; absent where no planned sample is known (the Prometheus verdict). */
  gate?: SloGate;
}

/**
 * The one-sided exact binomial test of one SLO, made static for k6: the run breaches when the
 * bad-event count reaches `breachAt`, the critical count of the planned sample at level `alpha`.
 */
export interface SloGate {
  /** The most events a healthy run sends this group (exceeded with probability ≤ `sizeAlpha`). */
  plannedSample: number;
  /** The smallest bad-event count that breaches: P(X ≥ breachAt | plannedSample, allowedShare) ≤ alpha. */
  breachAt: number;
  /** This SLO's share of the run's false-alarm probability (Bonferroni: SLO_FALSE_ALARM / SLOs). */
  alpha: number;
  /** The part of `alpha` spent on the sample overshooting `plannedSample` (0 when it cannot). */
  sizeAlpha: number;
}
