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
}

export {};
