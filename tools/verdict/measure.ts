import type { Slo } from '../../thresholds/slo.ts';
import type { SloCounts } from '../../thresholds/judge.ts';
import { verdictQueries } from '../../thresholds/queries/run-queries.ts';
import type { PrometheusApi } from './prometheus-api.ts';
import type { RunMeasures } from './promql-summary.ts';
import { BadInput } from '../bad-input.ts';

/** What PromQL measured of one run: its window, each SLO's counts, its totals and SLIs. */
export interface PromqlMeasures {
  /** True when k6 wrote trends as native histograms (else as `_p95`/`_p99` gauges). */
  native: boolean;
  counts: SloCounts[];
  run: Omit<RunMeasures, 'testid' | 'scenario' | 'baseUrl'>;
}

/**
 * Measures a run from its remote-written series, each query evaluated at the run's last sample
 * (counters are cumulative, so that is the whole run), over all its k6 instances at once.
 */
export async function measureRun(api: PrometheusApi, testid: string, catalog: readonly Slo[], lookback: { hours: number; source: string }): Promise<PromqlMeasures> {
  const queries = verdictQueries(testid);
  const { start, end } = await runWindow(api, testid, lookback);
  const value = async (promql: string): Promise<number | null> => {
    const [sample] = await api.instant(promql, end);
    return sample === undefined || Number.isNaN(sample.value) ? null : sample.value;
  };
  const native = ((await value(queries.nativeHistograms)) ?? 0) > 0;
  const counts: SloCounts[] = [];
  for (const slo of catalog) {
    const samples = (await value(queries.samples(slo))) ?? 0;
    const bad = (await value(queries.bad(slo))) ?? 0;
    counts.push({ samples, bad, observed: await value(native ? slo.queries.promql : slo.queries.promqlTrendStats) });
  }
  return {
    native,
    counts,
    run: {
      start: new Date(start * 1000),
      end: new Date(end * 1000),
      requests: (await value(queries.requests)) ?? 0,
      iterations: (await value(queries.iterations)) ?? 0,
      checksPassed: (await value(queries.checks(true))) ?? 0,
      checksFailed: (await value(queries.checks(false))) ?? 0,
      all: {
        p95Ms: await value(queries.latency(0.95, native)),
        p99Ms: await value(queries.latency(0.99, native)),
        errorRate: await value(queries.errorRate),
      },
    },
  };
}

/** First and last sample of the run's request counter, scanned over the lookback. */
async function runWindow(api: PrometheusApi, testid: string, lookback: { hours: number; source: string }): Promise<{ start: number; end: number }> {
  const queries = verdictQueries(testid);
  const now = Math.floor(Date.now() / 1000);
  const from = now - lookback.hours * 3600;
  // At most ~11000 points per series, and a step under the 5-minute lookback so no sample is skipped.
  const step = Math.max(1, Math.ceil((now - from) / 10_000));
  const [first] = await api.range(queries.firstSample, from, now, step);
  const [last] = await api.range(queries.lastSample, from, now, step);
  if (!first?.length || !last?.length) {
    throw new BadInput(`--testid ${testid}: no k6_http_reqs_total series in ${lookback.source} over the last ${lookback.hours} h; expected the testid of a run that remote-wrote there`);
  }
  // Each step sees the latest sample before it, so the first sample can hide behind a later
  // one: look again, second by second, at the step before the first one that saw the run.
  const seen = first[0][0];
  const [fine] = await api.range(queries.firstSample, seen - step, seen, 1);
  return { start: Math.min(...(fine ?? first).map(([, v]) => v)), end: Math.max(...last.map(([, v]) => v)) };
}
