/**
 * Azure Application Gateway's own answers (Microsoft Learn, "Troubleshoot bad gateway errors in
 * Application Gateway"): nginx's template with the footer
 * `<center>Microsoft-Azure-Application-Gateway/v2</center>` and the same Server header; a 502
 * means the backend pool has no healthy member or refused, a 504 a backend timeout.
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const NAME = /Microsoft-Azure-Application-Gateway/i;

/** Detects Application Gateway's pages (before nginx, whose template it uses). */
export const azureAppGateway: Detector = {
  name: 'azure-app-gateway',
  detect(page) {
    const own = NAME.test(page.body.slice(0, 4000)) || (NAME.test(header(page, 'server')) && page.body.length < 4000);
    if (!own) return null;
    return { producer: 'azure-app-gateway', kind: kindFromStatus(page.status) };
  },
};
