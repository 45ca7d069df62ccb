import type { Rate } from '../settings/forms.ts';
import { perSecond, seconds, vusFor, type ArrivalExecutor, type Stage } from './arrival.ts';

export { MAX_BREAKPOINT_STEPS } from '../settings/declarations.ts';

/** A staircase of arrival rates, each step judged on its own samples. */
export interface BreakpointPlan {
  executor: ArrivalExecutor & { executor: 'ramping-arrival-rate' };
  /** Rate of each step, in the executor's time unit; index = the `step` tag. */
  stepRates: number[];
  timeUnit: Rate['timeUnit'];
  /** Seconds of the ramp into each step (the first step has none) and of each hold. */
  rampSeconds: number;
  holdSeconds: number;
  /** What breaks a step: its p95 above this (ms) or its error rate above `maxErrorRate`. */
  p95Ms: number;
  maxErrorRate: number;
}

/** The knobs of a breakpoint run, as scenarios/breakpoint.ts reads them. */
export interface BreakpointKnobs {
  /** `BREAK_START`: the first step's rate. */
  start: Rate;
  /** `BREAK_STEP`: rate added per step, in the start's time unit. */
  increment: number;
  /** `BREAK_STEPS`: how many steps. */
  steps: number;
  /** `STEP_DURATION` and `STEP_RAMP`: each step's hold and the ramp into it. */
  hold: string;
  ramp: string;
  /** `MAX_VUS`: the cap on VUs. */
  maxVUs: number;
  /** `BREAK_ERROR_RATE`: a step whose own error rate passes it breaks. */
  maxErrorRate: number;
}

/**
 * Breakpoint: a staircase from `start`, adding `increment` per step for `steps` steps of
 * `hold`, each entered over `ramp`. A step breaks when its own p95 passes `p95Ms` (the SLO
 * catalog's p95 objective, SLO_P95_MS) or its error rate passes `maxErrorRate`.
 */
export function breakpointPlan(knobs: BreakpointKnobs, p95Ms: number): BreakpointPlan {
  const { start, increment, steps, hold, ramp, maxVUs, maxErrorRate } = knobs;
  const stepRates = Array.from({ length: steps }, (_, i) => start.rate + i * increment);
  const stages: Stage[] = [{ duration: hold, target: stepRates[0] }];
  for (const target of stepRates.slice(1)) stages.push({ duration: ramp, target }, { duration: hold, target });
  const peak = perSecond({ rate: stepRates[steps - 1], timeUnit: start.timeUnit });
  return {
    executor: {
      executor: 'ramping-arrival-rate',
      startRate: stepRates[0],
      timeUnit: start.timeUnit,
      stages,
      ...vusFor(peak, maxVUs),
      gracefulStop: '10s',
    },
    stepRates,
    timeUnit: start.timeUnit,
    rampSeconds: seconds(ramp),
    holdSeconds: seconds(hold),
    p95Ms,
    maxErrorRate,
  };
}

/** The step a moment of the run belongs to (its ramp counts with it), clamped to the last step. */
export function stepAt(plan: BreakpointPlan, elapsedSeconds: number): number {
  if (elapsedSeconds < plan.holdSeconds) return 0;
  const step = 1 + Math.floor((elapsedSeconds - plan.holdSeconds) / (plan.rampSeconds + plan.holdSeconds));
  return Math.min(step, plan.stepRates.length - 1);
}

/** The threshold keys of one step, e.g. `http_req_duration{step:3}`. */
export function stepMetric(metric: 'http_req_duration' | 'http_req_failed' | 'http_reqs', step: number): string {
  return `${metric}{step:${step}}`;
}

/** A k6 threshold with its abort switch, as `options.thresholds` takes it. */
export type StepThreshold = string | { threshold: string; abortOnFail: boolean };

/**
 * Windowed thresholds: each step's p95 and error rate, judged on that step's samples only (a
 * whole-run p95 would lag the knee by many steps), aborting the run at the first breach. The
 * always-true request count makes k6 keep each step's `http_reqs` submetric for the report.
 */
