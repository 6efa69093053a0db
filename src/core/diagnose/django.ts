/**
 * Django's default error pages (django/views/defaults.py ERROR_PAGE_TEMPLATE, https://github.com/django/django): `<h1>Server Error (500)</h1><p></p>`, and the DEBUG page "You’re seeing this error because you have DEBUG = True". The producer is the site's application.
 */
import type { Detector } from './detector';
import { app } from './framework-app';
import { header } from './page';

/** Detects this producer's own error answers. */
export const django: Detector = {
  name: 'django',
  gate: ['server error (', 'debug = true', 'bad request (', 'page not found ('],
  detect(page) {
    const own = /<h1>Server Error \(500\)<\/h1><p><\/p>/.test(page.body) || /seeing this error because you have <code>DEBUG = True<\/code>/.test(page.body)
      || /<h1>(?:Bad Request|Page not found|Server Error) \((\d{3})\)<\/h1>/.test(page.body) && /csrftoken|django/i.test(header(page, 'set-cookie'));
    return own ? app('django', page) : null;
  },
};
