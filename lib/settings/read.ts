import { K6_SETTINGS, declaration, knobsOf, type SettingName, type SettingValue } from './declarations.ts';
import { ConfigError } from './error.ts';
import { setting, type Env, type Validator } from './forms.ts';

/** What may replace a declaration's default or form where a value depends on another setting. */
export interface ReadOverrides<T> {
  /** The value when unset, instead of the declared default. */
  fallback?: T;
  /** A stricter form, e.g. BEASTS of the chosen ENDPOINT_TYPE, p99 at least the p95. */
  form?: Validator<T>;
}

/**
 * Reads one declared variable (lib/settings/declarations.ts): its value in the declared form,
 * or the declared default when unset (blank counts as unset). A bad value throws the one-line
 * {@link ConfigError} `<VAR>=<value> is not valid: expected <form>`.
 */
export function read<N extends SettingName>(env: Env, name: N, overrides: ReadOverrides<SettingValue<N>> = {}): SettingValue<N> {
  const declared = K6_SETTINGS[name];
  const form = (overrides.form ?? declared.form) as Validator<SettingValue<N>>;
  if ('fallback' in overrides) return setting(env, name, form, overrides.fallback as SettingValue<N>);
  if (!('default' in declared) || ('computed' in declared && declared.computed)) {
    throw new Error(`read(${name}): no default to fall back to; pass one`);
  }
  return setting(env, name, form, form(declared.default as string, name));
}

/** Like {@link read}, `undefined` when unset. */
export function readOptional<N extends SettingName>(env: Env, name: N, form?: Validator<SettingValue<N>>): SettingValue<N> | undefined {
  return read<N>(env, name, { fallback: undefined as SettingValue<N>, form });
}

/** The names of the variables that are scenario knobs. */
export type KnobName = { [N in SettingName]: (typeof K6_SETTINGS)[N] extends { scenarios: readonly string[] } ? N : never }[SettingName];

/**
 * Reads one knob of the scenario, e.g. `knob('RAMP_UP', '1m')`: the value in the knob's
 * declared form, or `fallback` (written as a user would set it, parsed by the same form) when
 * unset; without `fallback`, the declared default.
 */
export type Knob = <N extends KnobName>(name: N, fallback?: string) => SettingValue<N>;

/**
 * The knob reader of `scenario`. Reading a knob the declarations do not give to `scenario` is
 * a mistake in the scenario (its users would find the knob undocumented), so it throws.
 */
export function knobReader(env: Env, scenario: string): Knob {
  return <N extends KnobName>(name: N, fallback?: string): SettingValue<N> => {
    const declared = K6_SETTINGS[name] as unknown as { scenarios: readonly string[]; form: Validator<SettingValue<N>> };
    if (!declared.scenarios.includes(scenario)) throw new Error(`knob(${name}): not declared for the ${scenario} scenario (lib/settings/declarations.ts)`);
    if (fallback === undefined) return read(env, name);
    return read(env, name, { fallback: declared.form(fallback, name) });
  };
}

/**
 * Refuses a load override (`VUS`, `ITERATIONS`, `RATE`, `DURATION`) that `scenario` does not
 * read: the user meant it, and a run that ignored it would not be the run they asked for.
 */
export function refuseIgnoredOverrides(env: Env, scenario: string): void {
  const overrides = (Object.keys(K6_SETTINGS) as SettingName[]).filter((name) => declaration(name).override);
  const honoured = knobsOf(scenario).filter((name) => declaration(name).override);
  for (const name of overrides) {
    if (readOptional(env, name) === undefined || honoured.includes(name)) continue;
    const takes = honoured.length > 0 ? `only ${honoured.join(', ')}` : 'no load override';
    throw new ConfigError(name, String(env[name]).trim(), `it unset: the ${scenario} scenario takes ${takes}`);
  }
}

/**
 * Checks every knob `scenario` reads against its declared form: what the run tool checks
 * before k6 starts. The values themselves are the scenario's to read, where k6 reads options.
 */
export function checkKnobs(env: Env, scenario: string): void {
  for (const name of knobsOf(scenario)) readOptional(env, name);
}
