import { ConfigError } from './error.ts';

/** The environment as k6 (`__ENV`) and Node (`process.env`) both give it. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Turns the raw text of one variable into a value, or throws a {@link ConfigError}.
 * `accepts` is the accepted form as printed after "expected".
 */
export interface Validator<T> {
  readonly accepts: string;
  (raw: string, variable: string): T;
}

/** Builds a validator from a parse function that returns `undefined` for a bad value. */
export function validator<T>(accepts: string, parse: (raw: string) => T | undefined): Validator<T> {
  const validate = (raw: string, variable: string): T => {
    const value = parse(raw);
    if (value === undefined) throw new ConfigError(variable, raw, accepts);
    return value;
  };
  return Object.assign(validate, { accepts });
}

/**
 * Reads one variable: its validated value, or `fallback` when it is unset. An empty or blank
 * value counts as unset, as CI systems often pass empty variables for "not given".
 */
export function setting<T>(env: Env, variable: string, validate: Validator<T>, fallback: T): T {
  const raw = env[variable];
  return raw === undefined || raw.trim() === '' ? fallback : validate(raw.trim(), variable);
}

/** Like {@link setting}, `undefined` when unset. */
export function optionalSetting<T>(env: Env, variable: string, validate: Validator<T>): T | undefined {
  return setting<T | undefined>(env, variable, validate, undefined);
}

