/**
 * Kong Gateway's own answers (kong/tools/http.lua and kong/runloop/handler.lua in
 * https://github.com/Kong/kong; JSON by default): {"message":"failure to get a peer from the
 * ring-balancer"} (503, no healthy target), "name resolution failed" (503), "An invalid
 * response was received from the upstream server" (502), "The upstream server is timing out"
 * (504), and the rate-limiting plugin's "API rate limit exceeded" (429). Server or Via
 * names kong/x.y; X-Kong-Response-Latency marks an answer Kong made itself.
 */
import type { Kind } from '../types';
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const MESSAGES: ReadonlyArray<readonly [RegExp, Kind]> = [
  [/failure to get a peer from the ring-balancer|no healthy/i, 'backend-unhealthy'],
  [/name resolution failed/i, 'dns-error'],
  [/upstream server is timing out|timed out/i, 'timeout'],
  [/An invalid response was received from the upstream server|connection refused/i, 'connection-failed'],
  [/rate limit exceeded/i, 'rate-limited'],
];

/** Detects this producer's own error answers. */
export const kong: Detector = {
  name: 'kong',
  detect(page) {
    const named = /\bkong\/\d/i.test(`${header(page, 'server')} ${header(page, 'via')}`) || header(page, 'x-kong-response-latency') !== '';
    if (!named) return null;
    const head = page.body.slice(0, 2000);
    for (const [re, kind] of MESSAGES) if (re.test(head)) return { producer: 'kong', kind };
    if (/^\s*\{\s*"message"/.test(head) || head.trim() === '') return { producer: 'kong', kind: kindFromStatus(page.status) };
    return null;
  },
};
