/**
 * Captures a live HTTP response in the same text form `curl -si` prints (status line, header
 * lines as received, blank line, de-chunked body), so live captures and hand-written fixtures
 * go through the same parser as the `diagnose` command.
 */
import { request } from 'node:http';

/** GETs `url` on a fresh connection and returns the response as `curl -si` would show it. */
export function captureRaw(url: string, timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { 'user-agent': 'curl/7.88.1', accept: '*/*' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const lines = [`HTTP/${res.httpVersion} ${res.statusCode ?? 0} ${res.statusMessage ?? ''}`.trimEnd()];
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) lines.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
        resolve(`${lines.join('\r\n')}\r\n\r\n${Buffer.concat(chunks).toString('utf8')}`);
      });
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}
