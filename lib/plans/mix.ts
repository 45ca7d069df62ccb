import { setting, type Env } from '../config/validators.ts';
import { share, upTo } from './knobs.ts';

/** What one visit of the mix does. */
export type Visit = 'read' | 'create' | 'delete';

/** The request mix: like the stack's requester, mostly reads, with writes that clean up after themselves. */
export interface Mix {
  /** Share of visits that are `GET /{beast}`. */
  readShare: number;
  /** Rows one VU may hold before it must delete: bounds table size, so GET bodies stay small. */
  maxPending: number;
}

/** `MIX_READ` (default 0.6) and `MIX_MAX_PENDING` (default 5). */
export function mixFromEnv(env: Env): Mix {
  return {
    readShare: setting(env, 'MIX_READ', share, 0.6),
    maxPending: setting(env, 'MIX_MAX_PENDING', upTo(100), 5),
  };
}

/**
 * Picks one visit from a uniform draw `u` in [0, 1). Writes split evenly between create and
 * delete, so rows do not pile up; a VU with nothing to delete creates, one at `maxPending`
 * deletes. One visit is one request, so the arrival rate is the request rate.
 */
export function chooseVisit(u: number, pending: number, mix: Mix): Visit {
  if (u < mix.readShare) return 'read';
  if (pending === 0) return 'create';
  if (pending >= mix.maxPending) return 'delete';
  return u < mix.readShare + (1 - mix.readShare) / 2 ? 'create' : 'delete';
}

/** A beast drawn uniformly from a uniform draw `u` in [0, 1). */
export function chooseBeast(u: number, beasts: readonly string[]): string {
  return beasts[Math.min(beasts.length - 1, Math.floor(u * beasts.length))];
}
