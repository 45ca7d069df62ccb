import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../lib/settings/error.ts';
import { DEFAULT_BASE_URL, defaultTestId, parseConfig, type ParseContext } from '../../lib/settings/suite.ts';
import { knobReader } from '../../lib/settings/read.ts';
import { boolean, duration, durationMs, listOf, oneOf, positiveInteger, rate, tags, url } from '../../lib/settings/forms.ts';

const context: ParseContext = { scenario: 'smoke', now: new Date('2025-01-02T03:04:05.678Z'), random: () => 0.5 };

/** The one line a bad value produces. */
function failure(env: Record<string, string>, scenario = 'smoke'): string {
  try {
    parseConfig(env, { ...context, scenario });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`no ConfigError for ${JSON.stringify(env)}`);
}

describe('parseConfig defaults', () => {
  it('gives every setting a default', () => {
    const config = parseConfig({}, context);
    expect(config).toEqual({
      scenario: 'smoke',
      baseUrl: DEFAULT_BASE_URL,
      endpointType: 'DEFAULT',
      beasts: ['unicorn', 'manticore', 'illithid', 'owlbear', 'beholder'],
      testid: 'smoke-20250102T030405Z-iiiiii',
      tags: {},
      reportDir: 'reports',
    });
  });

  it('treats a blank variable as unset', () => {
    expect(parseConfig({ BASE_URL: ' ', VUS: '' }, context).baseUrl).toBe(DEFAULT_BASE_URL);
  });
});

describe('each variable, good values', () => {
  it('BASE_URL keeps the URL without a trailing slash', () => {
    expect(parseConfig({ BASE_URL: 'https://user:pw@mythical.example:8443/api/' }, context).baseUrl).toBe(
      'https://user:pw@mythical.example:8443/api',
    );
    expect(parseConfig({ BASE_URL: 'http://[::1]:4000' }, context).baseUrl).toBe('http://[::1]:4000');
  });

  it('ENDPOINT_TYPE selects the beast set, case-insensitively', () => {
    const config = parseConfig({ ENDPOINT_TYPE: 'boring' }, context);
    expect(config.endpointType).toBe('BORING');
    expect(config.beasts).toEqual(['login', 'payment', 'account', 'cart', 'health', 'fastcache']);
  });

  it('BEASTS picks a subset, in catalogue order', () => {
    expect(parseConfig({ BEASTS: 'owlbear, unicorn' }, context).beasts).toEqual(['unicorn', 'owlbear']);
  });

  it('VUS and ITERATIONS override the smoke scenario', () => {
    const env = { VUS: '3', ITERATIONS: '7' };
    expect(() => parseConfig(env, context)).not.toThrow();
    const knob = knobReader(env, 'smoke');
    expect([knob('VUS', '4'), knob('ITERATIONS', '10')]).toEqual([3, 7]);
  });

  it('DURATION and RATE apply to scenarios that honour them', () => {
    expect(() => parseConfig({ DURATION: '1h30m' }, { ...context, scenario: 'nosuch' })).toThrow(ConfigError);
    expect(duration('1h30m', 'DURATION')).toBe('1h30m');
    expect(rate('600/m', 'RATE')).toEqual({ rate: 600, timeUnit: '1m' });
    expect(rate('20', 'RATE')).toEqual({ rate: 20, timeUnit: '1s' });
  });

  it('TESTID and TAGS and REPORT_DIR', () => {
    const config = parseConfig({ TESTID: 'pr-1234.run_2~a', TAGS: 'team=sre,env=ci', REPORT_DIR: 'out/x' }, context);
    expect(config.testid).toBe('pr-1234.run_2~a');
    expect(config.tags).toEqual({ team: 'sre', env: 'ci' });
    expect(config.reportDir).toBe('out/x');
  });
});

