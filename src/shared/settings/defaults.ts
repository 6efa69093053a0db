/**
 * The settings schema's defaults. The `Settings` type is derived from this one object, so a
 * field exists in exactly one place (docs/design.md, "Settings have one schema").
 * Pure: no browser APIs; the store in ../settings-store.ts does the I/O.
 */

/** The schema version written by this build. Bump it and add a step to migrations.ts together. */
export const SETTINGS_VERSION = 4;

/** The languages the UI ships in (folder names under public/_locales); `auto` follows the browser (`browser.i18n`). */
export const LANGUAGES = ['auto', 'en', 'de', 'fr', 'es', 'it', 'pt_BR', 'ja', 'zh_CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A per-site rule: `never` auto-retry this site, or `always` do, whatever the global switch says. */
export const SITE_RULES = ['never', 'always'] as const;
export type SiteRule = (typeof SITE_RULES)[number];

/**
 * Bounds for how long Comeback keeps trying, in minutes; out-of-range stored values are clamped.
 * At least 10 minutes (shorter would give up inside an ordinary deploy), at most a day.
 */
export const GIVE_UP_AFTER_MINUTES_RANGE = { min: 10, max: 1440 } as const;
/**
 * Bounds for the longest wait. The floor is 30 s because Chrome alarms fire no sooner than that
 * (docs/reference.md §2); the ceiling of a day keeps a forgotten tab from being probed for ever.
 */
export const MAX_WAIT_SECONDS_RANGE = { min: 30, max: 86_400 } as const;

/**
 * Every setting with its default. Widened (not `as const`) so the derived type says `boolean`,
 * `number`, not the literal defaults.
 */
export const DEFAULT_SETTINGS = {
  /** Schema version of the stored data. */
  version: SETTINGS_VERSION,
  /** Reload error pages by themselves once the site answers again. */
  autoRetry: true,
  /**
   * Stop retrying after the site has failed for this long, in minutes: a span of time, not a count
   * of attempts, because the pacing spaces attempts by the time waited (core/engine/pacing.ts).
   * Two hours outlasts most incidents (docs/fleet.md: nobody gives up on a 30-min outage).
   */
  giveUpAfterMinutes: 120,
  /**
   * Longest single wait between two tries, in seconds. A longer Retry-After is cut to this and
   * the user is told what the server asked, so a long wait is never a silent one; 300 s matches
   * Chromium's 5-minute step.
   */
  maxWaitSeconds: 300,
  /** Tell the user when a page came back. */
  notifications: true,
  /** Hostname → rule; a rule also covers the hostname's subdomains (see site-rule.ts). */
  siteRules: {} as Record<string, SiteRule>,
  /**
   * Third-party checks, each asked only with consent (docs/design.md, "Privacy by default"). Only
   * the site's own status page and the connectivity probe are on by default; the others need the
   * user's yes. `answered` is false until the one-time consent step has been shown and answered.
   */
  consent: {
    answered: false,
    statusPage: true,
    connectivity: true,
    checkHost: false,
    wayback: false,
  },
  /** Hostname → the https status page the user chose for it. */
  customStatusPages: {} as Record<string, string>,
  /** UI language. */
  language: 'auto' as Language,
};

/** The settings as the rest of the extension sees them: always complete and valid. */
export type Settings = typeof DEFAULT_SETTINGS;
/** The consent flags for the third-party checks. */
export type ConsentSettings = Settings['consent'];
/** The names of the stored settings fields. */
export type SettingsKey = keyof Settings;

/** A fresh, deep copy of the defaults, safe to mutate. */
export function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    siteRules: {},
    consent: { ...DEFAULT_SETTINGS.consent },
    customStatusPages: {},
  };
}
