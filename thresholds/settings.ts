import { SLO_MODES, SLO_PROFILES } from '../lib/settings/declarations.ts';
import { atLeast, type Env } from '../lib/settings/forms.ts';
import { read } from '../lib/settings/read.ts';

export { SLO_MODES, SLO_PROFILES };

/** Which failures the availability objectives budget for. */
export type SloProfile = (typeof SLO_PROFILES)[number];

/**
 * How a breach ends the run: `gate` aborts early (CI), `soak` judges the whole run, `report`
 * judges nothing in k6 (exit 0) and only reports verdicts.
 */
export type SloMode = (typeof SLO_MODES)[number];

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

/**
 * p99 objective unless SLO_P99_MS says otherwise (at least SLO_P95_MS): the tail may be slower
 * than p95, but not by an order of magnitude. A constant, so a VU's request timeout can fall
 * back to it without the settings parsers.
 */
export const DEFAULT_P99_MS = 1000;

/**
 * Parses the SLO settings. `defaultMode` is the scenario's own choice: a smoke test gates, a
 * soak test judges the whole run. The first bad value throws a one-line `ConfigError`.
 */
export function parseSloSettings(env: Env, defaultMode: SloMode): SloSettings {
  const p95Ms = read(env, 'SLO_P95_MS');
  return {
    profile: read(env, 'SLO_PROFILE'),
    mode: read(env, 'SLO_MODE', { fallback: defaultMode }),
    p95Ms,
    p99Ms: read(env, 'SLO_P99_MS', { fallback: Math.max(DEFAULT_P99_MS, p95Ms), form: atLeast(p95Ms, 'SLO_P95_MS') }),
    availability: read(env, 'SLO_AVAILABILITY'),
    checks: read(env, 'SLO_CHECKS'),
    falseAlarm: read(env, 'SLO_FALSE_ALARM'),
    maxDropped: read(env, 'SLO_MAX_DROPPED'),
    grafana: {
      url: read(env, 'GRAFANA_URL'),
      tempoUid: read(env, 'GRAFANA_TEMPO_UID'),
      lokiUid: read(env, 'GRAFANA_LOKI_UID'),
      mimirUid: read(env, 'GRAFANA_MIMIR_UID'),
    },
  };
}
