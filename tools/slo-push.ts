import { readFile } from 'node:fs/promises';
import { ConfigError } from '../lib/config/error.ts';
import type { SummaryV1 } from '../thresholds/summary-schema.ts';
import { parseSummary, SummaryInputError } from './gate/parse-summary.ts';
import { receiverFromEnv } from './remote-write.ts';
import { pushSloResults } from './slo/push.ts';

/**
 * `npm run slo:push -- <summary.json>`: pushes a finished run's SLO results to
 * `K6_PROMETHEUS_RW_SERVER_URL` (default the stack's Mimir on localhost:9009), with the
 * same credential variables k6 uses. Exit 0 when delivered, 1 when not, 2 for bad input.
 */
async function main(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0].startsWith('-')) {
    process.stderr.write('usage: npm run slo:push -- <reports/<testid>/summary.json>\n');
    return 2;
  }
  try {
    const summary = parseSloSummary(await readSummary(args[0]), args[0]);
    const receiver = receiverFromEnv(process.env);
    const outcome = await pushSloResults(summary, { receiver });
    if (outcome.delivered) process.stdout.write(`pushed ${outcome.series} SLO series for ${summary.testid} to ${receiver.url}\n`);
    return outcome.delivered ? 0 : 1;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof SummaryInputError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function readSummary(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new SummaryInputError(`${path}: cannot be read (${code}); expected the summary.json a run writes`);
  }
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
  if (!valid) throw new SummaryInputError(`${source}: "slos" or "window.end" is missing or malformed; expected a summary.json a run writes`);
  return summary;
}

process.exitCode = await main(process.argv.slice(2));