const URL_FORM = /^(https?):\/\/(?:[^\s/@]+@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?(\/[^\s?#]*)?$/;

/** An http(s) base URL without query or fragment; the trailing slash is dropped. */
export const url: Validator<string> = validator('an http(s) URL without query or fragment, such as http://localhost:4000', (raw) => {
  const match = URL_FORM.exec(raw);
  if (!match || (match[3] !== undefined && Number(match[3]) > 65535)) return undefined;
  return raw.replace(/\/+$/, '');
});

/** A whole number ≥ 1 (no sign, no exponent, at most 2^31 − 1). */
export const positiveInteger: Validator<number> = validator('a whole number from 1 to 2147483647', (raw) => {
  if (!/^\d{1,10}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 && value <= 2 ** 31 - 1 ? value : undefined;
});

const DURATION_UNITS_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
const DURATION_FORM = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;

/** Milliseconds of a k6 duration such as `30s`, `5m`, `1h30m` or `250ms`; undefined when malformed or zero. */
export function durationMs(text: string): number | undefined {
  const match = DURATION_FORM.exec(text);
  if (!match) return undefined;
  const [, h, m, s, ms] = match;
  const total =
    Number(h ?? 0) * DURATION_UNITS_MS.h +
    Number(m ?? 0) * DURATION_UNITS_MS.m +
    Number(s ?? 0) * DURATION_UNITS_MS.s +
    Number(ms ?? 0);
  return total > 0 ? total : undefined;
}

/** A k6 duration (`30s`, `5m`, `1h30m`, `250ms`), kept as text because k6 options take it so. */
export const duration: Validator<string> = validator('a duration such as 250ms, 30s, 5m or 1h30m', (raw) =>
  durationMs(raw) === undefined ? undefined : raw,
);

/** An arrival rate for the `*-arrival-rate` executors. */
export interface Rate {
  /** Iterations started per `timeUnit`. */
  rate: number;
  timeUnit: '1s' | '1m' | '1h';
}

/** `<n>` (per second) or `<n>/s`, `<n>/m`, `<n>/h`. */
export const rate: Validator<Rate> = validator('iterations per time unit from 1 to 9999999, such as 20, 20/s, 600/m or 100/h', (raw) => {
  const match = /^(\d{1,7})(?:\/(s|m|h))?$/.exec(raw);
  if (!match || Number(match[1]) < 1) return undefined;
  return { rate: Number(match[1]), timeUnit: `1${match[2] ?? 's'}` as Rate['timeUnit'] };
});

/** One of a fixed set of words, compared case-insensitively, returned as written in `values`. */
export function oneOf<T extends string>(values: readonly T[]): Validator<T> {
  return validator(`one of ${values.join(', ')}`, (raw) =>
    values.find((value) => value.toLowerCase() === raw.toLowerCase()),
  );
}

/** A comma-separated list, each item checked by `item`; blanks and duplicates are refused. */
export function listOf<T>(item: Validator<T>): Validator<T[]> {
  return validator(`a comma-separated list of ${item.accepts}`, (raw) => {
    const parts = raw.split(',').map((part) => part.trim());
    if (parts.some((part) => part === '') || new Set(parts).size !== parts.length) return undefined;
    try {
      return parts.map((part) => item(part, ''));
    } catch {
      return undefined;
    }
  });
}

/** `true`/`false`, also `1`/`0`, `yes`/`no`, `on`/`off`. */
export const boolean: Validator<boolean> = validator('true or false', (raw) => {
  const word = raw.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(word)) return true;
  if (['false', '0', 'no', 'off'].includes(word)) return false;
  return undefined;
});

/** Text matching `form`; `accepts` says in words what that is. */
export function matching(form: RegExp, accepts: string): Validator<string> {
  return validator(accepts, (raw) => (form.test(raw) ? raw : undefined));
}

/** A Prometheus label name that is not reserved (`__` prefix). */
export const LABEL_NAME = /^(?!__)[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/** Characters safe, unescaped, in a Prometheus label value, a URL path or query, LogQL and TraceQL strings. */
export const SAFE_VALUE = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;

/**
 * Extra tags `k=v,k=v`: keys are label names and none of `reserved`; values are safe values
 * of at most 128 characters.
 */
export function tags(reserved: readonly string[]): Validator<Record<string, string>> {
  const accepts = `key=value pairs separated by commas, keys label names (not starting with __) other than ${reserved.join(', ')}, values of at most 128 letters, digits, . _ ~ -`;
  return validator(accepts, (raw) => {
    const pairs = raw.split(',').map((pair) => pair.trim().split('='));
    const result: Record<string, string> = {};
    for (const pair of pairs) {
      if (pair.length !== 2) return undefined;
      const [key, value] = pair;
      const valid = LABEL_NAME.test(key) && !reserved.includes(key) && SAFE_VALUE.test(value) && value.length <= 128;
      if (!valid || key in result) return undefined;
      result[key] = value;
    }
    return result;
  });
}

/** A multiplier such as `1.5` or `3`, from 1 (exclusive) to 100. */
export const factor: Validator<number> = /* @__PURE__ */ validator('a number above 1 and at most 100, such as 1.5 or 3', (raw) => {
  const value = /^\d{1,3}(\.\d{1,3})?$/.test(raw) ? Number(raw) : NaN;
  return value > 1 && value <= 100 ? value : undefined;
});

/** A share from 0 to 1, both included, with up to 6 decimals; `accepts` names `example`. */
export function share(example: string, comma = ','): Validator<number> {
  return validator(`a number from 0 to 1${comma} such as ${example}`, (raw) => {
    const value = /^(0(\.\d{1,6})?|1(\.0{1,6})?|\.\d{1,6})$/.test(raw) ? Number(raw) : NaN;
    return value >= 0 && value <= 1 ? value : undefined;
  });
}

/** A ratio strictly between 0 and 1, e.g. `0.99`. */
export const ratio: Validator<number> = /* @__PURE__ */ validator('a ratio between 0 and 1 such as 0.99', (raw) => {
  if (!/^0?\.\d{1,6}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value > 0 && value < 1 ? value : undefined;
});

/** A false-alarm probability: above 0 (a gate that never fails judges nothing), at most 0.5. */
export const falseAlarm: Validator<number> = /* @__PURE__ */ validator('a probability above 0 and at most 0.5 such as 0.01', (raw) => {
  if (!/^0?\.\d{1,6}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value > 0 && value <= 0.5 ? value : undefined;
});

/** A whole number from 1 to `max`: counts that bound memory or series (steps, VUs). */
export function upTo(max: number): Validator<number> {
  return validator(`a whole number from 1 to ${max}`, (raw) => {
    const value = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
    return value >= 1 && value <= max ? value : undefined;
  });
}

/** A whole number of milliseconds no smaller than `floor`: a p99 objective below p95 cannot hold. */
export function atLeast(floor: number, floorName: string): Validator<number> {
  return validator(`a whole number of at least ${floor} (${floorName})`, (raw) => {
    const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
    return value >= floor && value <= 2 ** 31 - 1 ? value : undefined;
  });
}

/** A k6 duration that may also be zero (`0s`): a ramp the user chooses to skip. */
export const rampDuration: Validator<string> = /* @__PURE__ */ validator('a duration such as 0s, 30s, 5m or 1h30m', (raw) =>
  /^0+(ms|s|m|h)$/.test(raw) || durationMs(raw) !== undefined ? raw : undefined,
);

/** A Grafana datasource uid (letters, digits, `-`, `_`, at most 40 characters). */
export const datasourceUid: Validator<string> = /* @__PURE__ */ matching(/^[A-Za-z0-9_-]{1,40}$/, 'a datasource uid of letters, digits, - and _');
