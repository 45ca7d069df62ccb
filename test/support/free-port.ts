import { createServer } from 'node:net';

/**
 * Asks the OS for a free loopback port, for a server the test starts as a separate process
 * (it cannot be handed port 0). The tiny race until that server binds it is accepted.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
