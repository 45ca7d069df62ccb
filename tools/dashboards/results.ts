import { dashboard, datasourceVariable, labelVariable, row, stat, table, timeseries } from './model.ts';

/** The uid the SLO dashboard links to, with `var-testid` and the run window. */
export const RESULTS_UID = 'mythical-k6-results';

/** Series of the selected runs, plus `extra` label matchers. */
const runs = (extra = '') => `{testid=~"$testid"${extra}}`;
/** The same, limited to request groups of the selected beasts (teardown sweeps carry no beast). */
const groups = (extra = '') => runs(`, beast=~"$beast"${extra}`);
const FAILED = ', expected_response="false"';

const quantileByGroup = (q: number, window: string) =>
  `histogram_quantile(${q}, sum by (beast, method) (rate(k6_http_req_duration_seconds${groups()}[${window}])))`;
/**
 * A quantile over whole runs. k6's histograms are cumulative over the run, so the last sample
 * of each series is the run so far: `last_over_time` needs one push, where `increase` needs
 * two and shows nothing for a run shorter than a push interval. The `increase` form stays as
 * the fallback for older Prometheus (2.42, Debian 12's), whose `last_over_time` drops histogram samples.
 */
const runQuantile = (q: number, by = '') => {
  const series = `k6_http_req_duration_seconds${by ? groups() : runs()}[$__range]`;
  return `histogram_quantile(${q}, sum${by} (last_over_time(${series}))) or histogram_quantile(${q}, sum${by} (increase(${series})))`;
};
/** Failed requests per group, 0 (not "no data") for groups that had none. */
const failedByGroup = (window: string, fn: 'rate' | 'max_over_time') =>
  `sum by (beast, method) (${fn}(k6_http_reqs_total${groups(FAILED)}[${window}])) or 0 * sum by (beast, method) (${fn}(k6_http_reqs_total${groups()}[${window}]))`;
const runTotal = (extra = '') => `sum(max_over_time(k6_http_reqs_total${runs(extra)}[$__range]))`;

/**
 * "mythical-k6 results": one or more runs by `testid`, over the native-histogram series the
 * stack's k6 output writes (`K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM=true`). Run totals use
 * the whole dashboard range; time series use `$__rate_interval`.
 */
