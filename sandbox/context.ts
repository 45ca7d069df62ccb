import type { EndpointSet } from './endpoint-sets.ts';
import type { FaultEngine } from './faults/engine.ts';
import type { Random } from './random.ts';
import type { RequestCounter } from './requests.ts';
import type { BeastStore } from './store/types.ts';
import type { Teardown } from './teardown.ts';
import type { RequestLog } from './telemetry/logs.ts';
import type { RequestMetrics } from './telemetry/metrics.ts';
import type { Tracing } from './telemetry/tracing.ts';

/** Everything one running sandbox is made of, handed to its request handlers. */
export interface SandboxContext {
  endpoints: EndpointSet;
  store: BeastStore;
  /** Name the store spans carry as `db.name`. */
  databaseName: string;
  tracing: Tracing;
  metrics: RequestMetrics;
  log: RequestLog;
  faults: FaultEngine;
  counter: RequestCounter;
  teardown: Teardown;
  random: Random;
  /** `ALWAYS_SUCCEED=true`: no POST fails on purpose. */
  alwaysSucceed: boolean;
}
