/** The `diagnose` command, run as a user would: a child process reading fixture files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/responses');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'comeback-diagnose-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], cwd = FIXTURES, input?: string) {
  const r = spawnSync(TSX, [join(ROOT, 'scripts/diagnose.ts'), ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, INIT_CWD: cwd } });
  const lines = () => r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, get lines() { return lines(); } };
}

describe('npm run diagnose', () => {
  it('prints one JSON line per file, in order, and exits 0', () => {
    const r = run(['live/varnish-refused.http', 'cloudflare-522.http', 'negative-200-article.http']);
    expect(r.code).toBe(0);
    expect(r.lines).toMatchObject([
      { file: 'live/varnish-refused.http', status: 503, producer: 'varnish', kind: 'backend-fetch-failed', retryable: true, retryAfterSeconds: 5 },
      { file: 'cloudflare-522.http', producer: 'cloudflare', kind: 'timeout', ids: { rayId: '8e4f1c2b9a7d3e62' } },
      { file: 'negative-200-article.http', kind: 'none' },
    ]);
    expect(Object.keys(r.lines[0]!)).toEqual(['file', 'status', 'producer', 'kind', 'retryable', 'retryAfterSeconds', 'ids']);
  });

  it('gives an error line in place of an unreadable file and exits 1 after all lines', () => {
    const garbage = join(tmp, 'garbage.txt');
    writeFileSync(garbage, 'this is not a response\n');
    const r = run(['missing.http', garbage, 'nginx-500.http', tmp]);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(4);
    expect(r.lines[0]).toEqual({ file: 'missing.http', error: expect.stringMatching(/no such file/) });
    expect(r.lines[1]).toEqual({ file: garbage, error: expect.stringMatching(/not an HTTP response/) });
    expect(r.lines[2]).toMatchObject({ file: 'nginx-500.http', producer: 'nginx', kind: 'server-error' });
    expect(r.lines[3]).toEqual({ file: tmp, error: expect.stringMatching(/directory/) });
  });

  it('reads a CRLF capture with a 100 Continue preamble and a Latin-1 body', () => {
    const file = join(tmp, 'latin1.http');
    writeFileSync(file, Buffer.concat([Buffer.from('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 503 Service Unavailable\r\nServer: Apache\r\n\r\n'),
      Buffer.from('<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<h1>Service Unavailable</h1> caf\xe9', 'latin1')]));
    expect(run([file]).lines[0]).toMatchObject({ status: 503, producer: 'apache' });
  });

  it('reads standard input for -', () => {
    const r = run(['-'], FIXTURES, 'HTTP/2 503\r\nserver: envoy\r\n\r\nno healthy upstream');
    expect(r.lines).toMatchObject([{ file: '-', producer: 'envoy', kind: 'backend-unhealthy' }]);
  });

  it('explains itself with --help, and with no arguments on stderr', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run --silent diagnose -- FILE/);
    expect(help.stdout).toMatch(/curl -si/);
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Usage/);
  });

  it('works through npm run from another directory (INIT_CWD)', () => {
    const r = spawnSync('npm', ['run', '--silent', 'diagnose', '--', 'haproxy-timeout.http'], { cwd: join(FIXTURES, 'live'), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ file: 'haproxy-timeout.http', producer: 'haproxy', kind: 'timeout', status: 504 });
  });
});
