/**
 * Exemplars: the VU side of "every breach points at its traces". After a request that failed,
 * was at or over a latency objective, or was a GET whose check failed, a VU's client asks
 * {@link exemplarLine}, which makes it one console line `mythical-k6.exemplar {json}` when its
 * budget has room. `tools/report.ts` reads the lines back from k6's JSON log: they are written at
 * info level under the run tool, which sends k6's log to a file, at debug level otherwise, so a
 * plain `k6 run` never shows them. Each SLO group (kind × method × beast) has its own budget, so
 * one group's failures never starve another's. Pure: no k6 module, only `console` and `Date`.
 */

/** The prefix of every exemplar line; the report tool matches on it. */
export const EXEMPLAR_PREFIX = 'mythical-k6.exemplar ';

/** Which request it was and how it answered: what an exemplar line and a VU's outcome share. */
export interface RequestIdentity {
  traceId: string;
  /** The journey (iteration) the request belongs to, as in its User-Agent: `<VU id>-<iteration>`. */
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

/** Lines a VU has printed so far, per budget key (SLO kind × method × beast). */
export type ExemplarBudget = Record<string, number>;

/**
 * The console line for `outcome` when it offends an SLO (failed, at or over one of
 * `latencyObjectivesMs`, or a failed check) and a budget it spends from has room in this VU;
 * otherwise undefined. Each budget key is one SLO kind within the request's group, with its own
 * quota, so one group's failures never starve another's: `RUN_LINES_PER_KEY` shared by the run's
 * `vus` VUs, at least one, and one line per VU for a failure that never reached the server.
 * Spends from `spent`.
 */
export function exemplarLine(outcome: RequestOutcome, latencyObjectivesMs: readonly number[], spent: ExemplarBudget, vus: number): string | undefined {
  // Nearly every request offends nothing: say so without building its group and keys (a loop,
  // not a callback: no closure per request).
  let offends = outcome.failed || outcome.checkFailed === true;
  for (let i = 0; !offends && i < latencyObjectivesMs.length; i++) offends = outcome.durationMs >= latencyObjectivesMs[i];
  if (!offends) return undefined;
  const group = `${outcome.method} /${outcome.beast}${outcome.reached ? '' : ' unreached'}`;
  const keys: string[] = [];
  if (outcome.failed) keys.push(`availability ${group}`);
  for (const ms of latencyObjectivesMs) if (outcome.durationMs >= ms) keys.push(`latency>=${ms} ${group}`);
  if (outcome.checkFailed) keys.push(`checks ${group}`);
  // An unreached failure names no trace: one line per VU and group says it happened.
  const quota = outcome.reached ? Math.max(1, Math.ceil(RUN_LINES_PER_KEY / Math.max(1, vus))) : 1;
  let open = false;
  for (const key of keys) {
    if ((spent[key] ?? 0) >= quota) continue;
    spent[key] = (spent[key] ?? 0) + 1;
    open = true;
  }
  if (!open) return undefined;
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
    // Its answer came just now: sent its duration ago. Read here, for the few lines printed,
    // not per request: a VU that never touches Date never builds it.
    time: new Date(Date.now() - outcome.durationMs).toISOString(),
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
