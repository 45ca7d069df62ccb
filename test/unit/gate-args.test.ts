import { describe, expect, it } from 'vitest';
import { BadInput } from '../../tools/bad-input.ts';
import { parseGateArgs } from '../../tools/gate/args.ts';
import { DEFAULT_TOLERANCES } from '../../tools/gate/compare.ts';
import { parseSummary } from '../../tools/summary/parse-summary.ts';

describe('parseGateArgs', () => {
  it('takes defaults and overrides', () => {
    const args = parseGateArgs(['--baseline', 'a.json', '--current', 'b.json', '--tolerance', '0.2', '--min-requests', '5']);
    expect(args).toEqual({
      baseline: 'a.json',
      current: 'b.json',
      reportDir: null,
      tolerances: { ...DEFAULT_TOLERANCES, relative: 0.2, minRequests: 5 },
    });
  });

  it.each([
    [['--current', 'b.json'], '--baseline is required; expected --baseline <path to a summary.json>'],
    [['--baseline', 'a', '--current', 'b', '--tolerance', '10%'], '--tolerance: "10%" is not valid; expected a ratio from 0 to 10, e.g. 0.1 for 10%'],
    [['--baseline', 'a', '--current', 'b', '--min-requests', '2.5'], '--min-requests: "2.5" is not valid; expected a whole number from 0, e.g. 30'],
    [['--baseline', 'a', '--current', 'b', '--error-rate-floor=2'], '--error-rate-floor: "2" is not valid; expected a ratio from 0 to 1, e.g. 0.005'],
    // A negative number reaches the range check instead of parseArgs' "ambiguous".
    [['--baseline', 'a', '--current', 'b', '--tolerance', '-1'], '--tolerance: "-1" is not valid; expected a ratio from 0 to 10, e.g. 0.1 for 10%'],
    [['--tolerance', '-.5', '--baseline', 'a', '--current', 'b'], '--tolerance: "-.5" is not valid; expected a ratio from 0 to 10, e.g. 0.1 for 10%'],
  ])('refuses %j with one line', (argv, message) => {
    expect(() => parseGateArgs(argv)).toThrow(new BadInput(message));
  });

  it('refuses unknown flags naming them', () => {
    expect(() => parseGateArgs(['--baseline', 'a', '--current', 'b', '--tolerence', '1'])).toThrow(/--tolerence.*--help/);
  });

  it('returns null for --help', () => {
    expect(parseGateArgs(['--help'])).toBeNull();
  });
});

describe('parseSummary', () => {
  const valid = { schema: 'mythical-k6/summary', version: 1, slis: { all: { p95Ms: 1, p99Ms: null, errorRate: 0, rps: 3, requests: 9 } } };

  it('accepts a version-1 summary', () => {
    expect(parseSummary(JSON.stringify(valid), 'x').slis.all.requests).toBe(9);
  });

  it.each([
    ['{', 'x: not JSON; expected schema "mythical-k6/summary" version 1'],
    ['[]', 'x: not a JSON object'],
    [JSON.stringify({ ...valid, version: 2 }), 'x: schema "mythical-k6/summary" version 2 is not supported; expected schema "mythical-k6/summary" version 1'],
    [JSON.stringify({ k6: 'summary' }), 'x: schema null version null is not supported'],
    [JSON.stringify({ ...valid, slis: undefined }), 'x: "slis" is missing'],
    [JSON.stringify({ ...valid, slis: { all: { p95Ms: '3' } } }), 'x: slis["all"] must hold numbers or null'],
  ])('refuses %s', (text, message) => {
    expect(() => parseSummary(text, 'x')).toThrow(BadInput);
    expect(() => parseSummary(text, 'x')).toThrow(message);
  });
});
