import { ConfigError } from '../lib/settings/error.ts';
import { BadInput } from './bad-input.ts';
import { receiverFromEnv } from './remote-write.ts';
import { pushSloResults, readSloSummary } from './slo/push.ts';

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
    const summary = await readSloSummary(args[0]);
    const receiver = receiverFromEnv(process.env);
    const outcome = await pushSloResults(summary, { receiver });
    if (outcome.delivered) process.stdout.write(`pushed ${outcome.series} SLO series for ${summary.testid} to ${receiver.url}\n`);
    return outcome.delivered ? 0 : 1;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof BadInput) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
