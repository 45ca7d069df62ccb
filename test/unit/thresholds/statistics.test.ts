import { describe, expect, it } from 'vitest';
import {
  clopperPearson,
  criticalCount,
  logGamma,
  lowerTail,
  power,
  smallestDetectable,
  upperQuantile,
  upperTail,
} from '../../../thresholds/statistics.ts';

/** P(X ≥ k) by summing every term with exact binomial coefficients: the reference for small n. */
function bruteUpperTail(n: number, p: number, k: number): number {
  let sum = 0;
  let coefficient = 1;
  for (let i = 0; i <= n; i++) {
    if (i >= k) sum += coefficient * p ** i * (1 - p) ** (n - i);
    coefficient = (coefficient * (n - i)) / (i + 1);
  }
  return sum;
}

describe('binomial tails', () => {
  it('ln Γ matches log factorials', () => {
    let logFactorial = 0;
    for (let n = 1; n <= 170; n++) {
      logFactorial += Math.log(n);
      expect(logGamma(n + 1)).toBeCloseTo(logFactorial, 8);
    }
  });

  it('agree with the brute-force sum on small samples, both sides of the mode', () => {
    for (const n of [1, 4, 10, 25, 40, 97]) {
      for (const p of [0.01, 0.05, 0.1, 0.3, 0.6, 0.99]) {
        for (let k = 0; k <= n + 1; k++) {
          const expected = bruteUpperTail(n, p, k);
          expect(Math.abs(upperTail(n, p, k) - expected)).toBeLessThan(1e-12 + expected * 1e-9);
          expect(lowerTail(n, p, k - 1)).toBeCloseTo(1 - expected, 10);
        }
      }
    }
  });

  it('stay finite and ordered on large samples and far tails', () => {
    // 11 standard deviations above the mean: about 1e-28, far below any α, yet not rounded to 0.
    const far = upperTail(300_000, 0.01, 3600);
    expect(far).toBeGreaterThan(1e-35);
    expect(far).toBeLessThan(1e-20);
    expect(upperTail(300_000, 0.01, 3000)).toBeGreaterThan(0.45);
    expect(upperTail(300_000, 0.01, 3000)).toBeLessThan(0.55);
    expect(upperTail(1000, 0.5, 0)).toBe(1);
    expect(upperTail(10, 0.1, 11)).toBe(0);
  });
});

// /work's verdict-statistics table: α_run = 0.01 over 50 SLOs, α = 0.0002 per SLO.
const TABLE: Array<[p0: number, n: number, breachAt: number, at30: number, at60: number]> = [
  [0.1, 4, 4, 0.008, 0.13],
  [0.1, 10, 6, 0.047, 0.633],
  [0.1, 25, 10, 0.189, 0.987],
  [0.1, 40, 13, 0.423, 1.0],
  [0.01, 10, 3, 0.617, 0.988],
  [0.01, 25, 4, 0.967, 1.0],
  [0.01, 40, 5, 0.997, 1.0],
  [0.05, 10, 5, 0.15, 0.834],
  [0.05, 25, 7, 0.659, 1.0],
  [0.05, 40, 9, 0.889, 1.0],
];

describe('the exact one-sided test', () => {
  it.each(TABLE)('p0 %f, n %i: breaches at %i failures, with the published power', (p0, n, breachAt, at30, at60) => {
    expect(criticalCount(n, p0, 0.01 / 50)).toBe(breachAt);
    expect(power(n, 0.3, breachAt)).toBeCloseTo(at30, 3);
    expect(power(n, 0.6, breachAt)).toBeCloseTo(at60, 3);
    expect(power(n, 1, breachAt)).toBe(1);
  });

  it('keeps the false-alarm probability at or under α, and K − 1 above it', () => {
    for (const [n, p0] of [[7, 0.1], [80, 0.01], [828, 0.05], [35_000, 0.01]] as const) {
      const k = criticalCount(n, p0, 1e-4);
      expect(upperTail(n, p0, k)).toBeLessThanOrEqual(1e-4);
      expect(upperTail(n, p0, k - 1)).toBeGreaterThan(1e-4);
    }
  });

  it('says when no count of the sample can breach', () => {
    expect(criticalCount(3, 0.1, 0.0002)).toBe(4);
    expect(smallestDetectable(3, 4, 0.99)).toBeNull();
  });

  it('bounds a binomial count with its upper quantile', () => {
    const q = upperQuantile(40, 0.1, 1e-5);
    expect(upperTail(40, 0.1, q + 1)).toBeLessThanOrEqual(1e-5);
    expect(upperTail(40, 0.1, q)).toBeGreaterThan(1e-5);
  });

  it('finds the smallest share detected with the asked probability', () => {
    const share = smallestDetectable(40, 5, 0.99) as number;
    expect(power(40, share, 5)).toBeCloseTo(0.99, 6);
    expect(power(40, share * 0.95, 5)).toBeLessThan(0.99);
  });
});

describe('Clopper–Pearson interval', () => {
  it('matches published exact intervals', () => {
    // 95% exact interval of 3/10 (e.g. R's binom.test): 0.0667 – 0.6525.
    const [low, high] = clopperPearson(3, 10, 0.95);
    expect(low).toBeCloseTo(0.0667, 4);
    expect(high).toBeCloseTo(0.6525, 4);
    expect(clopperPearson(0, 20, 0.95)).toEqual([0, expect.closeTo(0.1684, 4)]);
    expect(clopperPearson(20, 20, 0.95)).toEqual([expect.closeTo(0.8316, 4), 1]);
  });
});
