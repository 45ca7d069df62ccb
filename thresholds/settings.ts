import {
  matching,
  oneOf,
  positiveInteger,
  setting,
  url,
  validator,
  type Env,
  type Validator,
} from '../lib/config/validators.ts';

/** Which failures the availability objectives budget for. */
export type SloProfile = 'default' | 'always-succeed';
/** The SLO profiles, in the order they are documented. */
export const SLO_PROFILES: readonly SloProfile[] = ['default', 'always-succeed'];

/**
 * How a breach ends the run: `gate` aborts early (CI), `soak` judges the whole run, `report`
 * judges nothing in k6 (exit 0) and only reports verdicts.
 */
export type SloMode = 'gate' | 'soak' | 'report';
/** The SLO modes, in the order they are documented. */
export const SLO_MODES: readonly SloMode[] = ['gate', 'soak', 'report'];

/** Where the report's Explore links point: the Grafana base URL and its datasource uids. */
export interface GrafanaSettings {
  url: string;
  tempoUid: string;
  lokiUid: string;
  mimirUid: string;
}

/** Every SLO setting of one run, validated. */
export interface SloSettings {
  profile: SloProfile;
  mode: SloMode;
  /** p95 latency objective per request group, milliseconds. */
  p95Ms: number;
  /** p99 latency objective per request group, milliseconds. */
  p99Ms: number;
  /** Share of requests that must succeed where no failure is designed in, e.g. 0.99. */
  availability: number;
  /** Share of checks that must pass where no failure is designed in, e.g. 0.99. */
  checks: number;
  /**
   * Probability that a run whose target meets every objective still fails (SLO_FALSE_ALARM),
   * split over the catalog's SLOs.
   */
  falseAlarm: number;
  /** Share of the planned iterations an arrival-rate run may drop before "delivered load" breaches. */
  maxDropped: number;
  grafana: GrafanaSettings;
}

/** The stack's own k6 script judged p95 against 300 ms. */
export const DEFAULT_P95_MS = 300;
/** p99 objective: the tail may be slower than p95, but not by an order of magnitude. */
export const DEFAULT_P99_MS = 1000;
/** Default success objective of a request group without designed failures. */
export const DEFAULT_AVAILABILITY = 0.99;
/** One healthy run in a hundred may fail somewhere: the gate's whole false-alarm budget. */
export const DEFAULT_FALSE_ALARM = 0.01;
/** A generator that could not start 1% of the planned iterations did not deliver the load. */
export const DEFAULT_MAX_DROPPED = 0.01;

/** A ratio strictly between 0 and 1, e.g. `0.99`. */
const ratio: Validator<number> = validator('a ratio between 0 and 1 such as 0.99', (raw) => {
  if (!/^0?\.\d{1,6}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value > 0 && value < 1 ? value : undefined;
});

/** A share from 0 to 1, both included, e.g. `0.01`. */
const share: Validator<number> = validator('a number from 0 to 1 such as 0.01', (raw) =>
  /^(0|1|0?\.\d{1,6})$/.test(raw) ? Number(raw) : undefined,
);

/** A false-alarm probability: above 0 (a gate that never fails judges nothing), at most 0.5. */
const falseAlarm: Validator<number> = validator('a probability above 0 and at most 0.5 such as 0.01', (raw) => {
  if (!/^0?\.\d{1,6}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value > 0 && value <= 0.5 ? value : undefined;
});

/** A whole number of milliseconds no smaller than `floor`: a p99 objective below p95 cannot hold. */
function atLeast(floor: number, floorName: string): Validator<number> {
  return validator(`a whole number of at least ${floor} (${floorName})`, (raw) => {
    const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
    return value >= floor && value <= 2 ** 31 - 1 ? value : undefined;
  });
}

/** A Grafana datasource uid (letters, digits, `-`, `_`, at most 40 characters). */
const datasourceUid = matching(/^[A-Za-z0-9_-]{1,40}$/, 'a datasource uid of letters, digits, - and _');

/**
 * Parses the SLO settings. `defaultMode` is the scenario's own choice: a smoke test gates, a
 * soak test judges the whole run. The first bad value throws a one-line `ConfigError`.
 */
export function parseSloSettings(env: Env, defaultMode: SloMode): SloSettings {
  const p95Ms = setting(env, 'SLO_P95_MS', positiveInteger, DEFAULT_P95_MS);
  return {
    profile: setting(env, 'SLO_PROFILE', oneOf(SLO_PROFILES), 'default'),
    mode: setting(env, 'SLO_MODE', oneOf(SLO_MODES), defaultMode),
    p95Ms,
    p99Ms: setting(env, 'SLO_P99_MS', atLeast(p95Ms, 'SLO_P95_MS'), Math.max(DEFAULT_P99_MS, p95Ms)),
    availability: setting(env, 'SLO_AVAILABILITY', ratio, DEFAULT_AVAILABILITY),
    checks: setting(env, 'SLO_CHECKS', ratio, DEFAULT_AVAILABILITY),
    falseAlarm: setting(env, 'SLO_FALSE_ALARM', falseAlarm, DEFAULT_FALSE_ALARM),
    maxDropped: setting(env, 'SLO_MAX_DROPPED', share, DEFAULT_MAX_DROPPED),
    grafana: {
      url: setting(env, 'GRAFANA_URL', url, 'http://localhost:3000'),
      tempoUid: setting(env, 'GRAFANA_TEMPO_UID', datasourceUid, 'tempo'),
      lokiUid: setting(env, 'GRAFANA_LOKI_UID', datasourceUid, 'loki'),
      mimirUid: setting(env, 'GRAFANA_MIMIR_UID', datasourceUid, 'mimir'),
    },
  };
}
