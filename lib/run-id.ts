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
 * The run's testid and name prefix, for VU, setup and teardown code. Every init holds the
 * config the options run parsed (`loadConfig` reads it once per run), so its testid, also the
 * default one drawn at random, is the `testid` tag of the run's options in every VU. Read from
 * the config rather than `exec.test.options`, which k6 rebuilds from every option, thresholds
 * included, on each read (about 2 ms).
 */
export function runId(config: SuiteConfig): RunId {
  current ??= { testid: config.testid, prefix: runPrefix(config.testid) };
  return current;
}
