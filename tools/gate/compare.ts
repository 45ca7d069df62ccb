import type { Sli, SummaryV1 } from '../../lib/report/summary-schema.ts';

/** The four indicators the gate compares, each judged in its own direction. */
export type SliName = 'p95Ms' | 'p99Ms' | 'errorRate' | 'rps';

/** How much worse an SLI may get before it counts as a regression. */
export interface GateTolerances {
  /** Relative tolerance, e.g. 0.1: a latency may grow by 10%, a throughput drop by 10%. */
  relative: number;
  /** Absolute floors: a change smaller than this never fails, however large relatively. */
  latencyFloorMs: number;
  errorRateFloor: number;
  rpsFloor: number;
  /** Groups with fewer requests than this (in either run) are too noisy to judge and are skipped. */
  minRequests: number;
}

/** Defaults tuned for a CI runner: 10% or more and past the noise floor of a shared machine. */
export const DEFAULT_TOLERANCES: GateTolerances = {
  relative: 0.1,
  latencyFloorMs: 10,
  errorRateFloor: 0.005,
  rpsFloor: 1,
  minRequests: 30,
};

/** pass: within tolerance; regression: worse past both tolerance and floor; skipped: not judged. */
export type ComparisonStatus = 'pass' | 'regression' | 'skipped';

/** One SLI of one request group, baseline against current. */
export interface Comparison {
  /** `all` or `<METHOD> /<beast>`, the summary's `slis` key. */
  group: string;
  sli: SliName;
  baseline: number | null;
  current: number | null;
  /** The worst current value that still passes; null when skipped. */
  limit: number | null;
  /** Relative change (current / baseline - 1); null when not computable. */
  change: number | null;
  status: ComparisonStatus;
  /** Why a comparison was skipped or failed, in words, e.g. "no requests in current run". */
  note: string;
}

/** The gate's verdict over two summaries. */
export interface GateResult {
  baseline: Pick<SummaryV1, 'testid' | 'scenario' | 'profile'>;
  current: Pick<SummaryV1, 'testid' | 'scenario' | 'profile'>;
  tolerances: GateTolerances;
  comparisons: Comparison[];
  regressions: Comparison[];
  passed: boolean;
}

/** Latency and error rate regress upward; throughput regresses downward. */
const HIGHER_IS_WORSE: Record<SliName, boolean> = { p95Ms: true, p99Ms: true, errorRate: true, rps: false };
const SLI_NAMES: SliName[] = ['p95Ms', 'p99Ms', 'errorRate', 'rps'];

/** Human names for SLIs, used in every rendering so the table, Markdown and JUnit agree. */
export const SLI_LABELS: Record<SliName, string> = {
  p95Ms: 'p95 latency',
  p99Ms: 'p99 latency',
  errorRate: 'error rate',
  rps: 'throughput',
};

function floorOf(sli: SliName, t: GateTolerances): number {
  if (sli === 'errorRate') return t.errorRateFloor;
  if (sli === 'rps') return t.rpsFloor;
  return t.latencyFloorMs;
}

/**
 * The worst passing value: the baseline moved by the relative tolerance, but never by less than
 * the absolute floor, so a 0.4 ms → 0.5 ms wobble on a fast endpoint does not fail a PR.
 */
export function limitFor(sli: SliName, baseline: number, t: GateTolerances): number {
  const allowance = Math.max(Math.abs(baseline) * t.relative, floorOf(sli, t));
  return HIGHER_IS_WORSE[sli] ? baseline + allowance : Math.max(0, baseline - allowance);
}

function compareOne(group: string, sli: SliName, base: Sli | undefined, cur: Sli | undefined, t: GateTolerances): Comparison {
  const baseline = base?.[sli] ?? null;
  const current = cur?.[sli] ?? null;
  const result = (status: ComparisonStatus, note: string, limit: number | null = null): Comparison => ({
    group,
    sli,
    baseline,
    current,
    limit,
    change: baseline !== null && current !== null && baseline !== 0 ? current / baseline - 1 : null,
    status,
    note,
  });
  if (!base || baseline === null) return result('skipped', 'no baseline data');
  if (!cur || cur.requests === 0) return result('regression', 'no requests in current run');
  if (base.requests < t.minRequests || cur.requests < t.minRequests) {
    return result('skipped', `fewer than ${t.minRequests} requests`);
  }
  if (current === null) return result('regression', 'no current data');
  const limit = limitFor(sli, baseline, t);
  const worse = HIGHER_IS_WORSE[sli] ? current > limit : current < limit;
  return worse
    ? result('regression', `${SLI_LABELS[sli]} ${HIGHER_IS_WORSE[sli] ? 'above' : 'below'} limit`, limit)
    : result('pass', '', limit);
}

/**
 * Compares every SLI of every request group of the baseline with the current run. A group the
 * baseline has and the current run lacks is a regression (the run no longer exercises it); a
 * group only the current run has is new and is not judged.
 */
export function compareSummaries(baseline: SummaryV1, current: SummaryV1, tolerances: GateTolerances): GateResult {
  const groups = [...new Set([...Object.keys(baseline.slis), ...Object.keys(current.slis)])].sort(byGroup);
  const comparisons = groups.flatMap((group) =>
    SLI_NAMES.map((sli) => compareOne(group, sli, baseline.slis[group], current.slis[group], tolerances)),
  );
  const regressions = comparisons.filter((c) => c.status === 'regression');
  const pick = (s: SummaryV1) => ({ testid: s.testid, scenario: s.scenario, profile: s.profile });
  return { baseline: pick(baseline), current: pick(current), tolerances, comparisons, regressions, passed: regressions.length === 0 };
}

/** `all` first, then the groups alphabetically, so reports read the same every run. */
function byGroup(a: string, b: string): number {
  if (a === 'all' || b === 'all') return a === 'all' ? (b === 'all' ? 0 : -1) : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
