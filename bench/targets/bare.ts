import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// The floor of what Node's http module can do on these routes: the same statuses and bodies as
// the sandbox with a Set per beast, and nothing else (no spans, metrics, logs, faults, checks).
const tables = new Map(['unicorn', 'manticore', 'illithid', 'owlbear', 'beholder'].map((beast) => [beast, new Set<string>()]));

const server = createServer((request, response) => {
  const table = tables.get((request.url ?? '/').slice(1));
  if (!table) {
    response.writeHead(404).end();
    return;
  }
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk));
  request.on('end', () => {
    if (request.method === 'GET') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(Array.from(table, (name) => ({ name }))));
      return;
    }
    const name = (JSON.parse(body || '{}') as { name?: string }).name ?? '';
    if (request.method === 'POST') table.add(name);
    else table.delete(name);
    response.writeHead(request.method === 'POST' ? 201 : 204).end();
  });
});

server.listen(0, '127.0.0.1', () => process.send!({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
