import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { k6Version } from '../../tools/k6-binary.ts';
import { inTempDir } from '../temp-dir.ts';
import type { LoadPlan, LoadResult } from './result.ts';

/** The part of k6's handleSummary data the benchmarks read. */
export interface K6Summary {
  metrics: Record<string, { values: Record<string, number> }>;
}

/** The handleSummary JSON a bench script wrote to `file` (its `SUMMARY_FILE`). */
export function readK6Summary(file: string): K6Summary {
  return JSON.parse(readFileSync(file, 'utf8')) as K6Summary;
}

/** Runs the CRUD mix with the k6 binary at `k6` and reads its handleSummary JSON. */
export async function runK6(k6: string, plan: LoadPlan): Promise<LoadResult> {
  return inTempDir(async (dir) => {
    const summaryFile = join(dir, 'summary.json');
    await promisify(execFile)(k6, ['run', '--quiet', fileURLToPath(new URL('crud-mix.k6.js', import.meta.url))], {
      env: {
        ...process.env,
        BASE_URL: plan.url,
        CONNECTIONS: String(plan.connections),
        DURATION_SECONDS: String(plan.durationSeconds),
        SUMMARY_FILE: summaryFile,
      },
      maxBuffer: 16 * 1024 * 1024,
    });
    const { metrics } = readK6Summary(summaryFile);
    return {
      generator: `k6 ${(await k6Version(k6)) ?? ''}`.trim(),
      requestsPerSecond: metrics.http_reqs.values.rate,
      requests: metrics.http_reqs.values.count,
      unexpected: metrics.http_req_failed.values.passes,
      p99Ms: metrics.http_req_duration.values['p(99)'],
    };
  });
}
