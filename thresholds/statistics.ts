/**
 * Exact binomial statistics for share-type SLOs ("at most p0 of the requests may be bad"). Pure:
 * no k6, no Node, so k6 (thresholds), the report and the tests compute the same numbers. Tails
 * are summed from their largest term with the term-to-term ratio, anchored in log space, so
 * they stay accurate for samples of hundreds of thousands and tails far below 1e-300.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7: about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln P(X = k) for X ~ Binomial(n, p), 0 < p < 1. */
function logPmf(n: number, p: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}

/**
 * Σ P(X = i) from `from` stepping by `step` (+1 up, −1 down) while the terms matter. Called
 * only where terms shrink in the walking direction (past the mode), so the sum converges fast.
 */
function walkTail(n: number, p: number, from: number, step: 1 | -1): number {
  const odds = p / (1 - p);
  let term = 1;
  let sum = 1;
  for (let i = from; step === 1 ? i < n : i > 0; i += step) {
    term *= step === 1 ? ((n - i) / (i + 1)) * odds : (i / (n - i + 1)) / odds;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.exp(logPmf(n, p, from) + Math.log(sum));
}

/** P(X ≥ k) for X ~ Binomial(n, p): how likely a result at least this bad is at share p. */
export function upperTail(n: number, p: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const mode = Math.floor((n + 1) * p);
  return k > mode ? Math.min(1, walkTail(n, p, k, 1)) : Math.max(0, 1 - lowerTail(n, p, k - 1));
}

/** P(X ≤ k) for X ~ Binomial(n, p). */
export function lowerTail(n: number, p: number, k: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  const mode = Math.floor((n + 1) * p);
  return k < mode ? Math.min(1, walkTail(n, p, k, -1)) : Math.max(0, 1 - upperTail(n, p, k + 1));
}

/**
 * The one-sided exact test's critical count: the smallest K with P(X ≥ K | n, p0) ≤ α, so a
 * sample of n with K or more bad events breaches at level α. n + 1 when no count of n can.
 */
export function criticalCount(n: number, p0: number, alpha: number): number {
  let low = 0;
  let high = n + 1;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (upperTail(n, p0, mid) <= alpha) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The count a Binomial(n, p) stays at or below with probability at least 1 − α. */
export function upperQuantile(n: number, p: number, alpha: number): number {
  return Math.max(0, criticalCount(n, p, alpha) - 1);
}

/** Probability that a sample of n with true bad share p reaches the breach count K. */
export function power(n: number, p: number, breachAt: number): number {
  return upperTail(n, p, breachAt);
}

/** Finds p in [0, 1] where the increasing `f(p)` crosses `target`, by bisection. */
function solveIncreasing(f: (p: number) => number, target: number): number {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (f(mid) < target) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * The smallest true bad share a sample of n detects (reaches K) with probability ≥ `probability`;
 * null when it cannot breach at all (K > n).
 */
export function smallestDetectable(n: number, breachAt: number, probability: number): number | null {
  if (breachAt > n) return null;
  if (breachAt <= 0) return 0;
  return solveIncreasing((p) => power(n, p, breachAt), probability);
}

/** The two-sided Clopper–Pearson (exact) interval of a share k/n at `confidence`, e.g. 0.95. */
export function clopperPearson(k: number, n: number, confidence: number): [number, number] {
  if (n <= 0) return [0, 1];
  const tail = (1 - confidence) / 2;
  const low = k === 0 ? 0 : solveIncreasing((p) => upperTail(n, p, k), tail);
  const high = k === n ? 1 : solveIncreasing((p) => 1 - lowerTail(n, p, k), 1 - tail);
  return [low, high];
}
