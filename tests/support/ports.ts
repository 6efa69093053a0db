/**
 * Free loopback ports for test servers: ask the kernel for an ephemeral port, then release it.
 * There is a small race (another process may take the port before the test binds it), which
 * is acceptable for tests that bind within milliseconds.
 */
import { createServer } from 'node:net';

/** Resolves with a TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the port of a listening socket'));
        return;
      }
      const { port } = address;
      server.close(() => resolve(port));
    });
  });
}
