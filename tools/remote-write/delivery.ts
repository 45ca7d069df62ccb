/** What k6's remote-write output logged about pushes it could not make. */
export interface DeliveryFailures {
  /** Error lines from the output: failed flushes and a failed stale-marker push. */
  count: number;
  /** The first one's reason, credentials removed. */
  firstReason?: string;
}

/** The `output` field k6 puts on every log line of the remote-write output. */
const OUTPUT_FIELD = 'Prometheus remote write';

/**
 * A failed stale-marker push is not logged by the output: its Stop() returns the error and
 * k6's output manager logs it (`Stopping output N failed`) without the `output` field.
 */
const STALE_MARKER_ERROR = 'marking time series as stale failed';

/**
 * Reads k6's JSON log (`--log-format=json`) for the remote-write output's errors. k6 only logs
 * a failed push and carries on (no retry), so without this a run against a dead receiver
 * would look fine while its metrics never arrived.
 */
export function deliveryFailures(k6Log: string): DeliveryFailures {
  const failures: DeliveryFailures = { count: 0 };
  for (const line of k6Log.split('\n')) {
    if (!line.includes(OUTPUT_FIELD) && !line.includes(STALE_MARKER_ERROR)) continue;
    let entry: { level?: string; msg?: string; error?: string; output?: string };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    const fromOutput = entry.output === OUTPUT_FIELD || (entry.error ?? '').startsWith(STALE_MARKER_ERROR);
    if (!fromOutput || entry.level !== 'error') continue;
    failures.count += 1;
    failures.firstReason ??= redact([entry.msg, entry.error].filter(Boolean).join(': '));
  }
  return failures;
}

/** The warning line for {@link deliveryFailures}, or undefined when every push went through. */
export function deliveryWarning(failures: DeliveryFailures, receiverUrl: string): string | undefined {
  if (failures.count === 0) return undefined;
  const pushes = failures.count === 1 ? '1 push' : `${failures.count} pushes`;
  return `k6 metrics were not delivered to ${receiverUrl} (${pushes} failed; dashboards miss those intervals): ${failures.firstReason}`;
}

function redact(text: string): string {
  return text.replace(/(\/\/)[^/@\s"]*@/g, '$1');
}
