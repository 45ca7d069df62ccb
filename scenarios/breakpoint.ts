/**
 * Breakpoint — at what request rate does the target stop meeting its SLO? Climbs a staircase of
 * arrival rates (BREAK_START, plus BREAK_STEP per step, BREAK_STEPS steps of STEP_DURATION
 * entered over STEP_RAMP); every request carries the `step` tag of the rate it was sent at, and
 * each step is judged on its own samples (a whole-run p95 lags the knee), aborting at the first
 * step whose p95 passes SLO_P95_MS or whose error rate passes BREAK_ERROR_RATE. Reports that
 * step's rate in breakpoint.json and on stdout; ends with k6's exit code 99 when it found it.
 */
import { exec } from '../lib/k6-modules.ts';
import { arrivalTest } from '../lib/arrival-test.ts';
import { stages } from '../lib/init-stage.ts';
import { stepAt, type BreakpointPlan } from '../lib/plans/breakpoint-steps.ts';
import type { RunId } from '../lib/run-id.ts';
import { readOnce } from '../lib/settings/read-once.ts';
import type { K6SummaryData } from '../thresholds/k6-summary.ts';

// The staircase (lib/plans/breakpoint-steps.ts), read once per run: the VUs tag each request with
// its step, handleSummary judges each step. A step breaks at the catalog's own p95 objective.
const plan: BreakpointPlan = readOnce('plan', (stage, env) => {
  const knob = stage.knobReader(env, 'breakpoint');
  const knobs = {
    start: knob('BREAK_START', '10'),
    increment: knob('BREAK_STEP', '10'),
    steps: knob('BREAK_STEPS', '20'),
    hold: knob('STEP_DURATION', '1m'),
    ramp: knob('STEP_RAMP', '5s'),
    maxVUs: knob('MAX_VUS', '1000'),
    maxErrorRate: knob('BREAK_ERROR_RATE', '0.05'),
  };
  return stage.breakpointPlan(knobs, stage.parseSloSettings(env, 'report').p95Ms);
});

// The catalog reports over the whole run (mode report); only the per-step thresholds abort.
const breakpoint = arrivalTest({
  name: 'breakpoint',
  slo: 'report',
  executor: () => plan.executor,
  thresholds: ({ stage }) => stage.stepThresholds(plan),
});

export const { options, setup, teardown } = breakpoint;

// exec.vu builds a new object on every read: read once per VU.
let metrics: typeof exec.vu.metrics | undefined;

/** One iteration: one visit of the mix (lib/arrival-test.ts), its samples tagged with the step it was sent in. */
export default function (run: RunId): void {
  const elapsedSeconds = (Date.now() - exec.scenario.startTime) / 1000;
  metrics ??= exec.vu.metrics;
  metrics.tags.step = String(stepAt(plan, elapsedSeconds));
  breakpoint.visit(run);
}

/** The suite's report, plus breakpoint.json next to summary.json and the answer on stdout; `__VU` 0 only, as every handleSummary (lib/run-stage.ts). */
export const handleSummary = stages && ((data: K6SummaryData): Record<string, string> => {
  const { breakpointLine, judgeSteps, reportPath, stepResults } = stages!.report;
  const outputs = breakpoint.handleSummary!(data);
  const result = judgeSteps(plan, stepResults(plan, data.metrics));
  const line = breakpointLine(result);
  return {
    ...outputs,
    [reportPath(breakpoint.config!.reportDir, 'breakpoint.json')]: `${JSON.stringify({ ...result, line }, null, 2)}\n`,
    stdout: `${outputs.stdout ?? ''}\n${line}\n`,
  };
});
