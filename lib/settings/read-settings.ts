import { exec } from '../k6-modules.ts';
import { isConfigError } from './error.ts';
import type { Env } from './forms.ts';

/**
 * Runs `read` over `__ENV` in the init stage. A bad setting stops the run before any request:
 * its one-line message is printed first, as a console error, then `exec.test.abort` ends k6
 * with exit code 108 (a plain throw would give 107 and a stack trace). Options stage only
 * (lib/options-stage.ts): a VU reads settings already parsed (lib/settings/read-once.ts).
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
