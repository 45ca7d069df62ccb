import { duration, durationMs, rate, setting, validator, type Env, type Rate, type Validator } from '../config/validators.ts';

/** A multiplier such as `1.5` or `3`, from 1 (exclusive) to 100. */
export const factor: Validator<number> = validator('a number above 1 and at most 100, such as 1.5 or 3', (raw) => {
  const value = /^\d{1,3}(\.\d{1,3})?$/.test(raw) ? Number(raw) : NaN;
  return value > 1 && value <= 100 ? value : undefined;
});

/** A share between 0 and 1 inclusive, such as `0.6`. */
export const share: Validator<number> = validator('a number from 0 to 1, such as 0.6', (raw) => {
  const value = /^(0(\.\d{1,4})?|1(\.0{1,4})?|\.\d{1,4})$/.test(raw) ? Number(raw) : NaN;
  return value >= 0 && value <= 1 ? value : undefined;
});

/** A whole number from 1 to `max`: counts that bound memory or series (steps, VUs). */
export function upTo(max: number): Validator<number> {
  return validator(`a whole number from 1 to ${max}`, (raw) => {
    const value = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
    return value >= 1 && value <= max ? value : undefined;
  });
}

/** Hard cap on VUs a plan may allocate: beyond it k6 drops iterations rather than memory. */
export const MAX_VUS_LIMIT = 5000;

/** The knobs every arrival-rate plan shares: target rate and the VU cap. */
export interface ArrivalKnobs {
  rate: Rate;
  maxVUs: number;
}

/** Reads `RATE` and `MAX_VUS` with the scenario's defaults. */
export function arrivalKnobs(env: Env, defaults: { rate: number; maxVUs: number }): ArrivalKnobs {
  return {
    rate: setting<Rate>(env, 'RATE', rate, { rate: defaults.rate, timeUnit: '1s' }),
    maxVUs: maxVUsKnob(env, defaults.maxVUs),
  };
}

/** `MAX_VUS`, at most {@link MAX_VUS_LIMIT}, with the scenario's default. */
export function maxVUsKnob(env: Env, fallback: number): number {
  return setting(env, 'MAX_VUS', upTo(MAX_VUS_LIMIT), fallback);
}

/** A k6 duration knob, e.g. `RAMP_UP`, with its default. */
export function durationKnob(env: Env, variable: string, fallback: string): string {
  return setting(env, variable, duration, fallback);
}

/** A k6 duration that may also be zero (`0s`): a ramp the user chooses to skip. */
export const rampDuration: Validator<string> = validator('a duration such as 0s, 30s, 5m or 1h30m', (raw) =>
  /^0+(ms|s|m|h)$/.test(raw) || durationMs(raw) !== undefined ? raw : undefined,
);

/** A ramp knob, e.g. `RAMP_UP`, with its default; `0s` jumps straight to the target. */
export function rampKnob(env: Env, variable: string, fallback: string): string {
  return setting(env, variable, rampDuration, fallback);
}
