/**
 * Exemplars: the VU side of "every breach points at its traces". After each request a VU calls
 * {@link recordExemplar}; a failed request, one at or over a latency objective, or a GET whose
 * check failed becomes one console line `mythical-k6.exemplar {json}`, which `tools/report.ts`
 * reads back from k6's JSON log: at info level under the run tool, which sends k6's log to a
 * file, at debug level otherwise, so a plain `k6 run` never shows them. Each SLO group (kind × method × beast) has its own budget,
 * so one group's failures never starve another's. Pure: no k6 module, only `console` and `Date`.
 */

/** The prefix of every exemplar line; the report tool matches on it. */
export const EXEMPLAR_PREFIX = 'mythical-k6.exemplar ';

/** Which request it was and how it answered: what an exemplar line and a VU's outcome share. */
export interface RequestIdentity {
  traceId: string;
  /** The journey (iteration) the request belongs to, as in its User-Agent. */
  journey: string;
  beast: string;
  method: string;
  /** The `name` tag, e.g. `/owlbear`. */
  name: string;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  /** False when the failure shows no sign of having reached the server: no trace to open. */
  reached: boolean;
  durationMs: number;
}

/** One offending request, as printed by a VU. */
export interface ExemplarLine extends RequestIdentity {
  /** True when a check on this response failed. */
  checkFailed: boolean;
  /** ISO 8601 time the request was sent. */
  time: string;
}

/** What a VU knows about a request once it has answered. */
export interface RequestOutcome extends RequestIdentity {
  /** Whether k6 counted it in `http_req_failed` (the contract's expected status was not met). */
  failed: boolean;
  checkFailed?: boolean;
  /** Epoch milliseconds the request was sent. */
  sentAt: number;
}

/** Gateway statuses a proxy in front of the server answers by itself. */
const GATEWAY_STATUSES = [502, 503, 504];

/**
 * Whether a response shows it came from the server: any status but 0 (no response) and the
 * gateway statuses, which count only with the header Express adds to every response
 * (`X-Powered-By: Express`, the real server's signature; a proxy's own 503 lacks it).
 */
export function reachedServer(status: number, poweredBy: string | undefined): boolean {
  if (status === 0) return false;
  return !GATEWAY_STATUSES.includes(status) || poweredBy === 'Express';
}

/**
 * Lines a run aims at per budget key; each VU gets its share, at least one, so a group that
 * fails in a single VU still gets a line. A run prints at most `max(RUN_LINES_PER_KEY, VUs)`
 * reached lines and `VUs` unreached lines per key, and the report lists 5 of them.
 */
export const RUN_LINES_PER_KEY = 10;

/** The budget keys an outcome may spend from: one per SLO kind it offends, within its group. */
export function budgetKeys(outcome: RequestOutcome, latencyObjectivesMs: readonly number[]): string[] {
  const group = `${outcome.method} /${outcome.beast}${outcome.reached ? '' : ' unreached'}`;
  const keys: string[] = [];
  if (outcome.failed) keys.push(`availability ${group}`);
  for (const ms of latencyObjectivesMs) if (outcome.durationMs >= ms) keys.push(`latency>=${ms} ${group}`);
  if (outcome.checkFailed) keys.push(`checks ${group}`);
  return keys;
}

/** Decides which requests become exemplar lines and prints them within each group's budget. */
export class ExemplarRecorder {
  // A plain object, not a Map, which k6 would build in every VU: keys start with an SLO kind,
  // so none is an Object.prototype name.
  private readonly spent: Record<string, number> = {};

  constructor(
    private readonly latencyObjectivesMs: () => readonly number[],
    private readonly vus: () => number,
    private readonly print: (line: string) => void,
  ) {}

  /** Prints the request as an exemplar if it offends an SLO whose budget in this VU has room. */
  record(outcome: RequestOutcome): boolean {
    const objectivesMs = this.latencyObjectivesMs();
    // Nearly every request offends nothing: say so without building its group and keys (a
    // loop, not a callback: no closure per request, no function more for every VU to hold).
    let offends = outcome.failed || outcome.checkFailed === true;
    for (let i = 0; !offends && i < objectivesMs.length; i++) offends = outcome.durationMs >= objectivesMs[i];
    if (!offends) return false;
    const keys = budgetKeys(outcome, objectivesMs);
    // An unreached failure names no trace: one line per VU and group says it happened.
    const quota = outcome.reached ? Math.max(1, Math.ceil(RUN_LINES_PER_KEY / Math.max(1, this.vus()))) : 1;
    const open = keys.filter((key) => (this.spent[key] ?? 0) < quota);
    if (open.length === 0) return false;
    for (const key of open) this.spent[key] = (this.spent[key] ?? 0) + 1;
    this.print(formatExemplarLine(outcome));
    return true;
  }
}

/** The console line for one offending request. */
export function formatExemplarLine(outcome: RequestOutcome): string {
  const line: ExemplarLine = {
    traceId: outcome.traceId,
    journey: outcome.journey,
    beast: outcome.beast,
    method: outcome.method,
    name: outcome.name,
    status: outcome.status,
    reached: outcome.reached,
    checkFailed: outcome.checkFailed === true,
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
      typeof value.journey === 'string' && typeof value.beast === 'string' &&
      typeof value.method === 'string' && typeof value.name === 'string' &&
      typeof value.status === 'number' && typeof value.reached === 'boolean' && typeof value.checkFailed === 'boolean' &&
      typeof value.durationMs === 'number' && typeof value.time === 'string' && Number.isFinite(Date.parse(value.time));
    return valid ? (value as ExemplarLine) : undefined;
  } catch {
    return undefined;
  }
}

let latencyObjectivesMs: readonly number[] = [];
let vusInRun: () => number = () => 1;
let level: 'info' | 'debug' = 'debug';

/**
 * Sets what this VU's exemplars are judged against: the catalog's latency objectives (a request
 * at or over one offends that objective's SLOs) and the VUs of the run, which share each
 * group's budget; and the level of their lines: `info` when a tool reads them back from k6's
 * log file, `debug` otherwise, so a plain `k6 run` keeps them off its terminal.
 */
export function setExemplarPlan(objectivesMs: readonly number[], vus: () => number, lineLevel: 'info' | 'debug'): void {
  // Without a Set, which k6 would build in every VU for this one call.
  latencyObjectivesMs = objectivesMs.filter((ms, index) => objectivesMs.indexOf(ms) === index);
  vusInRun = vus;
  level = lineLevel;
}

// One recorder per VU: every VU has its own copy of this module, so its own budgets.
const recorder = new ExemplarRecorder(
  () => latencyObjectivesMs,
  () => vusInRun(),
  (line) => (level === 'info' ? console.info(line) : console.debug(line)),
);

/** Called by the client after every request that an SLO judges, and by the journeys when a check failed. */
export function recordExemplar(outcome: RequestOutcome): void {
  recorder.record(outcome);
}
