/**
 * ASP.NET's error pages: "Server Error in '/' Application." (System.Web), and ASP.NET Core's developer page "An unhandled exception occurred while processing the request." (https://learn.microsoft.com/aspnet/core/fundamentals/error-handling). The producer is the site's application.
 */
import type { Detector } from './detector';
import { app } from './framework-app';

/** Detects this producer's own error answers. */
export const aspnet: Detector = {
  name: 'aspnet',
  gate: ['server error in ', 'an unhandled exception occurred'],
  detect(page) {
    const own = /Server Error in '[^']{0,200}' Application\./.test(page.text)
      || /An unhandled exception occurred while processing the request\./.test(page.text);
    return own ? app('aspnet', page) : null;
  },
};
