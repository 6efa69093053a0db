import { describe, expect, it } from 'vitest';
import {
  candidatesForPage, discoveryPageUrl, resolveStatusPage, statusPageCandidates,
} from '../../../src/status/discovery/resolve-status-page';
import { lazyDomainLookup } from '../../../src/status/discovery/domain-lookup';

const noRegistry = (): Promise<Record<string, string>> => Promise.resolve({});

describe('discoveryPageUrl', () => {
  it.each([
    ['www.example-shop.com', 'https://status.example-shop.com/'],
    ['shop.example.co.uk', 'https://status.example.co.uk/'],
    ['my-app.herokuapp.com', 'https://status.my-app.herokuapp.com/'], // private suffix: the site's own space
    ['127.0.0.1', null],
    ['localhost', null],
    ['[::1]', null],
  ])('%s → %s', async (host, expected) => {
    // The domain comes from the Public Suffix List (tldts, loaded lazily as in the popup).
    expect(discoveryPageUrl((await lazyDomainLookup(host)).withPrivate)).toBe(expected);
  });
});

describe('candidatesForPage', () => {
  it('guesses the platforms in order for a plain page', () => {
    expect(candidatesForPage('https://status.example.com', 'registry').map((c) => [c.kind, c.apiUrl])).toEqual([
      ['statuspage', 'https://status.example.com/api/v2/summary.json'],
      ['statuspage', 'https://status.example.com/api/v2/status.json'],
      ['instatus', 'https://status.example.com/summary.json'],
      ['better-stack', 'https://status.example.com/index.json'],
      ['cachet', 'https://status.example.com/api/v1/components'],
    ]);
  });

  it('keeps a page path and drops query and fragment', () => {
    const [first] = candidatesForPage('https://example.com/system-status?x=1#top', 'registry');
    expect(first?.apiUrl).toBe('https://example.com/system-status/api/v2/summary.json');
    expect(first?.pageUrl).toBe('https://example.com/system-status/');
  });

  it('uses an API endpoint as given', () => {
    expect(candidatesForPage('https://status.example.com/api/v2/summary.json', 'custom')).toEqual([{
      apiUrl: 'https://status.example.com/api/v2/summary.json', kind: 'statuspage',
      pageUrl: 'https://status.example.com/', origin: 'custom',
    }]);
    expect(candidatesForPage('https://st.example.com/api/v1/components', 'custom')[0]?.kind).toBe('cachet');
  });

  it('sends Slack to its own API', () => {
    expect(candidatesForPage('https://slack-status.com/', 'registry').map((c) => c.apiUrl))
      .toEqual(['https://slack-status.com/api/v2.0.0/current']);
  });

  it('refuses non-http pages', () => {
    expect(candidatesForPage('javascript:alert(1)', 'custom')).toEqual([]);
    expect(candidatesForPage('not a url', 'custom')).toEqual([]);
  });
});

describe('statusPageCandidates / resolveStatusPage', () => {
  it('orders custom, registry, discovery and removes duplicates', () => {
    const list = statusPageCandidates('https://mystatus.example.net/', 'https://status.example.com/', 'example.com');
    expect(list.map((c) => c.origin)).toEqual([
      'custom', 'custom', 'custom', 'custom', 'custom',
      'registry', 'registry', 'registry', 'registry', 'registry',
    ]);
    // Discovery would guess status.example.com again: already listed by the registry.
    expect(new Set(list.map((c) => c.apiUrl)).size).toBe(list.length);
  });

  it('discovers at status.<registrable domain>, without the status.json guess', async () => {
    const list = await resolveStatusPage('shop.example.com', null, noRegistry);
    expect(list.map((c) => c.apiUrl)).toEqual([
      'https://status.example.com/api/v2/summary.json',
      'https://status.example.com/summary.json',
      'https://status.example.com/index.json',
      'https://status.example.com/api/v1/components',
    ]);
  });

  it('uses the registry for known sites', async () => {
    const list = await resolveStatusPage('api.github.com', null);
    expect(list[0]).toMatchObject({ origin: 'registry', apiUrl: 'https://www.githubstatus.com/api/v2/summary.json' });
  });

  it('skips discovery when the registrable domain is not known (Chrome\'s worker, no popup yet)', async () => {
    const none = async () => ({ icann: null, withPrivate: null });
    expect(await resolveStatusPage('shop.example.com', null, noRegistry, none)).toEqual([]);
  });

  it('has nothing to offer for an IP address', async () => {
    expect(await resolveStatusPage('192.0.2.1', null, noRegistry)).toEqual([]);
  });
});
