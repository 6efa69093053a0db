/**
 * Real reverse proxies (Debian's Varnish 7.1, nginx 1.22, HAProxy 2.6) on 127.0.0.1 in front of
 * a test origin, each in its own temp dir and process group so stop() leaves nothing behind.
 * How they are started and what they answer: docs/testing.md, "Real proxies on loopback".
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports';

/** A running proxy. */
export interface Proxy {
  readonly port: number;
  /** Absolute http URL of a path through the proxy. */
  url(path?: string): string;
  /** Kills the process group and removes the temp dir. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * A path every proxy answers itself (204) without asking the origin, so waiting for readiness
 * never shows up in the origin's request log.
 */
export const READY_PATH = '/__comeback_ready';

/** Whether an executable is on PATH (or in /usr/sbin, where Debian puts daemons). */
export function haveBinary(name: string): boolean {
  const path = `${process.env.PATH ?? ''}:/usr/sbin:/sbin`;
  return spawnSync('sh', ['-c', `command -v ${name}`], { env: { ...process.env, PATH: path } }).status === 0;
}

const live = new Set<ChildProcess>();
// Last resort if a test run dies without calling stop(): no orphan daemons.
process.on('exit', () => {
  for (const child of live) killGroup(child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function sbin(name: string): string {
  for (const dir of ['/usr/sbin', '/usr/bin', '/sbin']) {
    if (spawnSync('test', ['-x', join(dir, name)]).status === 0) return join(dir, name);
  }
  return name;
}

/** One HTTP GET to the ready path; resolves with the status or rejects. */
function probeOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: READY_PATH, timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

async function launch(name: string, args: string[], dir: string, port: number): Promise<Proxy> {
  let output = '';
  // detached: a process group of its own, so stop() also reaches forked children
  // (Varnish's manager forks the cache child; nginx forks workers).
  const child = spawn(sbin(name), args, { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      live.delete(child);
      resolve();
    });
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (!stopped) {
      stopped = true;
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
      await exit;
      clearTimeout(timer);
      killGroup(child, 'SIGKILL'); // any straggler left in the group
    }
    rmSync(dir, { recursive: true, force: true });
  };

  // Ready means an HTTP request is answered, not merely that the port is open (Varnish
  // opens its socket before the cache child can serve).
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`${name} exited during start-up:\n${output}`);
    }
    try {
      if ((await probeOnce(port)) === 204) break;
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not answer on port ${port} within 15 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { port, url: (path = '/') => `http://127.0.0.1:${port}${path}`, stop };
}

function makeDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `comeback-${prefix}-`));
  // Daemons started as root drop privileges (Varnish's vcache user, nginx's nobody).
  chmodSync(dir, 0o755);
  return dir;
}

/** Varnish health-probe settings (VCL `.probe`); defaults fail fast for tests. */
export interface VarnishProbe {
  url?: string;
  /** VCL duration, default "0.2s". */
  interval?: string;
  timeout?: string;
  window?: number;
  threshold?: number;
}

export interface VarnishOptions {
  backendPort: number;
  /** VCL appended after the built-in test subroutines (e.g. a vcl_backend_response). */
  vclExtra?: string;
  /** Adds a health probe to the backend (`true` for the defaults). */
  probe?: boolean | VarnishProbe;
  /** Backend first_byte_timeout in seconds (Varnish's default is 60). */
  firstByteTimeout?: number;
  /** Backend connect_timeout in seconds (Varnish's default is 3.5). */
  connectTimeout?: number;
}

/** Starts `varnishd -F` with a pass-everything VCL, so a recovery is seen at once. */
export async function startVarnish(opts: VarnishOptions): Promise<Proxy> {
  const dir = makeDir('varnish');
  const port = await freePort();
  const p = opts.probe === true ? {} : opts.probe || null;
  const probe = p
    ? `  .probe = { .url = "${p.url ?? '/'}"; .interval = ${p.interval ?? '0.2s'}; ` +
      `.timeout = ${p.timeout ?? '0.5s'}; .window = ${p.window ?? 2}; .threshold = ${p.threshold ?? 1}; ` +
      `.initial = ${p.threshold ?? 1}; }\n`
    : '';
  const vcl =
    'vcl 4.1;\n' +
    `backend default {\n  .host = "127.0.0.1";\n  .port = "${opts.backendPort}";\n` +
    `  .first_byte_timeout = ${opts.firstByteTimeout ?? 60}s;\n` +
    `  .connect_timeout = ${opts.connectTimeout ?? 3.5}s;\n${probe}}\n` +
    'sub vcl_recv {\n' +
    `  if (req.url == "${READY_PATH}") { return (synth(204)); }\n` +
    '  # Never cache: a test must see the origin recover on the very next request.\n' +
    '  return (pass);\n}\n' +
    (opts.vclExtra ?? '');
  const vclPath = join(dir, 'test.vcl');
  writeFileSync(vclPath, vcl);
  const args = ['-F', '-a', `127.0.0.1:${port}`, '-T', 'none', '-f', vclPath, '-n', join(dir, 'work'),
    '-s', 'malloc,32m', '-p', 'thread_pool_min=5', '-p', 'thread_pools=1'];
  return launch('varnishd', args, dir, port);
}

export interface NginxOptions {
  backendPort: number;
  /** proxy_connect/read/send timeouts in seconds (nginx's default is 60). */
  timeoutSeconds?: number;
  /** Extra `location` blocks inside the server, before the proxying `location /`. */
  locations?: string;
}

/** Starts `nginx -p DIR` (daemon off) as a plain reverse proxy. */
export async function startNginx(opts: NginxOptions): Promise<Proxy> {
  const dir = makeDir('nginx');
  const port = await freePort();
  const t = opts.timeoutSeconds ?? 60;
  const conf = `daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    location = ${READY_PATH} { return 204; }
${opts.locations ?? ''}
    location / {
      proxy_pass http://127.0.0.1:${opts.backendPort};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_connect_timeout ${t}s;
      proxy_read_timeout ${t}s;
      proxy_send_timeout ${t}s;
      proxy_next_upstream off;
    }
  }
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  return launch('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], dir, port);
}

export interface HaproxyOptions {
  backendPort: number;
  /**
   * Active HTTP health check (`option httpchk GET <path>`, every 200 ms, down after 1 failure);
   * `true` checks `/`, a string checks that path.
   */
  healthCheck?: boolean | string;
  /** `timeout server` in seconds (default 30). */
  timeoutSeconds?: number;
  /** Extra frontend lines, e.g. `http-request return status 502 if { path /empty }`. */
  frontend?: string;
}

/** Starts `haproxy -db` in HTTP mode with one backend server. */
export async function startHaproxy(opts: HaproxyOptions): Promise<Proxy> {
  const dir = makeDir('haproxy');
  const port = await freePort();
  const check = opts.healthCheck ? ' check inter 200ms fall 1 rise 1' : '';
  const cfg = `global
  maxconn 100
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server ${opts.timeoutSeconds ?? 30}s
frontend fe
  bind 127.0.0.1:${port}
  http-request return status 204 if { path ${READY_PATH} }
${opts.frontend ?? ''}
  default_backend be
backend be
${opts.healthCheck ? `  option httpchk GET ${opts.healthCheck === true ? '/' : opts.healthCheck}\n` : ''}  server s1 127.0.0.1:${opts.backendPort}${check}
`;
  writeFileSync(join(dir, 'haproxy.cfg'), cfg);
  return launch('haproxy', ['-db', '-f', join(dir, 'haproxy.cfg')], dir, port);
}
