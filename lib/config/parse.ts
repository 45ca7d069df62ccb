import { ENDPOINTS, ENDPOINT_TYPES, type EndpointType } from '../beasts.ts';
import { ConfigError } from './error.ts';
import { SCENARIO_KNOBS, type LoadKnob } from './scenarios.ts';
import {
  SAFE_VALUE,
  duration,
  listOf,
  matching,
  oneOf,
  optionalSetting,
  positiveInteger,
  rate,
  setting,
  tags,
  url,
  type Env,
  type Rate,
  type Validator,
} from './validators.ts';

/** Where plain `k6 run dist/<scenario>.js` sends load: the real mythical-server's port. */
export const DEFAULT_BASE_URL = 'http://localhost:4000';

/** Where a plain `k6 run` writes summary.json, junit.xml and report.md: the repo's `reports/`. */
export const DEFAULT_REPORT_DIR = 'reports';

/** Tags the suite sets itself, and k6 system tags: `TAGS` may not override either. */
export const RESERVED_TAG_KEYS = [
  'testid', 'name', 'beast', 'op',
  'method', 'status', 'url', 'group', 'check', 'scenario', 'expected_response', 'error', 'error_code',
  'proto', 'tls_version', 'subproto', 'service', 'rpc_type', 'resource_type', 'vu', 'iter', 'ip',
] as const;

/** Load overrides the user gave, only those the scenario honours. */
export interface LoadOverrides {
  vus?: number;
  iterations?: number;
  duration?: string;
  rate?: Rate;
}

/** Every setting of one run, validated. */
export interface SuiteConfig {
  scenario: string;
  baseUrl: string;
  endpointType: EndpointType;
  /** The beasts (or BORING endpoints) the run loads, in catalogue order. */
  beasts: readonly string[];
  load: LoadOverrides;
  /** Run id: the `testid` tag of every series, and the base of the run's name prefix. */
  testid: string;
  /** Extra tags from `TAGS`, added to `options.tags`. */
  tags: Readonly<Record<string, string>>;
  /** `REPORT_DIR`: an existing folder, since k6 creates none. */
  reportDir: string;
}

/** What the parser needs besides the environment; injected so it stays pure and testable. */
export interface ParseContext {
  scenario: string;
  now: Date;
  /** A uniform number in [0, 1), e.g. `Math.random`. */
  random: () => number;
}

/** Longest accepted TESTID: fits a Prometheus label and a Grafana URL with room to spare. */
export const TESTID_MAX_LENGTH = 64;

/** TESTID: characters safe in a label value and a URL, at most 64. */
export const testidValidator = matching(
  new RegExp(`^(?=.{1,${TESTID_MAX_LENGTH}}$)${SAFE_VALUE.source.slice(1)}`),
  `at most ${TESTID_MAX_LENGTH} letters, digits, . _ ~ - starting with a letter or digit`,
);

/** `<scenario>-<UTC time, compact>-<6 random base36>`, e.g. `smoke-20250102T030405Z-k3x9q1`. */
export function defaultTestId(scenario: string, now: Date, random: () => number): string {
  const time = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += Math.floor(random() * 36).toString(36);
  return `${scenario.slice(0, 40)}-${time}-${suffix}`;
}

/** The target a run loads: `BASE_URL`, `ENDPOINT_TYPE` and `BEASTS`. */
export type Target = Pick<SuiteConfig, 'baseUrl' | 'endpointType' | 'beasts'>;

/** Parses the target settings alone (the sweep needs no more); a bad one throws a {@link ConfigError}. */
export function parseTarget(env: Env): Target {
  const baseUrl = setting(env, 'BASE_URL', url, DEFAULT_BASE_URL);
  const endpointType = setting(env, 'ENDPOINT_TYPE', oneOf(ENDPOINT_TYPES), 'DEFAULT');
  const known: readonly string[] = ENDPOINTS[endpointType];
  const chosen = optionalSetting(env, 'BEASTS', listOf(oneOf(known)));
  const beasts = chosen ? known.filter((beast) => chosen.includes(beast)) : known;
  return { baseUrl, endpointType, beasts };
}

/** Parses and validates every setting; the first bad one throws a one-line {@link ConfigError}. */
export function parseConfig(env: Env, context: ParseContext): SuiteConfig {
  const { baseUrl, endpointType, beasts } = parseTarget(env);
  const load = parseLoad(env, context.scenario);
  const testid = setting(env, 'TESTID', testidValidator, defaultTestId(context.scenario, context.now, context.random));
  const extraTags = setting(env, 'TAGS', tags(RESERVED_TAG_KEYS), {});
  // k6 writes handleSummary files but creates no folder: the default is the repo's own
  // `reports/`, which is always there; the run tool gives each run a folder of its own.
  const reportDir = setting(env, 'REPORT_DIR', matching(/^[^\0\r\n]+$/, 'a directory path'), DEFAULT_REPORT_DIR);
  return { scenario: context.scenario, baseUrl, endpointType, beasts, load, testid, tags: extraTags, reportDir };
}

function parseLoad(env: Env, scenario: string): LoadOverrides {
  const honoured = SCENARIO_KNOBS[scenario] ?? [];
  const knob = <T>(variable: LoadKnob, validate: Validator<T>): T | undefined => {
    const value = optionalSetting(env, variable, validate);
    if (value !== undefined && !honoured.includes(variable)) {
      const takes = honoured.length > 0 ? `only ${honoured.join(', ')}` : 'no load override';
      throw new ConfigError(variable, String(env[variable]).trim(), `it unset: the ${scenario} scenario takes ${takes}`);
    }
    return value;
  };
  return {
    vus: knob('VUS', positiveInteger),
    iterations: knob('ITERATIONS', positiveInteger),
    duration: knob('DURATION', duration),
    rate: knob('RATE', rate),
  };
}
