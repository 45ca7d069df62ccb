import { Histogram, Registry, type OpenMetricsContentType } from 'prom-client';

/** Bucket bounds of `mythical_request_times`, in milliseconds, as the real server declares them. */
export const REQUEST_TIME_BUCKETS = [10, 20, 50, 100, 200, 500, 1000, 2000, 4000, 8000, 16000];

/**
 * The real server's metrics: one `mythical_request_times` histogram with exemplars, in a
 * registry of its own per sandbox (several sandboxes in one process must not share series),
 * exposed as OpenMetrics, the only format that carries exemplars.
 */
export class RequestMetrics {
  private readonly registry = new Registry<OpenMetricsContentType>();
  private readonly histogram: Histogram<string>;

  /** `key` is the name label: `beast`, or `endpoint` for the BORING set. */
  constructor(key: string) {
    this.registry.setContentType(Registry.OPENMETRICS_CONTENT_TYPE);
    this.histogram = new Histogram({
      name: 'mythical_request_times',
      help: 'Response times for the endpoints',
      labelNames: ['method', 'status', key],
      buckets: REQUEST_TIME_BUCKETS,
      enableExemplars: true,
      registers: [this.registry],
    });
  }

  /** Records one response time with the trace and span that served it as the exemplar. */
  observe(labels: Record<string, string>, valueMs: number, traceId: string, spanId: string): void {
    this.histogram.observe({ labels, value: valueMs, exemplarLabels: { traceID: traceId, spanID: spanId } });
  }

  /** The `Content-Type` of the exposition. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text. */
  async exposition(): Promise<string> {
    return this.registry.metrics();
  }
}
