import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../lib/settings/suite.ts';
import { crudSample } from '../../lib/plans/sample.ts';
import { summarizeRun } from '../../lib/report/end-of-test.ts';
import type { K6SummaryData, K6SummaryMetric } from '../../thresholds/k6-summary.ts';
import { parseSloSettings } from '../../thresholds/settings.ts';

const dir = mkdtempSync(join(tmpdir(), 'mythical-k6-gate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * k6's summary data for a run of `requests` per group (what `handleSummary` receives), with the
 * given p95 for `GET /owlbear`. Without k6 this is the input we can make; everything after it
 * (SLI collection, schema) is the suite's own builder, as in a real run.
 */
function k6Data(owlbearP95: number): K6SummaryData {
  const metrics: Record<string, K6SummaryMetric> = {};
  const group = (tags: string, p95: number, count: number) => {
    metrics[`http_reqs${tags}`] = { type: 'counter', contains: 'default', values: { count, rate: count / 60 } };
    metrics[`http_req_duration${tags}`] = { type: 'trend', contains: 'time', values: { 'p(95)': p95, 'p(99)': p95 * 1.4, med: p95 / 2 } };
    metrics[`http_req_failed${tags}`] = { type: 'rate', contains: 'default', values: { rate: 0.002, passes: 1, fails: count - 1 } };
  };
  group('{scenario:load}', Math.max(owlbearP95, 40), 1200);
  for (const beast of ['unicorn', 'owlbear']) {
    for (const method of ['GET', 'POST', 'DELETE']) group(`{beast:${beast},method:${method}}`, beast === 'owlbear' && method === 'GET' ? owlbearP95 : 40, 200);
  }
  return { metrics, state: { testRunDurationMs: 60_000 } };
}

function summaryFile(name: string, owlbearP95: number): string {
  const env = { BEASTS: 'unicorn,owlbear', TESTID: name };
  const config = parseConfig(env, { scenario: 'load', now: new Date(), random: Math.random });
  const summary = summarizeRun(k6Data(owlbearP95), { config, slo: parseSloSettings(env, 'gate'), plan: { sample: crudSample(100) }, end: new Date() });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(summary));
  return path;
}

function gate(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/gate.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run gate (the real CLI as a child process)', () => {
  const baseline = summaryFile('baseline', 50);

  it('passes identical summaries with exit 0 and writes Markdown and JUnit', () => {
    const reportDir = join(dir, 'same');
    const { code, stdout } = gate('--baseline', baseline, '--current', baseline, '--report-dir', reportDir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/gate: PASS/);
    expect(readFileSync(join(reportDir, 'gate.md'), 'utf8')).toContain('✅ Performance gate passed');
    expect(readFileSync(join(reportDir, 'gate.junit.xml'), 'utf8')).toMatch(/<testsuite name="gate load" tests="28" failures="0"/);
  });

  it('fails an injected latency regression with exit 1, naming the SLI and group', () => {
    const current = summaryFile('slower', 200);
    const reportDir = join(dir, 'slower-report');
    const { code, stdout } = gate('--baseline', baseline, '--current', current, '--report-dir', reportDir);
    expect(code).toBe(1);
    expect(stdout).toContain('regression: p95 latency of GET /owlbear 200.0 ms > 60.0 ms');
    expect(readFileSync(join(reportDir, 'gate.junit.xml'), 'utf8')).toContain('<failure message="regression: p95 latency of GET /owlbear');
    expect(readFileSync(join(reportDir, 'gate.md'), 'utf8')).toContain('❌ Performance gate: regression');
  });

  it('refuses another schema version with exit 2 and one line naming the file', () => {
    const foreign = join(dir, 'v2.json');
    writeFileSync(foreign, JSON.stringify({ ...JSON.parse(readFileSync(baseline, 'utf8')), version: 2 }));
    const { code, stdout, stderr } = gate('--baseline', foreign, '--current', baseline);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      `gate: --baseline ${foreign}: schema "mythical-k6/summary" version 2 is not supported; expected schema "mythical-k6/summary" version 1 (the summary.json a run writes)`,
    ]);
  });

  it('refuses a missing file and a bad flag with exit 2', () => {
    expect(gate('--baseline', join(dir, 'nope.json'), '--current', baseline)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--baseline .*nope\.json: no such file/) });
    expect(gate('--baseline', baseline, '--current', baseline, '--tolerance', 'lots')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^gate: --tolerance: "lots" is not valid/) });
  });
});
