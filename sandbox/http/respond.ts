import type { ServerResponse } from 'node:http';

/** Writes a whole response in one go, with the header Express adds to every response. */
export function respond(response: ServerResponse, status: number, contentType: string | undefined, body = ''): void {
  const headers: Record<string, string | number> = { 'X-Powered-By': 'Express', 'Content-Length': Buffer.byteLength(body) };
  if (contentType) headers['Content-Type'] = contentType;
  response.writeHead(status, headers);
  response.end(body);
}

/** Plain text, as Express' `res.send(string)` sends it. */
export function respondText(response: ServerResponse, status: number, text: string): void {
  respond(response, status, 'text/html; charset=utf-8', text);
}

/** JSON, as Express' `res.send(object)` sends it. */
export function respondJson(response: ServerResponse, status: number, value: unknown): void {
  respond(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** Express' default error page (unknown route, body parser error). */
export function respondErrorPage(response: ServerResponse, status: number, message: string): void {
  const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  respond(
    response,
    status,
    'text/html; charset=utf-8',
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>${escaped}</pre>\n</body>\n</html>\n`,
  );
}

/** Ends the connection with a TCP reset and no response. */
export function resetConnection(response: ServerResponse): void {
  const socket = response.socket;
  if (socket && typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket?.destroy();
}
