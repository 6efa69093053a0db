/**
 * When no proxy's template matched: if the page has content (or headers that name an
 * application server), the site's own application produced the error, possibly passed
 * through proxies unchanged; otherwise we cannot tell who answered.
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

/** Server headers of application servers (not proxies), so an empty error is the app's own. */
const APP_SERVER = /^(?:gunicorn|uvicorn|hypercorn|waitress|werkzeug|puma|unicorn|passenger|kestrel|microsoft-iis|jetty|tomcat|apache-coyote|express|cowboy\/2|php|wildfly|undertow)/i;
const MAINTENANCE = /maintenance|wartung|mantenimiento|en travaux/i;

/** The last resort: 'origin' or 'unknown'; always matches. */
export const fallback: Detector = {
  name: 'origin',
  detect(page) {
    const hasBody = page.text !== '' || page.body.trim() !== '';
    const appHeaders = page.headers['x-powered-by'] !== undefined || APP_SERVER.test(header(page, 'server'));
    if (!hasBody && !appHeaders) return { producer: 'unknown', kind: kindFromStatus(page.status) };
    // A site's own 503 page that talks about maintenance is a planned outage.
    const kind = page.status === 503 && MAINTENANCE.test(page.headline || page.text.slice(0, 2000))
      ? 'maintenance'
      : kindFromStatus(page.status);
    return { producer: 'origin', kind };
  },
};
