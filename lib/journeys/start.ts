import { exec } from '../k6-modules.ts';
import type { ActiveSlos } from '../../thresholds/active-slos.ts';
import { ROWS_LINE, randomRunId, runRows } from '../row-names.ts';
import { agreedTestid, type RunId } from '../run-id.ts';
import { runLifeMs, type RunLimits } from '../run-life.ts';
import { runTraceTag } from '../tracing/traceparent.ts';
import { probeTarget } from './probe.ts';
import { sweepRun } from './sweep-rows.ts';

/**
 * What every scenario's `setup()` does before any load: probes the target (an unreachable,
 * hung or foreign target ends the run here with one line and exit code 108), names the run's
 * rows (`mk6.<start>.<life>.<id>`, the end stated from k6's own limits), logs that prefix for
 * the run tool, and deletes rows that runs which ended or died left behind. The returned
 * {@link RunId} reaches every VU and teardown as setup data, with the run tag of its trace ids.
 */
export function startRun(slos: ActiveSlos): RunId {
  const testid = agreedTestid(slos.config);
  const rows = runRows(Date.now(), runLifeMs(exec.test.options as RunLimits), randomRunId(Math.random));
  const run: RunId = { testid, prefix: rows.prefix, traceTag: runTraceTag(testid) };
  const problem = probeTarget(slos, run);
  if (problem) exec.test.abort(problem);
  console.log(`${ROWS_LINE}${run.prefix}`);
  sweepRun(slos, run, 'ended');
  return run;
}
