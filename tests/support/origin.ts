/**
 * A controllable local origin for tests: a node:http server whose failure mode can be switched
 * at run time ('up', 'down', 'reset', 'hang', '503'). Proxies and browsers under test talk to it
 * on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { freePort } from './ports';

/** How the origin answers. */
export type OriginMode = 'up' | 'down' | 'reset' | 'hang' | '503';

/** Options for a mode; only '503' uses them today. */
export interface ModeOptions {
  /**
   * Retry-After value sent with '503' (delta-seconds or an HTTP-date), or a function of the
   * response's own Date (ms, whole seconds) for a date relative to it; omitted when undefined.
   */
  retryAfter?: string | ((dateMs: number) => string);
}

/** One request that reached the origin (logged in every mode that accepts connections). */
export interface LoggedRequest {
  method: string;
  path: string;
  /** Date.now() when the request's headers arrived. */
  at: number;
  headers: Record<string, string | string[] | undefined>;
}

/** A custom route handler; it gets the request body already read. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface Origin {
  readonly port: number;
  /** Absolute http URL of a path on this origin (`url('/a')` → `http://127.0.0.1:PORT/a`). */
  url(path?: string): string;
  /** Current mode. */
  readonly mode: OriginMode;
  /** Switches the mode; resolves once the socket is listening or closed as the mode requires. */
  setMode(mode: OriginMode, options?: ModeOptions): Promise<void>;
  /** Every request that reached the origin, oldest first. */
  readonly requests: LoggedRequest[];
  clearRequests(): void;
  /** Serves `path` (exact match, query ignored) with `handler` while the mode is 'up'. */
  route(path: string, handler: RouteHandler): void;
  /** Closes all connections and the listening socket. */
  stop(): Promise<void>;
}

/** The page served in 'up' mode. */
export const UP_PAGE =
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Welcome back</title></head>\n' +
  '<body><h1>Welcome back</h1><p>The real page</p></body></html>\n';

/** The body of the origin's own 503 in '503' mode. */
export const OWN_503_PAGE =
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Down for a moment</title></head>\n' +
  '<body><h1>We are down for a moment</h1><p>Our application is busy. Please come back soon.</p></body></html>\n';

/** Starts an origin in 'up' mode on `opts.port` or a free port. */
export async function startOrigin(opts: { port?: number } = {}): Promise<Origin> {
  const port = opts.port ?? (await freePort());
  const requests: LoggedRequest[] = [];
  const routes = new Map<string, RouteHandler>();
  const sockets = new Set<Socket>();
  let mode: OriginMode = 'up';
  let modeOptions: ModeOptions = {};
  let server: Server | null = null;

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, at: Date.now(), headers: { ...req.headers } });
    if (mode === 'reset') {
      req.socket.destroy();
      return;
    }
    if (mode === 'hang') return; // never answers; stop() closes it
    if (mode === '503') {
      // An explicit Date from the same clock reading as a computed Retry-After date.
      const dateMs = Math.floor(Date.now() / 1000) * 1000;
      const headers: Record<string, string> = {
        'content-type': 'text/html; charset=utf-8',
        date: new Date(dateMs).toUTCString(),
      };
      const ra = modeOptions.retryAfter;
      if (ra !== undefined) headers['retry-after'] = typeof ra === 'function' ? ra(dateMs) : ra;
      res.writeHead(503, headers);
      res.end(req.method === 'HEAD' ? undefined : OWN_503_PAGE);
      return;
    }
    const route = routes.get(path.split('?')[0] ?? path);
    if (route) {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => route(req, res, body));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : UP_PAGE);
  };

  const listen = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const s = createServer(handle);
      s.on('connection', (socket: Socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        s.off('error', reject);
        server = s;
        resolve();
      });
    });

  const close = (): Promise<void> =>
    new Promise((resolve) => {
      const s = server;
      server = null;
      if (s === null) {
        resolve();
        return;
      }
      // Browsers and proxies keep connections alive; close them or close() waits forever.
      s.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      s.close(() => resolve());
    });

  await listen();

  return {
    port,
    url: (path = '/') => `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    get mode() {
      return mode;
    },
    async setMode(next, options = {}) {
      mode = next;
      modeOptions = options;
      if (next === 'down') await close();
      else if (server === null) await listen();
      else if (next !== 'hang') {
        // Kept-alive connections from an earlier mode must not linger into the new one.
        server.closeIdleConnections();
      }
    },
    requests,
    clearRequests: () => void requests.splice(0, requests.length),
    route: (path, handler) => void routes.set(path, handler),
    stop: close,
  };
}
