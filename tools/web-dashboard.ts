/**
 * k6's web dashboard for every run: its HTML report exported into the run's report folder
 * (`<REPORT_DIR>/report.html`), no port served, and a period chosen from the run's planned
 * length. `npm run web-dashboard -- <scenario> <report dir>` prints the same settings as
 * `NAME=value` lines for runs that do not go through the run tool (CI's run-k6-action).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../lib/settings/error.ts';
import { BadInput } from './bad-input.ts';
import { EXIT_K6_NOT_FOUND, HOW_TO_GET_K6, findK6 } from './k6-binary.ts';
import type { Env } from '../lib/settings/forms.ts';
import { nodeSetting } from './node-settings.ts';
import { planSeconds } from '../lib/plans/arrival.ts';
import { HTML_REPORT_FILE } from '../lib/report/html-report-path.ts';
import { scenarioNames } from './build/bundle.ts';
import { arrivalExecutor, inspectExecutor } from './scenario-inspect.ts';

/**
 * Periods the rule picks from. A report needs at least two of them inside the run (k6 skips it
 * with "not enough data" otherwise), and its charts read best with about {@link POINTS} points.
 * 10 s is k6's default; k6 lengthens the period itself past 2880 points (8 h at 10 s).
 */
const PERIODS_MS = [50, 100, 200, 500, 1000, 2000, 5000, 10_000];

/** Points per chart the period aims at: enough to see a ramp, few enough to read. */
export const POINTS = 100;

/** Points a short run still gets: a report needs two, and a few more show its shape. */
const MIN_POINTS = 5;

/**
 * The dashboard period for a run planned to last `plannedSeconds`: the longest of
 * {@link PERIODS_MS} that gives about {@link POINTS} points, but at least 1 s while the run
 * holds {@link MIN_POINTS} of them (a sub-second period counts so few requests that its rate
 * and percentiles jump from point to point). A run whose length is not planned (the
 * iteration-based smoke, done in well under a second against a local target) gets the shortest,
 * so even it keeps the two periods a report needs.
 */
export function dashboardPeriodMs(plannedSeconds: number | undefined): number {
  const plannedMs = (plannedSeconds ?? 0) * 1000;
  const ideal = Math.max(plannedMs / POINTS, Math.min(1000, plannedMs / MIN_POINTS));
  return PERIODS_MS.filter((period) => period <= ideal).pop() ?? PERIODS_MS[0];
}

/** A period as k6 reads it: `50ms`, `2s`. */
export function formatPeriod(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/**
 * Seconds the scenario's executor is planned to run, as k6 reads the scenario's literal
 * executor (`k6 inspect`, tools/scenario-inspect.ts); undefined when iteration-based.
 */
export function plannedSeconds(scenario: string, env: Env): number | undefined {
  const executor = arrivalExecutor(inspectExecutor(scenario, env));
  return executor ? planSeconds(executor) : undefined;
}

/** The dashboard settings of one run, checked before k6 starts. */
export interface WebDashboard {
  periodMs: number;
  /** -1: no HTTP server, so concurrent runs never compete for a port. */
  port: number;
  /** The user's `K6_WEB_DASHBOARD_EXPORT`, if given; otherwise `<report dir>/report.html`. */
  exportPath?: string;
}

/**
 * The web dashboard of a run: on unless `K6_WEB_DASHBOARD=false`; `undefined` when off. The
 * user's `K6_WEB_DASHBOARD_PERIOD`, `_PORT` and `_EXPORT` win over the suite's choices. Throws
 * a one-line {@link ConfigError} for a bad value or an export into a folder that does not exist.
 */
export function webDashboardFromEnv(env: Env, scenario: string): WebDashboard | undefined {
  if (nodeSetting(env, 'K6_WEB_DASHBOARD') === false) return undefined;
  const exportPath = env.K6_WEB_DASHBOARD_EXPORT?.trim() || undefined;
  if (exportPath !== undefined && !existsSync(path.dirname(path.resolve(exportPath)))) {
    throw new ConfigError('K6_WEB_DASHBOARD_EXPORT', exportPath, 'a file path in an existing folder (k6 creates none)');
  }
  return {
    periodMs: nodeSetting(env, 'K6_WEB_DASHBOARD_PERIOD') ?? dashboardPeriodMs(plannedSeconds(scenario, env)),
    port: nodeSetting(env, 'K6_WEB_DASHBOARD_PORT') ?? -1,
    exportPath,
  };
}

/**
 * The variables k6 gets for the dashboard. A port, when the user asks for one to watch the run
 * live, is served on 127.0.0.1 unless `K6_WEB_DASHBOARD_HOST` says otherwise (k6's default is
 * every interface).
 */
export function webDashboardEnv(dashboard: WebDashboard, reportDir: string, env: Env): Record<string, string> {
  return {
    K6_WEB_DASHBOARD: 'true',
    K6_WEB_DASHBOARD_PORT: String(dashboard.port),
    ...(dashboard.port >= 0 ? { K6_WEB_DASHBOARD_HOST: env.K6_WEB_DASHBOARD_HOST?.trim() || '127.0.0.1' } : {}),
    K6_WEB_DASHBOARD_PERIOD: formatPeriod(dashboard.periodMs),
    K6_WEB_DASHBOARD_EXPORT: dashboard.exportPath ?? path.join(reportDir, HTML_REPORT_FILE),
  };
}

/**
 * `npm run web-dashboard -- <scenario> <report dir>`: the settings as `NAME=value` lines. The
 * period comes from the scenario's executor as `k6 inspect` reads it, with the k6 the other
 * tools find (K6_BIN, PATH, the project cache): exit 3 without one, 2 on bad input.
 */
async function main(args: string[], env: Env): Promise<number> {
  const known = scenarioNames();
  if (args.length !== 2 || !known.includes(args[0])) {
    console.error(`web-dashboard: expected <scenario> <report dir>, the scenario one of ${known.join(', ')}`);
    return 2;
  }
  const k6 = await findK6();
  if (!k6) {
    console.error(`web-dashboard: k6 not found: ${HOW_TO_GET_K6}`);
    return EXIT_K6_NOT_FOUND;
  }
  try {
    const dashboard = webDashboardFromEnv({ ...env, K6_BIN: k6 }, args[0]);
    const vars = dashboard ? webDashboardEnv(dashboard, args[1], env) : { K6_WEB_DASHBOARD: 'false' };
    for (const [name, value] of Object.entries(vars)) console.log(`${name}=${value}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof BadInput)) throw error;
    console.error(error.message);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
