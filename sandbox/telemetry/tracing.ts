import { ROOT_CONTEXT, defaultTextMapGetter, type Context, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator, hrTimeToMilliseconds } from '@opentelemetry/core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOffSampler, BasicTracerProvider, BatchSpanProcessor, type ReadableSpan, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { IncomingHttpHeaders } from 'node:http';

/** A finished span kept in memory for tests. */
export interface CapturedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: 'INTERNAL' | 'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER';
  attributes: Record<string, unknown>;
  /** Epoch milliseconds. */
  startTime: number;
  durationMs: number;
  status: { code: 'UNSET' | 'OK' | 'ERROR'; message?: string };
}

/** Spans kept at most; older ones are dropped so a long capture cannot eat the memory. */
const CAPTURE_LIMIT = 100_000;

/**
 * One tracer provider per sandbox, never registered globally, so several sandboxes can run in
 * one process. Spans go to OTLP when the standard `OTEL_EXPORTER_OTLP_*` variables name an
 * endpoint, and to memory when `capture` is on; with neither they are not recorded.
 */
export class Tracing {
  readonly tracer: Tracer;
  private readonly provider: BasicTracerProvider;
  private readonly captured: CapturedSpan[] = [];
  private readonly propagator = new W3CTraceContextPropagator();

  private constructor(capture: boolean, exporter: SpanProcessor | undefined, serviceName: string) {
    const processors: SpanProcessor[] = [];
    if (capture) processors.push(captureProcessor(this.captured));
    if (exporter) processors.push(exporter);
    this.provider = new BasicTracerProvider({
      // Spans nobody reads are not recorded: ids are still made and propagated (log lines and
      // exemplars carry them), which is all a run without OTLP or capture needs. Recording
      // them anyway cost a quarter of the sandbox's throughput.
      sampler: processors.length > 0 ? undefined : new AlwaysOffSampler(),
      resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
      spanProcessors: processors,
    });
    this.tracer = this.provider.getTracer('mythical-k6-sandbox');
  }

  /** Builds the tracing of one sandbox from its options and the process environment. */
  static async create(capture: boolean, env: NodeJS.ProcessEnv = process.env): Promise<Tracing> {
    const wantsOtlp =
      env.OTEL_TRACES_EXPORTER !== 'none' && Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT);
    let exporter: SpanProcessor | undefined;
    if (wantsOtlp) {
      // Loaded only when asked for: the exporter pulls in protobuf code a plain run never needs.
      const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-proto');
      exporter = new BatchSpanProcessor(new OTLPTraceExporter());
    }
    return new Tracing(capture, exporter, env.OTEL_SERVICE_NAME || 'mythical-server');
  }

  /** The parent context an incoming request's `traceparent` (and `tracestate`) names, if any. */
  extract(headers: IncomingHttpHeaders): Context {
    if (headers.traceparent === undefined) return ROOT_CONTEXT;
    return this.propagator.extract(ROOT_CONTEXT, headers, defaultTextMapGetter);
  }

  /** Captured spans, in the order they ended. */
  spans(): CapturedSpan[] {
    return this.captured.slice();
  }

  /** Flushes the exporter and stops the provider. */
  async shutdown(): Promise<void> {
    await this.provider.shutdown();
  }
}

const KINDS: CapturedSpan['kind'][] = ['INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
const STATUS: CapturedSpan['status']['code'][] = ['UNSET', 'OK', 'ERROR'];

function captureProcessor(into: CapturedSpan[]): SpanProcessor {
  return {
    onStart: () => undefined,
    onEnd: (span: ReadableSpan) => {
      if (into.length >= CAPTURE_LIMIT) into.shift();
      into.push(toCaptured(span));
    },
    forceFlush: async () => undefined,
    shutdown: async () => undefined,
  };
}

function toCaptured(span: ReadableSpan): CapturedSpan {
  const context = span.spanContext();
  const captured: CapturedSpan = {
    traceId: context.traceId,
    spanId: context.spanId,
    name: span.name,
    kind: KINDS[span.kind] ?? 'INTERNAL',
    attributes: { ...span.attributes },
    startTime: hrTimeToMilliseconds(span.startTime),
    durationMs: hrTimeToMilliseconds(span.duration),
    status: { code: STATUS[span.status.code] ?? 'UNSET' },
  };
  if (span.parentSpanContext) captured.parentSpanId = span.parentSpanContext.spanId;
  if (span.status.message) captured.status.message = span.status.message;
  return captured;
}
