/**
 * Per-site rules: which rule applies to a hostname, and whether to auto-retry there.
 * A rule set for `example.com` also covers `www.example.com`; the most specific rule wins.
 */
import type { Settings, SiteRule } from './defaults';
import { canonicalHostname, hostnameAndParents } from './hostname';

/** Own-property lookup, so hostnames like `constructor` never hit Object.prototype. */
function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** The most specific entry of a hostname map matching `hostname` or one of its parents. */
export function lookupHostMap<V>(map: Readonly<Record<string, V>>, hostname: string): V | undefined {
  const host = canonicalHostname(hostname);
  if (host === null) return undefined;
  for (const candidate of hostnameAndParents(host)) {
    const value = own(map, candidate);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The rule for `hostname` (or its closest parent domain that has one), or null. */
export function siteRuleFor(settings: Pick<Settings, 'siteRules'>, hostname: string): SiteRule | null {
  return lookupHostMap(settings.siteRules, hostname) ?? null;
}

/** Whether Comeback should retry this site by itself: a site rule beats the global switch. */
export function autoRetryFor(settings: Pick<Settings, 'siteRules' | 'autoRetry'>, hostname: string): boolean {
  const rule = siteRuleFor(settings, hostname);
  return rule === null ? settings.autoRetry : rule === 'always';
}

/** The user's custom status page for `hostname` (or a parent domain), or null. */
export function customStatusPageFor(settings: Pick<Settings, 'customStatusPages'>, hostname: string): string | null {
  return lookupHostMap(settings.customStatusPages, hostname) ?? null;
}

/**
 * Settings with the rule for `hostname` set (or removed with `null`). Pure: returns a copy.
 * An invalid hostname leaves the settings unchanged.
 */
export function withSiteRule(settings: Settings, hostname: string, rule: SiteRule | null): Settings {
  const host = canonicalHostname(hostname);
  if (host === null) return settings;
  const siteRules = { ...settings.siteRules };
  if (rule === null) delete siteRules[host];
  else siteRules[host] = rule;
  return { ...settings, siteRules };
}
