/**
 * A small forward proxy for Firefox e2e tests. Firefox has no `--host-resolver-rules`, so real
 * host names reach local servers through this proxy instead (prefs `network.proxy.http`/`ssl`):
 * an absolute-URI request (`GET http://host/path`) is forwarded to the local port mapped for
 * its host; `CONNECT host:443` is piped to the local TLS port mapped for that host (the
 * TLS itself is between Firefox and the fixture server). Every request is logged by host, so
 * a test can see what the browser and the extension asked for; unmapped hosts get 502 / a
 * refused CONNECT and are logged too.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** One request the proxy saw: `http` (absolute URI) or `connect` (a tunnel), and whether it was routed. */
export interface ProxiedRequest { kind: 'http' | 'connect'; host: string; path: string; routed: boolean; at: number; headers: IncomingMessage['headers'] }

export interface ForwardProxy {
  port: number;
  seen: ProxiedRequest[];
  /** Plain-http requests for `host` go to 127.0.0.1:`port`. */
  mapHttp(host: string, port: number, address?: string): void;
  /** `CONNECT host:443` is piped to 127.0.0.1:`port` (a TLS server). */
  mapTls(host: string, port: number): void;
  /** The prefs that route all of Firefox's traffic through this proxy. */
  prefs(): Record<string, unknown>;
  stop(): Promise<void>;
}

export async function startForwardProxy(): Promise<ForwardProxy> {
  const seen: ProxiedRequest[] = [];
  const http = new Map<string, { address: string; port: number }>();
  const tls = new Map<string, number>();
  const sockets = new Set<Socket>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute URI expected');
      return;
    }
    const host = target.hostname.toLowerCase();
    // A local server named by address (the tests' own origins) is reached as it is named.
    const local = (host === '127.0.0.1' || host === 'localhost') && target.port !== '' ? { address: '127.0.0.1', port: Number(target.port) } : undefined;
    const to = http.get(host) ?? local;
    seen.push({ kind: 'http', host, path: target.pathname + target.search, routed: to !== undefined, at: Date.now(), headers: { ...req.headers } });
    if (!to) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`no route for ${host}`);
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    delete headers['proxy-authorization'];
    const upstream = request({ host: to.address, port: to.port, method: req.method, path: target.pathname + target.search, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.statusMessage, up.headers);
      up.pipe(res);
    });
    upstream.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${e.message}`);
    });
    req.pipe(upstream);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const [hostPart = '', portPart = '443'] = (req.url ?? '').split(':');
    const host = hostPart.toLowerCase();
    const to = portPart === '443' ? tls.get(host) : undefined;
    seen.push({ kind: 'connect', host, path: req.url ?? '', routed: to !== undefined, at: Date.now(), headers: { ...req.headers } });
    if (to === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(to, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    seen,
    mapHttp: (host, p, address = '127.0.0.1') => { http.set(host.toLowerCase(), { address, port: p }); },
    mapTls: (host, p) => { tls.set(host.toLowerCase(), p); },
    prefs: () => ({
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      // Names are resolved by the proxy, never by Firefox (no DNS for the real host names).
      'network.proxy.socks_remote_dns': true,
    }),
    stop: async () => {
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
