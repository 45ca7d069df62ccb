/**
 * Input a Node tool cannot use: a flag, a file, a setting, a run it cannot find. The message is
 * one line naming the input and the form it accepts; every tool prints it alone and exits 2
 * (README, "Exit codes") before it starts anything. A setting the k6 scripts also read fails
 * as their `ConfigError` (lib/settings/error.ts), which the tools treat the same way.
 */
export class BadInput extends Error {
  override name = 'BadInput';
}
