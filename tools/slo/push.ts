import { pushTimeseries } from 'prometheus-remote-write';
import type { SummaryV1 } from '../../lib/report/summary-schema.ts';
import { BadInput } from '../bad-input.ts';
import { parseSummary } from '../summary/parse-summary.ts';
import { readInputFile } from '../summary/read-input.ts';
import type { ReceiverTarget } from '../remote-write.ts';
import { sloSeries } from './series.ts';

/** How a push went. `warning` is the one line already printed when it failed. */
export interface PushOutcome {
  delivered: boolean;
  series: number;
  warning?: string;
}

/** Where to push and how to report a failure. */
export interface PushSettings {
  receiver: ReceiverTarget;
  /** Default 10 s: a hung receiver must not hold the end of a run. */
  timeoutMs?: number;
  /** Prints the warning line; default stderr. */
  warn?: (line: string) => void;
}

/**
 * Remote-writes each SLO's verdict, observed value, objective and budget used (see
 * `tools/slo-series.ts`), stamped at the run's end. Never throws: a receiver that is down,
 * slow or answering an error gives one warning line, "SLO results were not delivered to <url>:
 * <reason>", and `delivered: false`; the run's verdict and files stay as they are.
 */
export async function pushSloResults(summary: SummaryV1, settings: PushSettings): Promise<PushOutcome> {
  const series = sloSeries(summary);
  const warn = settings.warn ?? ((line: string) => process.stderr.write(`${line}\n`));
  const timeoutMs = settings.timeoutMs ?? 10_000;
  let reason: string;
  try {
    const result = await pushTimeseries(series, {
      url: settings.receiver.url,
      headers: {
        'Content-Encoding': 'snappy',
        'X-Prometheus-Remote-Write-Version': '0.1.0',
        ...settings.receiver.headers,
      },
      fetch: (async (input: string, init: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
    if (result.status >= 200 && result.status < 300) return { delivered: true, series: series.length };
    reason = `HTTP ${result.status}${firstLine(result.errorMessage)}`;
  } catch (error) {
    reason = describe(error, timeoutMs);
  }
  const warning = `SLO results were not delivered to ${settings.receiver.url}: ${reason}`;
  warn(warning);
  return { delivered: false, series: series.length, warning };
}

function firstLine(body: string | undefined): string {
  const line = body?.trim().split('\n')[0]?.slice(0, 200);
  return line ? ` ${line}` : '';
}

/** fetch hides the useful part (ECONNREFUSED, ENOTFOUND) in `cause`. */
function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  return cause ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Reads a run's summary.json for a push: the gate's schema check plus the `slos` block and
 * `window.end` the series need. Throws a one-line {@link BadInput}.
 */
export async function readSloSummary(path: string): Promise<SummaryV1> {
  return parseSloSummary(await readInputFile(path, 'the summary.json a run writes'), path);
}

/** The gate's schema check, plus the `slos` block this push reads. */
function parseSloSummary(text: string, source: string): SummaryV1 {
  const summary = parseSummary(text, source);
  const valid =
    Array.isArray(summary.slos) &&
    typeof summary.window?.end === 'string' &&
    Number.isFinite(Date.parse(summary.window.end)) &&
    summary.slos.every(
      (slo) =>
        typeof slo.id === 'string' &&
        ['pass', 'fail', 'no-data'].includes(slo.verdict) &&
        typeof slo.objective?.value === 'number' &&
        (slo.observed === null || typeof slo.observed === 'number') &&
        (slo.budgetUsed === null || typeof slo.budgetUsed === 'number'),
    );
  if (!valid) throw new BadInput(`${source}: "slos" or "window.end" is missing or malformed; expected a summary.json a run writes`);
  return summary;
}
