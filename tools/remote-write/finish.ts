import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RemoteWrite } from '../remote-write.ts';
import { pushSloResults, readSloSummary } from '../slo/push.ts';
import { deliveryFailures, deliveryWarning } from './delivery.ts';

/**
 * Step 7 of a run with remote-write on: says (one warning line each, never an error) when k6's
 * own pushes failed, then pushes the SLO results of `<reportDir>/summary.json` as series.
 * The run's verdict and files are never touched, so its exit code stays k6's.
 */
export async function finishRemoteWrite(
  remoteWrite: RemoteWrite,
  reportDir: string,
  warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<void> {
  const { url } = remoteWrite.receiver;
  const k6Log = await readFile(path.join(reportDir, 'k6.log'), 'utf8').catch(() => '');
  const warning = deliveryWarning(deliveryFailures(k6Log), url);
  if (warning) warn(warning);

  let summary;
  try {
    summary = await readSloSummary(path.join(reportDir, 'summary.json'));
  } catch (error) {
    warn(`SLO results were not delivered to ${url}: ${(error as Error).message}`);
    return;
  }
  await pushSloResults(summary, { receiver: remoteWrite.receiver, warn });
}
