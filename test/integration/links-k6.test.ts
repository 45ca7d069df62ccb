/**
 * The report's links and exemplars against what the server really exports: the sandbox sends its
 * spans by OTLP and its log lines to a Loki push endpoint, both to a receiver this test runs, and
 * k6 runs the smoke against it with a fault on one group. Every query the report holds is read
 * as attribute filters (test/support/query-filters.ts) and applied to what was exported.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type FaultSpec, type Sandbox } from '../../sandbox/index.ts';
import { submetricTags } from '../../lib/links/offenders.ts';
import type { SloResult, SummaryV1 } from '../../lib/report/summary-schema.ts';
import { findK6 } from '../../tools/k6-binary.ts';
import { points } from '../support/k6-json.ts';
import { logqlFilter, traceqlFilter } from '../support/query-filters.ts';
import { runProcess, runTool, type Finished } from '../support/run-process.ts';
import { startTelemetryReceiver, type ExportedSpan, type PushedLine, type TelemetryReceiver } from '../support/telemetry-receiver.ts';

const k6Path = await findK6();

/** One request k6 sent, as its JSON output says. */
interface SentRequest {
  traceId: string;
  beast: string;
  method: string;
  status: number;
  failed: boolean;
  durationMs: number;
  /** `sweep` (teardown), `probe` (setup), or undefined for the journeys' requests the SLOs judge. */
  op: string | undefined;
}

/** One finished run: its exit, its report and what k6 says it sent. */
interface Run {
  testid: string;
  result: Finished;
  summary: SummaryV1;
  printed: string;
  requests: SentRequest[];
}

/** The query of an Explore link (the first query of its one pane). */
function linkQuery(url: string): string {
  const panes = JSON.parse(new URL(url).searchParams.get('panes')!) as Record<string, { queries: { query?: string; expr?: string }[] }>;
  const query = Object.values(panes)[0].queries[0];
  return query.query ?? query.expr!;
}

const traceIdOf = (line: PushedLine) => /traceID=([0-9a-f]{32})/.exec(line.line)?.[1] ?? '';
const ids = <T extends { traceId: string }>(items: readonly T[]) => new Set(items.map((item) => item.traceId));
const sorted = (set: Set<string>) => [...set].sort();

