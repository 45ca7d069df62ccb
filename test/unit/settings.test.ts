import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { K6_SETTINGS, declaration, knobsOf, type SettingName } from '../../lib/settings/declarations.ts';
import { ConfigError } from '../../lib/settings/error.ts';
import { checkKnobs, knobReader, read, readOptional } from '../../lib/settings/read.ts';
import { scenarioNames } from '../../tools/build/bundle.ts';
import { SETTINGS_DOC, scenarioDefaults, settingsMarkdown } from '../../tools/settings-doc.ts';
import { NODE_SETTINGS, nodeSetting } from '../../tools/node-settings.ts';

describe('docs/settings.md', () => {
  it('is what npm run docs:settings writes from the declarations', () => {
    expect(readFileSync(SETTINGS_DOC, 'utf8')).toBe(settingsMarkdown());
  });

  it('has one row per declared variable, on each side', () => {
    const doc = readFileSync(SETTINGS_DOC, 'utf8');
    for (const name of [...Object.keys(K6_SETTINGS), ...Object.keys(NODE_SETTINGS)]) {
      expect(doc.match(new RegExp(`^\\| \`${name}\` \\|`, 'gm'))).toHaveLength(1);
    }
  });
});

describe('read: one declared variable', () => {
  it('falls back to the declared default, parsed by the declared form; blank counts as unset', () => {
    expect(read({}, 'SLO_P95_MS')).toBe(300);
    expect(read({ SLO_P95_MS: '  ' }, 'SLO_P95_MS')).toBe(300);
    expect(read({ SLO_P95_MS: '250' }, 'SLO_P95_MS')).toBe(250);
    expect(readOptional({}, 'BEASTS')).toBeUndefined();
  });

  it('refuses a bad value with one line naming the variable and the accepted form', () => {
    expect(() => read({ GRAFANA_URL: 'grafana' }, 'GRAFANA_URL')).toThrow(
      new ConfigError('GRAFANA_URL', 'grafana', 'an http(s) URL without query or fragment, such as http://localhost:4000'),
    );
    expect(() => read({ GRAFANA_URL: 'grafana' }, 'GRAFANA_URL')).toThrow('GRAFANA_URL=grafana is not valid: expected an http(s) URL without query or fragment, such as http://localhost:4000');
  });

  it('every literal default is accepted by its own form', () => {
    for (const name of Object.keys(K6_SETTINGS) as SettingName[]) {
      const { default: fallback, computed, form } = declaration(name);
      if (fallback !== undefined && !computed) expect(() => form(fallback, name)).not.toThrow();
    }
  });
});

describe('knob: a scenario knob', () => {
  it('reads the knob in its declared form, the scenario default written as a user would set it', () => {
    const knob = knobReader({ RATE: '600/m' }, 'load');
    expect(knob('RATE', '20')).toEqual({ rate: 600, timeUnit: '1m' });
    expect(knob('RAMP_UP', '1m')).toBe('1m');
    expect(knob('MIX_READ')).toBe(0.6);
    expect(knobReader({}, 'spike')('SPIKE_FACTOR', '10')).toBe(10);
  });

  it('refuses a bad value with the one line, and a knob not declared for the scenario as a mistake in it', () => {
    expect(() => knobReader({ RAMP_UP: 'soon' }, 'load')('RAMP_UP', '1m')).toThrow('RAMP_UP=soon is not valid: expected a duration such as 0s, 30s, 5m or 1h30m');
    expect(() => knobReader({}, 'smoke')('RAMP_UP', '1m')).toThrow('knob(RAMP_UP): not declared for the smoke scenario');
  });

  it('checkKnobs checks the forms of the knobs the scenario reads, not of the others', () => {
    expect(() => checkKnobs({ SPIKE_FACTOR: 'lots' }, 'spike')).toThrow('SPIKE_FACTOR=lots is not valid: expected a number above 1 and at most 100');
    expect(() => checkKnobs({ SPIKE_FACTOR: 'lots' }, 'load')).not.toThrow();
  });

  it.each(scenarioNames())('%s reads in its source exactly the knobs declared for it (or their declared defaults)', (scenario) => {
    const source = readFileSync(new URL(`../../scenarios/${scenario}.ts`, import.meta.url), 'utf8');
    const called = [...source.matchAll(/\bknob\('([A-Z0-9_]+)'/g)].map((match) => match[1]);
    for (const name of called) expect(declaration(name as SettingName).scenarios).toContain(scenario);
    for (const name of knobsOf(scenario)) {
      if (!called.includes(name)) expect(declaration(name).default, `${name} in ${scenario}`).toBeDefined();
    }
  });

  it('the docs take each knob default from the scenario that states it', () => {
    expect(scenarioDefaults()).toMatchObject({ RAMP_UP: { load: '1m' }, DURATION: { load: '5m', soak: '4h' }, MAX_VUS: { breakpoint: '1000' } });
  });
});

describe('Node-side settings (tools/node-settings.ts)', () => {
  it('reads a variable in its declared form, undefined when unset', () => {
    expect(nodeSetting({ K6_WEB_DASHBOARD_PORT: '0' }, 'K6_WEB_DASHBOARD_PORT')).toBe(0);
    expect(nodeSetting({}, 'K6_PROMETHEUS_RW_STALE_MARKERS')).toBeUndefined();
    expect(() => nodeSetting({ K6_WEB_DASHBOARD: 'yes' }, 'K6_WEB_DASHBOARD')).toThrow('K6_WEB_DASHBOARD=yes is not valid: expected true or false');
  });

  it('declares no variable the k6 side declares too', () => {
    for (const name of Object.keys(NODE_SETTINGS)) expect(Object.keys(K6_SETTINGS)).not.toContain(name);
  });
});
