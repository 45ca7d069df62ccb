import { SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { ServerResponse } from 'node:http';
import type { SandboxContext } from '../context.ts';
import { StoreError } from '../store/types.ts';
import { respond, respondJson, respondText, resetConnection } from './respond.ts';

/** One API call on a beast route, after the body was read. */
export interface BeastCall {
  beast: string;
  method: 'GET' | 'POST' | 'DELETE';
  body: unknown;
  response: ServerResponse;
  /** Context holding the HTTP server span. */
  parent: Context;
  /** `performance.now()` when the request arrived. */
  started: number;
}

/** The share of POSTs the real server fails on purpose unless `ALWAYS_SUCCEED=true`. */
const POST_FAILURE_RATE = 0.1;

/**
 * The real server's `/:endpoint` handlers: 404 for a name outside the set, the teardown 500,
 * then the store call, with its metric, log line and spans. Injected faults come in between.
 */
export async function handleBeastCall(ctx: SandboxContext, call: BeastCall): Promise<number> {
  const { beast, method, response } = call;
  const labels = { method, [ctx.endpoints.key]: beast };
  // The router's span of the handler; the real server's GET handler alone tags it with the beast.
  const handler = ctx.tracing.tracer.startSpan(
    'request handler - /:endpoint',
    {
      attributes: {
        'http.route': '/:endpoint',
        'router.name': '/:endpoint',
        'router.type': 'request_handler',
        ...(method === 'GET' ? { [ctx.endpoints.key]: beast } : {}),
      },
    },
    call.parent,
  );
  const { traceId, spanId } = handler.spanContext();
  const finish = (status: number): number => {
    ctx.metrics.observe({ ...labels, status: String(status) }, performance.now() - call.started, traceId, spanId);
    handler.end();
    return status;
  };
  const fail = (logMethod: string, error: string): void => {
    ctx.log.write('error', beast, `traceID=${traceId} http.method=${logMethod} endpoint=${beast} status=FAILURE error="${error}"`);
    handler.setStatus({ code: SpanStatusCode.ERROR, message: error });
  };

  if (!ctx.endpoints.names.includes(beast)) {
    respondText(response, 404, `${beast} is not a valid endpoint`);
    return finish(404);
  }
  const fault = ctx.faults.decide(beast, method);
  if (fault.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault.action === 'reset') {
    fail(method, `connection reset (injected fault: ${fault.cause})`);
    handler.end();
    resetConnection(response);
    return 0;
  }
  if (ctx.teardown.inProgress) {
    // The real server answers before its metric is recorded, so a teardown 500 has no sample.
    fail(method, 'Table is not available');
    respondText(response, 500, 'Table is not available');
    handler.end();
    return 500;
  }
  if (fault.action === 'error') {
    fail(method, `injected fault: ${fault.cause}`);
    respondText(response, fault.status, `injected fault: HTTP ${fault.status}`);
    return finish(fault.status);
  }
  try {
    const status = await serve(ctx, call, handler);
    ctx.log.write('info', beast, `traceID=${traceId} http.method=${method} endpoint=${beast} status=SUCCESS`);
    return finish(status);
  } catch (error) {
    // The real server logs a failed POST as a GET: kept so log queries match the real stack.
    fail(method === 'POST' ? 'GET' : method, String(error));
    respondJson(response, 500, error instanceof StoreError ? error.body : error);
    return finish(500);
  }
}

async function serve(ctx: SandboxContext, call: BeastCall, handler: Span): Promise<number> {
  const { beast, method, response } = call;
  const name = (call.body as { name?: unknown } | null)?.name;
  const parent = trace.setSpan(call.parent, handler);
  if (method === 'GET') {
    const names = await storeCall(ctx, parent, 'SELECT', `SELECT name from ${beast}`, () => ctx.store.list(beast));
    respondJson(response, 200, names.map((stored) => ({ name: stored })));
    return 200;
  }
  if (method === 'POST') {
    const inserted = !ctx.alwaysSucceed && ctx.random() < POST_FAILURE_RATE ? null : name;
    await storeCall(ctx, parent, 'INSERT', `INSERT INTO ${beast}(name) VALUES ($1)`, () => ctx.store.insert(beast, inserted));
    respond(response, 201, 'text/plain; charset=utf-8', 'Created');
    return 201;
  }
  await storeCall(ctx, parent, 'DELETE', `DELETE FROM ${beast} WHERE name = $1`, () => ctx.store.remove(beast, name));
  respond(response, 204, undefined);
  return 204;
}

/** Runs one store operation inside a `pg`-like client span. */
async function storeCall<T>(ctx: SandboxContext, parent: Context, verb: string, statement: string, run: () => Promise<T>): Promise<T> {
  const span = ctx.tracing.tracer.startSpan(
    `pg.query:${verb} ${ctx.databaseName}`,
    { kind: SpanKind.CLIENT, attributes: { 'db.system': 'postgresql', 'db.name': ctx.databaseName, 'db.user': 'postgres', 'db.statement': statement } },
    parent,
  );
  try {
    return await run();
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
    throw error;
  } finally {
    span.end();
  }
}
