import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { REQUEST_TIME_BUCKETS } from '../../sandbox/telemetry/metrics.ts';
import { useSandboxes } from '../support/sandbox-per-test.ts';
import { call, traceparent } from './sandbox-http.ts';

const LOG_LINE = /^traceID=([0-9a-f]{32}) http\.method=(GET|POST|DELETE) endpoint=(\w+) status=(SUCCESS|FAILURE)( error="(.*)")?$/;

/** A real HTTP receiver that keeps every request body it gets. */
async function startReceiver(): Promise<{ url: string; bodies: { path: string; type: string; body: Buffer }[]; close(): Promise<void> }> {
  const bodies: { path: string; type: string; body: Buffer }[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      bodies.push({ path: request.url ?? '', type: request.headers['content-type'] ?? '', body: Buffer.concat(chunks) });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bodies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const sandbox = useSandboxes({ alwaysSucceed: true, logs: 'silent', captureTelemetry: true });

describe('sandbox traces', () => {
  it('a sampled traceparent puts the server, handler and store spans into that trace', async () => {
    const sb = await sandbox();
    const parent = traceparent();
    const agent = 'mythical-k6/0.1.0 (testid=t-1; journey=0a1b2c3d4e5f)';
    expect((await call(sb.url, 'POST', '/unicorn', { name: 'traced' }, { traceparent: parent.header, 'user-agent': agent })).status).toBe(201);
    const spans = sb.spans().filter((span) => span.traceId === parent.traceId);
    const server = spans.find((span) => span.kind === 'SERVER');
    expect(server).toMatchObject({ name: 'POST /:endpoint', parentSpanId: parent.parentId, status: { code: 'UNSET' } });
    // The real server's SERVER span (instrumentation-http): method, target, User-Agent verbatim, status; no beast.
    expect(server?.attributes).toMatchObject({
      'http.method': 'POST', 'http.target': '/unicorn', 'http.route': '/:endpoint', 'http.status_code': 201, 'http.status_text': 'CREATED',
      'http.user_agent': agent, 'http.scheme': 'http', 'http.flavor': '1.1', 'net.peer.ip': '127.0.0.1',
    });
    expect(server?.attributes.beast).toBeUndefined();
    const handler = spans.find((span) => span.name === 'request handler - /:endpoint');
    expect(handler).toMatchObject({ parentSpanId: server?.spanId, kind: 'INTERNAL', attributes: { 'http.route': '/:endpoint', 'router.type': 'request_handler' } });
    expect(handler?.attributes.beast).toBeUndefined();
    const store = spans.find((span) => span.kind === 'CLIENT');
    expect(store).toMatchObject({ name: 'pg.query:INSERT memory', parentSpanId: handler?.spanId, attributes: { 'db.system': 'postgresql', 'db.user': 'postgres' } });
    expect(store?.attributes['db.statement']).toBe('INSERT INTO unicorn(name) VALUES ($1)');
    expect(server!.durationMs).toBeGreaterThanOrEqual(handler!.durationMs);
  });

  it('only the GET handler span carries the beast, as on the real server; no span carries beast and http.method', async () => {
    const sb = await sandbox();
    const parent = traceparent();
    await call(sb.url, 'GET', '/owlbear', undefined, { traceparent: parent.header });
    await call(sb.url, 'DELETE', '/owlbear', { name: 'x' }, { traceparent: parent.header });
    const spans = sb.spans().filter((span) => span.traceId === parent.traceId);
    const withBeast = spans.filter((span) => span.attributes.beast !== undefined);
    expect(withBeast.map((span) => [span.name, span.kind, span.attributes.beast])).toEqual([['request handler - /:endpoint', 'INTERNAL', 'owlbear']]);
    expect(spans.some((span) => span.attributes.beast !== undefined && span.attributes['http.method'] !== undefined)).toBe(false);
  });

  it('an unsampled traceparent records no span; no traceparent starts a new trace', async () => {
    const sb = await sandbox();
    const unsampled = traceparent(false);
    await call(sb.url, 'GET', '/owlbear', undefined, { traceparent: unsampled.header });
    expect(sb.spans().some((span) => span.traceId === unsampled.traceId)).toBe(false);
    await call(sb.url, 'GET', '/owlbear');
    const root = sb.spans().find((span) => span.kind === 'SERVER');
    expect(root?.parentSpanId).toBeUndefined();
    expect(root?.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('a 500 marks the server span as an error; two sandboxes keep their spans apart', async () => {
    const first = await sandbox();
    const second = await sandbox();
    const parent = traceparent();
    await call(first.url, 'POST', '/unicorn', {}, { traceparent: parent.header });
    const server = first.spans().find((span) => span.kind === 'SERVER' && span.traceId === parent.traceId);
    expect(server?.status.code).toBe('ERROR');
    expect(second.spans()).toEqual([]);
  });

  it('exports spans by OTLP/HTTP protobuf to the endpoint OTEL_EXPORTER_OTLP_TRACES_ENDPOINT names', async () => {
    const receiver = await startReceiver();
    process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT = `${receiver.url}/v1/traces`;
    try {
      const sb = await sandbox({ captureTelemetry: false });
      const parent = traceparent();
      await call(sb.url, 'GET', '/beholder', undefined, { traceparent: parent.header });
      await sb.stop();
      const exported = receiver.bodies.filter((b) => b.path === '/v1/traces');
      expect(exported.length).toBeGreaterThan(0);
      expect(exported[0].type).toBe('application/x-protobuf');
      const all = Buffer.concat(exported.map((b) => b.body));
      expect(all.includes(Buffer.from(parent.traceId, 'hex'))).toBe(true);
      expect(all.includes(Buffer.from('mythical-server'))).toBe(true);
      expect(all.includes(Buffer.from('beholder'))).toBe(true);
    } finally {
      delete process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
      await receiver.close();
    }
  });
});

describe('sandbox request log', () => {
  it('writes one contract line per API request, a failed POST logged as GET, with the trace id of its spans', async () => {
    const sb = await sandbox();
    const parent = traceparent();
    const headers = { traceparent: parent.header };
    await call(sb.url, 'POST', '/unicorn', { name: 'a' }, headers);
    await call(sb.url, 'POST', '/unicorn', { name: 'a' }, headers);
    await call(sb.url, 'GET', '/unicorn', undefined, headers);
    await call(sb.url, 'DELETE', '/unicorn', { name: 'a' }, headers);
    await call(sb.url, 'GET', '/dragon', undefined, headers);
    const lines = sb.logLines();
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(LOG_LINE);
    expect(lines.map((line) => LOG_LINE.exec(line)!.slice(1, 5))).toEqual([
      [parent.traceId, 'POST', 'unicorn', 'SUCCESS'],
      [parent.traceId, 'GET', 'unicorn', 'FAILURE'],
      [parent.traceId, 'GET', 'unicorn', 'SUCCESS'],
      [parent.traceId, 'DELETE', 'unicorn', 'SUCCESS'],
    ]);
    expect(lines[1]).toBe(
      `traceID=${parent.traceId} http.method=GET endpoint=unicorn status=FAILURE error="error: duplicate key value violates unique constraint "unicorn_name_key""`,
    );
  });

  it('pushes the lines to a Loki push endpoint with the contract stream labels', async () => {
    const loki = await startReceiver();
    try {
      const sb = await sandbox({ captureTelemetry: false, logsTarget: `${loki.url}/loki/api/v1/push`, namespace: 'test-ns' });
      const parent = traceparent();
      await call(sb.url, 'POST', '/manticore', { name: 'm' }, { traceparent: parent.header });
      await call(sb.url, 'POST', '/manticore', {}, { traceparent: parent.header });
      await sb.stop();
      const pushes = loki.bodies.filter((b) => b.path === '/loki/api/v1/push');
      expect(pushes.length).toBeGreaterThan(0);
      expect(pushes[0].type).toBe('application/json');
      const streams = pushes.flatMap((p) => (JSON.parse(p.body.toString()) as { streams: { stream: Record<string, string>; values: [string, string][] }[] }).streams);
      const labels = { service_name: 'mythical-server', job: 'mythical-server', namespace: 'test-ns', beast: 'manticore' };
      const info = streams.find((s) => s.stream.level === 'info');
      const error = streams.find((s) => s.stream.level === 'error');
      expect(info?.stream).toEqual({ ...labels, level: 'info' });
      expect(error?.stream).toEqual({ ...labels, level: 'error' });
      expect(info?.values[0][1]).toBe(`traceID=${parent.traceId} http.method=POST endpoint=manticore status=SUCCESS`);
      expect(info?.values[0][0]).toMatch(/^\d{19}$/);
      expect(error?.values[0][1]).toMatch(/^traceID=\w{32} http\.method=GET endpoint=manticore status=FAILURE error="error: null value/);
    } finally {
      await loki.close();
    }
  });

  it('never blocks a request when Loki is down', async () => {
    const sb = await sandbox({ logsTarget: 'http://127.0.0.1:9/loki/api/v1/push' });
    for (let i = 0; i < 20; i += 1) expect((await call(sb.url, 'POST', '/unicorn', { name: `n${i}` })).status).toBe(201);
    expect(sb.logLines()).toHaveLength(20);
  });
});

describe('sandbox metrics', () => {
  it('exposes mythical_request_times with the contract buckets, labels and trace exemplars', async () => {
    const sb = await sandbox();
    const parent = traceparent();
    await call(sb.url, 'POST', '/owlbear', { name: 'o' }, { traceparent: parent.header });
    await call(sb.url, 'GET', '/owlbear', undefined, { traceparent: parent.header });
    await call(sb.url, 'GET', '/dragon');
    const exposition = (await call(sb.url, 'GET', '/metrics')).text;
    expect(exposition.trimEnd().endsWith('# EOF')).toBe(true);
    expect(exposition).toContain('# TYPE mythical_request_times histogram');
    const samples = exposition
      .split('\n')
      .filter((line) => line.startsWith('mythical_request_times'))
      .map((line) => {
        const [, name, labels, value, exemplar] = /^(\w+)\{([^}]*)\} (\S+)(?: # \{([^}]*)\} \S+ \S+)?$/.exec(line)!;
        return { name, labels: Object.fromEntries(labels.split(',').map((pair) => pair.split('=')).map(([k, v]) => [k, JSON.parse(v)])), value: Number(value), exemplar };
      });
    const buckets = samples.filter((s) => s.name === 'mythical_request_times_bucket' && s.labels.method === 'GET' && s.labels.status === '200');
    expect(buckets.map((s) => s.labels.le)).toEqual([...REQUEST_TIME_BUCKETS.map(String), '+Inf']);
    expect(buckets[0].labels).toMatchObject({ method: 'GET', status: '200', beast: 'owlbear' });
    expect(buckets.at(-1)?.value).toBe(1);
    const series = new Set(samples.filter((s) => s.name.endsWith('_count')).map((s) => `${s.labels.method} ${s.labels.status} ${s.labels.beast}`));
    expect(series).toEqual(new Set(['POST 201 owlbear', 'GET 200 owlbear', 'GET 404 dragon']));
    const exemplars = samples.filter((s) => s.exemplar && s.labels.beast === 'owlbear').map((s) => s.exemplar!);
    expect(exemplars).toHaveLength(2);
    const handlerSpanIds = sb.spans().filter((span) => span.name.startsWith('request handler')).map((span) => span.spanId);
    for (const exemplar of exemplars) {
      const [, traceId, spanId] = /^traceID="(\w{32})",spanID="(\w{16})"$/.exec(exemplar)!;
      expect(traceId).toBe(parent.traceId);
      expect(handlerSpanIds).toContain(spanId);
    }
  });
});
