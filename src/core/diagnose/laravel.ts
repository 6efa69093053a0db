/**
 * Laravel's error views (Illuminate/Foundation/Exceptions/views/minimal.blade.php, https://github.com/laravel/framework): the status and message in `<div class="… tracking-wider">`; 503 "Service Unavailable" is `php artisan down`. The producer is the site's application.
 */
import type { Detector } from './detector';
import { app, MAINTENANCE } from './framework-app';
import { header } from './page';

/** Detects this producer's own error answers. */
export const laravel: Detector = {
  name: 'laravel',
  detect(page) {
    const template = /<div class="[^"]{0,120}tracking-wider">\s*\d{3}\s*<\/div>/.test(page.body);
    const cookie = /laravel_session=/i.test(header(page, 'set-cookie'));
    if (!template || (!cookie && !/uppercase tracking-wider/.test(page.body))) return null;
    return app('laravel', page, page.status === 503 && MAINTENANCE.test(page.headline) ? 'maintenance' : undefined);
  },
};
