import { describe, expect, it } from 'vitest';
import {
  autoRetryFor, customStatusPageFor, defaultSettings, siteRuleFor, withSiteRule,
} from '../../../src/shared/settings';

const settings = {
  ...defaultSettings(),
  siteRules: { 'example.com': 'never', 'shop.example.com': 'always', constructor: 'never' } as const,
  customStatusPages: { 'example.org': 'https://status.example.org/' },
};

describe('siteRuleFor', () => {
  it('matches the hostname itself', () => {
    expect(siteRuleFor(settings, 'example.com')).toBe('never');
  });

  it('matches a parent domain, the most specific rule winning', () => {
    expect(siteRuleFor(settings, 'www.example.com')).toBe('never');
    expect(siteRuleFor(settings, 'cart.shop.example.com')).toBe('always');
  });

  it('does not match look-alikes or unrelated hosts', () => {
    expect(siteRuleFor(settings, 'notexample.com')).toBeNull();
    expect(siteRuleFor(settings, 'example.com.evil.net')).toBeNull();
    expect(siteRuleFor(settings, 'toString')).toBeNull();
    expect(siteRuleFor(settings, 'not a host')).toBeNull();
  });

  it('canonicalises the hostname it is given', () => {
    expect(siteRuleFor(settings, 'WWW.Example.com.')).toBe('never');
    expect(siteRuleFor(settings, 'constructor')).toBe('never');
  });
});

describe('autoRetryFor', () => {
  it('lets a site rule beat the global switch', () => {
    expect(autoRetryFor(settings, 'example.com')).toBe(false);
    expect(autoRetryFor({ ...settings, autoRetry: false }, 'shop.example.com')).toBe(true);
    expect(autoRetryFor(settings, 'other.net')).toBe(true);
    expect(autoRetryFor({ ...settings, autoRetry: false }, 'other.net')).toBe(false);
  });
});

describe('customStatusPageFor', () => {
  it('finds the page for a host or its parent', () => {
    expect(customStatusPageFor(settings, 'www.example.org')).toBe('https://status.example.org/');
    expect(customStatusPageFor(settings, 'example.net')).toBeNull();
  });
});

describe('withSiteRule', () => {
  it('adds, replaces and removes a rule without mutating the input', () => {
    const base = defaultSettings();
    const added = withSiteRule(base, 'News.Example.com', 'never');
    expect(added.siteRules).toEqual({ 'news.example.com': 'never' });
    expect(base.siteRules).toEqual({});
    expect(withSiteRule(added, 'news.example.com', 'always').siteRules).toEqual({ 'news.example.com': 'always' });
    expect(withSiteRule(added, 'news.example.com', null).siteRules).toEqual({});
  });

  it('ignores an invalid hostname', () => {
    const base = defaultSettings();
    expect(withSiteRule(base, 'http://x.com/', 'never')).toBe(base);
  });
});
