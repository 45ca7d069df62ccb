/**
 * Step 6 of a run (docs/architecture.md): folds the exemplar lines k6 logged into the report.
 * Reads `summary.json` (written by `handleSummary`) and k6's JSON log, lists up to five
 * offending requests per failed SLO with links to their traces and log lines, re-writes
 * summary.json, junit.xml and report.md, and prints the SLO table.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseExemplarMessage, type ExemplarLine } from '../lib/exemplars.ts';
import { withOffenders } from '../lib/links/offenders.ts';
import { reportFiles } from '../lib/report/report-files.ts';
import { renderSloTable } from '../lib/report/slo-table.ts';
import { parseSloSettings } from '../thresholds/settings.ts';
import type { SummaryV1 } from '../lib/report/summary-schema.ts';
import { BadInput } from './bad-input.ts';
import { parseSummary } from './summary/parse-summary.ts';
import { readInputFile } from './summary/read-input.ts';

/** Where the run's report and k6's JSON log are. */
export interface FinalizeOptions {
  reportDir: string;
  logPath: string;
  /** Where the Grafana settings (GRAFANA_URL, GRAFANA_*_UID) are read; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Where the table goes; default stdout. */
  print?: (text: string) => void;
}

/** Finishes the run's report; returns the summary as re-written. */
export async function finalizeReport(options: FinalizeOptions): Promise<SummaryV1> {
  const summaryPath = path.join(options.reportDir, 'summary.json');
  const summary = parseSummary(await readInputFile(summaryPath, 'the summary.json handleSummary writes'), summaryPath);
  const lines = exemplarLines(await readInputFile(options.logPath, "k6's --log-format=json output"));
  const grafana = parseSloSettings(options.env ?? process.env, 'gate').grafana;
  const finished = { ...withOffenders(summary, lines, grafana), htmlReport: existingHtmlReport(summary) };
  const files = reportFiles(finished, options.reportDir);
  await Promise.all(Object.entries(files).map(([file, content]) => writeFile(file, content)));
  (options.print ?? ((text) => process.stdout.write(text)))(`\n${renderSloTable(finished)}`);
  return finished;
}

/**
 * The HTML report k6 was told to export, if it did: k6 skips it, with only a warning in its
 * log, when the run lasted less than two dashboard periods, and the report must not link a file
 * that is not there. The path is relative to k6's working directory, which is this one.
 */
function existingHtmlReport(summary: SummaryV1): string | null {
  if (!summary.htmlReport) return null;
  if (existsSync(summary.htmlReport)) return summary.htmlReport;
  console.error(
    `report: k6 wrote no HTML report to ${summary.htmlReport}: a run must last at least two K6_WEB_DASHBOARD_PERIOD periods (k6.log says why)`,
  );
  return null;
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

/**
 * The variable `tools/run.ts` sets for k6 so `handleSummary` leaves the table to {@link finishRunReport},
 * and the VUs write their exemplar lines at info level into the log file it reads.
 */
export const DEFER_TABLE_ENV = { REPORT_FINALIZE: 'run-tool' } as const;

/**
 * The run tool's step 6. A run that wrote no summary (k6 stopped by a bad setting or a script
 * error) gets one warning line instead of a report; k6's exit code already says what happened.
 */
export async function finishRunReport(reportDir: string): Promise<SummaryV1 | undefined> {
  try {
    return await finalizeReport({ reportDir, logPath: path.join(reportDir, 'k6.log') });
  } catch (error) {
    if (!(error instanceof BadInput)) throw error;
    console.error(`run: no SLO report: ${error.message}`);
    return undefined;
  }
}

/**
 * `npm run report -- <report dir>`: finishes the report of a run that did not go through the
 * run tool (CI's run-k6-action, a hand-made `k6 run --log-format=json --log-output=file=<dir>/k6.log`).
 * Exit 0 when the report was written, 2 when its inputs are missing or foreign.
 */
async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error('report: expected one argument, the report directory holding summary.json and k6.log');
    return 2;
  }
  try {
    await finalizeReport({ reportDir: args[0], logPath: path.join(args[0], 'k6.log') });
    return 0;
  } catch (error) {
    if (!(error instanceof BadInput)) throw error;
    console.error(`report: ${error.message}`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
