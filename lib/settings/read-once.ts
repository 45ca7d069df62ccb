import { SharedArray } from 'k6/data';
import exec from 'k6/execution';
import type { Options } from 'k6/options';
import { optionsStage, inOptionsStage, type OptionsStage } from '../init-stage.ts';
import { isConfigError } from './error.ts';
import type { SuiteConfig } from './suite.ts';
import type { Env } from './forms.ts';

/**
 * Runs `read` over `__ENV` in the init stage. A bad setting stops the run before any request:
 * its one-line message is printed first, as a console error, then `exec.test.abort` ends k6
 * with exit code 108 (a plain throw would give 107 and a stack trace).
 */
export function readSettings<T>(read: (env: Env) => T): T {
  try {
    return read(__ENV);
  } catch (error) {
    if (!isConfigError(error)) throw error;
    console.error(error.message);
    exec.test.abort(error.message);
    throw error;
  }
}

/**
 * Settings parsed once per run: the first init (k6's options run, `__VU` 0) runs `read` with
 * the options stage's parsers, which validate (a bad setting stops the run there, see
 * {@link readSettings}), and every later init (each VU, setup, teardown, handleSummary) reads
 * that value back from one SharedArray. So a VU pays a lookup, not a parse, never
 * instantiates the parsers, and every init agrees on values drawn at random (the default
 * TESTID). `name` keys the value; `read` returns plain JSON. It is stored as one JSON string
 * the VU parses itself: an object element would be parsed and deep-frozen by k6 on access, at
 * about three times the cost.
 */
export function readOnce<T>(name: string, read: (stage: OptionsStage, env: Env) => T): T {
  // Parsed outside the SharedArray callback: k6 turns an abort thrown inside one into a plain
  // script error (exit 107 and a stack trace instead of 108 and the one line).
  const parsed = inOptionsStage() ? JSON.stringify(readSettings((env) => read(optionsStage(), env))) : undefined;
  const stored = new SharedArray(`mythical-k6 settings: ${name}`, () => {
    if (parsed === undefined) throw new Error(`readOnce(${name}): first read in VU ${__VU}, not in the options run (__VU 0)`);
    return [parsed];
  });
  return JSON.parse(stored[0] as string) as T;
}

/**
 * A scenario's `options`, built with the options stage where k6 reads them (`__VU` 0) and
 * empty in a VU: k6 sets the consolidated options onto each VU's exported object itself.
 */
export function stageOptions(build: (stage: OptionsStage, env: Env) => Options): Options {
  return inOptionsStage() ? readSettings((env) => build(optionsStage(), env)) : {};
}

/** The suite settings of `scenario`; call once, at the top level of the scenario. */
export function loadConfig(scenario: string): SuiteConfig {
  return readOnce('config', (stage, env) => {
    const config = stage.parseConfig(env, { scenario, now: new Date(), random: Math.random });
    stage.checkReportDir(config.reportDir, env.PWD, (path) => open(path));
    stage.refuseUrlCredentials(env);
    return config;
  });
}
