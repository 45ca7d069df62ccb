import exec from 'k6/execution';
import type { SuiteConfig } from './config/parse.ts';

/** The identity of the run a VU takes part in: what `setup()` returns to every VU and to teardown. */
export interface RunId {
  testid: string;
  /** Every name this run creates starts with it (`mk6.<start>.<life>.<id>`, lib/names.ts); teardown sweeps by it. */
  prefix: string;
}

/**
 * The run's testid. Without `TESTID`, each VU's init stage draws its own default, but k6 takes
 * `options` from the first init only: so the testid is read back from the consolidated
 * options, where every VU sees the same value.
 */
export function agreedTestid(config: SuiteConfig): string {
  return exec.test.options.tags?.testid ?? config.testid;
}
