/**
 * The demo (`npm run demo`, after `npm run build`): a local site behind Varnish fails and
 * recovers while Comeback, loaded into Debian's Chromium from dist/chrome, explains the error
 * and brings the page back by itself. Prints a timeline and saves screenshots to
 * artifacts/demo/.
 *
 * The real Varnish (Debian's varnishd) is used when installed; otherwise an embedded stand-in
 * answers exactly as Varnish 7.1 does when its backend refuses (the status line, headers and
 * body of tests/fixtures/responses/live/varnish-refused.http, a capture of the real thing), so
 * the demo always runs.
 *
 * Usage: tsx scripts/demo.ts [--headed] [--stand-in] [--origin-back-after SECONDS]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Page } from '@playwright/test';
import { chromiumDriver, chromiumTab } from '../tests/e2e/pages/chromium-driver';
import { OverlayPage } from '../tests/e2e/pages/overlay';
import { launchChromium, type ChromiumWithExtension } from '../tests/e2e/support/chromium';
import { repoPath } from '../tests/e2e/support/dist';
import { pageText } from '../tests/e2e/support/page-wait';
import { startOrigin, type Origin } from '../tests/support/origin';
import { freePort } from '../tests/support/ports';
import { haveBinary, startVarnish, type Proxy } from '../tests/support/proxies';

const HELP = `Usage: npm run demo [-- --headed] [-- --stand-in] [-- --origin-back-after SECONDS]

A local site behind Varnish fails ("503 Backend fetch failed") and recovers; Comeback shows
which layer failed and brings the page back by itself. Headless by default; --headed opens a
Chromium window (needs a display). --stand-in uses the embedded Varnish stand-in even when
varnishd is installed. Screenshots go to artifacts/demo/. Exits 0 when the page
came back, 1 otherwise.`;

const ARTIFACTS = repoPath('artifacts/demo');
const CAPTURE = repoPath('tests/fixtures/responses/live/varnish-refused.http');
/** How long the page may take to come back after the origin does before the demo fails. */
const RESTORE_TIMEOUT_MS = 60_000;

interface Args {
  headed: boolean;
  standIn: boolean;
  originBackAfterMs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { headed: false, standIn: false, originBackAfterMs: 6_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(HELP);
      process.exit(0);
    } else if (a === '--headed') args.headed = true;
    else if (a === '--stand-in') args.standIn = true;
    else if (a === '--origin-back-after') {
      const s = Number(argv[++i]);
      if (!Number.isFinite(s) || s < 0) fail(`--origin-back-after needs a number of seconds, got ${argv[i] ?? 'nothing'}`);
      args.originBackAfterMs = s * 1000;
    } else fail(`unknown argument ${a ?? ''}\n\n${HELP}`);
  }
  return args;
}

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(1);
}

/** Varnish's 503 as captured from Varnish 7.1: reason phrase, header order, body. */
interface Captured503 {
  reason: string;
  headers: [string, string][];
  body: string;
}

function readCapture(): Captured503 {
  const raw = readFileSync(CAPTURE, 'utf8');
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).split(/\r?\n/);
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const reason = /^HTTP\/[\d.]+ 503 (.*)$/.exec(head[0] ?? '')?.[1] ?? 'Backend fetch failed';
  const headers = head.slice(1).map((line): [string, string] => {
    const i = line.indexOf(':');
    return [line.slice(0, i), line.slice(i + 1).trim()];
  });
  return { reason, headers, body };
}

/**
 * A stand-in for Varnish in front of `origin`: relays to the origin when it answers, and when
 * the connection fails answers with Varnish's own 503, fresh Date and XIDs included.
 */
