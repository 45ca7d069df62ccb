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
}
