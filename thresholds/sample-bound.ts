import { upperQuantile } from './statistics.ts';

/**
 * How many events (requests or checks) one request group can get in a healthy run: at most
 * `fixed`, plus at most a Binomial(`trials`, `share`) more. `share: 'retries'` is one retry per
 * failed request, so the group's own failure objective. Derived from the scenario's plan
 * before k6 starts, since k6 thresholds are static.
 */
export interface SampleBound {
  fixed: number;
  trials: number;
  share: number | 'retries';
}

/** The planned sample of every request group of one beast: its requests per method, and the checks on its GETs. */
export interface PlannedSample {
  requests: Readonly<Record<'GET' | 'POST' | 'DELETE', SampleBound>>;
  checks: SampleBound;
}

/** A bound with no random part: exactly what a per-VU-iterations journey sends at most. */
export function fixedBound(events: number): SampleBound {
  return { fixed: events, trials: 0, share: 0 };
}

/**
 * The largest sample the bound allows, exceeded with probability at most `alpha` when the
 * target meets `failureShare` (the group's failure objective, which sets the retries).
 */
export function sampleCap(bound: SampleBound, failureShare: number, alpha: number): number {
  if (bound.trials === 0) return bound.fixed;
  const share = bound.share === 'retries' ? failureShare : bound.share;
  return bound.fixed + upperQuantile(bound.trials, share, alpha);
}

/** Whether the sample is random, so part of the SLO's α must cover its overshoot. */
export function isRandom(bound: SampleBound): boolean {
  return bound.trials > 0 && bound.share !== 0;
}
