/**
 * What a scenario will run, as k6 itself reads it: `k6 inspect` runs the bundle's options init
 * (`__VU` 0: settings, knobs, executor, thresholds), prints the consolidated options and sends
 * no request. The executors are literals in the scenario files, which import k6 modules, so
 * Node asks k6 rather than re-deriving them; a bad knob ends `k6 inspect` with its one line.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Env } from '../lib/settings/forms.ts';
import type { ArrivalExecutor } from '../lib/plans/arrival.ts';
import { knobsOf } from '../lib/settings/declarations.ts';
import { DIST, ROOT } from './build/bundle.ts';
import { BadInput } from './bad-input.ts';

/** One scenario of the consolidated options, as `k6 inspect` prints it (durations in Go's form, `1m0s`). */
export interface InspectedScenario {
  executor: string;
  startRate?: number;
  rate?: number;
  timeUnit?: string;
  duration?: string;
  stages?: { duration: string; target: number }[];
  vus?: number;
  iterations?: number;
  maxDuration?: string;
  preAllocatedVUs?: number;
  maxVUs?: number;
  gracefulStop?: string | null;
}

/** The consolidated options of a scenario bundle, the parts the suite's tools read. */
export interface InspectedOptions {
  scenarios: Record<string, InspectedScenario>;
  thresholds: Record<string, unknown>;
}

/**
 * The options `dist/<scenario>.js` runs with in `env` (the bundles must be built). Settings the
 * init checks against the file system are pinned to the repository (`REPORT_DIR`, `PWD`) unless
 * `env` gives them. The binary is `K6_BIN`, else `k6` on PATH; `dist` the bundles' folder.
 * Where k6 refuses the bundle, throws {@link BadInput} with the scenario's one line (or k6's own).
 */
export function inspectScenario(scenario: string, env: Env, dist = DIST): InspectedOptions {
  const k6 = env.K6_BIN?.trim() || 'k6';
  const result = spawnSync(k6, ['inspect', '--include-system-env-vars', '--log-format=json', path.join(dist, `${scenario}.js`)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { REPORT_DIR: path.join(ROOT, 'reports'), PWD: ROOT, ...env, PATH: env.PATH ?? process.env.PATH },
  });
  if (result.error) throw new BadInput(`k6 inspect could not start (${result.error.message})`);
  if (result.status !== 0) {
    const lines = result.stderr.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { msg?: string; source?: string });
    const line = lines.find((entry) => entry.source === 'console')?.msg ?? lines.at(-1)?.msg ?? result.stderr.trim();
    throw new BadInput(line);
  }
  return JSON.parse(result.stdout) as InspectedOptions;
}

/**
 * The executor `scenario` runs with the knobs of `env`: only its knobs (lib/settings/
 * declarations.ts) shape it, so the rest of an environment (a deployment's TAGS with
 * placeholders, a BASE_URL not reachable from here) is left out of the question.
 */
export function inspectExecutor(scenario: string, env: Env, dist = DIST): InspectedScenario {
  const knobs = Object.fromEntries(knobsOf(scenario).map((name) => [name, env[name]]));
  return inspectScenario(scenario, { ...knobs, K6_BIN: env.K6_BIN }, dist).scenarios[scenario];
}

/**
 * The arrival-rate executor of an inspected scenario, in the shape lib/plans/arrival.ts
 * computes with (it reads k6's printed durations); undefined for an iteration-based one.
 */
export function arrivalExecutor(scenario: InspectedScenario): ArrivalExecutor | undefined {
  const arrival = scenario.executor === 'constant-arrival-rate' || scenario.executor === 'ramping-arrival-rate';
  return arrival ? (scenario as unknown as ArrivalExecutor) : undefined;
}
