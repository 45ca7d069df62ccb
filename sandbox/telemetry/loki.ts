/** Lines queued at most; past that the oldest are dropped, so a dead Loki never grows the memory. */
const MAX_QUEUED = 10_000;
/** Lines per push request at most. */
const BATCH_SIZE = 1_000;
/** How often the queue is pushed. */
const INTERVAL_MS = 500;
/** A push that takes longer is given up. */
const PUSH_TIMEOUT_MS = 5_000;

interface QueuedLine {
  labels: Record<string, string>;
  timeNs: string;
  line: string;
}

/**
 * Pushes log lines to a Loki push endpoint (`/loki/api/v1/push`, JSON) in batches, in the
 * background: `push` only queues, so a slow or dead Loki never delays a request. At most one
 * push is in flight; a failed batch is dropped and counted, as the real server drops its lines.
 */
export class LokiPusher {
  private queue: QueuedLine[] = [];
  private inFlight: Promise<void> | undefined;
  private readonly timer: NodeJS.Timeout;
  private warned = false;
  /** Lines dropped because the queue was full or a push failed. */
  dropped = 0;

  constructor(
    private readonly url: string,
    private readonly warn: (message: string) => void,
  ) {
    this.timer = setInterval(() => void this.flush(), INTERVAL_MS);
    this.timer.unref();
  }

  /** Queues one line of the stream `labels`. */
  push(labels: Record<string, string>, line: string): void {
    if (this.queue.length >= MAX_QUEUED) {
      this.queue.shift();
      this.dropped += 1;
    }
    this.queue.push({ labels, timeNs: `${Date.now()}000000`, line });
  }

  /** Pushes everything queued now; resolves when the queue is empty or a push failed. */
  async flush(): Promise<void> {
    while (this.inFlight) await this.inFlight;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, BATCH_SIZE);
      this.inFlight = this.send(batch);
      await this.inFlight;
      this.inFlight = undefined;
    }
  }

  /** Stops the timer and pushes what is left. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async send(batch: QueuedLine[]): Promise<void> {
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ streams: toStreams(batch) }),
        signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    } catch (error) {
      this.dropped += batch.length;
      if (!this.warned) {
        this.warned = true;
        this.warn(`sandbox: Loki push to ${this.url} failed (${(error as Error).message}); later failures are only counted`);
      }
    }
  }
}

function toStreams(batch: QueuedLine[]): { stream: Record<string, string>; values: [string, string][] }[] {
  const streams = new Map<string, { stream: Record<string, string>; values: [string, string][] }>();
  for (const { labels, timeNs, line } of batch) {
    const key = JSON.stringify(labels);
    let stream = streams.get(key);
    if (!stream) streams.set(key, (stream = { stream: labels, values: [] }));
    stream.values.push([timeNs, line]);
  }
  return Array.from(streams.values());
}
