import { describe, expect, it } from 'vitest';
import { pushSloResults } from '../../tools/slo/push.ts';
import { forRun, loadDashboard, panelQueries, variableSelectors } from '../support/dashboard-expressions.ts';
import { usePrometheus } from '../support/prometheus.ts';
import { sloResult, summaryFixture } from '../support/summary-fixture.ts';

describe('dashboard PromQL against a real Prometheus', () => {
  const prometheus = usePrometheus();

  it('accepts every expression of the k6 results dashboard', async () => {
    const dashboard = loadDashboard('mythical-k6-results.json');
    const queries = [...panelQueries(dashboard), ...variableSelectors(dashboard)];
    expect(queries.length).toBeGreaterThan(20);
    for (const { where, expr } of queries) {
      await expect(prometheus().query(forRun(expr, 'any-run')), where).resolves.toBeInstanceOf(Array);
    }
  });

  it('answers every SLO dashboard expression with data after a real pushSloResults', async () => {
    const end = new Date(Date.now() - 2_000);
    const summary = summaryFixture(
      'dash-slo-1',
      [sloResult('latency-p95-get-owlbear', 'pass'), sloResult('availability-post-unicorn', 'fail', 'availability'), sloResult('latency-p99-get-owlbear', 'no-data')],
      end,
    );
    const outcome = await pushSloResults(summary, { receiver: { url: prometheus().remoteWriteUrl, headers: {} } });
    expect(outcome.delivered).toBe(true);

    const dashboard = loadDashboard('mythical-k6-slos.json');
    for (const { where, expr } of panelQueries(dashboard)) {
      const result = await prometheus().query(forRun(expr, 'dash-slo-1', { range: '10m', rateInterval: '1m' }));
      expect(result.length, `${where}: ${expr}`).toBeGreaterThan(0);
    }
    for (const { where, expr, label } of variableSelectors(dashboard)) {
      const series = await prometheus().series(forRun(expr, 'dash-slo-1'));
      expect(series.map((labels) => labels[label]), where).toContain(label === 'testid' ? 'dash-slo-1' : 'smoke');
    }

    const counts = await prometheus().query(forRun(panelQueries(dashboard).find((q) => q.where === 'SLO verdicts / A')!.expr, 'dash-slo-1', { range: '10m', rateInterval: '1m' }));
    expect(Object.fromEntries(counts.map((s) => [s.metric.verdict, s.value[1]]))).toEqual({ pass: '1', fail: '1', 'no-data': '1' });
    const failedRuns = await prometheus().query(forRun(panelQueries(dashboard).find((q) => q.where === 'Runs failed / A')!.expr, 'dash-slo-1', { range: '10m', rateInterval: '1m' }));
    expect(failedRuns.map((s) => s.value[1])).toEqual(['1']);
  });
});
