/** A Prometheus-compatible query API (Prometheus, or Mimir under `/prometheus`) that failed; one line. */
export class QueryError extends Error {
  override name = 'QueryError';
}

/** One series of a query answer: labels and the value at the query time. */
export interface InstantSample {
  metric: Record<string, string>;
  value: number;
}

/** The PromQL HTTP API at `baseUrl`, with the receiver's headers (auth, tenant). */
export class PrometheusApi {
  constructor(
    private readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
    private readonly timeoutMs = 30_000,
  ) {}

  /** Instant query at `time` (unix seconds). */
  async instant(promql: string, time: number): Promise<InstantSample[]> {
    const data = (await this.get('/api/v1/query', { query: promql, time: String(time) })) as { metric: Record<string, string>; value: [number, string] }[];
    return data.map((series) => ({ metric: series.metric, value: Number(series.value[1]) }));
  }

  /** Range query; each series' values as `[unix seconds, value]`. */
  async range(promql: string, start: number, end: number, stepSeconds: number): Promise<[number, number][][]> {
    const data = await this.get('/api/v1/query_range', { query: promql, start: String(start), end: String(end), step: String(stepSeconds) });
    return (data as { values: [number, string][] }[]).map((s) => s.values.map(([t, v]) => [t, Number(v)] as [number, number]));
  }

  private async get(path: string, params: Record<string, string>): Promise<unknown> {
    const url = `${this.baseUrl.replace(/\/+$/, '')}${path}?${new URLSearchParams(params)}`;
    let response: Response;
    try {
      response = await fetch(url, { headers: this.headers, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : (error as Error).message;
      throw new QueryError(`--prometheus ${this.baseUrl}: no answer (${cause}); expected the PromQL API base, e.g. http://localhost:9090 or http://mimir:9009/prometheus`);
    }
    const body = (await response.json().catch(() => ({}))) as { status?: string; data?: { result?: unknown }; error?: string };
    if (!response.ok || body.status !== 'success') {
      throw new QueryError(`--prometheus ${this.baseUrl}: HTTP ${response.status} ${body.error ?? ''}`.trim());
    }
    return body.data?.result ?? [];
  }
}
