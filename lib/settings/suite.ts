import { ENDPOINTS, type EndpointType } from '../beasts.ts';
import { K6_SETTINGS } from './declarations.ts';
import { listOf, oneOf, type Env } from './forms.ts';
import { read, readOptional, refuseIgnoredOverrides } from './read.ts';

/** Where plain `k6 run dist/<scenario>.js` sends load: the real mythical-server's port. */
export const DEFAULT_BASE_URL = K6_SETTINGS.BASE_URL.default;

/** Where a plain `k6 run` writes summary.json, junit.xml and report.md: the repo's `reports/`. */
export const DEFAULT_REPORT_DIR = K6_SETTINGS.REPORT_DIR.default;

/** The settings of one run every scenario reads, validated; each scenario reads its own knobs (lib/settings/read.ts). */
export interface SuiteConfig {
  scenario: string;
  baseUrl: string;
  endpointType: EndpointType;
  /** The beasts (or BORING endpoints) the run loads, in catalogue order. */
  beasts: readonly string[];
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

/** `<scenario>-<UTC time, compact>-<6 random base36>`, e.g. `smoke-20250102T030405Z-k3x9q1`. */
export function defaultTestId(scenario: string, now: Date, random: () => number): string {
  const time = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += Math.floor(random() * 36).toString(36);
  return `${scenario.slice(0, 40)}-${time}-${suffix}`;
}

/** The target a run loads: `BASE_URL`, `ENDPOINT_TYPE` and `BEASTS`. */
export type Target = Pick<SuiteConfig, 'baseUrl' | 'endpointType' | 'beasts'>;

/** Parses the target settings alone (the sweep needs no more); a bad one throws a `ConfigError`. */
export function parseTarget(env: Env): Target {
  const baseUrl = read(env, 'BASE_URL');
  const endpointType = read(env, 'ENDPOINT_TYPE');
  const known: readonly string[] = ENDPOINTS[endpointType];
  const chosen = readOptional(env, 'BEASTS', listOf(oneOf(known)));
  const beasts = chosen ? known.filter((beast) => chosen.includes(beast)) : known;
  return { baseUrl, endpointType, beasts };
}

/**
 * Parses and validates the settings every scenario reads, and refuses a load override the
 * scenario does not read; the first bad one throws a one-line `ConfigError`.
 */
export function parseConfig(env: Env, context: ParseContext): SuiteConfig {
  const { baseUrl, endpointType, beasts } = parseTarget(env);
  refuseIgnoredOverrides(env, context.scenario);
  const testid = read(env, 'TESTID', { fallback: defaultTestId(context.scenario, context.now, context.random) });
  const extraTags = read(env, 'TAGS', { fallback: {} });
  // k6 writes handleSummary files but creates no folder: the default is the repo's own
  // `reports/`, which is always there; the run tool gives each run a folder of its own.
  const reportDir = read(env, 'REPORT_DIR');
  return { scenario: context.scenario, baseUrl, endpointType, beasts, testid, tags: extraTags, reportDir };
}