export function resultsDashboard(): Record<string, unknown> {
  return dashboard({
    uid: RESULTS_UID,
    title: 'mythical-k6 results',
    description: 'k6 runs of the mythical-k6 suite against the Mythical Beasts services, by testid.',
    links: [
      { title: 'SLO verdicts', type: 'link', url: '/d/mythical-k6-slos/mythical-k6-slos', includeVars: true, keepTime: true, icon: 'dashboard', targetBlank: false, tags: [], asDropdown: false, tooltip: '' },
    ],
    variables: [
      datasourceVariable(),
      labelVariable('testid', 'Run (testid)', 'k6_http_reqs_total', { multi: true }),
      labelVariable('beast', 'Beast', 'k6_http_reqs_total{testid=~"$testid"}', { multi: true, allValue: '.+', sort: 1 }),
    ],
    panels: [
      row('Run'),
      stat('Requests', 'All HTTP requests of the selected runs, teardown sweeps included (k6 http_reqs).', runTotal(), 'short'),
      stat(
        'Failed requests',
        'Share of requests outside the expected statuses (k6 expected_response=false) over the whole run.',
        `(${runTotal(FAILED)} or vector(0)) / ${runTotal()}`,
        'percentunit',
      ),
      stat('p95 latency', 'http_req_duration p95 over the whole run, from the native histogram.', runQuantile(0.95), 's'),
      stat('p99 latency', 'http_req_duration p99 over the whole run, from the native histogram.', runQuantile(0.99), 's'),
      stat(
        'Worst check',
        'Pass rate of the worst check (k6 checks rate, cumulative over the run).',
        `min(last_over_time(k6_checks_rate${runs()}[$__range]))`,
        'percentunit',
        { min: 0, max: 1 },
      ),
      stat('Peak VUs', 'Highest number of active VUs.', `sum(max_over_time(k6_vus${runs()}[$__range]))`, 'short'),

      row('Load'),
      timeseries('Requests per second', 'By k6 scenario.', [{ expr: `sum by (scenario) (rate(k6_http_reqs_total${runs()}[$__rate_interval]))`, legendFormat: '{{scenario}}' }], 'reqps', 8),
      timeseries(
        'VUs',
        'Active and allocated VUs.',
        [
          { expr: `sum(k6_vus${runs()})`, legendFormat: 'active' },
          { expr: `sum(k6_vus_max${runs()})`, legendFormat: 'allocated' },
        ],
        'short',
        8,
      ),
      timeseries(
        'Iterations and data',
        'Iterations per second, and bytes received per second: GET bodies grow with every row earlier requests left.',
        [
          { expr: `sum(rate(k6_iterations_total${runs()}[$__rate_interval]))`, legendFormat: 'iterations/s' },
          { expr: `sum(rate(k6_data_received_total${runs()}[$__rate_interval]))`, legendFormat: 'bytes received/s' },
        ],
        'short',
        8,
      ),

      row('By beast and method'),
      timeseries('Requests per second by beast and method', '', [{ expr: `sum by (beast, method) (rate(k6_http_reqs_total${groups()}[$__rate_interval]))`, legendFormat: '{{method}} /{{beast}}' }], 'reqps', 8),
      timeseries('p95 latency by beast and method', 'From the native histogram over $__rate_interval.', [{ expr: quantileByGroup(0.95, '$__rate_interval'), legendFormat: '{{method}} /{{beast}}' }], 's', 8),
      timeseries('p99 latency by beast and method', 'From the native histogram over $__rate_interval.', [{ expr: quantileByGroup(0.99, '$__rate_interval'), legendFormat: '{{method}} /{{beast}}' }], 's', 8),
      table(
        'Per request group over the run',
        'Totals over the dashboard range: the numbers the SLOs judge.',
        [
          { expr: `sum by (beast, method) (max_over_time(k6_http_reqs_total${groups()}[$__range]))` },
          { expr: runQuantile(0.95, ' by (beast, method)') },
          { expr: runQuantile(0.99, ' by (beast, method)') },
          { expr: failedByGroup('$__range', 'max_over_time') },
        ],
        { 'Value #A': 'requests', 'Value #B': 'p95', 'Value #C': 'p99', 'Value #D': 'failed' },
        {
          defaults: {},
          overrides: [
            { matcher: { id: 'byRegexp', options: 'p95|p99' }, properties: [{ id: 'unit', value: 's' }] },
            { matcher: { id: 'byName', options: 'failed' }, properties: [{ id: 'unit', value: 'short' }] },
          ],
        },
      ),

      row('Errors and checks'),
      timeseries(
        'Responses by status',
        'All responses by HTTP status (k6 status 0: no response, see error_code).',
        [{ expr: `sum by (status) (rate(k6_http_reqs_total${runs()}[$__rate_interval]))`, legendFormat: '{{status}}' }],
        'reqps',
        8,
      ),
      timeseries('Failed requests by beast and method', 'Requests outside the expected statuses; 0 for groups without any.', [{ expr: failedByGroup('$__rate_interval', 'rate'), legendFormat: '{{method}} /{{beast}}' }], 'reqps', 8),
      timeseries(
        'Check pass rate',
        'k6 checks rate per check; cumulative over the run so far, as k6 reports it.',
        [{ expr: `min by (check) (k6_checks_rate${runs()})`, legendFormat: '{{check}}' }],
        'percentunit',
        8,
      ),
      timeseries(
        'Request phases (p95)',
        'Where the time goes: waiting is time to first byte, blocked includes waiting for a free connection.',
        ['blocked', 'connecting', 'sending', 'waiting', 'receiving'].map((phase) => ({
          expr: `histogram_quantile(0.95, sum(rate(k6_http_req_${phase}_seconds${runs()}[$__rate_interval])))`,
          legendFormat: phase,
        })),
        's',
        24,
      ),
    ],
  });
}
