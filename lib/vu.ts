import exec from 'k6/execution';

/** What `exec.vu` gives: ids, iteration numbers, `metrics.tags` and `metrics.metadata`. */
export type VuInfo = typeof exec.vu;

let info: VuInfo | undefined;

/**
 * `exec.vu`, read once per VU. k6 builds a new object, with its tags and metadata objects, on
 * every read of `exec.vu` (about 80 µs in a VU, more than the rest of a request's JS), while
 * that object's getters read the VU's live state (iteration, tags, metadata): one copy serves
 * the VU for its whole life. VU code only: the init stage has no VU state.
 */
export function currentVu(): VuInfo {
  info ??= exec.vu;
  return info;
}
