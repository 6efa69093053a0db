/**
 * A second site for the cache-clearing test: on 127.0.0.2 (another site than 127.0.0.1, so
 * the HTTP cache and browsingData treat it as unrelated), serving a page and one resource with
 * Cache-Control: max-age=3600, counting how often the resource is really fetched.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CacheSite {
  url(path: string): string;
  /** Requests for `path` that reached this server. */
  hits(path: string): number;
  stop(): Promise<void>;
}

export async function startCacheSite(host = '127.0.0.2'): Promise<CacheSite> {
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/b.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' });
      res.end('/* site b */');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end('<!doctype html><html lang="en"><title>Site B</title><h1>Site B</h1></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://${host}:${port}${path}`,
    hits: (path) => hits.get(path) ?? 0,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
