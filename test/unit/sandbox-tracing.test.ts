import { ROOT_CONTEXT } from '@opentelemetry/api';
import { expect, it } from 'vitest';
import { Tracing } from '../../sandbox/telemetry/tracing.ts';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const incoming = { traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` };

it('records spans when something reads them, and only then', async () => {
  const captured = await Tracing.create(true, {});
  const unread = await Tracing.create(false, {});
  try {
    const recorded = captured.tracer.startSpan('GET /:endpoint', {}, captured.extract(incoming));
    expect(recorded.isRecording()).toBe(true);
    recorded.end();
    expect(captured.spans().map((span) => span.traceId)).toEqual([TRACE_ID]);

    const skipped = unread.tracer.startSpan('GET /:endpoint', {}, unread.extract(incoming));
    expect(skipped.isRecording()).toBe(false);
    // The ids log lines and exemplars carry are there all the same, in the caller's trace.
    expect(skipped.spanContext().traceId).toBe(TRACE_ID);
    expect(skipped.spanContext().spanId).toMatch(/^(?!0{16})[0-9a-f]{16}$/);
    expect(unread.tracer.startSpan('root', {}, ROOT_CONTEXT).spanContext().traceId).toMatch(/^(?!0{32})[0-9a-f]{32}$/);
  } finally {
    await Promise.all([captured.shutdown(), unread.shutdown()]);
  }
});
