import type { SloObjective, SloStat } from './slo.ts';

/** Trend values of a k6 summary, keyed by stat (`med`, `p(95)`, `max`, ...), in milliseconds. */
export type TrendValues = Readonly<Record<string, number>>;

/**
 * Share of the error budget one SLO used over the run: 1 means all of it, above 1 a breach.
 *
 * - rate `<` objective (failures): observed failure share / allowed failure share;
 * - rate `>` objective (check passes): observed failure share / (1 − objective);
 * - latency `p(q) < T`: the share of requests slower than T, over the share the percentile
 *   allows (1 − q). k6 keeps no histogram in its summary, so the share is estimated on the
 *   percentile ladder it does keep (min, med, p90, p95, p99, max), linear between rungs. The
 *   estimate is above 1 exactly when the observed percentile is above T.
 */
export function budgetUsed(stat: SloStat, objective: SloObjective, observed: number, trend?: TrendValues): number {
  if (stat === 'rate') {
    const failureShare = objective.op.startsWith('<') ? observed : 1 - observed;
    const allowed = objective.op.startsWith('<') ? objective.value : 1 - objective.value;
    return allowed > 0 ? failureShare / allowed : failureShare > 0 ? Infinity : 0;
  }
  const allowed = 1 - Number(stat.slice(2, -1)) / 100;
  return slowerShare(trend ?? { [stat]: observed }, objective.value) / allowed;
}

/** Estimated share of samples above `limit`, from the percentile ladder of a k6 trend. */
export function slowerShare(trend: TrendValues, limit: number): number {
  const ladder: Array<[number, number]> = [
    ['min', 0],
    ['med', 0.5],
    ['p(90)', 0.9],
    ['p(95)', 0.95],
    ['p(99)', 0.99],
    ['max', 1],
  ]
    .filter(([stat]) => typeof trend[stat as string] === 'number')
    .map(([stat, rank]) => [trend[stat as string], rank as number]);
  if (ladder.length === 0) return 0;
  if (limit < ladder[0][0]) return 1 - ladder[0][1];
  for (let i = 1; i < ladder.length; i++) {
    const [lowValue, lowRank] = ladder[i - 1];
    const [highValue, highRank] = ladder[i];
    if (limit < highValue) {
      const rank = highValue === lowValue ? lowRank : lowRank + ((limit - lowValue) / (highValue - lowValue)) * (highRank - lowRank);
      return 1 - rank;
    }
  }
  return 1 - ladder[ladder.length - 1][1];
}
