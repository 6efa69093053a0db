/**
 * A Cloudflare challenge is decided by `cf-mitigated: challenge` or the challenge page itself,
 * never by the `/cdn-cgi/challenge-platform/` path alone, which Cloudflare's JavaScript detection
 * script puts into ordinary pages.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/core/diagnose/index';

const JSD = "<script>(function(){var d=document.createElement('script');d.innerHTML=\"window.__CF$cv$params={r:'8e4f1c2b9a7d3e71',t:'MTc2'};"
  + "var a=document.createElement('script');a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';\";document.head.appendChild(d)})();</script>";
const run = (headers: Record<string, string>, body: string, status = 503) => diagnose({ status, headers, body, now: 0 });

describe('Cloudflare challenges', () => {
  it('an ordinary 503 page carrying the JS-detection script is an outage, retried', () => {
    const d = run({ server: 'cloudflare' }, `<h1>Down for maintenance</h1>${JSD}`);
    expect(d.kind).not.toBe('none');
    expect(d.retryable).toBe(true);
  });

  it('an ordinary 502 nginx page with the script stays nginx, retried', () => {
    const d = run({}, `<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>${JSD}`, 502);
    expect(d).toMatchObject({ producer: 'nginx', kind: 'connection-failed', retryable: true });
  });

  it('cf-mitigated: challenge alone decides it, whatever the body', () => {
    expect(run({ 'cf-mitigated': 'challenge', server: 'cloudflare' }, '<html>anything</html>', 403)).toMatchObject({ kind: 'none' });
    expect(run({ 'cf-mitigated': 'challenge', server: 'cloudflare' }, '<html>anything</html>')).toMatchObject({ producer: 'cloudflare', kind: 'none', retryable: false });
  });

  it("the challenge page's own bootstrap decides it without the header (the overlay's copy of the page)", () => {
    const page = "<title>Just a moment...</title><script>(function(){window._cf_chl_opt={cvId: '3',cType: 'managed'};"
      + "a.src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=1';}());</script>";
    expect(run({ server: 'cloudflare' }, page)).toMatchObject({ producer: 'cloudflare', kind: 'none', retryable: false });
  });

  it('a bare challenge-platform path, without the header or bootstrap, is not a challenge', () => {
    expect(run({ server: 'cloudflare' }, '<p>see /cdn-cgi/challenge-platform/h/b/</p>').kind).not.toBe('none');
  });
});
