/**
 * Express's default error handler (finalhandler, https://github.com/pillarjs/finalhandler): `<title>Error</title>` … `<pre>Internal Server Error</pre>` with X-Powered-By: Express. The producer is the site's application.
 */
import type { Detector } from './detector';
import { app } from './framework-app';
import { header } from './page';

/** Detects this producer's own error answers. */
export const express: Detector = {
  name: 'express',
  detect(page) {
    const own = /^Express$/i.test(header(page, 'x-powered-by').trim())
      && /<title>Error<\/title>/.test(page.body) && /<pre>[^<]{1,2000}<\/pre>/.test(page.body);
    return own ? app('express', page) : null;
  },
};
