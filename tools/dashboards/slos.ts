import { SLO_DASHBOARD_QUERIES as Q } from '../../thresholds/queries/dashboard-queries.ts';
import { SLO_METRICS } from '../slo/series.ts';
import { dashboard, datasourceVariable, labelVariable, row, stat, table } from './model.ts';
import { RESULTS_UID } from './results.ts';

/** Row fields of the runs table that scope a link to one run. */
const FROM = '${__data.fields.window_start}';
const TO = '${__data.fields.window_end}';
const TESTID = '${__data.fields.testid}';

/**
 * A Grafana Explore link for the run's window. Explore's `panes` JSON is URL-encoded, then the
 * row placeholders are put back raw so Grafana fills them in.
 */
function exploreLink(title: string, datasource: 'tempo' | 'loki', query: Record<string, unknown>): Record<string, unknown> {
  const panes = {
    a: {
      datasource,
      queries: [{ refId: 'A', datasource: { type: datasource, uid: datasource }, ...query }],
      range: { from: '__FROM__', to: '__TO__' },
    },
  };
  const encoded = encodeURIComponent(JSON.stringify(panes))
    .replace('__FROM__', FROM)
    .replace('__TO__', TO)
    .replace('__TESTID__', TESTID);
  return { title, url: `/explore?schemaVersion=1&orgId=1&panes=${encoded}`, targetBlank: true };
}

const RUN_LINKS = [
  {
    title: 'k6 results of this run',
    url: `/d/${RESULTS_UID}/${RESULTS_UID}?var-testid=${TESTID}&from=${FROM}&to=${TO}`,
    targetBlank: false,
  },
  // The server records the User-Agent, which carries the testid, on its SERVER spans.
  exploreLink('Error traces of this run in Tempo', 'tempo', {
    queryType: 'traceql',
    limit: 50,
    query: Q.errorSpans('__TESTID__'),
  }),
  exploreLink('Server error logs in Loki (run window)', 'loki', {
    expr: Q.serverErrorLogs,
    queryType: 'range',
  }),
  exploreLink('k6 logs of this run in Loki', 'loki', { expr: Q.k6Logs('__TESTID__'), queryType: 'range' }),
];

const verdictColours = {
  type: 'value',
  options: {
    pass: { text: 'pass', color: 'green', index: 0 },
    fail: { text: 'fail', color: 'red', index: 1 },
    'no-data': { text: 'no data', color: 'orange', index: 2 },
  },
};

/**
 * "mythical-k6 SLOs": the verdict of every SLO per run, from the series the suite pushes after
 * each run (k6 itself never writes threshold results), with links to the run's traces and logs.
 */
export function sloDashboard(): Record<string, unknown> {
  return dashboard({
    uid: 'mythical-k6-slos',
    title: 'mythical-k6 SLOs',
    description: 'SLO verdicts of mythical-k6 runs (mythical_k6_slo_* series pushed after each run).',
    links: [
      { title: 'k6 results', type: 'link', url: `/d/${RESULTS_UID}/${RESULTS_UID}`, includeVars: true, keepTime: true, icon: 'dashboard', targetBlank: false, tags: [], asDropdown: false, tooltip: '' },
    ],
    variables: [
      datasourceVariable(),
      labelVariable('testid', 'Run (testid)', SLO_METRICS.runPassed, { multi: true, allValue: '.+' }),
      labelVariable('scenario', 'Scenario', Q.scenarioValues(SLO_METRICS.runPassed), { multi: true, allValue: '.+', sort: 1 }),
    ],
    panels: [
      row('Run verdicts'),
      stat('Runs passed', 'Runs in the range where every SLO passed.', Q.runsPassed(SLO_METRICS.runPassed), 'short', { color: { mode: 'fixed', fixedColor: 'green' } }),
      stat('Runs failed', 'Runs in the range with at least one SLO failed or without data.', Q.runsFailed(SLO_METRICS.runPassed), 'short', { color: { mode: 'fixed', fixedColor: 'red' } }),
      {
        ...stat('SLO verdicts', 'SLO results in the range, by verdict.', { expr: Q.verdictsByKind(SLO_METRICS.verdict), legendFormat: '{{verdict}}' }, 'short'),
        w: 16,
      },
      table(
        'Runs',
        'One row per run; the links open its k6 results, its error traces and logs for exactly the run window.',
        [{ expr: Q.lastOfRuns(SLO_METRICS.runPassed) }],
        { 'Value #A': 'verdict', window_start: 'start', window_end: 'end' },
        {
          defaults: {},
          overrides: [
            { matcher: { id: 'byName', options: 'testid' }, properties: [{ id: 'links', value: RUN_LINKS }] },
            {
              matcher: { id: 'byName', options: 'verdict' },
              properties: [
                { id: 'mappings', value: [{ type: 'value', options: { '1': { text: 'PASS', color: 'green', index: 0 }, '0': { text: 'FAIL', color: 'red', index: 1 } } }] },
                { id: 'custom.cellOptions', value: { type: 'color-background' } },
              ],
            },
            { matcher: { id: 'byRegexp', options: 'start|end' }, properties: [{ id: 'unit', value: 'dateTimeAsIso' }] },
            { matcher: { id: 'byName', options: '__name__' }, properties: [{ id: 'custom.hidden', value: true }] },
          ],
        },
        24,
        7,
      ),

      row('SLOs'),
      table(
        'SLO verdicts',
        'Every SLO of the selected runs. no data fails a run: the SLO got no samples.',
        [{ expr: Q.lastOfRuns(SLO_METRICS.verdict) }],
        { 'Value #A': 'passed' },
        {
          defaults: {},
          overrides: [
            { matcher: { id: 'byName', options: 'verdict' }, properties: [{ id: 'mappings', value: [verdictColours] }, { id: 'custom.cellOptions', value: { type: 'color-background' } }] },
            { matcher: { id: 'byRegexp', options: '__name__|passed' }, properties: [{ id: 'custom.hidden', value: true }] },
          ],
        },
        12,
        12,
      ),
      table(
        'Observed against objective',
        'The SLI k6 judged, the objective and the error budget used (1 = all of it), in the unit column\'s unit.',
        [{ expr: Q.lastOfRuns(SLO_METRICS.observed) }, { expr: Q.lastOfRuns(SLO_METRICS.objective) }, { expr: Q.lastOfRuns(SLO_METRICS.budgetUsed) }],
        { 'Value #A': 'observed', 'Value #B': 'objective', 'Value #C': 'budget used' },
        {
          defaults: {},
          overrides: [
            {
              matcher: { id: 'byName', options: 'budget used' },
              properties: [
                { id: 'unit', value: 'percentunit' },
                { id: 'custom.cellOptions', value: { type: 'gauge', mode: 'basic' } },
                { id: 'max', value: 1 },
                { id: 'thresholds', value: { mode: 'absolute', steps: [{ color: 'green', value: null }, { color: 'orange', value: 0.75 }, { color: 'red', value: 1 }] } },
              ],
            },
            { matcher: { id: 'byRegexp', options: '__name__|profile' }, properties: [{ id: 'custom.hidden', value: true }] },
          ],
        },
        12,
        12,
      ),
    ],
  });
}
