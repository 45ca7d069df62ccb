import { exec } from './k6-modules.ts';
import type { SuiteConfig } from './settings/suite.ts';

/** The identity of the run a VU takes part in: what `setup()` returns to every VU and to teardown. */
export interface RunId {
  testid: string;
  /** Every name this run creates starts with it (`mk6.<start>.<life>.<id>`, lib/row-names.ts); teardown sweeps by it. */
  prefix: string;
  /** The run tag every trace id of the run starts with (lib/tracing/traceparent.ts `runTraceTag`), hashed once, in setup. */
  traceTag: string;
}

/**
 * The run's testid. Without `TESTID`, each VU's init stage draws its own default, but k6 takes
 * `options` from the first init only: so the testid is read back from the consolidated
 * options, where every VU sees the same value.
 */
export function agreedTestid(config: Pick<SuiteConfig, 'testid'>): string {
  return exec.test.options.tags?.testid ?? config.testid;
}

/**
 * Why a VU stops when it got no setup data (`--no-setup`): no name could carry the run's prefix
 * and no target was probed, so the run stops with this one line (`exec.test.abort`, exit 108).
 */
export const NO_SETUP = "setup() did not run (--no-setup?): the suite's setup probes the target and names the run's rows; run without --no-setup";
