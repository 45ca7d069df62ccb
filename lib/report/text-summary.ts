import type { K6SummaryData, K6SummaryMetric } from '../../thresholds/k6-summary.ts';

/**
 * A compact text summary in the layout of k6's own (`█ TOTAL RESULTS`, metrics by category).
 * k6 prints its summary only when the script has no `handleSummary`, and its renderer
 * (`textSummary` of the k6-summary jslib) is a remote import this suite does not use, so the
 * suite renders the totals itself. Thresholds are not repeated here: the SLO table that
 * follows shows each one with its objective, observed value and verdict.
 */
export function renderTextSummary(data: K6SummaryData): string {
  const metrics = Object.entries(data.metrics).filter(([name]) => !name.includes('{'));
  const checks = data.metrics.checks?.values;
  const out = ['', '  █ TOTAL RESULTS', ''];
  if (checks) {
    const total = (checks.passes ?? 0) + (checks.fails ?? 0);
    out.push(
      row('checks_total', `${total}`),
      row('checks_succeeded', `${percent(checks.rate ?? 0)} ${checks.passes ?? 0} out of ${total}`),
      row('checks_failed', `${percent(1 - (checks.rate ?? 1))} ${checks.fails ?? 0} out of ${total}`),
      '',
    );
  }
  for (const [title, belongs] of CATEGORIES) {
    const inCategory = metrics.filter(([name]) => name !== 'checks' && belongs(name));
    if (inCategory.length === 0) continue;
    out.push(`    ${title}`, ...inCategory.map(([name, metric]) => row(name, formatMetric(metric))), '');
  }
  out.push(`  running for ${(data.state.testRunDurationMs / 1000).toFixed(1)}s`, '');
  return out.join('\n');
}

const BUILT_IN_EXECUTION = ['iteration_duration', 'iterations', 'vus', 'vus_max', 'dropped_iterations'];
const BUILT_IN_NETWORK = ['data_received', 'data_sent'];

const CATEGORIES: Array<[string, (name: string) => boolean]> = [
  ['HTTP', (name) => name.startsWith('http_')],
  ['EXECUTION', (name) => BUILT_IN_EXECUTION.includes(name)],
  ['NETWORK', (name) => BUILT_IN_NETWORK.includes(name)],
  ['CUSTOM', (name) => !name.startsWith('http_') && !BUILT_IN_EXECUTION.includes(name) && !BUILT_IN_NETWORK.includes(name)],
];

function row(name: string, value: string): string {
  return `    ${`${name}`.padEnd(35, '.')}: ${value}`;
}

function formatMetric(metric: K6SummaryMetric): string {
  const v = metric.values;
  switch (metric.type) {
    case 'counter':
      return `${format(v.count ?? 0, metric.contains)} ${format(v.rate ?? 0, metric.contains)}/s`;
    case 'rate': {
      const total = (v.passes ?? 0) + (v.fails ?? 0);
      return `${percent(v.rate ?? 0)} ${v.passes ?? 0} out of ${total}`;
    }
    case 'gauge':
      return `${format(v.value ?? 0, metric.contains)} min=${format(v.min ?? 0, metric.contains)} max=${format(v.max ?? 0, metric.contains)}`;
    case 'trend':
      return ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)']
        .filter((stat) => v[stat] !== undefined)
        .map((stat) => `${stat}=${format(v[stat], metric.contains)}`)
        .join(' ');
  }
}

function format(value: number, contains: string): string {
  if (contains === 'time') return value >= 1000 ? `${trim(value / 1000)}s` : value >= 1 ? `${trim(value)}ms` : `${trim(value * 1000)}µs`;
  if (contains === 'data') return value >= 1e6 ? `${trim(value / 1e6)} MB` : value >= 1e3 ? `${trim(value / 1e3)} kB` : `${trim(value)} B`;
  return trim(value);
}

function trim(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(2)}%`;
}
