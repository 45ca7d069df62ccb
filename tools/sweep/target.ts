import type { Target } from '../../lib/settings/suite.ts';
import { parseNameList, parseRunRows, sweepable } from '../../lib/row-names.ts';
import { SUITE_VERSION } from '../../lib/version.ts';

/** What one sweep of a target did. */
export interface SweepOutcome {
  deleted: number;
  /** Suite rows of runs still within their stated end: never touched. */
  kept: number;
  /** The latest stated end among the kept rows (epoch ms). */
  keptUntilMs?: number;
  /** Why the sweep stopped before visiting every beast (the target hung or refused). */
  stopped?: string;
}

/** How a sweep runs: whose rows besides ended runs' it deletes, its clock and request timeout. */
export interface SweepOptions {
  /** A run prefix (`mk6.<start>.<life>.<id>`) whose rows go too, ended or not: a run known dead. */
  own?: string;
  timeoutMs: number;
  now?: () => number;
}

/**
 * The Node side of the sweep (`npm run sweep`, and the run tool after k6 died before its
 * teardown finished): the same rule as the k6 teardown (`sweepable` of lib/row-names.ts), over
 * `fetch`. Stops at the first request without an answer.
 */
export async function sweepTarget(target: Target, options: SweepOptions): Promise<SweepOutcome> {
  const now = options.now ?? Date.now;
  const outcome: SweepOutcome = { deleted: 0, kept: 0 };
  const send = (method: 'GET' | 'DELETE', beast: string, name?: string) =>
    fetch(`${target.baseUrl}/${beast}`, {
      method,
      headers: { 'User-Agent': `mythical-k6/${SUITE_VERSION} (sweep)`, ...(name === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: name === undefined ? undefined : JSON.stringify({ name }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  for (const beast of target.beasts) {
    let names: string[] | undefined;
    try {
      const response = await send('GET', beast);
      names = response.status === 200 ? parseNameList(await response.text()) : undefined;
    } catch (error) {
      return { ...outcome, stopped: `GET /${beast} got no answer (${reason(error)})` };
    }
    if (!names) continue;
    for (const name of names) {
      const run = parseRunRows(name);
      if (!run) continue;
      if (!sweepable(name, now(), options.own)) {
        outcome.kept += 1;
        outcome.keptUntilMs = Math.max(outcome.keptUntilMs ?? 0, run.endMs);
        continue;
      }
      try {
        if ((await send('DELETE', beast, name)).status === 204) outcome.deleted += 1;
      } catch (error) {
        return { ...outcome, stopped: `DELETE /${beast} got no answer (${reason(error)})` };
      }
    }
  }
  return outcome;
}

function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  if (cause === 'ECONNREFUSED') return 'connection refused';
  if ((error as Error).name === 'TimeoutError') return 'no answer within the request timeout';
  return cause ?? (error as Error).message;
}
