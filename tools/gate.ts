/**
 * Baseline regression gate: `npm run gate -- --baseline <summary.json> --current <summary.json>`.
 * Compares p95, p99, error rate and throughput per request group, prints a table, writes
 * gate.md (the PR comment) and gate.junit.xml, and exits 0 (pass), 1 (regression) or 2 (bad input).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BadInput } from './bad-input.ts';
import { parseGateArgs, USAGE } from './gate/args.ts';
import { compareSummaries } from './gate/compare.ts';
import { renderGateMarkdown, renderTable } from './gate/format.ts';
import { renderGateJUnit } from './gate/junit.ts';
import { parseSummary } from './summary/parse-summary.ts';
import type { SummaryV1 } from '../lib/report/summary-schema.ts';

function readSummary(flag: string, path: string): SummaryV1 {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new BadInput(`--${flag} ${path}: ${reason}; expected the path of a summary.json a run wrote`);
  }
  return parseSummary(text, `--${flag} ${path}`);
}

function writeReports(dir: string, markdown: string, junit: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'gate.md'), markdown);
    writeFileSync(join(dir, 'gate.junit.xml'), junit);
  } catch (error) {
    throw new BadInput(`--report-dir ${dir}: cannot write reports (${(error as Error).message}); expected a writable folder`);
  }
}

/** Runs the gate and returns its exit code. */
function main(argv: string[]): number {
  const args = parseGateArgs(argv);
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const baseline = readSummary('baseline', args.baseline);
  const current = readSummary('current', args.current);
  if (baseline.scenario !== current.scenario) {
    throw new BadInput(
      `--current ${args.current}: scenario "${current.scenario}" cannot be compared with --baseline scenario "${baseline.scenario}"; expected two runs of the same scenario`,
    );
  }
  const result = compareSummaries(baseline, current, args.tolerances);
  writeReports(args.reportDir ?? dirname(args.current), renderGateMarkdown(result), renderGateJUnit(result));
  process.stdout.write(renderTable(result));
  return result.passed ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Exit 1 means "regression" to CI, so nothing else may end with it: every failure is a 2.
  const known = error instanceof BadInput;
  process.stderr.write(`gate: ${known ? error.message : (error as Error).stack}\n`);
  process.exitCode = 2;
}
