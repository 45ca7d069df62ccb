import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** An attribute value as OTLP carries it (arrays and maps are not used by the server's spans). */
export type AttributeValue = string | number | boolean;

/** One span as it went over the wire (OTLP/HTTP protobuf), decoded. */
export interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: 'UNSPECIFIED' | 'INTERNAL' | 'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER';
  attributes: Record<string, AttributeValue>;
  resource: Record<string, AttributeValue>;
  durationMs: number;
  status: 'unset' | 'ok' | 'error';
}

/** One log line as pushed to Loki: its stream labels and its text. */
export interface PushedLine {
  labels: Record<string, string>;
  line: string;
}

/** A real HTTP receiver for OTLP/HTTP traces (`/v1/traces`) and Loki pushes (`/loki/api/v1/push`). */
export interface TelemetryReceiver {
  url: string;
  spans: ExportedSpan[];
  lines: PushedLine[];
  close(): Promise<void>;
}

/** Starts a receiver on a free port of 127.0.0.1 that decodes what it is sent. */
export async function startTelemetryReceiver(): Promise<TelemetryReceiver> {
  const spans: ExportedSpan[] = [];
  const lines: PushedLine[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let body = Buffer.concat(chunks);
      if (request.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      if (request.url === '/v1/traces') spans.push(...decodeTraces(body));
      if (request.url === '/loki/api/v1/push') lines.push(...decodeLokiPush(body));
      response.writeHead(request.url === '/v1/traces' ? 200 : 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    lines,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function decodeLokiPush(body: Buffer): PushedLine[] {
  const push = JSON.parse(body.toString('utf8')) as { streams: { stream: Record<string, string>; values: [string, string][] }[] };
  return push.streams.flatMap((stream) => stream.values.map(([, line]) => ({ labels: stream.stream, line })));
}

/** One protobuf field: its number and its value (a number for varint and fixed types, bytes otherwise). */
interface Field {
  number: number;
  varint?: number;
  fixed64?: Buffer;
  bytes?: Buffer;
}

/** The fields of one protobuf message, in wire order. */
function fields(buffer: Buffer): Field[] {
  const out: Field[] = [];
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = buffer[at++];
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return value;
      scale *= 128;
    }
  };
  while (at < buffer.length) {
    const key = varint();
    const number = Math.floor(key / 8);
    switch (key & 7) {
      case 0:
        out.push({ number, varint: varint() });
        break;
      case 1:
        out.push({ number, fixed64: buffer.subarray(at, at + 8) });
        at += 8;
        break;
      case 2: {
        const length = varint();
        out.push({ number, bytes: buffer.subarray(at, at + length) });
        at += length;
        break;
      }
      case 5:
        at += 4;
        break;
      default:
        throw new Error(`unsupported protobuf wire type ${key & 7}`);
    }
  }
  return out;
}

const each = (buffer: Buffer, number: number): Buffer[] => fields(buffer).filter((f) => f.number === number && f.bytes).map((f) => f.bytes!);

/** `opentelemetry.proto.common.v1.KeyValue` list → a record. */
function attributes(buffers: Buffer[]): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const keyValue of buffers) {
    const parts = fields(keyValue);
    const key = parts.find((f) => f.number === 1)?.bytes?.toString('utf8') ?? '';
    const any = parts.find((f) => f.number === 2)?.bytes;
    const value = any ? fields(any)[0] : undefined;
    if (value?.number === 1) out[key] = value.bytes!.toString('utf8');
    else if (value?.number === 2) out[key] = value.varint === 1;
    else if (value?.number === 3) out[key] = value.varint!;
    else if (value?.number === 4) out[key] = value.fixed64!.readDoubleLE(0);
  }
  return out;
}

const KINDS: ExportedSpan['kind'][] = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
const STATUS: ExportedSpan['status'][] = ['unset', 'ok', 'error'];

/** `ExportTraceServiceRequest` → spans, each with its resource's attributes. */
export function decodeTraces(body: Buffer): ExportedSpan[] {
  const spans: ExportedSpan[] = [];
  for (const resourceSpans of each(body, 1)) {
    const resource = attributes(each(resourceSpans, 1).flatMap((r) => each(r, 1)));
    for (const scopeSpans of each(resourceSpans, 2)) {
      for (const span of each(scopeSpans, 2)) {
        const parts = fields(span);
        const get = (number: number) => parts.find((f) => f.number === number);
        const nanos = (number: number) => get(number)?.fixed64?.readBigUInt64LE(0) ?? 0n;
        const status = get(15)?.bytes;
        spans.push({
          traceId: get(1)?.bytes?.toString('hex') ?? '',
          spanId: get(2)?.bytes?.toString('hex') ?? '',
          parentSpanId: get(4)?.bytes?.toString('hex') ?? '',
          name: get(5)?.bytes?.toString('utf8') ?? '',
          kind: KINDS[get(6)?.varint ?? 0] ?? 'UNSPECIFIED',
          attributes: attributes(each(span, 9)),
          resource,
          durationMs: Number(nanos(8) - nanos(7)) / 1e6,
          status: STATUS[(status ? fields(status).find((f) => f.number === 3)?.varint : 0) ?? 0] ?? 'unset',
        });
      }
    }
  }
  return spans;
}
