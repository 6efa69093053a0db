/**
 * One local server that plays every outside host the status checks may call (status pages,
 * check-host.net, the connectivity probe) and logs every request it gets, by Host. Chromium's
 * `--host-resolver-rules` maps real host names to it; it speaks https and plain http on one
 * port (the first byte of a connection tells: 0x16 is a TLS handshake, RFC 8446 §5.1), with a
 * throwaway certificate made by Debian's openssl at test time (accepted only because the test
 * browser runs with --ignore-certificate-errors).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from './dist';

/** One request the server saw. `fetchMode`: its Sec-Fetch-Mode header, which requests made by
 * pages and extensions carry (Fetch Metadata) and Chromium's own service traffic does not. */
export interface SeenRequest {
  scheme: 'http' | 'https'; host: string; path: string; fetchMode: string | null; origin: string | null;
  /** The query string without `?` ('' when none), for the egress test. */
  query: string;
}

/** An answer: status, JSON (or text) body. */
export interface Answer { status: number; body?: string; type?: string }

export interface FixtureHosts {
  port: number;
  seen: SeenRequest[];
  /** Serve `host` + `path` (query ignored) with `answer`; anything else gets 404. */
  route(host: string, path: string, answer: Answer | (() => Answer)): void;
  stop(): Promise<void>;
}

/** A fixture from tests/fixtures/status as a 200 JSON answer. */
export function jsonFixture(name: string): Answer {
  return { status: 200, body: readFileSync(repoPath('tests/fixtures/status', name), 'utf8'), type: 'application/json' };
}

function makeCert(dir: string): { key: Buffer; cert: Buffer } {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=comeback-test',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

export async function startFixtureHosts(): Promise<FixtureHosts> {
  const dir = mkdtempSync(join(tmpdir(), 'comeback-tls-'));
  const seen: SeenRequest[] = [];
  const routes = new Map<string, Answer | (() => Answer)>();
  const handler = (scheme: SeenRequest['scheme']) => (req: IncomingMessage, res: ServerResponse): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const [path = '/', ...rest] = (req.url ?? '/').split('?');
    const query = rest.join('?');
    const header = (name: string): string | null => {
      const v = req.headers[name];
      return typeof v === 'string' ? v : null;
    };
    seen.push({ scheme, host, path, query, fetchMode: header('sec-fetch-mode'), origin: header('origin') });
    const route = routes.get(`${host}${path}`);
    const answer = typeof route === 'function' ? route() : route ?? { status: 404, body: 'not found', type: 'text/plain' };
    res.writeHead(answer.status, { 'content-type': answer.type ?? 'text/plain', 'cache-control': 'no-store' });
    res.end(answer.body ?? '');
  };
  const http = createHttpServer(handler('http'));
  const https = createHttpsServer(makeCert(dir), handler('https'));
  const sockets = new Set<Socket>();
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (first === null) { socket.destroy(); return; }
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
    });
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const address = front.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port, seen,
    route: (host, path, answer) => { routes.set(`${host}${path}`, answer); },
    stop: async () => {
      for (const s of sockets) s.destroy();
      http.closeAllConnections();
      https.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
