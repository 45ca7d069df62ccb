/** A source of uniform numbers in [0, 1), so a seed makes every random decision repeatable. */
export type Random = () => number;

/**
 * mulberry32: small, fast and good enough for fault rolls. With a seed the sandbox makes the same
 * decisions for the same request sequence, which is what makes fault tests deterministic.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded source when `seed` is given, otherwise `Math.random`. */
export function randomSource(seed?: number): Random {
  return seed === undefined ? Math.random : seededRandom(seed);
}
