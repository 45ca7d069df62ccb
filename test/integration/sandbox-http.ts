/** Small HTTP helpers shared by the sandbox tests: real requests on loopback, nothing faked. */

/** A response read whole. */
export interface Reply {
  status: number;
  contentType: string | null;
  text: string;
}

/** Sends one request; `body` objects are sent as JSON with a JSON content type. */
export async function call(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    if (typeof body !== 'string') (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}

/** A `traceparent` with a fresh random trace and parent id; `sampled` sets the flag. */
export function traceparent(sampled = true): { header: string; traceId: string; parentId: string } {
  const hex = (bytes: number) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
  const traceId = hex(16);
  const parentId = hex(8);
  return { header: `00-${traceId}-${parentId}-${sampled ? '01' : '00'}`, traceId, parentId };
}
