/**
 * Exemplars: the VU side of "every breach points at its traces". After each request a VU calls
 * {@link recordExemplar}; a failed request, or one slower than its group's latency objective,
 * becomes one console line `mythical-k6.exemplar {json}`, which `tools/report.ts` reads back
 * from k6's JSON log. A token bucket per VU (burst 5, one token per 2 s, at most 100 lines)
 * keeps an outage from flooding the log. Pure: no k6 module, only `console` and `Date`.
 */

/** The prefix of every exemplar line; the report tool matches on it. */
export const EXEMPLAR_PREFIX = 'mythical-k6.exemplar ';

/** One offending request, as printed by a VU. */
export interface ExemplarLine {
  traceId: string;
  beast: string;
  method: string;
  /** The `name` tag, e.g. `/owlbear`. */
  name: string;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  durationMs: number;
  /** ISO 8601 time the request was sent. */
  time: string;
}

/** The budget of exemplar lines one VU may print. */
export interface BucketLimits {
  burst: number;
  refillMs: number;
  total: number;
}

/** The contract's limits: burst 5, one line per 2 s, at most 100 per VU. */
export const EXEMPLAR_LIMITS: BucketLimits = { burst: 5, refillMs: 2000, total: 100 };

/** A token bucket with a lifetime cap; time comes from the caller so tests control it. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private spent = 0;

  constructor(
    private readonly limits: BucketLimits,
    now: number,
  ) {
    this.tokens = limits.burst;
    this.last = now;
  }

  /** Takes one token if there is one (and the lifetime cap allows); says whether it did. */
  take(now: number): boolean {
    const refilled = Math.floor((now - this.last) / this.limits.refillMs);
    if (refilled > 0) {
      this.tokens = Math.min(this.limits.burst, this.tokens + refilled);
      this.last += refilled * this.limits.refillMs;
    }
    if (this.tokens < 1 || this.spent >= this.limits.total) return false;
    this.tokens -= 1;
    this.spent += 1;
    return true;
  }
}

/** What a VU knows about a request once it has answered. */
export interface RequestOutcome {
  traceId: string;
  beast: string;
  method: string;
  name: string;
  status: number;
  /** Whether k6 counted it in `http_req_failed` (the contract's expected status was not met). */
  failed: boolean;
  durationMs: number;
  /** Epoch milliseconds the request was sent. */
  sentAt: number;
}

/** Decides which requests become exemplar lines and prints them within the bucket's budget. */
export class ExemplarRecorder {
  private bucket: TokenBucket | undefined;

  constructor(
    private readonly objectiveMs: () => number,
    private readonly print: (line: string) => void,
    private readonly now: () => number = Date.now,
    private readonly limits: BucketLimits = EXEMPLAR_LIMITS,
  ) {}

  /** Prints the request as an exemplar if it failed or was slow, and the budget allows. */
  record(outcome: RequestOutcome): boolean {
    if (!outcome.failed && outcome.durationMs <= this.objectiveMs()) return false;
    const now = this.now();
    this.bucket ??= new TokenBucket(this.limits, now);
    if (!this.bucket.take(now)) return false;
    this.print(formatExemplarLine(outcome));
    return true;
  }
}

/** The console line for one offending request. */
export function formatExemplarLine(outcome: RequestOutcome): string {
  const line: ExemplarLine = {
    traceId: outcome.traceId,
    beast: outcome.beast,
    method: outcome.method,
    name: outcome.name,
    status: outcome.status,
    durationMs: Math.round(outcome.durationMs * 1000) / 1000,
    time: new Date(outcome.sentAt).toISOString(),
  };
  return `${EXEMPLAR_PREFIX}${JSON.stringify(line)}`;
}

/** The exemplar in a log message, or undefined when the message is not a well-formed exemplar line. */
export function parseExemplarMessage(message: string): ExemplarLine | undefined {
  if (!message.startsWith(EXEMPLAR_PREFIX)) return undefined;
  try {
    const value = JSON.parse(message.slice(EXEMPLAR_PREFIX.length)) as Partial<ExemplarLine>;
    const valid =
      typeof value.traceId === 'string' && /^[0-9a-f]{32}$/.test(value.traceId) &&
      typeof value.beast === 'string' && typeof value.method === 'string' && typeof value.name === 'string' &&
      typeof value.status === 'number' && typeof value.durationMs === 'number' &&
      typeof value.time === 'string' && Number.isFinite(Date.parse(value.time));
    return valid ? (value as ExemplarLine) : undefined;
  } catch {
    return undefined;
  }
}

let latencyObjectiveMs = Number.POSITIVE_INFINITY;

/** Sets the latency objective requests are compared against (the catalog's p95 objective). */
export function setExemplarObjective(ms: number): void {
  latencyObjectiveMs = ms;
}

// One recorder per VU: every VU has its own copy of this module, so its own bucket.
const recorder = new ExemplarRecorder(() => latencyObjectiveMs, (line) => console.log(line));

/** Called by the client after every request that an SLO judges. */
export function recordExemplar(outcome: RequestOutcome): void {
  recorder.record(outcome);
}
