/**
 * Spring Boot's error page (BasicErrorController, https://docs.spring.io/spring-boot/reference/web/servlet.html#web.servlet.spring-mvc.error-handling): the "Whitelabel Error Page", or the JSON {"timestamp":…,"status":500,"error":…}. The producer is the site's application.
 */
import type { Detector } from './detector';
import { app } from './framework-app';

/** Detects this producer's own error answers. */
export const spring: Detector = {
  name: 'spring',
  gate: ['whitelabel error page', '"timestamp"'],
  detect(page) {
    const whitelabel = /<h1>Whitelabel Error Page<\/h1>/.test(page.body);
    const json = /^\s*\{\s*"timestamp"\s*:\s*"[^"]{1,60}"\s*,\s*"status"\s*:\s*\d{3}\s*,\s*"error"\s*:/.test(page.body.slice(0, 500));
    return whitelabel || json ? app('spring', page) : null;
  },
};
