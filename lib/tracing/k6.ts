import { randomBytes } from 'k6/crypto';
import exec from 'k6/execution';
import { IterationTracer, type RequestTrace } from './traceparent.ts';

const tracer = new IterationTracer((count) => new Uint8Array(randomBytes(count)));

/**
 * Runs `send` with the ids of a new span of this iteration's trace, and with the trace id as
 * the VU's `trace_id` metadata so every metric sample of the request carries it (JSON output).
 */
export function traced<T>(send: (trace: RequestTrace) => T): T {
  const trace = tracer.next(exec.vu.iterationInInstance);
  exec.vu.metrics.metadata.trace_id = trace.traceId;
  try {
    return send(trace);
  } finally {
    delete exec.vu.metrics.metadata.trace_id;
  }
}
