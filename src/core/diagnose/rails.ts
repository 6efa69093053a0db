/**
 * Rails's public/500.html of a new application (railties templates, https://github.com/rails/rails): "We're sorry, but something went wrong." and "If you are the application owner check the logs for more information." The producer is the site's application.
 */
import type { Detector } from './detector';
import { app } from './framework-app';

/** Detects this producer's own error answers. */
export const rails: Detector = {
  name: 'rails',
  gate: ['something went wrong.'],
  detect(page) {
    const own = /We(?:'|’|&#39;)re sorry, but something went wrong\./.test(page.body)
      && /If you are the application owner check the logs/.test(page.text);
    return own ? app('rails', page) : null;
  },
};
