import { ROWS_LINE, SWEPT_LINE } from '../lib/row-names.ts';

/** One line of k6's `--log-format=json` log. */
interface Entry {
  level?: string;
  msg?: string;
  error?: string;
  source?: string;
}

function entries(log: string): Entry[] {
  const found: Entry[] = [];
  for (const line of log.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      found.push(JSON.parse(line) as Entry);
    } catch {
      // A line cut off by a killed k6 says nothing whole.
    }
  }
  return found;
}

/**
 * k6's own error lines (a refused option, an output it could not create, a bad setting the
 * bundle refused, the setup probe's verdict), each once: k6's "… test aborted: X …" is left
 * out when X itself was logged. These are what the user must see when k6 wrote no report.
 */
export function k6Errors(log: string): string[] {
  const lines: string[] = [];
  for (const { level, msg, error } of entries(log)) {
    if ((level !== 'error' && level !== 'fatal') || !msg) continue;
    const line = error ? `${msg}: ${error}` : msg;
    if (lines.some((earlier) => line.includes(earlier))) continue;
    lines.push(line);
  }
  return lines;
}

/** The run's row prefix as setup logged it, and whether teardown finished its sweep. */
export function runRowsState(log: string): { prefix?: string; swept: boolean } {
  let prefix: string | undefined;
  let swept = false;
  for (const { msg, source } of entries(log)) {
    if (source !== 'console' || !msg) continue;
    if (msg.startsWith(ROWS_LINE)) prefix = msg.slice(ROWS_LINE.length).trim();
    if (msg.startsWith(SWEPT_LINE)) swept = true;
  }
  return { prefix, swept };
}
