import exec from 'k6/execution';
import type { SuiteConfig } from './config/parse.ts';
import { runPrefix } from './names.ts';

/** The identity of the run a VU takes part in. */
export interface RunId {
  testid: string;
  /** Every name this run creates starts with it; teardown sweeps by it. */
  prefix: string;
}

let current: RunId | undefined;

/**
 * The run's testid and name prefix, for VU, setup and teardown code. Without `TESTID`, each VU's
 * init stage draws its own default, but k6 takes `options` from the first init only: so the
 * testid is read back from the consolidated options, where every VU sees the same value.
 */
export function runId(config: SuiteConfig): RunId {
  if (!current) {
    const testid = exec.test.options.tags?.testid ?? config.testid;
    current = { testid, prefix: runPrefix(testid) };
  }
  return current;
}
