import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXEMPLAR_PREFIX, ExemplarRecorder, TokenBucket, parseExemplarMessage, type RequestOutcome } from '../../../lib/exemplars.ts';
import { crudSample } from '../../../lib/plans/sample.ts';
import { summarizeRun } from '../../../thresholds/end-of-test.ts';
import { pickOffenders } from '../../../thresholds/offenders.ts';
import { parseSloSettings } from '../../../thresholds/settings.ts';
import { exemplarLines, finalizeReport } from '../../../tools/report.ts';
import { k6Data } from './k6-data.ts';
import { lines as outputLines, runTool } from '../../support/run-process.ts';

const outcome = (over: Partial<RequestOutcome> = {}): RequestOutcome => ({
  traceId: 'a'.repeat(32), beast: 'owlbear', method: 'GET', name: '/owlbear', status: 200, failed: false, durationMs: 450, sentAt: Date.parse('2025-03-04T10:00:05Z'), ...over,
});

describe('exemplar lines (VU side)', () => {
  it('prints failed or slow requests only, as one parseable line', () => {
    const printed: string[] = [];
    const recorder = new ExemplarRecorder(() => 300, (line) => printed.push(line), () => 0);
    expect(recorder.record(outcome({ durationMs: 120 }))).toBe(false);
    expect(recorder.record(outcome({ durationMs: 450 }))).toBe(true);
    expect(recorder.record(outcome({ durationMs: 20, status: 500, failed: true, method: 'DELETE' }))).toBe(true);
    expect(printed).toHaveLength(2);
    expect(printed[0].startsWith(EXEMPLAR_PREFIX)).toBe(true);
    expect(parseExemplarMessage(printed[1])).toEqual({ traceId: 'a'.repeat(32), beast: 'owlbear', method: 'DELETE', name: '/owlbear', status: 500, durationMs: 20, time: '2025-03-04T10:00:05.000Z' });
  });

  it('limits each VU to a burst of 5, one more per 2 s, 100 in all', () => {
    const bucket = new TokenBucket({ burst: 5, refillMs: 2000, total: 100 }, 0);
    expect(Array.from({ length: 8 }, () => bucket.take(0)).filter(Boolean)).toHaveLength(5);
    expect(bucket.take(1999)).toBe(false);
    expect(bucket.take(2000)).toBe(true);
    expect(bucket.take(2001)).toBe(false);
    let now = 2000;
    let granted = 6;
    for (let i = 0; i < 1000; i++) {
      now += 2000;
      if (bucket.take(now)) granted += 1;
    }
    expect(granted).toBe(100);
  });

  it('keeps an outage from flooding the log', () => {
    const printed: string[] = [];
    let now = 0;
    const recorder = new ExemplarRecorder(() => 300, (line) => printed.push(line), () => now);
    for (let i = 0; i < 10_000; i++) {
      now += 10; // 100 failing requests per second for 100 s
      recorder.record(outcome({ status: 503, failed: true }));
    }
    // The bucket starts at the first request (t = 10 ms): 5 at once, then one per 2 s until t = 100 s.
    expect(printed.length).toBe(5 + Math.floor((100_000 - 10) / 2000));
  });

  it('refuses malformed exemplar messages', () => {
    expect(parseExemplarMessage('hello')).toBeUndefined();
    expect(parseExemplarMessage(`${EXEMPLAR_PREFIX}{not json`)).toBeUndefined();
    expect(parseExemplarMessage(`${EXEMPLAR_PREFIX}{"traceId":"xyz"}`)).toBeUndefined();
  });
});

const logLine = (fields: object, msgPrefix = EXEMPLAR_PREFIX) =>
  JSON.stringify({ level: 'info', msg: `${msgPrefix}${JSON.stringify(fields)}`, source: 'console', time: '2025-03-04T10:00:06Z' });
const ex = (id: string, method: string, status: number, durationMs: number, beast = 'owlbear') => ({
  traceId: id.repeat(32).slice(0, 32), beast, method, name: `/${beast}`, status, durationMs, time: '2025-03-04T10:00:05.000Z',
});

