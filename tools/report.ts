/**
 * Step 6 of a run (docs/architecture.md): folds the exemplar lines k6 logged into the report.
 * Reads `summary.json` (written by `handleSummary`) and k6's JSON log, lists up to five
 * offending requests per failed SLO with links to their traces and log lines, re-writes
 * summary.json, junit.xml and report.md, and prints the SLO table.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseExemplarMessage, type ExemplarLine } from '../lib/exemplars.ts';
import { withOffenders } from '../thresholds/offenders.ts';
import { reportFiles } from '../thresholds/report/files.ts';
import { renderSloTable } from '../thresholds/report/table.ts';
import { parseSloSettings } from '../thresholds/settings.ts';
import { SUMMARY_SCHEMA, SUMMARY_VERSION, type SummaryV1 } from '../thresholds/summary-schema.ts';

/** Where the run's report and k6's JSON log are. */
export interface FinalizeOptions {
  reportDir: string;
  logPath: string;
  /** Where the Grafana settings (GRAFANA_URL, GRAFANA_*_UID) are read; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Where the table goes; default stdout. */
  print?: (text: string) => void;
}

/** A report that cannot be finished: the message names the file and what was expected. */
export class ReportInputError extends Error {}

/** Finishes the run's report; returns the summary as re-written. */
export async function finalizeReport(options: FinalizeOptions): Promise<SummaryV1> {
  const summaryPath = path.join(options.reportDir, 'summary.json');
  const summary = parseSummaryFile(await readText(summaryPath, 'the summary.json handleSummary writes'), summaryPath);
  const lines = exemplarLines(await readText(options.logPath, "k6's --log-format=json output"));
  const grafana = parseSloSettings(options.env ?? process.env, 'gate').grafana;
  const finished = withOffenders(summary, lines, grafana);
  const files = reportFiles(finished, options.reportDir);
  await Promise.all(Object.entries(files).map(([file, content]) => writeFile(file, content)));
  (options.print ?? ((text) => process.stdout.write(text)))(`\n${renderSloTable(finished)}`);
  return finished;
}

/**
 * The exemplars in k6's JSON log: one JSON object per line, the console line in `msg`
 * (`{"level":"info","msg":"mythical-k6.exemplar {...}","source":"console","time":...}`).
 */
export function exemplarLines(log: string): ExemplarLine[] {
  const found: ExemplarLine[] = [];
  for (const line of log.split('\n')) {
    if (!line.includes('mythical-k6.exemplar')) continue;
    try {
      const entry = JSON.parse(line) as { msg?: unknown; source?: unknown };
      const exemplar = typeof entry.msg === 'string' && entry.source === 'console' ? parseExemplarMessage(entry.msg) : undefined;
      if (exemplar) found.push(exemplar);
    } catch {
      // A line cut off by a crash or a non-JSON line: it names no exemplar.
    }
  }
  return found;
}

async function readText(file: string, expected: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ReportInputError(`${file}: cannot be read (${code}); expected ${expected}`);
  }
}

function parseSummaryFile(text: string, source: string): SummaryV1 {
  let value: Partial<SummaryV1>;
  try {
    value = JSON.parse(text) as Partial<SummaryV1>;
  } catch {
    throw new ReportInputError(`${source}: is not JSON; expected the summary.json handleSummary writes`);
  }
  if (value.schema !== SUMMARY_SCHEMA || value.version !== SUMMARY_VERSION || !Array.isArray(value.slos)) {
    throw new ReportInputError(`${source}: is not a ${SUMMARY_SCHEMA} version ${SUMMARY_VERSION} document`);
  }
  return value as SummaryV1;
}

/** The variable `tools/run.ts` sets for k6 so `handleSummary` leaves the table to {@link finishRunReport}. */
export const DEFER_TABLE_ENV = { REPORT_FINALIZE: 'run-tool' } as const;

/**
 * The run tool's step 6. A run that wrote no summary (k6 stopped by a bad setting or a script
 * error) gets one warning line instead of a report; k6's exit code already says what happened.
 */
export async function finishRunReport(reportDir: string): Promise<SummaryV1 | undefined> {
  try {
    return await finalizeReport({ reportDir, logPath: path.join(reportDir, 'k6.log') });
  } catch (error) {
    if (!(error instanceof ReportInputError)) throw error;
    console.error(`run: no SLO report: ${error.message}`);
    return undefined;
  }
}
