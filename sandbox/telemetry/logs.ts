import { LokiPusher } from './loki.ts';

/** Where the per-request log lines go. */
export interface LogOptions {
  /** `stdout`: one JSON object a line; `silent`: nowhere, not even the Loki failure warning (tests). */
  output: 'stdout' | 'silent';
  /** Loki push URL (`LOGS_TARGET`), e.g. `http://127.0.0.1:3100/loki/api/v1/push`. */
  lokiUrl?: string;
  /** Keep the lines in memory for `lines()`. */
  capture: boolean;
  /** The `namespace` stream label. */
  namespace: string;
  /** Label key of the name: `beast` or `endpoint`. */
  key: string;
}

/** Lines kept in memory at most. */
const CAPTURE_LIMIT = 100_000;

/**
 * The real server's request log: one logfmt-like line per API request with the stream labels
 * `service_name`, `job`, `level`, `namespace` and the beast. Stdout writes are gathered per
 * event-loop turn, so a busy server makes few write calls.
 */
export class RequestLog {
  private readonly captured: string[] = [];
  private readonly loki: LokiPusher | undefined;
  private pending: string[] = [];

  constructor(private readonly options: LogOptions) {
    const warn = (message: string): void => {
      if (options.output !== 'silent') process.stderr.write(`${message}\n`);
    };
    this.loki = options.lokiUrl ? new LokiPusher(options.lokiUrl, warn) : undefined;
  }

  /** Writes one line at `level` for `beast` (absent for lines that belong to no beast). */
  write(level: 'info' | 'error', beast: string | undefined, line: string): void {
    const labels: Record<string, string> = {
      service_name: 'mythical-server',
      job: 'mythical-server',
      level,
      namespace: this.options.namespace,
    };
    if (beast !== undefined) labels[this.options.key] = beast;
    if (this.options.capture) {
      if (this.captured.length >= CAPTURE_LIMIT) this.captured.shift();
      this.captured.push(line);
    }
    this.loki?.push(labels, line);
    if (this.options.output === 'stdout') {
      if (this.pending.length === 0) setImmediate(() => this.drain());
      this.pending.push(JSON.stringify({ time: new Date().toISOString(), ...labels, message: line }));
    }
  }

  /** Captured lines, oldest first. */
  lines(): string[] {
    return this.captured.slice();
  }

  /** Writes what is pending and pushes what Loki has not received yet. */
  async close(): Promise<void> {
    this.drain();
    await this.loki?.close();
  }

  private drain(): void {
    if (this.pending.length === 0) return;
    process.stdout.write(`${this.pending.join('\n')}\n`);
    this.pending = [];
  }
}
