import type { EndpointType } from './endpoint-sets.ts';
import type { FaultSpec } from './faults/spec.ts';
import type { CapturedSpan } from './telemetry/tracing.ts';

/** How to start a sandbox. Every field is optional; the defaults make a healthy in-memory server. */
export interface SandboxOptions {
  /** TCP port; 0 (default) takes a free one. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** `DEFAULT` beasts or the `BORING` e-store endpoints (`ENDPOINT_TYPE`). */
  endpointType?: EndpointType;
  /** `ALWAYS_SUCCEED=true`: no POST fails on purpose. Default false, like the real server. */
  alwaysSucceed?: boolean;
  /** Seed of every random decision (the 10% POST failures, fault rolls, jitter): same seed, same run. */
  seed?: number;
  /** Period of the table teardown in ms (`MYTHICAL_SERVER_DATABASE_TEARDOWN_TIMEOUT`); default 24 h. */
  teardownTimeoutMs?: number;
  /** Shortest teardown window in ms, so the in-memory store's instant reset is still observable; default 100. */
  teardownWindowMs?: number;
  /** PostgreSQL connection URL; absent: the in-memory store. */
  databaseUrl?: string;
  /** PostgreSQL connections; default 1, the real server's single client. */
  databasePoolSize?: number;
  /** Faults injected from the start. */
  faults?: FaultSpec;
  /** Request log lines as JSON on stdout (default) or nowhere. */
  logs?: 'stdout' | 'silent';
  /** Loki push URL (`LOGS_TARGET`), e.g. `http://127.0.0.1:3100/loki/api/v1/push`. */
  logsTarget?: string;
  /** The `namespace` stream label of the log lines; default `NAMESPACE` or `mythical`. */
  namespace?: string;
  /** Keep spans and log lines in memory for `spans()` and `logLines()`. */
  captureTelemetry?: boolean;
}

/** A running sandbox. */
export interface Sandbox {
  /** Base URL, e.g. `http://127.0.0.1:43123`. */
  url: string;
  /** Stops listening, ends open connections, flushes logs and spans, closes the store. Safe to call twice. */
  stop(): Promise<void>;
  /** Finished spans, in the order they ended (needs `captureTelemetry`). */
  spans(): CapturedSpan[];
  /** The request log lines, in order (needs `captureTelemetry`). */
  logLines(): string[];
  /** Requests per route, keyed `"GET /owlbear"`; unknown paths under their raw path. Admin requests are not counted. */
  requestCounts(): Record<string, number>;
  /** Counts from zero again. */
  resetRequestCounts(): void;
  /** Replaces the fault spec (validated; throws `FaultSpecError` naming the bad field). */
  setFaults(faults: FaultSpec): void;
  /** Names stored now for `beast`, for residue checks. */
  rows(beast: string): Promise<string[]>;
  /** Runs a table teardown now; resolves when its window (at least `windowMs`) is over. */
  startTeardown(windowMs?: number): Promise<void>;
}

export type { CapturedSpan, EndpointType, FaultSpec };
