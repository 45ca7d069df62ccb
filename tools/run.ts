/**
 * `npm run smoke` / `npm run scenario -- <name> [k6 run flags]`: validates the settings, builds
 * if stale, finds k6, starts the sandbox when BASE_URL is unset, runs the scenario and exits
 * with k6's code. The steps follow "Run orchestration" in docs/architecture.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { constants } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../lib/settings/error.ts';
import { parseConfig, type SuiteConfig } from '../lib/settings/suite.ts';
import { checkKnobs } from '../lib/settings/read.ts';
import { requestTimeoutMs } from '../lib/request-timeout.ts';
import { parseSloSettings } from '../thresholds/settings.ts';
import { BuildError, DIST, scenarioNames } from './build/bundle.ts';
import { buildIfStale } from './build.ts';
import { EXIT_K6_NOT_FOUND, K6NotFoundError, ensureK6 } from './k6-binary.ts';
import { k6Errors, runRowsState } from './k6-log.ts';
import { startSandbox, type Sandbox } from '../sandbox/index.ts';
import { remoteWriteFromEnv, type RemoteWrite } from './remote-write.ts';
import { finishRemoteWrite } from './remote-write/finish.ts';
import { DEFER_TABLE_ENV, finishRunReport } from './report.ts';
import { BadInput } from './bad-input.ts';
import { claimReportDir } from './run/report-dir.ts';
import { sweepLine } from './sweep.ts';
import { sweepTarget } from './sweep/target.ts';
import { webDashboardEnv, webDashboardFromEnv, type WebDashboard } from './web-dashboard.ts';

/** Exit code for bad input: a setting, a flag, a file (the README's "Exit codes"). */
const EXIT_BAD_INPUT = 2;

/**
 * Signals this soon after the one that stopped k6 are copies of it, not a second Ctrl-C: a
 * terminal's Ctrl-C reaches the tool itself and is relayed to it again by npm and tsx.
 */
const SAME_STOP_MS = 500;

