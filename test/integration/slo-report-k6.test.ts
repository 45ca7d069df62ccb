import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type FaultSpec, type Sandbox } from '../../sandbox/index.ts';
import { findK6 } from '../../tools/k6-binary.ts';
import { finalizeReport } from '../../tools/report.ts';
import type { SummaryV1 } from '../../lib/report/summary-schema.ts';
import { renderSloTable } from '../../lib/report/slo-table.ts';
import { runProcess } from '../support/run-process.ts';
import { junitRows, markdownRows, tableRows } from '../unit/report/rows.ts';

const k6Path = await findK6();

describe.skipIf(!k6Path)('SLO thresholds and report with k6 and the sandbox (needs the k6 binary)', () => {
  let sandbox: Sandbox;
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'mythical-k6-slo-'));
  });
  afterEach(async () => {
    await sandbox?.stop();
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** Runs dist/smoke.js against a sandbox with `faults`, then finishes the report as the run tool does. */
  async function run(testid: string, faults: FaultSpec, env: Record<string, string> = {}) {
    sandbox = await startSandbox({ logs: 'silent', captureTelemetry: true, alwaysSucceed: true, seed: 7, faults });
    const reportDir = path.join(scratch, testid);
    // k6 creates no folder, neither for handleSummary's files nor for its log file.
    mkdirSync(reportDir, { recursive: true });
    const logPath = path.join(reportDir, 'k6.log');
    const result = await runProcess(k6Path!, ['run', '--log-format=json', `--log-output=file=${logPath}`, 'dist/smoke.js'], {
      ...process.env,
      BASE_URL: sandbox.url,
      TESTID: testid,
      REPORT_DIR: reportDir,
      REPORT_FINALIZE: 'run-tool',
      SLO_PROFILE: 'always-succeed',
      ...env,
    });
    let printed = '';
    const summary = await finalizeReport({ reportDir, logPath, print: (text) => (printed += text) });
    return { result, summary, printed, reportDir };
  }

  const failedIds = (summary: SummaryV1) => summary.slos.filter((slo) => slo.verdict !== 'pass').map((slo) => slo.id);

  it('(1) a clean run exits 0 with no breach', async () => {
    const { result, summary } = await run('it-slo-clean', {});
    expect(result.code, result.stderr).toBe(0);
    expect(failedIds(summary)).toEqual([]);
    expect(summary.passed).toBe(true);
    expect(summary.slos).toHaveLength(50);
    expect(result.stdout).toContain('█ TOTAL RESULTS');
  });

  it('(2) +400 ms on GET /owlbear breaches its p95 SLO, exits 99, and every listed trace is a real GET /owlbear', async () => {
    const { result, summary, printed } = await run('it-slo-latency', { latency: [{ beast: 'owlbear', method: 'GET', fixedMs: 400 }] });
    expect(result.code, result.stderr).toBe(99);
    expect(failedIds(summary)).toEqual(['latency-p95-get-owlbear']);
    const p95 = summary.slos.find((slo) => slo.id === 'latency-p95-get-owlbear')!;
    expect(p95.observed!).toBeGreaterThan(400);
    expect(p95.exemplars.length).toBeGreaterThan(0);
    expect(p95.exemplars.length).toBeLessThanOrEqual(5);
    const spans = sandbox.spans();
    const logs = sandbox.logLines();
    for (const exemplar of p95.exemplars) {
      const getOwlbear = spans.filter(
        (span) => span.traceId === exemplar.traceId && span.kind === 'SERVER' && span.attributes['http.target'] === '/owlbear' && span.attributes['http.method'] === 'GET',
      );
      expect(getOwlbear.length, exemplar.traceId).toBeGreaterThan(0);
      expect(logs.some((line) => line.includes(`traceID=${exemplar.traceId} http.method=GET endpoint=owlbear`)), exemplar.traceId).toBe(true);
      expect(printed).toContain(exemplar.traceUrl);
    }
  });

  it('(3) 20% 500s on DELETE breach the availability SLO of DELETE and nothing else', async () => {
    const { result, summary } = await run('it-slo-delete', { errors: [{ beast: 'owlbear', method: 'DELETE', rate: 0.2, status: 500 }] }, { BEASTS: 'owlbear', VUS: '2', ITERATIONS: '15' });
    expect(result.code, result.stderr).toBe(99);
    const failed = failedIds(summary);
    expect(failed).toEqual(['availability-delete-owlbear']);
    const availability = summary.slos.find((slo) => slo.id === 'availability-delete-owlbear')!;
    expect(availability.exemplars.every((exemplar) => exemplar.method === 'DELETE' && exemplar.status === 500)).toBe(true);
  });

  it('(4) JUnit and Markdown say the same as the table', async () => {
    const { summary, reportDir } = await run('it-slo-files', { latency: [{ beast: 'unicorn', method: 'POST', fixedMs: 350 }] });
    const table = tableRows(renderSloTable(summary));
    const markdown = markdownRows(readFileSync(path.join(reportDir, 'report.md'), 'utf8'));
    const junit = junitRows(readFileSync(path.join(reportDir, 'junit.xml'), 'utf8'));
    expect(table).toHaveLength(50);
    expect(markdown).toEqual(table);
    expect(junit.map(([id]) => id)).toEqual(table.map((row) => row[0]));
    expect(junit.filter(([, failed]) => failed).map(([id]) => id)).toEqual(table.filter((row) => row[7] !== 'PASS').map((row) => row[0]));
    const written = JSON.parse(readFileSync(path.join(reportDir, 'summary.json'), 'utf8')) as SummaryV1;
    expect(written.slos.map((slo) => slo.verdict)).toEqual(summary.slos.map((slo) => slo.verdict));
  });
});