describe('each variable, bad values: one line naming the variable and the accepted form', () => {
  const cases: Array<[Record<string, string>, string]> = [
    [{ BASE_URL: 'localhost:4000' }, 'BASE_URL=localhost:4000 is not valid: expected an http(s) URL without query or fragment, such as http://localhost:4000'],
    [{ BASE_URL: 'http://x:99999' }, 'BASE_URL=http://x:99999 is not valid: expected an http(s) URL'],
    [{ BASE_URL: 'http://x/?q=1' }, 'BASE_URL=http://x/?q=1 is not valid'],
    [{ ENDPOINT_TYPE: 'FANCY' }, 'ENDPOINT_TYPE=FANCY is not valid: expected one of DEFAULT, BORING'],
    [{ BEASTS: 'unicorn,dragon' }, 'BEASTS=unicorn,dragon is not valid: expected a comma-separated list of one of unicorn, manticore, illithid, owlbear, beholder'],
    [{ BEASTS: 'unicorn,,owlbear' }, 'BEASTS=unicorn,,owlbear is not valid'],
    [{ BEASTS: 'unicorn,unicorn' }, 'BEASTS=unicorn,unicorn is not valid'],
    [{ ENDPOINT_TYPE: 'BORING', BEASTS: 'unicorn' }, 'BEASTS=unicorn is not valid: expected a comma-separated list of one of login,'],
    [{ VUS: '0' }, 'VUS=0 is not valid: expected a whole number from 1 to 2147483647'],
    [{ VUS: '2.5' }, 'VUS=2.5 is not valid'],
    [{ VUS: '-1' }, 'VUS=-1 is not valid'],
    [{ ITERATIONS: '1e3' }, 'ITERATIONS=1e3 is not valid: expected a whole number from 1 to 2147483647'],
    [{ DURATION: '30s' }, 'DURATION=30s is not valid: expected it unset: the smoke scenario takes only VUS, ITERATIONS'],
    [{ RATE: '10/s' }, 'RATE=10/s is not valid: expected it unset: the smoke scenario takes only VUS, ITERATIONS'],
    [{ TESTID: 'has space' }, 'TESTID="has space" is not valid: expected at most 64 letters, digits, . _ ~ -'],
    [{ TESTID: 'x'.repeat(65) }, `TESTID=${'x'.repeat(65)} is not valid`],
    [{ TESTID: 'a{b}' }, 'TESTID=a{b} is not valid'],
    [{ TESTID: '-leading' }, 'TESTID=-leading is not valid'],
    [{ TAGS: 'team' }, 'TAGS=team is not valid: expected key=value pairs separated by commas'],
    [{ TAGS: 'testid=mine' }, 'TAGS=testid=mine is not valid'],
    [{ TAGS: 'beast=x' }, 'TAGS=beast=x is not valid'],
    [{ TAGS: '__name__=x' }, 'TAGS=__name__=x is not valid'],
    [{ TAGS: '1team=x' }, 'TAGS=1team=x is not valid'],
    [{ TAGS: 'team=a b' }, 'TAGS="team=a b" is not valid'],
    [{ TAGS: 'team=a,team=b' }, 'TAGS=team=a,team=b is not valid'],
  ];
  it.each(cases)('%j', (env, expected) => {
    const message = failure(env);
    expect(message).toContain(expected);
    expect(message).not.toContain('\n');
  });

  it.each([
    [duration, 'DURATION', '30', 'DURATION=30 is not valid: expected a duration such as 250ms, 30s, 5m or 1h30m'],
    [duration, 'DURATION', '0s', 'DURATION=0s is not valid'],
    [duration, 'DURATION', '5m1h', 'DURATION=5m1h is not valid'],
    [rate, 'RATE', '0', 'RATE=0 is not valid: expected iterations per time unit from 1 to 9999999, such as 20, 20/s, 600/m or 100/h'],
    [rate, 'RATE', '10/d', 'RATE=10/d is not valid'],
    [rate, 'RATE', '1.5/s', 'RATE=1.5/s is not valid'],
  ] as const)('%o %s=%s (for scenarios that honour it)', (validate, variable, raw, expected) => {
    expect(() => validate(raw, variable)).toThrow(expected);
  });

  it('REPORT_DIR must be a path on one line', () => {
    expect(failure({ REPORT_DIR: 'a\nb' })).toBe('REPORT_DIR="a\\nb" is not valid: expected a directory path');
  });

  it('names the variable in the error', () => {
    let caught: unknown;
    try {
      parseConfig({ VUS: 'many' }, context);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe('VUS');
  });

  it('never prints a password given in BASE_URL', () => {
    const message = failure({ BASE_URL: 'http://admin:s3cret@host:99999' });
    expect(message).not.toContain('s3cret');
    expect(message).toContain('admin:***@');
  });

  it('keeps a value with a newline on one line', () => {
    expect(failure({ TESTID: 'a\nb' })).toBe('TESTID="a\\nb" is not valid: expected at most 64 letters, digits, . _ ~ - starting with a letter or digit');
  });
});

describe('validators', () => {
  it('durationMs reads k6 durations', () => {
    expect(durationMs('1h30m')).toBe(5_400_000);
    expect(durationMs('250ms')).toBe(250);
    expect(durationMs('1m30s')).toBe(90_000);
    expect(durationMs('0s')).toBeUndefined();
    expect(durationMs('30')).toBeUndefined();
    expect(durationMs('5m1h')).toBeUndefined();
  });

  it('boolean accepts the usual words', () => {
    expect(boolean('TRUE', 'X')).toBe(true);
    expect(boolean('off', 'X')).toBe(false);
    expect(() => boolean('maybe', 'FLAG')).toThrow('FLAG=maybe is not valid: expected true or false');
  });

  it('url, positiveInteger, oneOf, listOf, tags report their accepted form', () => {
    expect(url.accepts).toMatch(/URL/);
    expect(positiveInteger('2147483647', 'N')).toBe(2147483647);
    expect(() => positiveInteger('2147483648', 'N')).toThrow(ConfigError);
    expect(oneOf(['a', 'b']).accepts).toBe('one of a, b');
    expect(listOf(oneOf(['a', 'b']))('b,a', 'L')).toEqual(['b', 'a']);
    expect(tags(['testid'])('k=v', 'T')).toEqual({ k: 'v' });
  });
});

describe('defaultTestId', () => {
  it('is <scenario>-<UTC compact>-<6 base36> and a valid TESTID', () => {
    const id = defaultTestId('smoke', new Date('2025-12-31T23:59:59.999Z'), Math.random);
    expect(id).toMatch(/^smoke-20251231T235959Z-[0-9a-z]{6}$/);
    expect(parseConfig({ TESTID: id }, context).testid).toBe(id);
  });

  it('stays within 64 characters for a long scenario name', () => {
    expect(defaultTestId('s'.repeat(100), new Date(0), () => 0.999).length).toBeLessThanOrEqual(64);
  });
});
