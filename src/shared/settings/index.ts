/**
 * The settings schema: defaults, derived types, validation, migrations and site rules.
 * Pure; the browser-side store is ../settings-store.ts.
 */
export * from './defaults';
export { canonicalHostname, isHostname, hostnameAndParents } from './hostname';
export { normalizeSettings, httpsUrl, SETTINGS_KEYS } from './normalize';
export { MIGRATIONS, LEGACY_KEYS, migrateSettings, storedVersion, type Migration, type MigrationResult, type RawSettings } from './migrations';
export { siteRuleFor, autoRetryFor, customStatusPageFor, withSiteRule, lookupHostMap } from './site-rule';
export { changedKeys } from './diff';
