import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXEMPLAR_PREFIX, RUN_LINES_PER_KEY, exemplarLine, parseExemplarMessage, reachedServer, type ExemplarLine, type RequestOutcome } from '../../../lib/exemplars.ts';
import { crudSample } from '../../../lib/plans/sample.ts';
import { summarizeRun } from '../../../lib/report/end-of-test.ts';
import { pickOffenders } from '../../../lib/links/offenders.ts';
import { parseSloSettings } from '../../../thresholds/settings.ts';
import { exemplarLines, finalizeReport } from '../../../tools/report.ts';
import { k6Data } from '../thresholds/k6-data.ts';
import { lines as outputLines, runTool } from '../../support/run-process.ts';

const outcome = (over: Partial<RequestOutcome> = {}): RequestOutcome => ({
  traceId: 'a'.repeat(32), journey: '0123456789ab', beast: 'owlbear', method: 'GET', name: '/owlbear', status: 200, failed: false, reached: true,
  durationMs: 450, ...over,
});

/** One VU's exemplar budget with latency objectives 300 and 1000 ms, in a run of `vus` VUs: `record` prints what {@link exemplarLine} gives. */
function recorderFor(vus: number) {
  const printed: string[] = [];
  const spent = {};
  const record = (request: RequestOutcome): boolean => {
    const line = exemplarLine(request, [300, 1000], spent, vus);
    if (line !== undefined) printed.push(line);
    return line !== undefined;
  };
  return { printed, recorder: { record } };
}

describe('exemplar lines (VU side)', () => {
  afterEach(() => vi.useRealTimers());

  it('prints failed, slow or check-failed requests only, as one parseable line stamped with the time it was sent', () => {
    // The line is printed as the answer arrives: it was sent its duration before.
    vi.useFakeTimers({ now: Date.parse('2025-03-04T10:00:05.020Z') });
    const { printed, recorder } = recorderFor(1);
    expect(recorder.record(outcome({ durationMs: 120 }))).toBe(false);
    expect(recorder.record(outcome({ durationMs: 450 }))).toBe(true);
    expect(recorder.record(outcome({ durationMs: 20, status: 500, failed: true, method: 'DELETE' }))).toBe(true);
    expect(recorder.record(outcome({ durationMs: 20, checkFailed: true }))).toBe(true);
    expect(printed).toHaveLength(3);
    expect(printed[0].startsWith(EXEMPLAR_PREFIX)).toBe(true);
    expect(parseExemplarMessage(printed[1])).toEqual({
      traceId: 'a'.repeat(32), journey: '0123456789ab', beast: 'owlbear', method: 'DELETE', name: '/owlbear', status: 500, reached: true, checkFailed: false,
      durationMs: 20, time: '2025-03-04T10:00:05.000Z',
    });
    expect(parseExemplarMessage(printed[2])?.checkFailed).toBe(true);
  });

  it('gives every SLO group its own budget, so one group failing all along never starves another', () => {
    const { printed, recorder } = recorderFor(2);
    for (let i = 0; i < 1000; i++) recorder.record(outcome({ method: 'POST', status: 500, failed: true, durationMs: 5 }));
    // 2 VUs share 10 lines per group: 5 each.
    expect(printed).toHaveLength(5);
    expect(recorder.record(outcome({ method: 'DELETE', status: 500, failed: true, durationMs: 5 }))).toBe(true);
    expect(recorder.record(outcome({ method: 'POST', beast: 'unicorn', status: 500, failed: true, durationMs: 5 }))).toBe(true);
    // A slow POST still has its latency budget, though POST availability's is spent.
    expect(recorder.record(outcome({ method: 'POST', status: 201, durationMs: 400 }))).toBe(true);
  });

  it('a request over both latency objectives spends from both, and p99 keeps its own budget', () => {
    const { printed, recorder } = recorderFor(10);
    expect(recorder.record(outcome({ durationMs: 400 }))).toBe(true);
    expect(recorder.record(outcome({ durationMs: 400 }))).toBe(false);
    expect(recorder.record(outcome({ durationMs: 1500 }))).toBe(true);
    expect(recorder.record(outcome({ durationMs: 1500 }))).toBe(false);
    expect(printed).toHaveLength(2);
  });

  it('bounds the lines of a run: each VU gets its share of 10 per group, at least one', () => {
    for (const vus of [1, 3, 10, 50]) {
      const { printed, recorder } = recorderFor(vus);
      for (let i = 0; i < 10_000; i++) recorder.record(outcome({ status: 503, failed: true, durationMs: 5 }));
      expect(printed.length * vus).toBeLessThanOrEqual(Math.max(RUN_LINES_PER_KEY + vus, vus));
      expect(printed.length).toBe(Math.max(1, Math.ceil(RUN_LINES_PER_KEY / vus)));
    }
  });

  it('failures that never reached the server get one line per VU and group, apart from those that did', () => {
    const { printed, recorder } = recorderFor(1);
    for (let i = 0; i < 100; i++) recorder.record(outcome({ status: 0, failed: true, reached: false, durationMs: 5 }));
    expect(printed).toHaveLength(1);
    expect(recorder.record(outcome({ status: 500, failed: true, durationMs: 5 }))).toBe(true);
  });

  it('a response reached the server unless it is none, or a gateway status without X-Powered-By: Express', () => {
    expect(reachedServer(0, undefined)).toBe(false);
    expect(reachedServer(503, undefined)).toBe(false);
    expect(reachedServer(502, 'nginx')).toBe(false);
    expect(reachedServer(503, 'Express')).toBe(true);
    expect(reachedServer(500, undefined)).toBe(true);
    expect(reachedServer(404, undefined)).toBe(true);
  });

  it('refuses malformed exemplar messages', () => {
    expect(parseExemplarMessage('hello')).toBeUndefined();
    expect(parseExemplarMessage(`${EXEMPLAR_PREFIX}{not json`)).toBeUndefined();
    expect(parseExemplarMessage(`${EXEMPLAR_PREFIX}{"traceId":"xyz"}`)).toBeUndefined();
  });
});

