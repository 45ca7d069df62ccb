import { RESULTS_QUERIES } from '../../thresholds/queries/dashboard-queries.ts';
import { dashboard, datasourceVariable, labelVariable, row, stat, table, timeseries } from './model.ts';

/** The uid the SLO dashboard links to, with `var-testid` and the run window. */
export const RESULTS_UID = 'mythical-k6-results';

const Q = RESULTS_QUERIES;

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
      labelVariable('testid', 'Run (testid)', Q.testidValues, { multi: true }),
      labelVariable('beast', 'Beast', Q.beastValues, { multi: true, allValue: '.+', sort: 1 }),
    ],
    panels: [
      row('Run'),
      stat('Requests', 'All HTTP requests of the selected runs, teardown sweeps included (k6 http_reqs).', Q.requests, 'short'),
      stat(
        'Failed requests',
        'Share of requests outside the expected statuses (k6 expected_response=false) over the whole run.',
        Q.failedShare,
        'percentunit',
      ),
      stat('p95 latency', 'http_req_duration p95 over the whole run, from the native histogram.', Q.runQuantile(0.95), 's'),
      stat('p99 latency', 'http_req_duration p99 over the whole run, from the native histogram.', Q.runQuantile(0.99), 's'),
      stat(
        'Worst check',
        'Pass rate of the worst check (k6 checks rate, cumulative over the run).',
        Q.worstCheck,
        'percentunit',
        { min: 0, max: 1 },
      ),
      stat('Peak VUs', 'Highest number of active VUs.', Q.peakVus, 'short'),

      row('Load'),
      timeseries('Requests per second', 'By k6 scenario.', [{ expr: Q.requestsPerSecondByScenario, legendFormat: '{{scenario}}' }], 'reqps', 8),
      timeseries(
        'VUs',
        'Active and allocated VUs.',
        [
          { expr: Q.activeVus, legendFormat: 'active' },
          { expr: Q.allocatedVus, legendFormat: 'allocated' },
        ],
        'short',
        8,
      ),
      timeseries(
        'Iterations and data',
        'Iterations per second, and bytes received per second: GET bodies grow with every row earlier requests left.',
        [
          { expr: Q.iterationsPerSecond, legendFormat: 'iterations/s' },
          { expr: Q.bytesReceivedPerSecond, legendFormat: 'bytes received/s' },
        ],
        'short',
        8,
      ),

      row('By beast and method'),
      timeseries('Requests per second by beast and method', '', [{ expr: Q.requestsPerSecondByGroup, legendFormat: '{{method}} /{{beast}}' }], 'reqps', 8),
      timeseries('p95 latency by beast and method', 'From the native histogram over $__rate_interval.', [{ expr: Q.quantileByGroup(0.95), legendFormat: '{{method}} /{{beast}}' }], 's', 8),
      timeseries('p99 latency by beast and method', 'From the native histogram over $__rate_interval.', [{ expr: Q.quantileByGroup(0.99), legendFormat: '{{method}} /{{beast}}' }], 's', 8),
      table(
        'Per request group over the run',
        'Totals over the dashboard range: the numbers the SLOs judge.',
        [
          { expr: Q.requestsByGroup },
          { expr: Q.runQuantileByGroup(0.95) },
          { expr: Q.runQuantileByGroup(0.99) },
          { expr: Q.failedByGroup },
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
        [{ expr: Q.responsesPerSecondByStatus, legendFormat: '{{status}}' }],
        'reqps',
        8,
      ),
      timeseries('Failed requests by beast and method', 'Requests outside the expected statuses; 0 for groups without any.', [{ expr: Q.failedPerSecondByGroup, legendFormat: '{{method}} /{{beast}}' }], 'reqps', 8),
      timeseries(
        'Check pass rate',
        'k6 checks rate per check; cumulative over the run so far, as k6 reports it.',
        [{ expr: Q.checkPassRate, legendFormat: '{{check}}' }],
        'percentunit',
        8,
      ),
      timeseries(
        'Request phases (p95)',
        'Where the time goes: waiting is time to first byte, blocked includes waiting for a free connection.',
        ['blocked', 'connecting', 'sending', 'waiting', 'receiving'].map((phase) => ({
          expr: Q.phaseP95(phase),
          legendFormat: phase,
        })),
        's',
        24,
      ),
    ],
  });
}
