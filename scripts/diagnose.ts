/**
 * `npm run --silent diagnose -- FILE...`: diagnoses raw HTTP responses saved with `curl -si`
 * and prints one JSON object per file, one per line, in the order given. A site owner can paste
 * a captured response and see what Comeback would tell a visitor.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { diagnose } from '../src/core/diagnose/index';
import { parseRawResponse } from '../src/core/parse-raw-response';

const HELP = `Usage: npm run --silent diagnose -- FILE...

Reads each FILE as a raw HTTP response, the way \`curl -si URL > FILE\` saves it:
a status line (HTTP/1.1 503 Backend fetch failed, or HTTP/2 503), header lines,
a blank line, then the body (LF or CRLF line ends; interim 100 Continue blocks
are skipped). Use - to read one response from standard input.

Prints exactly one JSON object per FILE, one per line, in the order given:
  {"file":"FILE","status":503,"producer":"varnish","kind":"backend-fetch-failed",
   "retryable":true,"retryAfterSeconds":5,"ids":{"xid":"32771"}}

  producer           who generated the page (varnish, fastly, nginx, cloudflare, ...,
                     django, rails, ... = the site's own application in that framework,
                     network-proxy, captive-portal = the user's own network, not the site,
                     origin = the site's own application, unknown; docs/producers.md)
  kind               what went wrong (backend-fetch-failed, backend-unhealthy,
                     connection-failed, dns-error, timeout, maintenance, overloaded,
                     rate-limited, tls-error, server-error; none = not an error
                     Comeback handles: any status other than 429 and 5xx)
  retryable          whether waiting and retrying can help
  retryAfterSeconds  the Retry-After header in seconds (dates measured against the
                     response's Date header), or null
  ids                what to quote to the site's support (xid, details, rayId,
                     requestId, reference)

A FILE that cannot be read as a response prints {"file":"FILE","error":"..."}
in its place; the command then exits with status 1 after printing every line.

Example:
  curl -si https://www.example.com/ > page.http
  npm run --silent diagnose -- page.http
`;

/** Decodes as UTF-8, or as Latin-1 when the bytes are not valid UTF-8 (old Apache pages). */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

function diagnoseFile(file: string, now: number): { line: string; ok: boolean } {
  let text: string;
  try {
    // `npm run` starts scripts in the package root; INIT_CWD is where the user typed the command.
    text = decode(readFileSync(file === '-' ? 0 : resolve(process.env['INIT_CWD'] ?? process.cwd(), file)));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String((e as Error).message);
    return { line: JSON.stringify({ file, error: `cannot read: ${reason}` }), ok: false };
  }
  const parsed = parseRawResponse(text);
  if (!parsed.ok) return { line: JSON.stringify({ file, error: parsed.error }), ok: false };
  const { status, headers, body } = parsed.response;
  return { line: JSON.stringify({ file, ...diagnose({ status, headers, body, now }) }), ok: true };
}

function main(argv: readonly string[]): number {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.length === 0) {
    process.stderr.write(`diagnose: no FILE given\n\n${HELP}`);
    return 2;
  }
  let failed = false;
  const now = Date.now();
  for (const file of args) {
    const { line, ok } = diagnoseFile(file, now);
    process.stdout.write(`${line}\n`);
    if (!ok) failed = true;
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
