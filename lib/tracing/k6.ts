import { vuIteration, vuMetrics } from '../vu.ts';
import { IterationTracer, type RequestTrace } from './traceparent.ts';

const tracer = new IterationTracer(Math.random);

/**
 * Runs `send` with the ids of a new span of this iteration's trace, and with the trace id as
 * the VU's `trace_id` metadata so every metric sample of the request carries it (JSON output).
 */
export function traced<T>(send: (trace: RequestTrace) => T): T {
  const trace = tracer.next(vuIteration());
  const metadata = vuMetrics().metadata;
  metadata.trace_id = trace.traceId;
  try {
    return send(trace);
  } finally {
    delete metadata.trace_id;
  }
}
