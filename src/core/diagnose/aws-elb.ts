/**
 * AWS Elastic Load Balancing (ALB/CLB): `Server: awselb/2.0` with nginx's template minus the
 * `<hr><center>` footer, or an empty body. An ALB answers 503 when its target group has no
 * registered targets, 502 when a target refuses or resets, 504 when it times out (AWS docs,
 * "Troubleshoot your Application Load Balancers").
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const NGINX_STYLE = /<center>\s*<h1>\d{3} [^<]*<\/h1>\s*<\/center>/i;

/** Detects AWS load balancers' own replies. */
export const awsElb: Detector = {
  name: 'aws-elb',
  detect(page) {
    if (!/^awselb/i.test(header(page, 'server'))) return null;
    const own = page.body.trim() === '' || (NGINX_STYLE.test(page.body) && !/<hr>/i.test(page.body));
    if (!own) return null;
    return { producer: 'aws-elb', kind: page.status === 503 ? 'backend-unhealthy' : kindFromStatus(page.status) };
  },
};
