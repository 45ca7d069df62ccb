import { ENDPOINTS, ENDPOINT_TYPES } from '../beasts.ts';
import {
  SAFE_VALUE,
  datasourceUid,
  duration,
  factor,
  falseAlarm,
  listOf,
  matching,
  oneOf,
  positiveInteger,
  rampDuration,
  rate,
  ratio,
  share,
  tags,
  upTo,
  url,
  validator,
  type Validator,
} from './forms.ts';

/**
 * One environment variable the k6 scripts read: its accepted form (which validates and says in
 * words what it accepts), its default and its meaning. docs/settings.md is generated from these
 * (`npm run docs:settings`).
 */
export interface Declaration<T = unknown> {
  readonly form: Validator<T>;
  /**
   * The default as a user would write it, parsed by `form` where it is read; prose (`computed`)
   * where it follows from other values. Absent for a knob whose default each scenario states
   * where it reads it (`knob('RAMP_UP', '1m')`).
   */
  readonly default?: string;
  /** True when `default` is prose, not a value. */
  readonly computed?: boolean;
  readonly meaning: string;
  /** For a scenario knob: the scenarios that read it. Absent: every scenario reads it. */
  readonly scenarios?: readonly string[];
  /** A load override (`VUS`, `RATE`…): refused, not ignored, by a scenario that does not read it. */
  readonly override?: boolean;
}

/** One declaration, its literal type kept (which fields it has), so a knob's value is typed by its form. */
export function declare<T, D extends Omit<Declaration<T>, 'form'>>(form: Validator<T>, declaration: D): D & { readonly form: Validator<T> } {
  return { form, ...declaration };
}

/** Scenarios driven by an arrival-rate executor and the mixed traffic. */
const ARRIVAL = ['load', 'stress', 'spike', 'soak', 'breakpoint'] as const;

/** Longest accepted TESTID: fits a Prometheus label and a Grafana URL with room to spare. */
export const TESTID_MAX_LENGTH = 64;

/** Tags the suite sets itself, and k6 system tags: `TAGS` may not override either. */
export const RESERVED_TAG_KEYS = [
  'testid', 'name', 'beast', 'op',
  'method', 'status', 'url', 'group', 'check', 'scenario', 'expected_response', 'error', 'error_code',
  'proto', 'tls_version', 'subproto', 'service', 'rpc_type', 'resource_type', 'vu', 'iter', 'ip',
] as const;

/** Hard cap on VUs a scenario may allocate: beyond it k6 drops iterations rather than memory. */
export const MAX_VUS_LIMIT = 5000;

/** Upper bound on breakpoint steps: each step is one value of the `step` tag, hence one more series per metric. */
export const MAX_BREAKPOINT_STEPS = 50;

/** The SLO modes, in the order they are documented (thresholds/settings.ts says what each does). */
export const SLO_MODES = ['gate', 'soak', 'report'] as const;
/** The SLO profiles, in the order they are documented. */
export const SLO_PROFILES = ['default', 'always-succeed'] as const;

/**
 * Every variable the k6 scripts read, each declared once, grouped as docs/settings.md shows
 * them: the target and the run, the load knobs, the SLOs and their links. Node tools read the
 * same declarations; the variables only they read are in tools/node-settings.ts.
 */
