/**
 * Tengine, Alibaba's nginx fork (src/http/ngx_http_special_response.c in
 * https://github.com/alibaba/tengine): nginx's `<center><h1>502 Bad Gateway</h1></center>` with
 * the detailed block "Sorry for the inconvenience.… Please report this message" and the footer
 * `<hr/>Powered by Tengine`; Server: Tengine.
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const FOOTER = /Powered by Tengine|<hr\/?>\s*<center>\s*tengine/i;

/** Detects Tengine's error pages (checked before nginx, whose template they extend). */
export const tengine: Detector = {
  name: 'tengine',
  detect(page) {
    const own = FOOTER.test(page.body) || (/^Tengine/i.test(header(page, 'server')) && /<h1>\d{3} /.test(page.body));
    if (!own) return null;
    return { producer: 'tengine', kind: kindFromStatus(page.status) };
  },
};
