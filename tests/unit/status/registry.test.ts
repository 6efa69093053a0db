import { describe, expect, it } from 'vitest';
import { findKnownStatusPage, loadKnownSites } from '../../../src/status/discovery/known-sites';
import { loadKnownSitesStatic } from '../../../src/status/discovery/known-sites-static';
import { REGISTRY_ADDITIONS } from '../../../src/status/discovery/registry-additions';
import { lookupStatusPage } from '../../../src/status/discovery/registry-lookup';

const MAP = {
  'sentry.io': 'https://status.sentry.io/',
  '*.sentry.io': 'https://status.sentry.io/',
  '*.apple.com': 'https://developer.apple.com/system-status/',
};

describe('lookupStatusPage', () => {
  it.each([
    ['sentry.io', 'https://status.sentry.io/'],
    ['SENTRY.IO.', 'https://status.sentry.io/'],
    ['eu.sentry.io', 'https://status.sentry.io/'],
    ['a.b.sentry.io', 'https://status.sentry.io/'],
    ['developer.apple.com', 'https://developer.apple.com/system-status/'],
    ['apple.com', null], // a wildcard never matches its bare parent
    ['notsentry.io', null],
    ['sentry.io.evil.com', null],
    ['', null],
    ['constructor', null],
  ])('%s → %s', (host, expected) => {
    expect(lookupStatusPage(host, MAP)).toBe(expected);
  });

  it('lets earlier maps win', () => {
    expect(lookupStatusPage('x.sentry.io', { '*.sentry.io': 'https://mine/' }, MAP)).toBe('https://mine/');
  });
});

describe('known-sites registry', () => {
  it('loads the package lazily and shares the load', async () => {
    const [a, b] = await Promise.all([loadKnownSites(), loadKnownSites()]);
    expect(a).toBe(b);
    expect(lookupStatusPage('github.com', a)).toBe('https://www.githubstatus.com');
    expect(lookupStatusPage('api.github.com', a)).toBe('https://www.githubstatus.com');
  });

  it('has a static loader with the same map', async () => {
    expect(await loadKnownSitesStatic()).toBe(await loadKnownSites());
  });

  it('puts our additions first, then the package', async () => {
    expect(await findKnownStatusPage('my-app.herokuapp.com')).toBe('https://status.heroku.com/');
    expect(await findKnownStatusPage('en.wikipedia.org')).toBe('https://www.wikimediastatus.net/');
    expect(await findKnownStatusPage('app.slack.com')).toBe('https://slack-status.com/');
    expect(await findKnownStatusPage('unknown-site.example')).toBeNull();
  });

  it('survives a loader that fails', async () => {
    expect(await findKnownStatusPage('github.com', () => Promise.reject(new Error('chunk missing')))).toBeNull();
  });

  it('keeps every addition an https URL on a *. or bare domain key', () => {
    for (const [key, url] of Object.entries(REGISTRY_ADDITIONS)) {
      expect(key).toMatch(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(new URL(url).protocol).toBe('https:');
    }
  });
});
