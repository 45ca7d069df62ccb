/**
 * Globals k6 provides that `@types/k6` does not declare. The k6 project has no DOM or Node
 * types, so they are declared here, with only what k6 implements.
 */
declare global {
  /** k6's console: each call is one log line (`source=console`), at the matching level. */
  var console: {
    log(...args: unknown[]): void;
    info(...args: unknown[]): void;
    warn(...args: unknown[]): void;
    error(...args: unknown[]): void;
    debug(...args: unknown[]): void;
  };
  /**
   * k6's `require`, in the init stage only: loads a module file by a path relative to the
   * running script (lib/init-stage.ts loads the SLO stage bundle with it).
   */
  function require(path: string): unknown;
}

export {};