const logLine = (fields: object, msgPrefix = EXEMPLAR_PREFIX) =>
  JSON.stringify({ level: 'info', msg: `${msgPrefix}${JSON.stringify(fields)}`, source: 'console', time: '2025-03-04T10:00:06Z' });
const ex = (id: string, method: string, status: number, durationMs: number, beast = 'owlbear', more: Partial<ExemplarLine> = {}): ExemplarLine => ({
  traceId: id.repeat(32).slice(0, 32), journey: 'j', beast, method, name: `/${beast}`, status, reached: true, checkFailed: false, durationMs, time: '2025-03-04T10:00:05.000Z', ...more,
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

  it('lists only the failed requests of its own group for availability, those that reached the server first', () => {
    const availability = summary.slos.find((slo) => slo.id === 'availability-delete-owlbear')!;
    expect(pickOffenders(availability, lines).map((line) => line.status)).toEqual([500]);
    const unreached = ex('c', 'DELETE', 0, 60_000, 'owlbear', { reached: false });
    expect(pickOffenders(availability, [unreached, ...lines, ex('d', 'DELETE', 500, 1, 'unicorn')]).map((line) => line.traceId[0])).toEqual(['4', 'c']);
  });

  it('lists the requests whose check failed for a check SLO', () => {
    const checks = summary.slos.find((slo) => slo.id === 'checks-get-owlbear')!;
    expect(pickOffenders(checks, [...lines, ex('e', 'GET', 200, 3, 'owlbear', { checkFailed: true })]).map((line) => line.traceId[0])).toEqual(['e']);
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
    const traceLink = new URL(p95.exemplars[0].traceUrl!);
    expect(JSON.parse(traceLink.searchParams.get('panes')!).a.queries[0].query).toBe('2'.repeat(32));
    const loki = JSON.parse(new URL(p95.links.loki).searchParams.get('panes')!).a.queries[0].expr;
    expect(loki).toBe(`{service_name="mythical-server"} |~ "traceID=(${['2', '9', '8', '7', '1'].map((c) => c.repeat(32)).join('|')})"`);
    expect(finished.slos.find((slo) => slo.id === 'latency-p95-post-owlbear')!.exemplars).toEqual([]);
    const written = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'));
    expect(written.slos.find((slo: { id: string }) => slo.id === 'latency-p95-get-owlbear').exemplars).toHaveLength(5);
    expect(readFileSync(path.join(dir, 'junit.xml'), 'utf8')).toContain(`trace ${'2'.repeat(32)}`);
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toContain(`[trace ${'2'.repeat(32)}](http://grafana:3000/explore?schemaVersion=1&panes=`);
    expect(printed).toContain(`trace ${'2'.repeat(32)}  GET /owlbear  status 200  650 ms  2025-03-04T10:00:05.000Z  journey=j`);
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
