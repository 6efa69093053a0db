/**
 * nginx's built-in error pages (src/http/ngx_http_special_response.c):
 * `<center><h1>502 Bad Gateway</h1></center>` then `<hr><center>nginx/1.22.1</center>`.
 * The footer names the build: "openresty" for OpenResty, "cloudflare" for Cloudflare's edge
 * (which runs nginx), so the footer decides the producer. With server_tokens off the footer
 * still says "nginx".
 */
import type { Producer } from '../types';
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const TEMPLATE = /<center>\s*<h1>\d{3} [^<]*<\/h1>\s*<\/center>/i;
const FOOTER = /<hr>\s*<center>\s*([A-Za-z-]+)/i;

function fromName(name: string): Producer | null {
  const n = name.toLowerCase();
  if (n.startsWith('openresty')) return 'openresty';
  if (n.startsWith('cloudflare')) return 'cloudflare';
  if (n.startsWith('nginx')) return 'nginx';
  return null;
}

/** Detects nginx's template and its OpenResty and Cloudflare variants. */
export const nginx: Detector = {
  name: 'nginx',
  detect(page) {
    if (!TEMPLATE.test(page.body)) return null;
    const footer = FOOTER.exec(page.body);
    const producer = footer ? fromName(footer[1] ?? '') : fromName(header(page, 'server'));
    if (producer === null) return null;
    return { producer, kind: kindFromStatus(page.status) };
  },
};
