/**
 * A realistic healthy site on 127.0.0.1: pages with stylesheets, scripts and images of a few
 * KB each, every one fetched anew on each load (no-store), so a page load does real work for
 * the network stack that Comeback's listeners sit on.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { freePort } from '../../tests/support/ports';

export const PAGE_COUNT = 10;
const CSS_PER_PAGE = 2;
const JS_PER_PAGE = 2;
const IMG_PER_PAGE = 4;

export interface HealthySite {
  /** URL of the n-th load: pages rotate, the query keeps every URL distinct. */
  pageUrl(n: number): string;
  stop(): Promise<void>;
}

const lorem = (words: number, seed: number): string =>
  Array.from({ length: words }, (_, i) => ['site', 'answer', 'page', 'load', 'cache', 'origin', 'browser', 'network'][(i * 7 + seed) % 8]).join(' ');

function css(n: number): string {
  const rules = Array.from({ length: 60 }, (_, i) => `.c${n}-${i} { margin: ${i % 7}px; padding: ${i % 5}px ${i % 3}px; color: #${(0x123456 + i * 977).toString(16).slice(0, 6)}; }`);
  return `body { font: 16px/1.5 sans-serif; max-width: 60rem; margin: auto; }\n${rules.join('\n')}\n`;
}

function js(n: number): string {
  const fns = Array.from({ length: 40 }, (_, i) => `function f${n}_${i}(x) { return (x * ${i + 3}) % ${i + 7} + ${JSON.stringify(lorem(4, i))}.length; }`);
  return `${fns.join('\n')}\nwindow.benchTotal = (window.benchTotal || 0) + [${fns.map((_, i) => `f${n}_${i}(${i})`).join(',')}].reduce((a, b) => a + b, 0);\n`;
}

function svg(n: number): string {
  const shapes = Array.from({ length: 50 }, (_, i) => `<rect x="${(i * 13) % 200}" y="${(i * 29) % 120}" width="${10 + (i % 9)}" height="${8 + (i % 7)}" fill="#${(0x345678 + n * 4099 + i * 311).toString(16).slice(0, 6)}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="120" viewBox="0 0 200 120">${shapes.join('')}</svg>`;
}

function page(p: number): string {
  const links = Array.from({ length: CSS_PER_PAGE }, (_, i) => `<link rel="stylesheet" href="/static/s${(p + i) % 5}.css">`).join('\n');
  const scripts = Array.from({ length: JS_PER_PAGE }, (_, i) => `<script src="/static/a${(p + i) % 5}.js"></script>`).join('\n');
  const imgs = Array.from({ length: IMG_PER_PAGE }, (_, i) => `<img src="/static/i${(p + i) % 8}.svg" width="200" height="120" alt="figure ${i}">`).join('\n');
  const paras = Array.from({ length: 12 }, (_, i) => `<p class="c${p % 5}-${i}">${lorem(40, p + i)}</p>`).join('\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Healthy page ${p}</title>\n${links}\n</head>\n` +
    `<body><header><h1>Healthy page ${p}</h1><nav>${Array.from({ length: 8 }, (_, i) => `<a href="/page/${i}.html">Page ${i}</a>`).join(' ')}</nav></header>\n` +
    `<main>${paras}\n${imgs}</main>\n${scripts}\n</body></html>\n`;
}

export async function startHealthySite(): Promise<HealthySite> {
  const files = new Map<string, { type: string; body: string }>();
  for (let i = 0; i < PAGE_COUNT; i++) files.set(`/page/${i}.html`, { type: 'text/html; charset=utf-8', body: page(i) });
  for (let i = 0; i < 5; i++) files.set(`/static/s${i}.css`, { type: 'text/css', body: css(i) });
  for (let i = 0; i < 5; i++) files.set(`/static/a${i}.js`, { type: 'text/javascript', body: js(i) });
  for (let i = 0; i < 8; i++) files.set(`/static/i${i}.svg`, { type: 'image/svg+xml', body: svg(i) });

  const port = await freePort();
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const file = files.get((req.url ?? '/').split('?')[0] ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
    res.end(file.body);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    pageUrl: (n) => `http://127.0.0.1:${port}/page/${n % PAGE_COUNT}.html?load=${n}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
