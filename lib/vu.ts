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

/** `__ITER`, the VU's iteration number; 0 in setup and teardown, where k6 defines no `__ITER`. */
export function vuIteration(): number {
  return typeof __ITER === 'number' ? __ITER : 0;
}
