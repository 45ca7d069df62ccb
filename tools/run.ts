/**
 * `npm run smoke` / `npm run scenario -- <name> [k6 run flags]`: validates the settings, builds
 * if stale, finds k6, starts the sandbox when BASE_URL is unset, runs the scenario and exits
 * with k6's code. The steps follow "Run orchestration" in docs/architecture.md.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../lib/config/error.ts';
import { parseConfig, type SuiteConfig } from '../lib/config/parse.ts';
import { SCENARIO_PLANS } from '../lib/plans/index.ts';
import { parseSloSettings } from '../thresholds/settings.ts';
import { BuildError, DIST, scenarioNames } from './build/bundle.ts';
import { buildIfStale } from './build.ts';
import { EXIT_K6_NOT_FOUND, K6NotFoundError, ensureK6 } from './k6.ts';
import { startSandbox, type Sandbox } from '../sandbox/index.ts';
import { remoteWriteFromEnv, type RemoteWrite } from './remote-write.ts';
import { finishRemoteWrite } from './remote-write/finish.ts';
import { DEFER_TABLE_ENV, finishRunReport } from './report.ts';
import { webDashboardEnv, webDashboardFromEnv, type WebDashboard } from './web-dashboard.ts';

/** Exit code for bad input: a setting, a flag, a file (the README's "Exit codes"). */
const EXIT_BAD_INPUT = 2;

/** k6's exit code for an external abort, used when k6 itself died of a signal. */
const EXIT_SIGNAL = 105;

/** Bad input found before anything started; the message is one line. */
class BadInput extends Error {}

/** Step 1: the scenario name and every setting, checked by the same pure parser k6 uses. */
function validate(args: string[], env: NodeJS.ProcessEnv): { config: SuiteConfig; k6Flags: string[] } {
  const [scenario, ...k6Flags] = args;
  const known = scenarioNames();
  if (!scenario || !known.includes(scenario)) {
    throw new BadInput(`scenario=${scenario ?? ''} is not valid: expected one of ${known.join(', ')}`);
  }
  try {
    const config = parseConfig(env, { scenario, now: new Date(), random: Math.random });
    // The scenario's own knobs and the SLO settings, which k6 would otherwise reject only in its init stage.
    SCENARIO_PLANS[scenario]?.(env);
    parseSloSettings(env, 'gate');
    return { config, k6Flags };
  } catch (error) {
    if (error instanceof ConfigError) throw new BadInput(error.message);
    throw error;
  }
}

/** Step 3: the target: BASE_URL when given, otherwise a sandbox started here. */
async function target(config: SuiteConfig, env: NodeJS.ProcessEnv): Promise<{ baseUrl: string; sandbox?: Sandbox }> {
  if (env.BASE_URL?.trim()) return { baseUrl: config.baseUrl };
  const sandbox = await startSandbox({ logs: 'silent', endpointType: config.endpointType });
  console.error(`run: no BASE_URL, so the load goes to a sandbox at ${sandbox.url}`);
  return { baseUrl: sandbox.url, sandbox };
}

/**
 * Step 5: `k6 run`, in its own process group so a terminal Ctrl-C reaches it once, forwarded
 * from here: a first SIGINT/SIGTERM lets k6 stop gracefully and still run teardown; a second one
 * ends it at once, as in plain k6.
 */
function runK6(k6: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(k6, args, { env, stdio: 'inherit', detached: true });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    const done = (code: number) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code);
    };
    child.on('error', (error) => {
      console.error(`run: cannot start ${k6}: ${error.message}`);
      done(EXIT_K6_NOT_FOUND);
    });
    child.on('close', (code) => done(code ?? EXIT_SIGNAL));
  });
}

/** Runs one scenario end to end and returns the process exit code. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let config: SuiteConfig;
  let k6Flags: string[];
  let k6: string;
  let remoteWrite: RemoteWrite | undefined;
  let dashboard: WebDashboard | undefined;
  try {
    ({ config, k6Flags } = validate(args, env));
    // Step 4's settings are checked here, with the others, so a bad one sends nothing.
    remoteWrite = remoteWriteFromEnv(env, { testid: config.testid, tags: config.tags, k6Flags });
    dashboard = webDashboardFromEnv(env, config.scenario);
    // Step 2: find (or build) k6, then build dist/ if stale; without k6 there is nothing to build for.
    k6 = await ensureK6();
    const rebuilt = await buildIfStale();
    if (rebuilt.length > 0) console.error(`run: rebuilt ${rebuilt.map((file) => `dist/${file}`).join(', ')}`);
  } catch (error) {
    if (error instanceof BadInput || error instanceof ConfigError) {
      console.error(error.message);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof K6NotFoundError) {
      console.error(error.message);
      return EXIT_K6_NOT_FOUND;
    }
    if (error instanceof BuildError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }

  // A folder per run (k6 creates none, so it is made here), unless REPORT_DIR names one.
  const reportDir = path.resolve(env.REPORT_DIR?.trim() ? config.reportDir : path.join(config.reportDir, config.testid));
  mkdirSync(reportDir, { recursive: true });
  const { baseUrl, sandbox } = await target(config, env);
  try {
    console.error(`run: ${config.scenario} testid=${config.testid} target=${baseUrl} report=${reportDir}`);
    if (remoteWrite) console.error(`run: remote-write to ${remoteWrite.receiver.url} (${remoteWrite.mode})`);
    // Step 4: the remote-write output and the testid tag, when remote-write is on.
    const k6Args = [
      'run',
      `--log-format=json`,
      // Exemplar lines are debug-level, so a plain `k6 run` never prints them; the log file gets them.
      `--verbose`,
      `--log-output=file=${path.join(reportDir, 'k6.log')}`,
      ...k6Flags,
      ...(remoteWrite?.k6Args ?? []),
      path.join(DIST, `${config.scenario}.js`),
    ];
    // The testid is fixed here so k6, the report and the pushed results name the same run.
    // k6's HTML report goes next to the SLO report, unless K6_WEB_DASHBOARD=false.
    const dashboardEnv = dashboard ? webDashboardEnv(dashboard, reportDir, env) : { K6_WEB_DASHBOARD: 'false' };
    const k6Env = { ...env, ...remoteWrite?.k6Env, ...dashboardEnv, ...DEFER_TABLE_ENV, BASE_URL: baseUrl, TESTID: config.testid, REPORT_DIR: reportDir };
    const code = await runK6(k6, k6Args, k6Env);
    // Step 6: fold the exemplar lines of k6.log into the report and print the SLO table.
    await finishRunReport(reportDir);
    // Step 7: warn about undelivered k6 metrics, push the SLO results as series.
    if (remoteWrite) await finishRemoteWrite(remoteWrite, reportDir);
    return code;
  } finally {
    // Step 8: the sandbox stops also when k6 was aborted or a step above threw.
    await sandbox?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await run(process.argv.slice(2));
}
