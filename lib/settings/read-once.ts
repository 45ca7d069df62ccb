import { SharedArray } from '../k6-modules.ts';
import { stages, type OptionsStage } from '../init-stage.ts';
import type { Env } from './forms.ts';

/**
 * True in the first init of the run (k6's options run, `__VU` 0), where the `readOnce` values
 * are computed; false in every later one (setup's, teardown's and handleSummary's `__VU` 0
 * inits, and the VUs'). Known once the init called `readOnce`. Options need building only
 * where it holds: k6 reads them from that init alone.
 */
export let firstInit = false;

/**
 * Settings parsed once per run: the first init (k6's options run, `__VU` 0) runs `read` with
 * the options stage's parsers, which validate (a bad setting stops the run there with one line
 * and exit code 108, lib/settings/read-settings.ts), and every later init (each VU, setup,
 * teardown, handleSummary) reads that value back from one SharedArray. So a VU pays a lookup,
 * not a parse, never instantiates the parsers, and every init agrees on values drawn at random
 * (the default TESTID). `name` keys the value; `read` returns plain JSON. It is stored as one
 * JSON string the VU parses itself: an object element would be parsed and deep-frozen by k6 on
 * access, at about three times the cost.
 */
export function readOnce<T>(name: string, read: (stage: OptionsStage, env: Env) => T): T {
  // Parsed outside the SharedArray callback: k6 turns an abort thrown inside one into a plain
  // script error (exit 107 and a stack trace instead of 108 and the one line).
  const stage = stages?.options;
  const parsed = stage ? JSON.stringify(stage.readSettings((env) => read(stage, env))) : undefined;
  const stored = new SharedArray(`mythical-k6 settings: ${name}`, () => {
    if (parsed === undefined) throw new Error(`readOnce(${name}): first read in VU ${__VU}, not in the options run (__VU 0)`);
    firstInit = true;
    return [parsed];
  });
  return JSON.parse(stored[0] as string) as T;
}