export function stepThresholds(plan: BreakpointPlan): Record<string, StepThreshold[]> {
  const thresholds: Record<string, StepThreshold[]> = {};
  plan.stepRates.forEach((_, step) => {
    thresholds[stepMetric('http_req_duration', step)] = [{ threshold: `p(95)<${plan.p95Ms}`, abortOnFail: true }];
    thresholds[stepMetric('http_req_failed', step)] = [{ threshold: `rate<${plan.maxErrorRate}`, abortOnFail: true }];
    thresholds[stepMetric('http_reqs', step)] = ['count>=0'];
  });
  return thresholds;
}

/** The per-step measurements out of k6's summary metrics (values keyed by stat). */
export function stepResults(plan: BreakpointPlan, metrics: Record<string, { values: Record<string, number> } | undefined>): StepResult[] {
  return plan.stepRates.map((_, step) => {
    const requests = metrics[stepMetric('http_reqs', step)]?.values.count ?? 0;
    const value = (metric: 'http_req_duration' | 'http_req_failed', stat: string) =>
      requests > 0 ? (metrics[stepMetric(metric, step)]?.values[stat] ?? null) : null;
    return { step, p95Ms: value('http_req_duration', 'p(95)'), errorRate: value('http_req_failed', 'rate'), requests };
  });
}

/** The one line a breakpoint run prints and the report folder keeps. */
export function breakpointLine(result: BreakpointResult): string {
  if (result.brokeAtRps === null) {
    return `breakpoint: no step broke; the target held ${result.lastGoodRps ?? 0} req/s over ${result.stepsRun} steps`;
  }
  const held = result.lastGoodRps === null ? 'the first step already broke' : `last step that held: ${result.lastGoodRps} req/s`;
  return `breakpoint: broke at ${result.brokeAtRps} req/s (step ${result.brokeAtStep}: ${result.reason}); ${held}`;
}

/** What one step measured. */
export interface StepResult {
  step: number;
  p95Ms: number | null;
  errorRate: number | null;
  requests: number;
}

/** The answer of a breakpoint run. */
export interface BreakpointResult {
  /** First step whose SLI broke, or null when every step held. */
  brokeAtStep: number | null;
  /** Its planned rate, per second: the RPS at which the target broke. */
  brokeAtRps: number | null;
  /** The rate of the last step that held, per second (null when the first step broke). */
  lastGoodRps: number | null;
  /** Why the step broke, e.g. `p95 412.0 ms ≥ 300 ms`. */
  reason: string | null;
  /** Steps after which every further step had no samples: how far the run got. */
  stepsRun: number;
  steps: StepResult[];
}

/** Judges each step on its own samples and reports the first that broke. */
export function judgeSteps(plan: BreakpointPlan, steps: StepResult[]): BreakpointResult {
  const rps = (step: number) => perSecond({ rate: plan.stepRates[step], timeUnit: plan.timeUnit });
  const ran = steps.filter((s) => s.requests > 0);
  for (const s of ran) {
    const slow = s.p95Ms !== null && s.p95Ms >= plan.p95Ms;
    const failing = s.errorRate !== null && s.errorRate >= plan.maxErrorRate;
    if (slow || failing) {
      const reason = slow
        ? `p95 ${s.p95Ms!.toFixed(1)} ms ≥ ${plan.p95Ms} ms`
        : `error rate ${(s.errorRate! * 100).toFixed(2)}% ≥ ${(plan.maxErrorRate * 100).toFixed(2)}%`;
      return {
        brokeAtStep: s.step,
        brokeAtRps: rps(s.step),
        lastGoodRps: s.step > 0 ? rps(s.step - 1) : null,
        reason,
        stepsRun: ran.length,
        steps,
      };
    }
  }
  const last = ran.length ? ran[ran.length - 1].step : null;
  return { brokeAtStep: null, brokeAtRps: null, lastGoodRps: last === null ? null : rps(last), reason: null, stepsRun: ran.length, steps };
}
