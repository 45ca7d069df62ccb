/**
 * How long a run can last at most, from k6's consolidated options (`exec.test.options`, where
 * an unset option is null and k6's default applies). Row names state it, so a sweep can tell a
 * run still going from one that ended or died without asking anyone. Pure.
 */

/** One scenario as `exec.test.options.scenarios` gives it. */
export interface ScenarioLimits {
  executor: string;
  startTime?: string | null;
  gracefulStop?: string | null;
  gracefulRampDown?: string | null;
  duration?: string | null;
  maxDuration?: string | null;
  stages?: readonly { duration: string }[] | null;
}

/** The options that bound a run's length. */
export interface RunLimits {
  scenarios?: Readonly<Record<string, ScenarioLimits>> | null;
  setupTimeout?: string | null;
  teardownTimeout?: string | null;
}

/** k6's defaults for the options above. */
const K6_DEFAULTS = { setupTimeout: '60s', teardownTimeout: '60s', gracefulStop: '30s', gracefulRampDown: '30s', maxDuration: '10m' };

/** Added to every stated end: clock skew between the hosts that create and sweep rows, k6's own shutdown. */
export const RUN_END_MARGIN_MS = 120_000;

/** A bound for anything this module cannot read: a day, so a run is never judged over too early. */
const UNKNOWN_MS = 24 * 3_600_000;

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds of a Go/k6 duration (`45s`, `1m30s`, `1.5s`, `1d2h`, or a number of ms); NaN when unreadable. */
export function goDurationMs(text: string | number): number {
  if (typeof text === 'number') return text;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (!/^((\d+(\.\d+)?)(ns|us|µs|ms|s|m|h|d))+$/.test(text)) return Number.NaN;
  let total = 0;
  for (const [, value, , unit] of text.matchAll(/(\d+(\.\d+)?)(ns|us|µs|ms|s|m|h|d)/g)) total += Number(value) * UNIT_MS[unit];
  return total;
}

function ms(value: string | null | undefined, fallback: string): number {
  const parsed = goDurationMs(value ?? fallback);
  return Number.isFinite(parsed) ? parsed : UNKNOWN_MS;
}

/** The longest one scenario can run after its start time, graceful stops included. */
export function scenarioMaxMs(scenario: ScenarioLimits): number {
  const gracefulStop = ms(scenario.gracefulStop, K6_DEFAULTS.gracefulStop);
  const stages = (scenario.stages ?? []).reduce((sum, stage) => sum + ms(stage.duration, '0s'), 0);
  switch (scenario.executor) {
    case 'per-vu-iterations':
    case 'shared-iterations':
      return ms(scenario.maxDuration, K6_DEFAULTS.maxDuration) + gracefulStop;
    case 'constant-vus':
    case 'constant-arrival-rate':
      return ms(scenario.duration, '0s') + gracefulStop;
    case 'ramping-vus':
      return stages + ms(scenario.gracefulRampDown, K6_DEFAULTS.gracefulRampDown) + gracefulStop;
    case 'ramping-arrival-rate':
      return stages + gracefulStop;
    default:
      return UNKNOWN_MS;
  }
}

/**
 * The most a run can last from the start of its `setup()` to the end of its `teardown()`,
 * plus {@link RUN_END_MARGIN_MS}: the setup timeout, the latest scenario end, the teardown timeout.
 */
export function runLifeMs(options: RunLimits): number {
  const scenarios = Object.values(options.scenarios ?? {});
  const scenariosEnd = scenarios.length === 0
    ? UNKNOWN_MS
    : Math.max(...scenarios.map((scenario) => ms(scenario.startTime, '0s') + scenarioMaxMs(scenario)));
  return (
    ms(options.setupTimeout, K6_DEFAULTS.setupTimeout) + scenariosEnd + ms(options.teardownTimeout, K6_DEFAULTS.teardownTimeout) + RUN_END_MARGIN_MS
  );
}
