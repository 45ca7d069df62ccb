import { describe, expect, it } from 'vitest';
import { SandboxConfigError, parseSandboxConfig } from '../../sandbox/config.ts';
import { seededRandom } from '../../sandbox/random.ts';
import { characterLength, fitVarchar, toColumnText } from '../../sandbox/store/values.ts';

const noFile = (path: string): string => {
  throw Object.assign(new Error('missing'), { code: `ENOENT ${path}` });
};

describe('parseSandboxConfig', () => {
  it('reads every variable, lets a flag win, and defaults the port to 4000', () => {
    const env = {
      PORT: '4100',
      ENDPOINT_TYPE: 'BORING',
      ALWAYS_SUCCEED: 'true',
      SANDBOX_SEED: '9',
      MYTHICAL_SERVER_DATABASE_TEARDOWN_TIMEOUT: '60000',
      DATABASE_URL: 'postgres://u:p@db:5432/mythical',
      SANDBOX_LOGS: 'silent',
      LOGS_TARGET: 'http://loki:3100/loki/api/v1/push',
      SANDBOX_FAULTS: '{"errors":[{"rate":0.1}]}',
    };
    const options = parseSandboxConfig(['--port', '4200'], env, noFile);
    expect(options).toMatchObject({
      port: 4200,
      endpointType: 'BORING',
      alwaysSucceed: true,
      seed: 9,
      teardownTimeoutMs: 60000,
      databaseUrl: 'postgres://u:p@db:5432/mythical',
      logs: 'silent',
      logsTarget: 'http://loki:3100/loki/api/v1/push',
      faults: { errors: [{ beast: '*', method: '*', rate: 0.1, status: 500 }] },
    });
    expect(parseSandboxConfig([], {}, noFile)).toEqual({ port: 4000 });
  });

  it('reads a fault spec from @file', () => {
    expect(parseSandboxConfig(['--faults', '@spec.json'], {}, () => '{"resets":[{"rate":1}]}').faults).toEqual({ resets: [{ beast: '*', method: '*', rate: 1 }] });
  });

  it.each([
    [['--port', '70000'], {}, '--port must be an integer from 0 to 65535 (default 4000)'],
    [[], { ALWAYS_SUCCEED: 'yes' }, 'ALWAYS_SUCCEED must be true or false'],
    [[], { DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    [['--faults', '@nope.json'], {}, '--faults must be a fault spec as JSON, or @path of a JSON file: cannot read nope.json (ENOENT nope.json)'],
    [['--faults', '{'], {}, '--faults must be a fault spec as JSON, or @path of a JSON file: it is not valid JSON'],
    [['--logs'], {}, "Option '--logs <value>' argument missing (see --help for the accepted flags)"],
  ])('%j %j is rejected in one line', (argv, env, message) => {
    expect(() => parseSandboxConfig(argv, env, noFile)).toThrow(new SandboxConfigError(message));
  });
});

describe('column values', () => {
  it('converts JSON values as node-postgres does', () => {
    expect([null, undefined, 'a', 3, false, { a: 1 }, ['x', null, ['y']]].map(toColumnText)).toEqual([null, null, 'a', '3', 'false', '{"a":1}', '{"x",NULL,{"y"}}']);
  });

  it('counts code points and cuts only trailing spaces past the limit', () => {
    expect(characterLength('🦄é')).toBe(2);
    expect(fitVarchar('abc  ', 3)).toBe('abc');
    expect(fitVarchar('abcd', 3)).toBeUndefined();
    expect(fitVarchar('🦄🦄🦄', 3)).toBe('🦄🦄🦄');
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
