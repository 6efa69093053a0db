import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseGuide, type GuideContext, type GuideStep } from '../../../src/core/guide';
import { OWNER_FIX_KEYS } from '../../../src/core/guide-owner-fixes';
import { KINDS, PRODUCERS } from '../../../src/core/types';
import { dx } from './fixtures';

interface Message { message: string; placeholders?: Record<string, { content: string }> }
const LANGS = ['en', 'de', 'fr', 'es'] as const;
const locales = Object.fromEntries(LANGS.map((lang) => [lang, JSON.parse(
  readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
) as Record<string, Message>]));

function stepKeys(step: GuideStep): string[] {
  return [
    step.titleKey, step.bodyKey, step.actionLabelKey, step.riskyAction?.labelKey, step.riskyAction?.warningKey,
    ...(step.items ?? []).flatMap((item) => [item.textKey, ...(item.links ?? []).map((l) => l.labelKey)]),
    ...(step.links ?? []).map((l) => l.labelKey),
  ].filter((key): key is string => key !== undefined);
}

/** Every key the guide can produce: all producers × kinds × statuses × contexts. */
function allGuideKeys(): Set<string> {
  const keys = new Set<string>(OWNER_FIX_KEYS);
  const contexts: GuideContext[] = [
    { autoRetry: true, method: 'GET', isMySiteView: true },
    { autoRetry: false, method: 'GET', hasStatusPage: true, connectivity: 'online' },
    { autoRetry: true, method: 'POST', connectivity: 'offline' },
    { autoRetry: false, method: 'GET', connectivity: 'captive-portal' },
    { autoRetry: true, method: 'GET', siteScopedCache: false },
  ];
  for (const producer of PRODUCERS) {
    for (const kind of KINDS) {
      for (const status of [429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 525, 526]) {
        for (const retryable of [true, false]) {
          for (const ctx of contexts) {
            for (const step of chooseGuide(dx({ producer, kind, status, retryable }), ctx)) stepKeys(step).forEach((k) => keys.add(k));
          }
        }
      }
    }
  }
  return keys;
}

describe('guide and settings strings in every locale', () => {
  it('has every key the guide can produce, in every language', () => {
    const keys = allGuideKeys();
    expect(keys.size).toBeGreaterThan(50);
    for (const lang of LANGS) {
      const missing = [...keys].filter((key) => !locales[lang]?.[key]?.message);
      expect(missing, lang).toEqual([]);
    }
  });

  it('has the same gd_ and set_ keys in every language, with the same placeholders', () => {
    const own = (lang: string): string[] =>
      Object.keys(locales[lang] ?? {}).filter((k) => k.startsWith('gd_') || k.startsWith('set_')).sort();
    const en = own('en');
    for (const lang of LANGS) {
      expect(own(lang), lang).toEqual(en);
      for (const key of en) {
        const message = locales[lang]?.[key];
        const names = (message?.message.match(/\$[A-Z_]+\$/g) ?? []).map((n) => n.slice(1, -1).toLowerCase());
        expect(Object.keys(message?.placeholders ?? {}).sort(), `${lang} ${key}`).toEqual([...new Set(names)].sort());
      }
    }
  });

  it('names the site in the cookie warning', () => {
    for (const lang of LANGS) expect(locales[lang]?.gd_clear_cookies_warning?.message).toContain('$SITE$');
  });
});