/** Step 1: the scenario name and every setting, checked by the same pure parser k6 uses. */
function validate(args: string[], env: NodeJS.ProcessEnv): { config: SuiteConfig; k6Flags: string[] } {
  const [scenario, ...k6Flags] = args;
  const known = scenarioNames();
  if (!scenario || !known.includes(scenario)) {
    throw new BadInput(`scenario=${scenario ?? ''} is not valid: expected one of ${known.join(', ')}`);
  }
  try {
    const config = parseConfig(env, { scenario, now: new Date(), random: Math.random });
    // The scenario's own knobs, in their declared forms, and the SLO settings, which k6 would
    // otherwise refuse only in its init stage (exit 108).
    checkKnobs(env, scenario);
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

/** How k6 ended: its exit code, or the signal that killed it. */
interface K6Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Step 5: `k6 run`, in a process group of its own, so it gets every stop from here, exactly
 * once: a terminal's Ctrl-C, a `kill -TERM` of this process alone and a CI runner signalling
 * the group all reach this process, which passes the first on (k6 stops gracefully: teardown,
 * summary, exit 105) and ignores its copies; a second Ctrl-C ends k6 at once, as in plain k6.
 */
function runK6(k6: string, args: string[], env: NodeJS.ProcessEnv): Promise<K6Exit> {
  const child = spawn(k6, args, { env, stdio: 'inherit', detached: true });
  let firstStop: number | undefined;
  const stop = (signal: NodeJS.Signals) => {
    const now = Date.now();
    if (firstStop !== undefined && now - firstStop < SAME_STOP_MS) return;
    if (firstStop === undefined) {
      console.error(`run: ${signal}: k6 stops gracefully (teardown sweeps, the report is written); Ctrl-C again stops it at once`);
    }
    firstStop ??= now;
    child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, stop);
  return new Promise((resolve) => {
    const done = (exit: K6Exit) => {
      for (const signal of signals) process.off(signal, stop);
      resolve(exit);
    };
    child.on('error', (error) => {
      console.error(`run: cannot start ${k6}: ${error.message}`);
      done({ code: EXIT_K6_NOT_FOUND, signal: null });
    });
    child.on('close', (code, signal) => done({ code, signal }));
  });
}

/**
 * After k6: when setup named the run's rows but teardown did not finish sweeping them (k6 was
 * killed, stopped twice, or cut off), they are swept from here, so a dead run leaves nothing.
 */
async function sweepAfterK6(log: string, config: SuiteConfig, baseUrl: string, env: NodeJS.ProcessEnv): Promise<void> {
  const { prefix, swept } = runRowsState(log);
  if (!prefix || swept) return;
  const outcome = await sweepTarget(
    { ...config, baseUrl },
    { own: prefix, timeoutMs: requestTimeoutMs(parseSloSettings(env, 'gate').p99Ms) },
  );
  console.error(`run: k6 ended before its teardown swept run ${prefix}; ${sweepLine(baseUrl, outcome)}`);
}

/** Runs one scenario end to end and returns the process exit code. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let config: SuiteConfig;
  let k6Flags: string[];
  let k6: string;
  let remoteWrite: RemoteWrite | undefined;
  let release: (() => void) | undefined;
  let reportDir: string;
  let dashboard: WebDashboard | undefined;
  try {
    ({ config, k6Flags } = validate(args, env));
    // Step 4's settings are checked here, with the others, so a bad one sends nothing.
    remoteWrite = remoteWriteFromEnv(env, { testid: config.testid, tags: config.tags, k6Flags });
    // A folder per run (k6 creates none, so it is made here), unless REPORT_DIR names one; a
    // run still going there with the same testid keeps it.
    reportDir = path.resolve(env.REPORT_DIR?.trim() ? config.reportDir : path.join(config.reportDir, config.testid));
    release = claimReportDir(reportDir, env.REPORT_DIR?.trim() ?? '', config.testid);
    // Step 2: find (or build) k6, then build dist/ if stale; without k6 there is nothing to build for.
    k6 = await ensureK6();
    const rebuilt = await buildIfStale();
    if (rebuilt.length > 0) console.error(`run: rebuilt ${rebuilt.map((file) => `dist/${file}`).join(', ')}`);
    // After the build: the dashboard's period follows the executor k6 reads from the bundle.
    dashboard = webDashboardFromEnv({ ...env, K6_BIN: k6 }, config.scenario);
  } catch (error) {
    release?.();
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

  const logPath = path.join(reportDir, 'k6.log');
  const summaryPath = path.join(reportDir, 'summary.json');
  // k6 appends to its log, and a summary.json left by an earlier run would pass for this run's.
  writeFileSync(logPath, '');
  rmSync(summaryPath, { force: true });
  let sandbox: Sandbox | undefined;
  try {
    const started = await target(config, env);
    sandbox = started.sandbox;
    const { baseUrl } = started;
    console.error(`run: ${config.scenario} testid=${config.testid} target=${baseUrl} report=${reportDir}`);
    if (remoteWrite) console.error(`run: remote-write to ${remoteWrite.receiver.url} (${remoteWrite.mode})`);
    // Step 4: the remote-write output and the testid tag, when remote-write is on.
    const k6Args = [
      'run',
      `--log-format=json`,
      `--log-output=file=${logPath}`,
      ...k6Flags,
      ...(remoteWrite?.k6Args ?? []),
      path.join(DIST, `${config.scenario}.js`),
    ];
    // The testid is fixed here so k6, the report and the pushed results name the same run.
    // k6's HTML report goes next to the SLO report, unless K6_WEB_DASHBOARD=false.
    const dashboardEnv = dashboard ? webDashboardEnv(dashboard, reportDir, env) : { K6_WEB_DASHBOARD: 'false' };
    const k6Env = {
      ...env,
      ...remoteWrite?.k6Env,
      ...dashboardEnv,
      ...DEFER_TABLE_ENV,
      BASE_URL: baseUrl,
      TESTID: config.testid,
      REPORT_DIR: reportDir,
      PWD: process.cwd(),
    };
    const exit = await runK6(k6, k6Args, k6Env);
    const log = await readFile(logPath, 'utf8').catch(() => '');
    if (exit.signal) console.error(`run: k6 was killed by ${exit.signal}`);
    await sweepAfterK6(log, config, baseUrl, env);
    if (existsSync(summaryPath)) {
      // Step 6: fold the exemplar lines of k6.log into the report and print the SLO table.
      await finishRunReport(reportDir);
      // Step 7: warn about undelivered k6 metrics, push the SLO results as series.
      if (remoteWrite) await finishRemoteWrite(remoteWrite, reportDir);
    } else {
      // k6 stopped before its summary: its own lines (a refused flag, setting or target) say why.
      for (const line of k6Errors(log)) console.error(line);
    }
    return exit.code ?? 128 + (constants.signals[exit.signal ?? 'SIGKILL'] ?? 0);
  } finally {
    // Step 8: the sandbox stops also when k6 was aborted or a step above threw.
    await sandbox?.stop();
    release?.();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await run(process.argv.slice(2));
}