export const K6_SETTINGS = {
  BASE_URL: declare(url, { default: 'http://localhost:4000', meaning: 'The Mythical server the load goes to (the run tool starts a sandbox when unset).' }),
  ENDPOINT_TYPE: declare(oneOf(ENDPOINT_TYPES), { default: 'DEFAULT', meaning: "Which of the server's endpoint sets to load (DEFAULT beasts or BORING ones)." }),
  BEASTS: declare(listOf(oneOf<string>([...ENDPOINTS.DEFAULT, ...ENDPOINTS.BORING])), {
    default: 'every endpoint of ENDPOINT_TYPE',
    computed: true,
    meaning: 'The beasts the run loads; each must belong to ENDPOINT_TYPE.',
  }),
  TESTID: declare(
    matching(new RegExp(`^(?=.{1,${TESTID_MAX_LENGTH}}$)${SAFE_VALUE.source.slice(1)}`), `at most ${TESTID_MAX_LENGTH} letters, digits, . _ ~ - starting with a letter or digit`),
    { default: 'the scenario name, the UTC time and 6 random characters', computed: true, meaning: 'The run id: the `testid` tag of every series and the base of every row name.' },
  ),
  TAGS: declare(tags(RESERVED_TAG_KEYS), { default: 'none', computed: true, meaning: 'Extra k6 tags (`k=v,k=v`) on every sample, hence labels on every series.' }),
  REPORT_DIR: declare(matching(/^[^\0\r\n]+$/, 'a directory path'), {
    default: 'reports',
    meaning: 'An existing folder for summary.json, junit.xml and report.md (k6 creates none; the run tool makes one per run).',
  }),
  K6_PROMETHEUS_RW_SERVER_URL: declare(url, {
    default: 'unset (no remote-write)',
    computed: true,
    meaning: "k6's remote-write endpoint; credentials go in K6_PROMETHEUS_RW_USERNAME/_PASSWORD, never in the URL.",
  }),

  VUS: declare(positiveInteger, { scenarios: ['smoke'], override: true, meaning: 'VUs of the smoke scenario.' }),
  ITERATIONS: declare(positiveInteger, { scenarios: ['smoke'], override: true, meaning: 'Iterations each smoke VU runs (each walks every beast once).' }),
  RATE: declare(rate, { scenarios: ['load', 'stress', 'spike', 'soak'], override: true, meaning: 'The target arrival rate (one iteration is one request).' }),
  DURATION: declare(duration, { scenarios: ['load', 'soak'], override: true, meaning: 'How long the target rate is held.' }),
  RAMP_UP: declare(rampDuration, { scenarios: ['load'], meaning: 'Ramp from 0 to RATE; 0s jumps.' }),
  RAMP_DOWN: declare(rampDuration, { scenarios: ['load'], meaning: 'Ramp from RATE to 0 at the end; 0s stops at once.' }),
  MAX_VUS: declare(upTo(MAX_VUS_LIMIT), { scenarios: ARRIVAL, meaning: 'Cap on the VUs an arrival-rate executor allocates; past it k6 drops iterations (dropped_iterations).' }),
  WARM_UP: declare(duration, { scenarios: ['spike'], meaning: 'Time at the baseline RATE before the spike.' }),
  SPIKE_FACTOR: declare(factor, { scenarios: ['spike'], meaning: 'The spike rate as a multiple of RATE.' }),
  SPIKE_RAMP: declare(rampDuration, { scenarios: ['spike'], meaning: 'Time to jump to the spike rate and to drop back.' }),
  SPIKE_DURATION: declare(duration, { scenarios: ['spike'], meaning: 'How long the spike rate is held.' }),
  RECOVERY: declare(duration, { scenarios: ['spike'], meaning: 'Time at the baseline after the spike: does the target recover?' }),
  STRESS_PEAK: declare(factor, { scenarios: ['stress'], meaning: 'The last step as a multiple of RATE.' }),
  STRESS_STEPS: declare(upTo(20), { scenarios: ['stress'], meaning: 'Equal steps from RATE to the peak.' }),
  STEP_DURATION: declare(duration, { scenarios: ['stress', 'breakpoint'], meaning: 'How long each step is held.' }),
  STEP_RAMP: declare(rampDuration, { scenarios: ['stress', 'breakpoint'], meaning: 'Ramp into each step.' }),
  BREAK_START: declare(rate, { scenarios: ['breakpoint'], meaning: 'Rate of the first breakpoint step.' }),
  BREAK_STEP: declare(upTo(1_000_000), { scenarios: ['breakpoint'], meaning: "Rate added per step, in BREAK_START's time unit." }),
  BREAK_STEPS: declare(upTo(MAX_BREAKPOINT_STEPS), { scenarios: ['breakpoint'], meaning: 'Number of steps (each is one more `step` series per metric).' }),
  BREAK_ERROR_RATE: declare(share('0.05'), { scenarios: ['breakpoint'], meaning: "A step breaks when its own error rate passes this (or its p95 passes SLO_P95_MS)." }),
  MIX_READ: declare(share('0.6'), { default: '0.6', scenarios: ARRIVAL, meaning: 'Share of visits that are GET /{beast}; the rest split between POST and DELETE.' }),
  MIX_MAX_PENDING: declare(upTo(100), { default: '5', scenarios: ARRIVAL, meaning: 'Rows one VU may hold before it must delete one: bounds table size and GET bodies.' }),

  SLO_MODE: declare(oneOf(SLO_MODES), {
    default: 'per scenario: gate (smoke, load), soak (soak), report (stress, spike, breakpoint)',
    computed: true,
    meaning: 'gate aborts at the first breach (CI), soak judges the whole run, report only reports (exit 0).',
  }),
  SLO_PROFILE: declare(oneOf(SLO_PROFILES), { default: 'default', meaning: "Which failures the availability objectives budget for (always-succeed: a target without the server's designed 500s)." }),
  SLO_P95_MS: declare(positiveInteger, { default: '300', meaning: 'p95 latency objective of every request group, ms; also what breaks a breakpoint step.' }),
  SLO_P99_MS: declare(validator('a whole number of at least SLO_P95_MS', (raw) => (/^\d{1,10}$/.test(raw) ? Number(raw) : undefined)), {
    default: 'the larger of 1000 and SLO_P95_MS',
    computed: true,
    meaning: 'p99 latency objective, ms (at least SLO_P95_MS); every request times out after 5 × it, within 2–60 s.',
  }),
  SLO_AVAILABILITY: declare(ratio, { default: '0.99', meaning: 'Share of requests that must succeed where no failure is designed in.' }),
  SLO_CHECKS: declare(ratio, { default: '0.99', meaning: 'Share of checks that must pass where no failure is designed in.' }),
  SLO_FALSE_ALARM: declare(falseAlarm, { default: '0.01', meaning: 'Probability that a run meeting every objective still fails, split over the SLOs.' }),
  SLO_MAX_DROPPED: declare(share('0.01', ''), { default: '0.01', meaning: 'Share of planned iterations an arrival-rate run may drop before "delivered load" breaches.' }),
  GRAFANA_URL: declare(url, { default: 'http://localhost:3000', meaning: "Grafana base URL of the report's Explore links." }),
  GRAFANA_TEMPO_UID: declare(datasourceUid, { default: 'tempo', meaning: 'Tempo datasource uid in those links.' }),
  GRAFANA_LOKI_UID: declare(datasourceUid, { default: 'loki', meaning: 'Loki datasource uid in those links.' }),
  GRAFANA_MIMIR_UID: declare(datasourceUid, { default: 'mimir', meaning: 'Mimir datasource uid in those links.' }),
} as const;

/** The name of a variable the k6 scripts read. */
export type SettingName = keyof typeof K6_SETTINGS;

/** The value a variable's form gives. */
export type SettingValue<N extends SettingName> = (typeof K6_SETTINGS)[N] extends Declaration<infer T> ? T : never;

/** The declaration of `name`, as the common shape. */
export function declaration(name: SettingName): Declaration {
  return K6_SETTINGS[name] as Declaration;
}

/** The scenario knobs `scenario` reads, in declaration order. */
export function knobsOf(scenario: string): SettingName[] {
  return (Object.keys(K6_SETTINGS) as SettingName[]).filter((name) => declaration(name).scenarios?.includes(scenario));
}
