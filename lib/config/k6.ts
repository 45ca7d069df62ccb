import exec from 'k6/execution';
import { ConfigError } from './error.ts';
import { parseConfig, type SuiteConfig } from './parse.ts';
import { checkReportDir } from './report-dir.ts';
import { refuseUrlCredentials } from './url-credentials.ts';
import type { Env } from './validators.ts';

/**
 * Runs `read` over `__ENV` in the init stage. A bad setting stops the run before any request:
 * its one-line message is printed first, as a console error, then `exec.test.abort` ends k6
 * with exit code 108 (a plain throw would give 107 and a stack trace). Other modules read
 * their own variables through this too, so every bad setting stops the run the same way.
 */
export function readSettings<T>(read: (env: Env) => T): T {
  try {
    return read(__ENV);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    exec.test.abort(error.message);
    throw error;
  }
}

/**
 * The suite settings of `scenario`; call once, at the top level of the scenario. The first
 * init (`__VU` 0, before k6 prints its banner or sends anything) also refuses a missing
 * `REPORT_DIR` and credentials inside the remote-write URL.
 */
export function loadConfig(scenario: string): SuiteConfig {
  return readSettings((env) => {
    const config = parseConfig(env, { scenario, now: new Date(), random: Math.random });
    if (__VU === 0) {
      checkReportDir(config.reportDir, env.PWD, (path) => open(path));
      refuseUrlCredentials(env);
    }
    return config;
  });
}
