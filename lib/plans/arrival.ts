import type { Rate } from '../settings/forms.ts';
import { goDurationMs } from '../run-life.ts';

/** One stage of a `ramping-arrival-rate` executor: reach `target` iterations per time unit over `duration`. */
export interface Stage {
  duration: string;
  target: number;
}

/**
 * The arrival-rate executors a plan produces, as plain objects in k6's `options.scenarios`
 * shape (declared here, not imported from `k6/options`, so Node tools and vitest can evaluate them).
 */
export type ArrivalExecutor =
  | {
      executor: 'ramping-arrival-rate';
      startRate: number;
      timeUnit: Rate['timeUnit'];
      stages: Stage[];
      preAllocatedVUs: number;
      maxVUs: number;
      gracefulStop: string;
    }
  | {
      executor: 'constant-arrival-rate';
      rate: number;
      timeUnit: Rate['timeUnit'];
      duration: string;
      preAllocatedVUs: number;
      maxVUs: number;
      gracefulStop: string;
    };

/** Seconds in each time unit the rate validator accepts. */
export const TIME_UNIT_SECONDS: Record<Rate['timeUnit'], number> = { '1s': 1, '1m': 60, '1h': 3600 };

/**
 * Seconds of a k6 duration, as a scenario writes it (`30s`, `1h30m`) or as k6 prints it back
 * (`1m0s`, `timeUnit: 1m0s`); 0 for a zero ramp (`0s`), which k6 takes as an instant jump.
 */
export function seconds(duration: string): number {
  const ms = goDurationMs(duration);
  return Number.isFinite(ms) ? ms / 1000 : 0;
}

/** Seconds the executor runs before its graceful stop. */
export function planSeconds(executor: ArrivalExecutor): number {
  return executor.executor === 'constant-arrival-rate'
    ? seconds(executor.duration)
    : executor.stages.reduce((sum, stage) => sum + seconds(stage.duration), 0);
}

/**
 * Iterations the executor starts if the target keeps up: the area under the rate curve (rates
 * ramp linearly within a stage). Tests compare k6's iteration counts against it.
 */
export function plannedIterations(executor: ArrivalExecutor): number {
  const perSecond = 1 / seconds(executor.timeUnit);
  if (executor.executor === 'constant-arrival-rate') return executor.rate * perSecond * seconds(executor.duration);
  let rate = executor.startRate;
  let total = 0;
  for (const stage of executor.stages) {
    total += ((rate + stage.target) / 2) * perSecond * seconds(stage.duration);
    rate = stage.target;
  }
  return total;
}

/** Highest rate the executor reaches, per second. */
export function peakRatePerSecond(executor: ArrivalExecutor): number {
  const rates = executor.executor === 'constant-arrival-rate' ? [executor.rate] : [executor.startRate, ...executor.stages.map((s) => s.target)];
  return Math.max(...rates) / seconds(executor.timeUnit);
}

/** Expected seconds of one arrival-rate iteration, the same for every plan: one mix visit, one request. */
const ITERATION_SECONDS = 0.5;

/**
 * VUs for an arrival rate: Little's law (rate × expected iteration time) with headroom, so the
 * executor is not starved while the target is healthy, and a hard cap so a slow target cannot
 * make k6 allocate without bound (it drops iterations instead, counted in `dropped_iterations`).
 */
export function vusFor(peakPerSecond: number, maxVUs: number): { preAllocatedVUs: number; maxVUs: number } {
  const needed = Math.ceil(peakPerSecond * ITERATION_SECONDS * 2);
  return { preAllocatedVUs: Math.min(maxVUs, Math.max(2, needed)), maxVUs };
}

/** A rate in iterations per second. */
export function perSecond(rate: Rate): number {
  return rate.rate / TIME_UNIT_SECONDS[rate.timeUnit];
}
