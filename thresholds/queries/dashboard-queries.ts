/**
 * The queries of the Grafana dashboards (tools/dashboards/*), over the runs their `$testid`
 * (and `$beast`, `$scenario`) variables select. Run totals use the whole dashboard range
 * (`$__range`); time series use `$__rate_interval`.
 */
import { matching, promSelector, runSpans, serverLogs, type LabelMatch } from './selectors.ts';

/** Series of the selected runs, plus `extra` label matchers. */
const runs = (extra: Record<string, LabelMatch> = {}) => promSelector({ testid: matching('$testid'), ...extra });
/** The same, limited to request groups of the selected beasts (teardown sweeps carry no beast). */
const groups = (extra: Record<string, LabelMatch> = {}) => runs({ beast: matching('$beast'), ...extra });
const FAILED = { expected_response: 'false' };

/**
 * A quantile over whole runs. k6's histograms are cumulative over the run, so the last sample
 * of each series is the run so far: `last_over_time` needs one push, where `increase` needs
 * two and shows nothing for a run shorter than a push interval. The `increase` form stays as
 * the fallback for older Prometheus (2.42, Debian 12's), whose `last_over_time` drops histogram samples.
 */
function runQuantile(q: number, by = ''): string {
  const series = `k6_http_req_duration_seconds${by ? groups() : runs()}[$__range]`;
  return `histogram_quantile(${q}, sum${by} (last_over_time(${series}))) or histogram_quantile(${q}, sum${by} (increase(${series})))`;
}

/** Failed requests per group, 0 (not "no data") for groups that had none. */
function failedByGroup(window: string, fn: 'rate' | 'max_over_time'): string {
  return `sum by (beast, method) (${fn}(k6_http_reqs_total${groups(FAILED)}[${window}])) or 0 * sum by (beast, method) (${fn}(k6_http_reqs_total${groups()}[${window}]))`;
}

const runTotal = (extra: Record<string, LabelMatch> = {}) => `sum(max_over_time(k6_http_reqs_total${runs(extra)}[$__range]))`;
const perSecond = (series: string, by?: string) => `sum${by ? ` by (${by}) ` : ''}(rate(${series}[$__rate_interval]))`;

/** The "mythical-k6 results" dashboard's queries (native-histogram series, as intro-to-mltp writes them). */
export const RESULTS_QUERIES = {
  /** The series the `$testid` and `$beast` variables read their values from. */
  testidValues: 'k6_http_reqs_total',
  beastValues: `k6_http_reqs_total${runs()}`,
  requests: runTotal(),
  failedShare: `(${runTotal(FAILED)} or vector(0)) / ${runTotal()}`,
  runQuantile: (q: number) => runQuantile(q),
  worstCheck: `min(last_over_time(k6_checks_rate${runs()}[$__range]))`,
  peakVus: `sum(max_over_time(k6_vus${runs()}[$__range]))`,
  requestsPerSecondByScenario: perSecond(`k6_http_reqs_total${runs()}`, 'scenario'),
  activeVus: `sum(k6_vus${runs()})`,
  allocatedVus: `sum(k6_vus_max${runs()})`,
  iterationsPerSecond: perSecond(`k6_iterations_total${runs()}`),
  bytesReceivedPerSecond: perSecond(`k6_data_received_total${runs()}`),
  requestsPerSecondByGroup: perSecond(`k6_http_reqs_total${groups()}`, 'beast, method'),
  quantileByGroup: (q: number) => `histogram_quantile(${q}, ${perSecond(`k6_http_req_duration_seconds${groups()}`, 'beast, method')})`,
  requestsByGroup: `sum by (beast, method) (max_over_time(k6_http_reqs_total${groups()}[$__range]))`,
  runQuantileByGroup: (q: number) => runQuantile(q, ' by (beast, method)'),
  failedByGroup: failedByGroup('$__range', 'max_over_time'),
  responsesPerSecondByStatus: perSecond(`k6_http_reqs_total${runs()}`, 'status'),
  failedPerSecondByGroup: failedByGroup('$__rate_interval', 'rate'),
  checkPassRate: `min by (check) (k6_checks_rate${runs()})`,
  phaseP95: (phase: string) => `histogram_quantile(0.95, ${perSecond(`k6_http_req_${phase}_seconds${runs()}`)})`,
};

/** The last value of a pushed SLO series in the dashboard range: each is one sample at its run's end. */
function lastOfRuns(metric: string): string {
  return `last_over_time(${metric}${promSelector({ testid: matching('$testid'), scenario: matching('$scenario') })}[$__range])`;
}

/**
 * The "mythical-k6 SLOs" dashboard's queries over the series `npm run slo:push` writes (their
 * names from tools/slo/series.ts), and the Tempo and Loki queries of its per-run links, where
 * `testid` is the table row's placeholder.
 */
export const SLO_DASHBOARD_QUERIES = {
  scenarioValues: (runPassed: string) => `${runPassed}${promSelector({ testid: matching('$testid') })}`,
  lastOfRuns,
  runsPassed: (runPassed: string) => `sum(${lastOfRuns(runPassed)})`,
  runsFailed: (runPassed: string) => `count(${lastOfRuns(runPassed)} == 0) or vector(0)`,
  verdictsByKind: (verdict: string) => `count by (verdict) (${lastOfRuns(verdict)})`,
  /** The run's journey spans that ended in error (the server records the User-Agent, which carries the testid). */
  errorSpans: (testid: string) => runSpans(testid, undefined, 'status = error'),
  serverErrorLogs: serverLogs({ level: 'error' }),
  /** k6's own log lines of the run, as `K6_LOG_OUTPUT=loki` labels them. */
  k6Logs: (testid: string) => promSelector({ testid }),
};
