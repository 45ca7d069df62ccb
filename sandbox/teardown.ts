import type { Tracer } from '@opentelemetry/api';
import type { BeastStore } from './store/types.ts';
import type { RequestLog } from './telemetry/logs.ts';

/** The real server's default teardown period: 24 h. */
export const DEFAULT_TEARDOWN_TIMEOUT_MS = 24 * 60 * 60 * 1000;

/**
 * The real server's periodic table teardown: every `intervalMs` all tables are dropped and
 * recreated, and while that runs every API request gets 500 `Table is not available`. The
 * window lasts at least `minimumMs`, because an in-memory reset is instant and a window no
 * request can hit proves nothing.
 */
export class Teardown {
  private running = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly store: BeastStore,
    private readonly tracer: Tracer,
    private readonly log: RequestLog,
    intervalMs: number,
    private readonly minimumMs: number,
  ) {
    this.timer = setInterval(() => void this.run(), intervalMs);
    this.timer.unref();
  }

  /** True while a teardown runs. */
  get inProgress(): boolean {
    return this.running > 0;
  }

  /** Runs one teardown now; the window lasts at least `minimumMs`. Resolves when it is over. */
  async run(minimumMs = this.minimumMs): Promise<void> {
    const span = this.tracer.startSpan('server');
    const { traceId } = span.spanContext();
    const started = performance.now();
    this.running += 1;
    try {
      this.log.write('info', undefined, `traceId=${traceId} message="DROPing tables..."`);
      await this.store.recreate();
      this.log.write('info', undefined, `traceId=${traceId} message="CREATEing tables..."`);
      const left = minimumMs - (performance.now() - started);
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
    } catch (error) {
      this.log.write('info', undefined, `traceId=${traceId} error="${error}"`);
    } finally {
      this.running -= 1;
      span.end();
    }
  }

  /** Stops the periodic teardown. */
  stop(): void {
    clearInterval(this.timer);
  }
}
