import { vuIteration, vuMetadata } from '../vu.ts';
import { JourneyIds, RequestTracer, type RequestTrace } from './traceparent.ts';

const journeys = new JourneyIds(Math.random);
let tracer: RequestTracer | undefined;

/** The journey id of this VU's current iteration. */
export function currentJourney(): string {
  return journeys.of(vuIteration());
}

/**
 * Runs `send` with the ids of a new trace of its own for one `method` request of run `testid`
 * (undefined `method`: a request no SLO judges), and with the trace id as the VU's `trace_id`
 * metadata so every metric sample of the request carries it (JSON output).
 */
export function traced<T>(testid: string, method: string | undefined, send: (trace: RequestTrace) => T): T {
  tracer ??= new RequestTracer(testid, Math.random);
  const trace = tracer.next(method);
  const metadata = vuMetadata();
  metadata.trace_id = trace.traceId;
  try {
    return send(trace);
  } finally {
    delete metadata.trace_id;
  }
}
