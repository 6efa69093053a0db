/**
 * Azure App Service's front end (Microsoft Learn, "Troubleshoot HTTP 502 and 503 errors in Azure
 * App Service"): the Linux page ":( Application Error — If you are the application administrator,
 * you can access the diagnostic resources" linking <app>.scm.azurewebsites.net/detectors, when
 * the container did not start or answer; the site's own code is behind it.
 */
import type { Detector } from './detector';
import { kindFromStatus } from './status-kind';

const PAGE = /scm\.azurewebsites\.net\/detectors|:\( Application Error/;

/** Detects App Service's "Application Error" page. */
export const azureAppService: Detector = {
  name: 'azure-app-service',
  gate: ['scm.azurewebsites.net/detectors', ':( application error'],
  detect(page) {
    if (!PAGE.test(page.body)) return null;
    return { producer: 'azure-app-service', kind: page.status === 503 ? 'backend-unhealthy' : kindFromStatus(page.status) };
  },
};
