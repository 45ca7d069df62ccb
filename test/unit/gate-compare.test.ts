import { describe, expect, it } from 'vitest';
import { compareSummaries, DEFAULT_TOLERANCES, limitFor, type GateTolerances } from '../../tools/gate/compare.ts';
import { renderGateMarkdown, renderTable } from '../../tools/gate/format.ts';
import type { Sli, SummaryV1 } from '../../lib/report/summary-schema.ts';

const sli = (p95Ms: number, over: Partial<Sli> = {}): Sli => ({
  p95Ms,
  p99Ms: p95Ms * 1.5,
  errorRate: 0.01,
  rps: 50,
  requests: 1000,
  ...over,
});

/** Only the fields the comparison reads; the CLI tests use summaries from the real builder. */
const summaryOf = (slis: Record<string, Sli>, testid = 'run'): SummaryV1 =>
  ({ testid, scenario: 'load', profile: 'gate', slis }) as SummaryV1;

const t: GateTolerances = DEFAULT_TOLERANCES;

describe('limitFor', () => {
  it('moves a latency up by the relative tolerance when that exceeds the floor', () => {
    expect(limitFor('p95Ms', 300, t)).toBeCloseTo(330);
  });
  it('never allows less than the absolute floor', () => {
    expect(limitFor('p95Ms', 5, t)).toBe(15);
    expect(limitFor('errorRate', 0.001, t)).toBeCloseTo(0.006);
  });
  it('moves throughput down, not below zero', () => {
    expect(limitFor('rps', 50, t)).toBe(45);
    expect(limitFor('rps', 0.5, t)).toBe(0);
  });
});

describe('compareSummaries', () => {
  const baseline = summaryOf({ all: sli(100), 'GET /owlbear': sli(120), 'POST /unicorn': sli(80) }, 'base');

  it('passes identical summaries with every SLI judged', () => {
    const result = compareSummaries(baseline, baseline, t);
    expect(result.passed).toBe(true);
    expect(result.comparisons).toHaveLength(12);
    expect(result.comparisons.every((c) => c.status === 'pass')).toBe(true);
    expect(result.comparisons[0].group).toBe('all');
  });

  it('flags a latency regression past the tolerance and names group and SLI', () => {
    const current = summaryOf({ ...baseline.slis, 'GET /owlbear': sli(120, { p95Ms: 200 }) });
    const result = compareSummaries(baseline, current, t);
    expect(result.passed).toBe(false);
    expect(result.regressions.map((c) => `${c.group} ${c.sli}`)).toEqual(['GET /owlbear p95Ms']);
    expect(result.regressions[0].change).toBeCloseTo(200 / 120 - 1);
    expect(renderTable(result)).toMatch(/regression: p95 latency of GET \/owlbear 200\.0 ms > 132\.0 ms/);
    expect(renderGateMarkdown(result)).toContain('❌ Performance gate: regression');
  });

  it('passes a change within tolerance and one under the floor', () => {
    const current = summaryOf({ ...baseline.slis, all: sli(109), 'POST /unicorn': sli(80, { errorRate: 0.014 }) });
    expect(compareSummaries(baseline, current, t).passed).toBe(true);
  });

  it('flags an error-rate rise and a throughput drop', () => {
    const current = summaryOf({ ...baseline.slis, all: sli(100, { errorRate: 0.05, rps: 30 }) });
    const regressions = compareSummaries(baseline, current, t).regressions.map((c) => c.sli);
    expect(regressions).toEqual(['errorRate', 'rps']);
  });

  it('treats a group missing from the current run as a regression and a new group as not judged', () => {
    const current = summaryOf({ all: sli(100), 'GET /owlbear': sli(120), 'DELETE /unicorn': sli(10) });
    const result = compareSummaries(baseline, current, t);
    expect(new Set(result.regressions.map((c) => c.group))).toEqual(new Set(['POST /unicorn']));
    expect(result.regressions[0].note).toBe('no requests in current run');
    expect(result.comparisons.filter((c) => c.group === 'DELETE /unicorn').every((c) => c.status === 'skipped')).toBe(true);
  });

  it('skips groups with too few requests to judge', () => {
    const current = summaryOf({ ...baseline.slis, 'GET /owlbear': sli(900, { requests: 10 }) });
    const result = compareSummaries(baseline, current, t);
    expect(result.passed).toBe(true);
    expect(result.comparisons.find((c) => c.group === 'GET /owlbear')?.note).toBe('fewer than 30 requests');
  });

  it('fails an SLI that lost its data, skips one the baseline never had', () => {
    const base = summaryOf({ all: sli(100, { p99Ms: null }) });
    const current = summaryOf({ all: sli(100, { p95Ms: null }) });
    const byName = Object.fromEntries(compareSummaries(base, current, t).comparisons.map((c) => [c.sli, c.status]));
    expect(byName).toEqual({ p95Ms: 'regression', p99Ms: 'skipped', errorRate: 'pass', rps: 'pass' });
  });
});
