import type { Knob } from '../settings/read.ts';

/** What one visit of the mix does. */
export type Visit = 'read' | 'create' | 'delete';

/** The request mix: like the stack's requester, mostly reads, with writes that clean up after themselves. */
export interface Mix {
  /** Share of visits that are `GET /{beast}`. */
  readShare: number;
  /** Rows one VU may hold before it must delete: bounds table size, so GET bodies stay small. */
  maxPending: number;
}

/** `MIX_READ` and `MIX_MAX_PENDING`, with their declared defaults (0.6 and 5). */
export function mixFromKnobs(knob: Knob): Mix {
  return { readShare: knob('MIX_READ'), maxPending: knob('MIX_MAX_PENDING') };
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
