/**
 * Breakpoint — at what request rate does the target stop meeting its SLO? Climbs a staircase of
 * arrival rates; every request carries the `step` tag of the rate it was sent at, and each step
 * is judged on its own samples (a whole-run p95 lags the knee), aborting at the first step
 * whose p95 or error rate breaks. Reports that step's rate in breakpoint.json and on stdout.
 * Ends with k6's exit code 99 when it found the breaking point. Knobs in lib/plans/breakpoint.ts.
 */
import exec from 'k6/execution';
import type { Options } from 'k6/options';
import { loadConfig, readOnce, stageOptions } from '../lib/config/k6.ts';
import { reportStage } from '../lib/init-stage.ts';
import { mixedTraffic } from '../lib/journeys/mix.ts';
import { startRun } from '../lib/journeys/start.ts';
import type { RunId } from '../lib/run-id.ts';
import { vuMetrics } from '../lib/vu.ts';
import { stepAt } from '../lib/plans/breakpoint.ts';
import { handleSummary as suiteSummary } from '../lib/summary.ts';
import type { K6SummaryData } from '../thresholds/k6-summary.ts';
import { sloSettings } from '../thresholds/k6.ts';

// Settings are parsed and checked once, where k6 reads options (__VU 0); each VU reads them back.
const config = loadConfig('breakpoint');
const plan = readOnce('plan', (stage, env) => stage.breakpointPlan(env));
const mix = readOnce('mix', (stage, env) => stage.mixFromEnv(env));
// The catalog reports over the whole run; only the per-step thresholds abort.
const slo = sloSettings(config, { mode: 'report' });

/** Base options, the staircase executor, the catalog reported over the run and the aborting per-step thresholds. */
export const options: Options = stageOptions((stage) => {
  const catalog = stage.sloOptions(slo, stage.arrivalSloPlan(plan.executor, mix, config.beasts.length));
  return {
    ...stage.baseOptions(config),
    scenarios: { breakpoint: plan.executor },
    summaryTrendStats: catalog.summaryTrendStats,
    thresholds: { ...catalog.thresholds, ...stage.stepThresholds(plan) },
  };
});

const traffic = mixedTraffic(config, mix);

/** Probes the target before any load and names the run's rows (lib/journeys/start.ts). */
export function setup(): RunId {
  return startRun(config);
}

/** One iteration: one visit of the mix, its samples tagged with the step it was sent in. */
export default function (run: RunId): void {
  const elapsedSeconds = (Date.now() - exec.scenario.startTime) / 1000;
  vuMetrics().tags.step = String(stepAt(plan, elapsedSeconds));
  traffic.visit(run);
}

/** Deletes whatever rows the run left behind. */
export function teardown(run: RunId): void {
  traffic.sweep(run);
}

/** The suite's report, plus breakpoint.json next to summary.json and the answer on stdout. */
export function handleSummary(data: K6SummaryData): Record<string, string> {
  const { breakpointLine, judgeSteps, reportPath, stepResults } = reportStage();
  const outputs = suiteSummary(data);
  const result = judgeSteps(plan, stepResults(plan, data.metrics));
  const line = breakpointLine(result);
  return {
    ...outputs,
    [reportPath(config.reportDir, 'breakpoint.json')]: `${JSON.stringify({ ...result, line }, null, 2)}\n`,
    stdout: `${outputs.stdout ?? ''}\n${line}\n`,
  };
}
