/**
 * Breakpoint — at what request rate does the target stop meeting its SLO? Climbs a staircase of
 * arrival rates; every request carries the `step` tag of the rate it was sent at, and each step
 * is judged on its own samples (a whole-run p95 lags the knee), aborting at the first step
 * whose p95 or error rate breaks. Reports that step's rate in breakpoint.json and on stdout.
 * Ends with k6's exit code 99 when it found the breaking point. Knobs in lib/plans/breakpoint.ts.
 */
import exec from 'k6/execution';
import type { Options } from 'k6/options';
import { loadConfig, readSettings } from '../lib/config/k6.ts';
import { mixedTraffic } from '../lib/journeys/mix.ts';
import { startRun } from '../lib/journeys/start.ts';
import { baseOptions } from '../lib/options.ts';
import type { RunId } from '../lib/run-id.ts';
import { breakpointLine, breakpointPlan, judgeSteps, stepAt, stepResults, stepThresholds } from '../lib/plans/breakpoint.ts';
import { mixFromEnv } from '../lib/plans/mix.ts';
import { arrivalSloPlan } from '../lib/plans/sample.ts';
import { handleSummary as suiteSummary } from '../lib/summary.ts';
import type { K6SummaryData } from '../thresholds/evaluate.ts';
import { sloOptions } from '../thresholds/k6.ts';
import { reportPath } from '../thresholds/report/files.ts';

const config = loadConfig('breakpoint');
const plan = readSettings(breakpointPlan);
const mix = readSettings(mixFromEnv);
// The catalog reports over the whole run; only the per-step thresholds abort.
const slo = sloOptions(config, { mode: 'report', ...arrivalSloPlan(plan.executor, mix, config.beasts.length) });

/** Base options, the staircase executor, the catalog reported over the run and the aborting per-step thresholds. */
export const options: Options = {
  ...baseOptions(config),
  scenarios: { breakpoint: plan.executor },
  summaryTrendStats: slo.summaryTrendStats,
  thresholds: { ...slo.thresholds, ...stepThresholds(plan) },
};

const traffic = mixedTraffic(config, mix);

/** Probes the target before any load and names the run's rows (lib/journeys/start.ts). */
export function setup(): RunId {
  return startRun(config);
}

/** One iteration: one visit of the mix, its samples tagged with the step it was sent in. */
export default function (run: RunId): void {
  const elapsedSeconds = (Date.now() - exec.scenario.startTime) / 1000;
  exec.vu.metrics.tags.step = String(stepAt(plan, elapsedSeconds));
  traffic.visit(run);
}

/** Deletes whatever rows the run left behind. */
export function teardown(run: RunId): void {
  traffic.sweep(run);
}

/** The suite's report, plus breakpoint.json next to summary.json and the answer on stdout. */
export function handleSummary(data: K6SummaryData): Record<string, string> {
  const outputs = suiteSummary(data);
  const result = judgeSteps(plan, stepResults(plan, data.metrics));
  const line = breakpointLine(result);
  return {
    ...outputs,
    [reportPath(config.reportDir, 'breakpoint.json')]: `${JSON.stringify({ ...result, line }, null, 2)}\n`,
    stdout: `${outputs.stdout ?? ''}\n${line}\n`,
  };
}
