/**
 * Turns whatever is in storage into complete, valid Settings. Field by field: a stored value of
 * the wrong type falls back to that field's default, never to the whole object's, and nothing
 * here throws (docs/design.md, "Settings have one schema": stored values of the wrong type fall
 * back to the default).
 */
import {
  DEFAULT_SETTINGS, LANGUAGES, GIVE_UP_AFTER_MINUTES_RANGE, MAX_WAIT_SECONDS_RANGE, SETTINGS_VERSION,
  SITE_RULES, defaultSettings,
  type ConsentSettings, type Language, type Settings, type SiteRule,
} from './defaults';
import { isRecord } from '../../core/is-record';
import { canonicalHostname } from './hostname';

type Normalizers = { [K in keyof Settings]: (value: unknown, fallback: Settings[K]) => Settings[K] };

/** Reads an own property without ever running a getter or proxy trap that could throw. */
export function read(record: Record<string, unknown>, key: string): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  } catch {
    return undefined;
  }
}

function ownKeys(record: Record<string, unknown>): string[] {
  try {
    return Object.keys(record);
  } catch {
    return [];
  }
}

const bool = (value: unknown, fallback: boolean): boolean =>
  typeof value === 'boolean' ? value : fallback;

/** Finite numbers are rounded and clamped; NaN, ±Infinity and non-numbers give the default. */
function clampedInt(range: { min: number; max: number }) {
  return (value: unknown, fallback: number): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
    return Math.min(range.max, Math.max(range.min, Math.round(value)));
  };
}

/** Keeps only entries whose key is a hostname and whose value passes `check`; canonicalises keys. */
function hostMap<V>(check: (value: unknown) => V | null) {
  return (value: unknown, fallback: Record<string, V>): Record<string, V> => {
    if (!isRecord(value)) return { ...fallback };
    const out: Record<string, V> = {};
    for (const key of ownKeys(value)) {
      const host = canonicalHostname(key);
      const checked = check(read(value, key));
      if (host !== null && checked !== null) out[host] = checked;
    }
    return out;
  };
}

const siteRule = (value: unknown): SiteRule | null =>
  (SITE_RULES as readonly unknown[]).includes(value) ? (value as SiteRule) : null;

/** An https URL without credentials, as its serialised `href`; anything else is null. */
export function httpsUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
    return url.href;
  } catch {
    return null;
  }
}

function consent(value: unknown, fallback: ConsentSettings): ConsentSettings {
  const record = isRecord(value) ? value : {};
  return {
    answered: bool(read(record, 'answered'), fallback.answered),
    statusPage: bool(read(record, 'statusPage'), fallback.statusPage),
    connectivity: bool(read(record, 'connectivity'), fallback.connectivity),
    checkHost: bool(read(record, 'checkHost'), fallback.checkHost),
    wayback: bool(read(record, 'wayback'), fallback.wayback),
  };
}

const language = (value: unknown, fallback: Language): Language =>
  (LANGUAGES as readonly unknown[]).includes(value) ? (value as Language) : fallback;

/** One normaliser per field; the mapped type makes a missing one a compile error. */
const NORMALIZERS: Normalizers = {
  // Normalised data is always at the current version; migrations.ts handles older data.
  version: () => SETTINGS_VERSION,
  autoRetry: bool,
  giveUpAfterMinutes: clampedInt(GIVE_UP_AFTER_MINUTES_RANGE),
  maxWaitSeconds: clampedInt(MAX_WAIT_SECONDS_RANGE),
  notifications: bool,
  siteRules: hostMap(siteRule),
  consent,
  customStatusPages: hostMap(httpsUrl),
  language,
};

/** The field names of the schema, in declaration order. */
export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

function normalizeField<K extends keyof Settings>(key: K, record: Record<string, unknown>, out: Settings): void {
  out[key] = NORMALIZERS[key](read(record, key), out[key]);
}

/**
 * Complete, valid Settings from any stored value (current-version shape). Never throws.
 * Unknown fields are dropped; wrong-typed fields take their default.
 */
export function normalizeSettings(stored: unknown): Settings {
  const out = defaultSettings();
  const record = isRecord(stored) ? stored : {};
  for (const key of SETTINGS_KEYS) normalizeField(key, record, out);
  return out;
}
