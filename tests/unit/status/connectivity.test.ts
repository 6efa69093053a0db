import { describe, expect, it } from 'vitest';
import { classifyProbe, probeUrl, type ProbeOutcome } from '../../../src/status/connectivity/classify';
import { probeConnectivity, sameButScheme } from '../../../src/status/connectivity/probe';

const response = (status: number, body = '', redirected = false): ProbeOutcome => ({ kind: 'response', status, body, redirected });

describe('probeUrl', () => {
  it('uses each browser\'s own probe', () => {
    expect(probeUrl('chrome')).toBe('http://www.gstatic.com/generate_204');
    expect(probeUrl('firefox')).toBe('http://detectportal.firefox.com/success.txt');
  });
});

describe('classifyProbe', () => {
  it.each<[string, 'chrome' | 'firefox', ProbeOutcome, string]>([
    ['chrome 204 empty', 'chrome', response(204), 'online'],
    ['chrome 200 login page', 'chrome', response(200, '<html>Log in to Wi-Fi</html>'), 'captive-portal'],
    ['chrome 204 with a body', 'chrome', response(204, 'x'), 'captive-portal'],
    ['chrome redirect', 'chrome', response(302), 'captive-portal'],
    ['chrome followed redirect', 'chrome', response(200, '<html>', true), 'captive-portal'],
    ['chrome opaque redirect (status 0)', 'chrome', response(0), 'captive-portal'],
    ['chrome proxy 503', 'chrome', response(503, 'proxy error'), 'unknown'],
    ['firefox success', 'firefox', response(200, 'success\n'), 'online'],
    ['firefox portal page', 'firefox', response(200, '<html>portal</html>'), 'captive-portal'],
    ['firefox redirect', 'firefox', response(307), 'captive-portal'],
    ['firefox 204', 'firefox', response(204), 'captive-portal'],
    ['network error', 'chrome', { kind: 'network-error' }, 'offline'],
    ['timeout', 'firefox', { kind: 'timeout' }, 'unknown'],
  ])('%s → %s', (_label, browser, outcome, expected) => {
    expect(classifyProbe(browser, outcome)).toBe(expected);
  });
});

describe('probeConnectivity', () => {
  it('fetches the probe without cookies, following redirects, and classifies it', async () => {
    const seen: { url: string; init?: RequestInit }[] = [];
    const result = await probeConnectivity('chrome', async (url, init) => {
      seen.push({ url, init });
      return new Response(null, { status: 204 });
    });
    expect(result).toBe('online');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe('http://www.gstatic.com/generate_204');
    expect(seen[0]?.init).toMatchObject({ credentials: 'omit', redirect: 'follow', cache: 'no-store' });
  });

  it('an https upgrade of the probe is not a portal; a redirect elsewhere is', async () => {
    const answer = (finalUrl: string, body: string) => async (): Promise<Response> => {
      const r = new Response(body, { status: 200 });
      Object.defineProperty(r, 'redirected', { value: true });
      Object.defineProperty(r, 'url', { value: finalUrl });
      return r;
    };
    expect(await probeConnectivity('firefox', answer('https://detectportal.firefox.com/success.txt', 'success\n'))).toBe('online');
    expect(await probeConnectivity('firefox', answer('http://login.hotel-wifi.example/', '<html>Sign in</html>'))).toBe('captive-portal');
    expect(sameButScheme('https://a.example/x?y', 'http://a.example/x?y')).toBe(true);
    expect(sameButScheme('https://b.example/x', 'http://a.example/x')).toBe(false);
    expect(sameButScheme('not a url', 'http://a.example/x')).toBe(false);
  });

  it('says offline on a network error and unknown on a timeout', async () => {
    expect(await probeConnectivity('firefox', () => Promise.reject(new TypeError('fetch failed')))).toBe('offline');
    const hang = (_url: string, init?: RequestInit): Promise<Response> => new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
    expect(await probeConnectivity('firefox', hang, 20)).toBe('unknown');
  });

  it('sees a portal in a large page', async () => {
    const big = '<html>' + 'x'.repeat(100_000) + '</html>';
    expect(await probeConnectivity('firefox', async () => new Response(big, { status: 200 }))).toBe('captive-portal');
  });
});
