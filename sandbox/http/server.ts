import { SpanKind, SpanStatusCode, trace, type Attributes, type Context } from '@opentelemetry/api';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { SandboxContext } from '../context.ts';
import { ADMIN_PREFIX, handleAdmin } from './admin.ts';
import { handleBeastCall } from './beast.ts';
import { BodyError, readJsonBody } from './body.ts';
import { respond, respondErrorPage, respondJson, resetConnection } from './respond.ts';

/**
 * Builds the `http` request listener: admin routes, then the outage, the body parser and the
 * routes of the real server (`/metrics`, `/config`, `/:endpoint`). It never throws: any
 * unexpected error becomes a 500 and the server goes on.
 */
export function requestListener(ctx: SandboxContext): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    handle(ctx, request, response).catch((error: unknown) => {
      if (!response.headersSent) respondErrorPage(response, 500, `Error: ${(error as Error).message}`);
      else response.destroy();
    });
  };
}

async function handle(ctx: SandboxContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const started = performance.now();
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  const rawPath = query === -1 ? url : url.slice(0, query);
  if (rawPath === ADMIN_PREFIX || rawPath.startsWith(`${ADMIN_PREFIX}/`)) return handleAdmin(ctx, request, response, rawPath);

  const method = request.method ?? 'GET';
  const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
  ctx.counter.count(method, path);
  const outage = ctx.faults.activeOutage();
  if (outage) {
    if (outage.mode === 'reset') return resetConnection(response);
    // What a proxy says for a server that is gone: none of the server's headers (no X-Powered-By).
    const body = 'Service Unavailable (sandbox outage)';
    response.writeHead(outage.status ?? 503, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) }).end(body);
    return;
  }

  const parent = ctx.tracing.extract(request.headers);
  const span = ctx.tracing.tracer.startSpan(method, { kind: SpanKind.SERVER, attributes: serverSpanAttributes(request, method, url) }, parent);
  let status = 0;
  try {
    status = await route(ctx, request, response, method, path, trace.setSpan(parent, span), started);
  } finally {
    if (status > 0) span.setAttributes({ 'http.status_code': status, 'http.status_text': (STATUS_CODES[status] ?? '').toUpperCase() });
    if (status >= 500 || status === 0) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  }
}

/**
 * What the real server's HTTP instrumentation (`@opentelemetry/instrumentation-http`, the older
 * semantic conventions) puts on its SERVER span: the method, the target as sent, the client's
 * User-Agent verbatim, and where the connection came from. No `beast`: only the GET handler's
 * span carries it.
 */
function serverSpanAttributes(request: IncomingMessage, method: string, target: string): Attributes {
  const host = request.headers.host ?? 'localhost';
  const socket = request.socket;
  return {
    'http.method': method,
    'http.target': target,
    'http.url': `http://${host}${target}`,
    'http.host': host,
    'http.scheme': 'http',
    'http.flavor': request.httpVersion,
    'net.transport': 'ip_tcp',
    'net.host.name': host.replace(/:\d+$/, ''),
    'net.host.port': socket.localPort ?? 0,
    'net.peer.ip': socket.remoteAddress ?? '',
    'net.peer.port': socket.remotePort ?? 0,
    ...(request.headers['user-agent'] === undefined ? {} : { 'http.user_agent': request.headers['user-agent'] }),
  };
}

async function route(
  ctx: SandboxContext,
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  path: string,
  parent: Context,
  started: number,
): Promise<number> {
  const span = trace.getSpan(parent);
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    response.setHeader('Connection', 'close');
    respondErrorPage(response, error.status, error.message);
    return error.status;
  }
  if (method === 'OPTIONS') {
    respond(response, 204, undefined);
    return 204;
  }
  const apiMethod = method === 'HEAD' ? 'GET' : method;
  if (apiMethod === 'GET' && path === '/metrics') {
    span?.updateName('GET /metrics');
    respond(response, 200, ctx.metrics.contentType, await ctx.metrics.exposition());
    return 200;
  }
  if (apiMethod === 'GET' && path === '/config') {
    span?.updateName('GET /config');
    const { names, key, servicePrefix } = ctx.endpoints;
    respondJson(response, 200, { nameSet: names, servicePrefix, spanTag: key });
    return 200;
  }
  const segment = path.length > 1 && path.indexOf('/', 1) === -1 ? path.slice(1) : undefined;
  if (segment === undefined || (apiMethod !== 'GET' && apiMethod !== 'POST' && apiMethod !== 'DELETE')) {
    respondErrorPage(response, 404, `Cannot ${method} ${path}`);
    return 404;
  }
  let beast: string;
  try {
    beast = decodeURIComponent(segment);
  } catch {
    respondErrorPage(response, 400, `URIError: Failed to decode param '${segment}'`);
    return 400;
  }
  span?.updateName(`${apiMethod} /:endpoint`);
  span?.setAttribute('http.route', '/:endpoint');
  return handleBeastCall(ctx, { beast, method: apiMethod, body, response, parent, started });
}
