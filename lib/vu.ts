import exec from 'k6/execution';

/** `exec.vu.metrics`: the VU's `tags` and `metadata`, which every sample it emits carries. */
export type VuMetrics = typeof exec.vu.metrics;

let metrics: VuMetrics | undefined;
let idInTest: number | undefined;

// k6 builds a new object, with its tags and metadata objects, on every read of `exec.vu`
// (about 80 µs in a VU, more than the rest of a request's JS), so the hot path reads it once
// per VU and keeps only the small parts it needs, not the whole object (4 KB per VU). The
// iteration number is the `__ITER` global, which costs nothing. VU code only: the init stage
// has no VU state.

/** `exec.vu.metrics`, read once per VU: its getters read the VU's live tags and metadata. */
export function vuMetrics(): VuMetrics {
  metrics ??= exec.vu.metrics;
  return metrics;
}

/** `exec.vu.idInTest`, read once per VU: unique across the instances of a distributed run. */
export function vuIdInTest(): number {
  idInTest ??= exec.vu.idInTest;
  return idInTest;
}

let metadata: VuMetrics['metadata'] | undefined;

/** `exec.vu.metrics.metadata`, read once per VU: each read builds a new view of the VU's live metadata. */
export function vuMetadata(): VuMetrics['metadata'] {
  metadata ??= vuMetrics().metadata;
  return metadata;
}

/** `__ITER`, the VU's iteration number; 0 in setup and teardown, where k6 defines no `__ITER`. */
export function vuIteration(): number {
  return typeof __ITER === 'number' ? __ITER : 0;
}

/** How long a VU trusts its last read of `exec.instance.vusInitialized`. */
export const VUS_REFRESH_MS = 1000;

let vus = 0;
let vusReadAt = Number.NEGATIVE_INFINITY;

/**
 * `exec.instance.vusInitialized`, read at most once a second per VU: like `exec.vu`, every read
 * of `exec.instance` builds a new object, and the exemplar budgets that divide by it are asked
 * after every offending request. A count at most a second old shares the budgets as well.
 */
export function vusInitialized(): number {
  const now = Date.now();
  if (now - vusReadAt >= VUS_REFRESH_MS) {
    vus = exec.instance.vusInitialized;
    vusReadAt = now;
  }
  return vus;
}
