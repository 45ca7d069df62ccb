import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxContext } from '../context.ts';
import { FaultSpecError, parseFaultSpec } from '../faults/spec.ts';
import { BODY_LIMIT_BYTES, BodyError, readBody } from './body.ts';
import { respond, respondJson } from './respond.ts';

/** Path prefix of the admin endpoint: `__sandbox` is never a beast, so it cannot collide with the API. */
export const ADMIN_PREFIX = '/__sandbox';

const ROUTES = [
  'GET /__sandbox/faults',
  'PUT /__sandbox/faults',
  'DELETE /__sandbox/faults',
  'POST /__sandbox/teardown',
  'GET /__sandbox/requests',
  'DELETE /__sandbox/requests',
  'GET /__sandbox/rows/{beast}',
];

/**
 * The admin endpoint: read and replace the fault spec, start a teardown, read and reset the
 * request counts, read a beast's rows. Its own requests are never counted nor faulted.
 */
export async function handleAdmin(ctx: SandboxContext, request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
  const route = `${request.method} ${path.replace(/\/+$/, '')}`;
  try {
    if (route === 'GET /__sandbox/faults') return respondJson(response, 200, ctx.faults.current());
    if (route === 'PUT /__sandbox/faults') {
      ctx.faults.set(parseFaultSpec(await jsonBody(request, {})));
      return respondJson(response, 200, ctx.faults.current());
    }
    if (route === 'DELETE /__sandbox/faults') {
      ctx.faults.set({});
      return respond(response, 204, undefined);
    }
    if (route === 'POST /__sandbox/teardown') {
      const { durationMs } = (await jsonBody(request, {})) as { durationMs?: unknown };
      if (durationMs !== undefined && (typeof durationMs !== 'number' || !(durationMs >= 0 && durationMs <= 600_000))) {
        return respondJson(response, 400, { error: 'durationMs must be milliseconds, a number from 0 to 600000' });
      }
      void ctx.teardown.run(durationMs);
      return respondJson(response, 202, { teardown: 'started' });
    }
    if (route === 'GET /__sandbox/requests') return respondJson(response, 200, ctx.counter.snapshot());
    if (route === 'DELETE /__sandbox/requests') {
      ctx.counter.reset();
      return respond(response, 204, undefined);
    }
    const rows = /^GET \/__sandbox\/rows\/([^/]+)$/.exec(route);
    if (rows && ctx.endpoints.names.includes(rows[1])) return respondJson(response, 200, await ctx.store.list(rows[1]));
    respondJson(response, 404, { error: `no admin route ${route}`, routes: ROUTES });
  } catch (error) {
    if (error instanceof FaultSpecError) return respondJson(response, 400, { error: error.message });
    if (error instanceof BodyError) return respondJson(response, error.status, { error: error.message });
    throw error;
  }
}

/** The admin body as JSON whatever its content type (so `curl -d` works); `fallback` when empty. */
async function jsonBody(request: IncomingMessage, fallback: unknown): Promise<unknown> {
  const text = await readBody(request, BODY_LIMIT_BYTES);
  if (text.trim() === '') return fallback;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BodyError(400, `the body is not JSON: ${(error as Error).message}`);
  }
}