describe('offenders (report side)', () => {
  const summary = summarizeRun(
    k6Data({
      'GET /owlbear': { requests: 20, failed: 0, p95: 480, p99: 500, checksPassed: 10, checksFailed: 0, bad: { 'latency-p95': 12 } },
      'DELETE /owlbear': { requests: 20, failed: 4, p95: 50, p99: 60, checksPassed: 6, checksFailed: 4 },
      'POST /owlbear': { requests: 20, failed: 0, p95: 50, p99: 60, checksPassed: 10, checksFailed: 0 },
    }),
    { config: { scenario: 'smoke', baseUrl: 'http://x', endpointType: 'DEFAULT', beasts: ['owlbear'], testid: 't', reportDir: 'r' }, slo: parseSloSettings({}, 'gate'), plan: { methods: ['GET', 'POST', 'DELETE'], sample: crudSample(20) }, end: new Date('2025-03-04T10:00:12Z') },
  );
  const lines = [ex('1', 'GET', 200, 410), ex('2', 'GET', 200, 650), ex('3', 'GET', 200, 250), ex('4', 'DELETE', 500, 12), ex('5', 'DELETE', 204, 900), ex('6', 'GET', 200, 420, 'unicorn'),
    ex('7', 'GET', 200, 500), ex('8', 'GET', 200, 520), ex('9', 'GET', 200, 530), ex('2', 'GET', 200, 640)];

  it('lists the slowest requests over the objective of a latency SLO, one per trace, at most 5', () => {
    const p95 = summary.slos.find((slo) => slo.id === 'latency-p95-get-owlbear')!;
    expect(pickOffenders(p95, lines).map((line) => line.traceId[0] + ':' + line.durationMs)).toEqual(['2:650', '9:530', '8:520', '7:500', '1:410']);
  });

  it('lists failed requests first for availability', () => {
    const availability = summary.slos.find((slo) => slo.id === 'availability-delete-owlbear')!;
    expect(pickOffenders(availability, lines).map((line) => line.status)).toEqual([500, 204]);
  });

  it('reads exemplars from the k6 JSON log, skipping other and broken lines', () => {
    const log = [
      JSON.stringify({ level: 'info', msg: 'hello', source: 'console' }),
      logLine(ex('a', 'GET', 200, 700)),
      logLine(ex('b', 'GET', 200, 700)).slice(0, 40),
      JSON.stringify({ level: 'warning', msg: `${EXEMPLAR_PREFIX}{}`, source: 'console' }),
      '',
    ].join('\n');
    expect(exemplarLines(log).map((line) => line.traceId)).toEqual(['a'.repeat(32)]);
  });

  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('finalizeReport folds offenders into summary.json, junit.xml and report.md and prints the table', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'report-'));
    writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(summary));
    writeFileSync(path.join(dir, 'k6.log'), lines.map((line) => logLine(line)).join('\n'));
    let printed = '';
    const finished = await finalizeReport({ reportDir: dir, logPath: path.join(dir, 'k6.log'), env: { GRAFANA_URL: 'http://grafana:3000' }, print: (text) => (printed += text) });
    const p95 = finished.slos.find((slo) => slo.id === 'latency-p95-get-owlbear')!;
    expect(p95.exemplars).toHaveLength(5);
    const traceLink = new URL(p95.exemplars[0].traceUrl);
    expect(JSON.parse(traceLink.searchParams.get('panes')!).mythical.queries[0].query).toBe('2'.repeat(32));
    const loki = JSON.parse(new URL(p95.links.loki).searchParams.get('panes')!).mythical.queries[0].expr;
    expect(loki).toBe(`{service_name="mythical-server"} |~ "traceID=(${['2', '9', '8', '7', '1'].map((c) => c.repeat(32)).join('|')})"`);
    expect(finished.slos.find((slo) => slo.id === 'latency-p95-post-owlbear')!.exemplars).toEqual([]);
    const written = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'));
    expect(written.slos.find((slo: { id: string }) => slo.id === 'latency-p95-get-owlbear').exemplars).toHaveLength(5);
    expect(readFileSync(path.join(dir, 'junit.xml'), 'utf8')).toContain(`trace ${'2'.repeat(32)}`);
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toContain(`[trace \`${'2'.repeat(32)}\`](http://grafana:3000/explore?schemaVersion=1&panes=`);
    expect(printed).toContain(`trace ${'2'.repeat(32)}  GET /owlbear  status 200  650 ms`);
  });

  it('keeps the HTML report link only when k6 wrote the file (it skips runs shorter than two dashboard periods)', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'report-'));
    const html = path.join(dir, 'report.html');
    writeFileSync(path.join(dir, 'k6.log'), '');
    const finish = async () => {
      writeFileSync(path.join(dir, 'summary.json'), JSON.stringify({ ...summary, htmlReport: html }));
      return finalizeReport({ reportDir: dir, logPath: path.join(dir, 'k6.log'), print: () => undefined });
    };
    expect((await finish()).htmlReport).toBeNull();
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).not.toContain('HTML report');
    writeFileSync(html, '<html></html>');
    expect((await finish()).htmlReport).toBe(html);
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toContain(`HTML report (web dashboard: request rate, latency, errors and VUs over time): \`${html}\``);
  });

  it('npm run report finishes a report made without the run tool; a missing summary is one line, exit 2', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'report-'));
    writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(summary));
    writeFileSync(path.join(dir, 'k6.log'), lines.map((line) => logLine(line)).join('\n'));
    const done = await runTool('tools/report.ts', [dir]);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain(`trace ${'2'.repeat(32)}  GET /owlbear`);
    expect(JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8')).slos.find((slo: { id: string }) => slo.id === 'latency-p95-get-owlbear').exemplars).toHaveLength(5);
    const missing = await runTool('tools/report.ts', [path.join(dir, 'nowhere')]);
    expect(missing.code).toBe(2);
    expect(outputLines(missing.stderr)).toEqual([expect.stringMatching(/^report: .*nowhere\/summary\.json: cannot be read \(ENOENT\)/)]);
  });

  it('refuses a summary.json of another schema with one line naming the file', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'report-'));
    writeFileSync(path.join(dir, 'summary.json'), '{"schema":"other"}');
    writeFileSync(path.join(dir, 'k6.log'), '');
    await expect(finalizeReport({ reportDir: dir, logPath: path.join(dir, 'k6.log') })).rejects.toThrow(`${dir}/summary.json: schema "other" version null is not supported; expected schema "mythical-k6/summary" version 1`);
  });
});