describe.skipIf(!k6Path)('links and exemplars resolve on the exported spans and log lines (needs the k6 binary)', () => {
  let scratch: string;
  let receiver: TelemetryReceiver | undefined;
  let sandbox: Sandbox | undefined;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'mythical-k6-links-'));
  });
  afterEach(async () => {
    await sandbox?.stop();
    await receiver?.close();
    sandbox = undefined;
    receiver = undefined;
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** A sandbox with the designed POST failures on and `faults`, exporting to a fresh receiver. */
  async function startTarget(faults: FaultSpec): Promise<Sandbox> {
    receiver = await startTelemetryReceiver();
    process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT = `${receiver.url}/v1/traces`;
    try {
      sandbox = await startSandbox({ logs: 'silent', seed: 11, faults, logsTarget: `${receiver.url}/loki/api/v1/push` });
    } finally {
      delete process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
    }
    return sandbox;
  }

  /**
   * Runs the smoke (3 VUs × 5 iterations, judged over the whole run) with the run tool, which
   * folds the exemplars in, or with a plain `k6 run`, whose report has only its own links.
   */
  async function smoke(testid: string, how: 'run tool' | 'plain k6'): Promise<Run> {
    const reportDir = path.join(scratch, testid);
    mkdirSync(reportDir, { recursive: true });
    const out = path.join(reportDir, 'points.json');
    const env = { ...process.env, BASE_URL: sandbox!.url, TESTID: testid, REPORT_DIR: reportDir, VUS: '3', ITERATIONS: '5', SLO_MODE: 'soak' };
    const result =
      how === 'run tool'
        ? await runTool('tools/run.ts', ['smoke', `--out=json=${out}`], env)
        : await runProcess(k6Path!, ['run', `--out=json=${out}`, 'dist/smoke.js'], env);
    const samples = points(out);
    const durations = new Map(samples.filter((p) => p.metric === 'http_req_duration').map((p) => [p.data.metadata!.trace_id, p.data.value]));
    const requests = samples
      .filter((p) => p.metric === 'http_reqs')
      .map(({ data }) => ({
        traceId: data.metadata!.trace_id,
        beast: data.tags.beast ?? '',
        method: data.tags.method,
        status: Number(data.tags.status),
        failed: data.tags.expected_response === 'false',
        durationMs: durations.get(data.metadata!.trace_id) ?? 0,
        op: data.tags.op,
      }));
    const summary = JSON.parse(readFileSync(path.join(reportDir, 'summary.json'), 'utf8')) as SummaryV1;
    return { testid, result, summary, printed: result.stdout, requests };
  }

  /** Stops the sandbox so every span and line is flushed, and returns what the receiver got. */
  async function exported(): Promise<{ spans: ExportedSpan[]; lines: PushedLine[] }> {
    await sandbox!.stop();
    return { spans: receiver!.spans.filter((span) => span.kind === 'SERVER'), lines: receiver!.lines };
  }

  /** One run through the run tool against a target with `faults`, which must breach `sloId`. */
  async function breach(testid: string, faults: FaultSpec, sloId: string) {
    await startTarget(faults);
    const run = await smoke(testid, 'run tool');
    const telemetry = await exported();
    expect(run.result.code, run.result.stderr).toBe(99);
    const slo = run.summary.slos.find((candidate) => candidate.id === sloId)!;
    expect(slo.verdict).toBe('fail');
    return { run, telemetry, slo };
  }

  const breached = (run: Run) => run.summary.slos.filter((slo) => slo.verdict === 'fail');
  /** The SLOs of one request group (beast × method); an SLO of the run as a whole has no queries to check. */
  const groupSlos = (run: Run) => run.summary.slos.filter((slo) => ['availability', 'latency', 'checks'].includes(slo.kind));
  const groupOf = (run: Run, slo: SloResult) => {
    const { beast, method } = submetricTags(slo.metric);
    return run.requests.filter((request) => request.op === undefined && request.beast === beast && request.method === method);
  };

  /**
   * Every TraceQL and LogQL group query of the run, read as filters: it selects nothing outside
   * its group's requests of this run, and it selects what it promises inside it. Returns how many
   * queries were checked.
   */
  function checkGroupQueries(run: Run, telemetry: { spans: ExportedSpan[]; lines: PushedLine[] }): number {
    let checked = 0;
    for (const slo of groupSlos(run)) {
      const group = groupOf(run, slo);
      const inGroup = ids(group);
      const spans = ids(telemetry.spans.filter(traceqlFilter(linkQuery(slo.links.tempo))));
      const lines = new Set(telemetry.lines.filter(logqlFilter(slo.queries.logql)).map(traceIdOf));
      expect(linkQuery(slo.links.tempo)).toBe(slo.queries.traceql);
      expect(sorted(spans).filter((id) => !inGroup.has(id)), `${slo.id}: spans outside its group of this run`).toEqual([]);
      expect(sorted(lines).filter((id) => !inGroup.has(id)), `${slo.id}: lines outside its group of this run`).toEqual([]);
      const answered = group.filter((request) => request.status > 0);
      if (slo.kind === 'availability') {
        const failing = ids(answered.filter((request) => request.failed));
        expect(sorted(spans), `${slo.id}: its failing requests' spans`).toEqual(sorted(failing));
        expect(sorted(lines), `${slo.id}: its failing requests' lines`).toEqual(sorted(ids(group.filter((request) => request.failed))));
      } else if (slo.kind === 'latency') {
        // The server's span lies within what k6 measured, so a request k6 saw under the objective
        // is never selected. (k6 may see a request slow that the server served fast, on a busy
        // load generator: which slow spans it selects is checked where a fault made them slow.)
        const fast = ids(answered.filter((request) => request.durationMs < slo.objective.value));
        expect(sorted(fast).filter((id) => spans.has(id)), `${slo.id}: fast spans it selects`).toEqual([]);
        expect(sorted(lines), `${slo.id}: the group's lines`).toEqual(sorted(inGroup));
      } else {
        expect(sorted(spans), `${slo.id}: the group's spans`).toEqual(sorted(ids(answered)));
        expect(sorted(lines), `${slo.id}: the group's lines`).toEqual(sorted(inGroup));
      }
      checked += 2;
    }
    return checked;
  }

  /** Every trace the report names is a request of the SLO's group that failed it, exported as a span and a line. */
  function checkExemplars(run: Run, telemetry: { spans: ExportedSpan[]; lines: PushedLine[] }): number {
    let named = 0;
    for (const slo of breached(run)) {
      const group = new Map(groupOf(run, slo).map((request) => [request.traceId, request]));
      for (const exemplar of slo.exemplars.filter((e) => e.reached)) {
        const sent = group.get(exemplar.traceId);
        expect(sent, `${slo.id}: ${exemplar.traceId} is a request of its group`).toBeDefined();
        if (slo.kind === 'availability') expect(sent!.failed).toBe(true);
        if (slo.kind === 'latency') expect(sent!.durationMs).toBeGreaterThanOrEqual(slo.objective.value);
        const span = telemetry.spans.find((s) => s.traceId === exemplar.traceId);
        expect(span?.attributes['http.user_agent'], `${slo.id}: span of ${exemplar.traceId}`).toContain(`(testid=${run.testid}; journey=${exemplar.journey})`);
        expect(telemetry.lines.some((line) => traceIdOf(line) === exemplar.traceId), `${slo.id}: line of ${exemplar.traceId}`).toBe(true);
        expect(linkQuery(exemplar.traceUrl!)).toBe(exemplar.traceId);
        named += 1;
      }
      // The breached SLO's log link holds exactly its named traces' lines.
      const traced = ids(slo.exemplars.filter((e) => e.reached));
      if (traced.size > 0) expect(sorted(new Set(telemetry.lines.filter(logqlFilter(linkQuery(slo.links.loki))).map(traceIdOf)))).toEqual(sorted(traced));
    }
    return named;
  }

  it('two concurrent runs, DELETE /owlbear failing and the designed POST failures on: each names only its own requests', async () => {
    await startTarget({ errors: [{ beast: 'owlbear', method: 'DELETE', rate: 1, status: 500 }] });
    const [tool, plain] = await Promise.all([smoke('it-links-tool', 'run tool'), smoke('it-links-plain', 'plain k6')]);
    const telemetry = await exported();
    for (const run of [tool, plain]) {
      expect(run.result.code, run.result.stderr).toBe(99);
      expect(breached(run).map((slo) => slo.id)).toContain('availability-delete-owlbear');
      // The other run failed the same group: a query without the run's scope would list its requests too.
      const other = run === tool ? plain : tool;
      expect(other.requests.some((request) => request.beast === 'owlbear' && request.method === 'DELETE' && request.failed)).toBe(true);
    }
    const queries = checkGroupQueries(tool, telemetry) + checkGroupQueries(plain, telemetry);
    expect(queries).toBe(4 * groupSlos(tool).length);

    // Every breached SLO names at least one trace of its own group, the designed POST failures notwithstanding.
    for (const slo of breached(tool)) expect(slo.exemplars.filter((e) => e.reached).length, slo.id).toBeGreaterThan(0);
    expect(checkExemplars(tool, telemetry)).toBeGreaterThan(0);
    expect(tool.printed).toContain('✗ availability-delete-owlbear');
    // A plain k6 run names no trace, but its links stand on their own (checked above).
    for (const slo of breached(plain)) expect(slo.exemplars).toEqual([]);

    // The run-window links: the run's journey spans and the run's lines, nothing of the other run.
    for (const run of [tool, plain]) {
      const journeys = ids(run.requests.filter((request) => request.op === undefined && request.status > 0));
      const spans = ids(telemetry.spans.filter(traceqlFilter(linkQuery(run.summary.links.tempo))));
      expect(sorted(spans)).toEqual(sorted(journeys));
      const lines = new Set(telemetry.lines.filter(logqlFilter(linkQuery(run.summary.links.loki))).map(traceIdOf));
      // Every request of the run, the probe's and the sweep's too, but the probe's 404: the server logs no line for an unknown segment.
      expect(sorted(lines)).toEqual(sorted(ids(run.requests.filter((request) => request.status !== 404))));
    }
  });

  it('+600 ms on GET /unicorn: its latency SLO names slow GET /unicorn traces, and its queries select them', async () => {
    const { run, telemetry, slo: p95 } = await breach('it-links-latency', { latency: [{ beast: 'unicorn', method: 'GET', fixedMs: 600 }] }, 'latency-p95-get-unicorn');
    for (const slo of breached(run)) expect(slo.exemplars.filter((e) => e.reached).length, slo.id).toBeGreaterThan(0);
    expect(checkGroupQueries(run, telemetry)).toBe(2 * groupSlos(run).length);
    expect(checkExemplars(run, telemetry)).toBeGreaterThan(0);
    const slow = telemetry.spans.filter(traceqlFilter(p95.queries.traceql));
    expect(slow.length).toBe(groupOf(run, p95).length);
    for (const span of slow) expect(span.durationMs).toBeGreaterThanOrEqual(p95.objective.value);
  });

  it('DELETE /manticore connections reset: listed as never reaching the server, with no trace to open', async () => {
    const { run, telemetry, slo: reset } = await breach('it-links-reset', { resets: [{ beast: 'manticore', method: 'DELETE', rate: 1 }] }, 'availability-delete-manticore');
    expect(reset.exemplars.length).toBeGreaterThan(0);
    for (const exemplar of reset.exemplars) {
      expect(exemplar).toMatchObject({ status: 0, reached: false, method: 'DELETE', beast: 'manticore' });
      expect(exemplar.traceUrl).toBeUndefined();
    }
    expect(run.printed).toContain('no trace: never reached the server (no response)  DELETE /manticore  status 0');
    for (const slo of breached(run).filter((slo) => slo !== reset)) expect(slo.exemplars.filter((e) => e.reached).length, slo.id).toBeGreaterThan(0);
    expect(checkGroupQueries(run, telemetry)).toBe(2 * groupSlos(run).length);
    checkExemplars(run, telemetry);
  });
});
