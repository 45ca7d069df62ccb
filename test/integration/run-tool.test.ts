import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/index.ts';
import { findK6 } from '../../tools/k6-binary.ts';
import { lines, runTool } from '../support/run-process.ts';

const k6Path = await findK6();
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ logs: 'silent' });
});
afterAll(async () => {
  await sandbox?.stop();
});

/** The environment of a run against the test's sandbox, with `extra` settings. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, BASE_URL: sandbox.url, ...extra };
}

describe('tools/run.ts refuses bad input before anything starts', () => {
  it.each([
    [{ VUS: '0' }, 'VUS=0 is not valid: expected a whole number from 1 to 2147483647'],
    [{ BEASTS: 'unicorn,dragon' }, 'BEASTS=unicorn,dragon is not valid: expected a comma-separated list of one of unicorn,'],
    [{ TAGS: 'testid=mine' }, 'TAGS=testid=mine is not valid: expected key=value pairs'],
    [{ DURATION: '5m' }, 'DURATION=5m is not valid: expected it unset: the smoke scenario takes only VUS, ITERATIONS'],
  ])('%j: one line, exit 2, no request', async (settings, expected) => {
    sandbox.resetRequestCounts();
    const result = await runTool('tools/run.ts', ['smoke'], env(settings));
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([expect.stringContaining(expected)]);
    expect(result.stdout).toBe('');
    expect(sandbox.requestCounts()).toEqual({});
  });

  it.each([
    ['spike', { SPIKE_FACTOR: 'lots' }, 'SPIKE_FACTOR=lots is not valid: expected'],
    ['breakpoint', { BREAK_STEPS: '0' }, 'BREAK_STEPS=0 is not valid: expected'],
    ['smoke', { SLO_PROFILE: 'lenient' }, 'SLO_PROFILE=lenient is not valid: expected one of default, always-succeed'],
    ['smoke', { K6_WEB_DASHBOARD: 'yes' }, 'K6_WEB_DASHBOARD=yes is not valid: expected true or false'],
    ['load', { K6_WEB_DASHBOARD_PERIOD: 'often' }, 'K6_WEB_DASHBOARD_PERIOD=often is not valid: expected a duration such as 500ms, 1s or 10s'],
    ['smoke', { K6_WEB_DASHBOARD_EXPORT: '/no/such/folder/report.html' }, 'K6_WEB_DASHBOARD_EXPORT=/no/such/folder/report.html is not valid: expected a file path in an existing folder'],
  ])('%s with %j: a scenario knob or SLO setting is refused the same way', async (scenario, settings, expected) => {
    sandbox.resetRequestCounts();
    const result = await runTool('tools/run.ts', [scenario], env(settings));
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([expect.stringContaining(expected)]);
    expect(sandbox.requestCounts()).toEqual({});
  });

  it('an unknown scenario: one line naming the scenarios, exit 2', async () => {
    const result = await runTool('tools/run.ts', ['nosuch'], env({}));
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^scenario=nosuch is not valid: expected one of .*smoke/)]);
  });
});

describe.skipIf(k6Path !== null)('without k6 (this build machine)', () => {
  it('npm run smoke stops with one line naming the ways to get k6, exit 3, no request', async () => {
    sandbox.resetRequestCounts();
    const result = await runTool('tools/run.ts', ['smoke'], env({}));
    expect(result.code).toBe(3);
    const last = lines(result.stderr).at(-1) ?? '';
    expect(last).toMatch(/^k6 >= 2\.3\.0 not found \(.+\): set K6_BIN=.*PATH.*go install go\.k6\.io\/k6\/v2@v2\.3\.0.*grafana\/k6:2\.3\.0 image$/);
    expect(sandbox.requestCounts()).toEqual({});
  });

  it('npm run k6 without Go on PATH: one line, exit 3', async () => {
    const result = await runTool('tools/k6-binary.ts', [], { ...process.env, PATH: '/nonexistent', K6_BIN: '' });
    expect(result.code).toBe(3);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^k6 >= 2\.3\.0 not found \(no Go toolchain to build it\): set K6_BIN=/)]);
  });
});