async function startStandIn(origin: Origin): Promise<Proxy> {
  const captured = readCapture();
  const port = await freePort();
  let xid = 32770;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    xid += 2;
    const upstream = request(
      { host: '127.0.0.1', port: origin.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        const headers: IncomingHttpHeaders = { ...up.headers, 'x-varnish': String(xid), age: '0', via: '1.1 varnish (Varnish/7.1)' };
        res.writeHead(up.statusCode ?? 502, up.statusMessage, headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      const body = captured.body.replace(/XID: \d+/, `XID: ${xid + 1}`);
      const headers = captured.headers.map(([name, value]): [string, string] => {
        const key = name.toLowerCase();
        if (key === 'date') return [name, new Date().toUTCString()];
        if (key === 'x-varnish') return [name, String(xid)];
        if (key === 'content-length') return [name, String(Buffer.byteLength(body))];
        return [name, value];
      });
      res.writeHead(503, captured.reason, headers.flat());
      res.end(req.method === 'HEAD' ? undefined : body);
    });
    req.pipe(upstream);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.headed && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('demo: --headed needs a display (none found: DISPLAY is unset); running headless instead.');
    args.headed = false;
  }
  mkdirSync(ARTIFACTS, { recursive: true });

  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async (): Promise<void> => {
    for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
  };
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      console.log(`\ndemo: ${sig}, cleaning up`);
      void cleanup().then(() => process.exit(130));
    });
  }

  let browser: ChromiumWithExtension | undefined;
  let page: Page | undefined;
  try {
    const origin = await startOrigin();
    cleanups.push(() => origin.stop());
    await origin.setMode('down');
    const realVarnish = !args.standIn && haveBinary('varnishd');
    const proxy = realVarnish ? await startVarnish({ backendPort: origin.port }) : await startStandIn(origin);
    cleanups.push(() => proxy.stop());
    console.log(
      realVarnish
        ? `Site: http://127.0.0.1:${proxy.port}/ (Debian's Varnish in front of an origin that is down)`
        : `Site: http://127.0.0.1:${proxy.port}/ (${args.standIn ? '--stand-in' : 'varnishd is not installed'}: an embedded stand-in serves Varnish's exact 503 page)`,
    );

    browser = await launchChromium({ headed: args.headed });
    cleanups.push(() => browser?.close() ?? Promise.resolve());
    console.log(`Chromium (${args.headed ? 'headed' : 'headless'}) with Comeback loaded from dist/chrome, extension id ${browser.extensionId}\n`);
    page = await browser.context.newPage();
    const p = page;

    const response = await p.goto(proxy.url('/'));
    const t0 = Date.now();
    const at = (): string => `t+${((Date.now() - t0) / 1000).toFixed(1).padStart(4)} s`;
    const status = response?.status() ?? 0;
    if (status !== 503) throw new Error(`expected the site to fail with 503, got ${status}`);
    console.log(`${at()}  page fails with ${status} ${response?.statusText() ?? ''}`);

    // The overlay's root is closed: read it from the extension's isolated world (tests/e2e/pages).
    const overlay = new OverlayPage(chromiumDriver(browser), chromiumTab(p));
    const layer = await overlay.waitForText('layer', /\S/, 10_000).catch(() => {
      throw new Error('Comeback showed no overlay on the error page within 10 s');
    });
    const explanation = (await overlay.text('explanation')) ?? '';
    console.log(`${at()}  overlay shown: "${layer}": "${explanation}"`);
    await p.waitForTimeout(300);
    await p.screenshot({ path: `${ARTIFACTS}/1-error-with-overlay.png` });

    // Follow the overlay's status line (countdown digits ignored) until the origin is back.
    let lastStatus = '';
    const followStatus = async (): Promise<void> => {
      const text = await overlay.text('status-line');
      const shape = text?.replace(/\d+ s\b/g, 'N s') ?? '';
      if (text && shape !== lastStatus) {
        lastStatus = shape;
        console.log(`${at()}  overlay: ${text}`);
      }
    };
    while (Date.now() - t0 < args.originBackAfterMs) {
      await followStatus();
      await p.waitForTimeout(200);
    }
    await origin.setMode('up');
    const tUp = Date.now();
    console.log(`${at()}  origin back (the site answers again)`);

    let shownAt = 0;
    while (shownAt === 0) {
      if ((await pageText(p)).includes('The real page')) shownAt = Date.now();
      else if (Date.now() - tUp > RESTORE_TIMEOUT_MS) {
        throw new Error(`the page did not come back within ${RESTORE_TIMEOUT_MS / 1000} s after the origin did; it shows: ${(await pageText(p)).slice(0, 200)}`);
      } else {
        await followStatus();
        await p.waitForTimeout(100);
      }
    }
    console.log(`${at()}  page restored by Comeback, ${((shownAt - tUp) / 1000).toFixed(1)} s after the origin came back`);
    await p.waitForTimeout(300);
    await p.screenshot({ path: `${ARTIFACTS}/2-restored.png` });
    console.log(`\nScreenshots: ${ARTIFACTS}/1-error-with-overlay.png, ${ARTIFACTS}/2-restored.png`);
    if (args.headed) await p.waitForTimeout(3_000);
    await cleanup();
  } catch (e) {
    console.error(`\ndemo failed: ${e instanceof Error ? e.message : String(e)}`);
    if (page) await page.screenshot({ path: `${ARTIFACTS}/failure.png` }).then(() => console.error(`Screenshot: ${ARTIFACTS}/failure.png`), () => undefined);
    if (browser) console.error(`What the browser and the extension said:\n${browser.log.text() || '(nothing)'}`);
    await cleanup();
    process.exit(1);
  }
}

await main();
