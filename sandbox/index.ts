import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { endpointSet } from './beasts.ts';
import type { SandboxContext } from './context.ts';
import { FaultEngine } from './faults/engine.ts';
import { parseFaultSpec } from './faults/spec.ts';
import { requestListener } from './http/server.ts';
import type { Sandbox, SandboxOptions } from './options.ts';
import { randomSource } from './random.ts';
import { RequestCounter } from './requests.ts';
import { MemoryStore } from './store/memory.ts';
import { PostgresStore } from './store/postgres.ts';
import type { BeastStore } from './store/types.ts';
import { DEFAULT_TEARDOWN_TIMEOUT_MS, Teardown } from './teardown.ts';
import { RequestLog } from './telemetry/logs.ts';
import { RequestMetrics } from './telemetry/metrics.ts';
import { Tracing } from './telemetry/tracing.ts';

export type { Sandbox, SandboxOptions, CapturedSpan, EndpointType, FaultSpec } from './options.ts';
export { FaultSpecError } from './faults/spec.ts';

/** A sandbox that could not start: port taken, database unreachable. The message is one line. */
export class SandboxStartError extends Error {}

/**
 * Starts a Mythical-compatible server that behaves like mythical-server (see
 * docs/sandbox.md) and resolves once it listens.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const endpoints = endpointSet(options.endpointType);
  const faults = new FaultEngine(randomSource(options.seed === undefined ? undefined : options.seed + 1));
  faults.set(parseFaultSpec(options.faults ?? {}));
  const store = await openStore(options, endpoints.names);
  const tracing = await Tracing.create(options.captureTelemetry ?? false);
  const log = new RequestLog({
    output: options.logs ?? 'stdout',
    lokiUrl: options.logsTarget,
    capture: options.captureTelemetry ?? false,
    namespace: options.namespace ?? process.env.NAMESPACE ?? 'mythical',
    key: endpoints.key,
  });
  const teardown = new Teardown(store, tracing.tracer, log, options.teardownTimeoutMs ?? DEFAULT_TEARDOWN_TIMEOUT_MS, options.teardownWindowMs ?? 100);
  const ctx: SandboxContext = {
    endpoints,
    store,
    databaseName: options.databaseUrl ? (new URL(options.databaseUrl).pathname.slice(1) || 'postgres') : 'memory',
    tracing,
    metrics: new RequestMetrics(endpoints.key),
    log,
    faults,
    counter: new RequestCounter(),
    teardown,
    random: randomSource(options.seed),
    alwaysSucceed: options.alwaysSucceed ?? false,
  };
  const server = createServer({ keepAliveTimeout: 65_000 }, requestListener(ctx));
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      teardown.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await log.close();
      await tracing.shutdown();
      await store.close();
    })());
  const host = options.host ?? '127.0.0.1';
  try {
    await listen(server, options.port ?? 0, host);
  } catch (error) {
    await stop();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const captured = <T>(read: () => T): T => {
    if (!options.captureTelemetry) throw new Error('start the sandbox with captureTelemetry: true to read spans and log lines');
    return read();
  };
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    stop,
    spans: () => captured(() => tracing.spans()),
    logLines: () => captured(() => log.lines()),
    requestCounts: () => ctx.counter.snapshot(),
    resetRequestCounts: () => ctx.counter.reset(),
    setFaults: (spec) => faults.set(parseFaultSpec(spec)),
    rows: (beast) => store.list(beast),
    startTeardown: (windowMs) => teardown.run(windowMs),
  };
}

async function openStore(options: SandboxOptions, beasts: readonly string[]): Promise<BeastStore> {
  if (!options.databaseUrl) return new MemoryStore(beasts);
  try {
    return await PostgresStore.open(options.databaseUrl, beasts, options.databasePoolSize ?? 1);
  } catch (error) {
    throw new SandboxStartError(`cannot use the database at ${redact(options.databaseUrl)}: ${(error as Error).message}`);
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new SandboxStartError(`port ${port} on ${host} is already in use; choose another with PORT or --port`));
      else reject(new SandboxStartError(`cannot listen on ${host}:${port}: ${error.message}`));
    });
    server.listen(port, host, () => resolve());
  });
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable URL)';
  }
}
