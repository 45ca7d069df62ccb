import type { IncomingMessage } from 'node:http';

/** Express' `express.json()` default limit: 100 kb. */
export const BODY_LIMIT_BYTES = 100 * 1024;

/** A body the server rejects, answered as Express' body parser answers it. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a request body as Express' `express.json()` does in the real server: only a JSON content
 * type is parsed (anything else leaves the body `{}`, so `name` is missing), strict mode (only an
 * object or array), 100 kb at most (413), utf-8 only (415), no content encoding (415).
 */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  if (!hasBody(request) || !isJson(request.headers['content-type'])) return {};
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && !charset.startsWith('utf-8')) throw new BodyError(415, `unsupported charset "${charset.toUpperCase()}"`);
  const text = await readBody(request, BODY_LIMIT_BYTES);
  if (text.length === 0) return {};
  const first = /\S/.exec(text)?.[0];
  if (first !== '{' && first !== '[') throw new BodyError(400, `SyntaxError: Unexpected token ${first ?? 'end'} in JSON: strict mode accepts only an object or an array`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BodyError(400, `SyntaxError: ${(error as Error).message}`);
  }
}

/** Reads the whole body as utf-8 text, refusing more than `limit` bytes (413) and any content encoding (415). */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') return Promise.reject(new BodyError(415, `unsupported content encoding "${encoding}"`));
  const declared = Number(request.headers['content-length']);
  if (declared > limit) return Promise.reject(new BodyError(413, 'request entity too large'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        request.removeAllListeners('data');
        reject(new BodyError(413, 'request entity too large'));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function hasBody(request: IncomingMessage): boolean {
  return request.headers['transfer-encoding'] !== undefined || (request.headers['content-length'] ?? '') !== '';
}

function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const type = contentType.split(';', 1)[0].trim().toLowerCase();
  return type === 'application/json';
}
