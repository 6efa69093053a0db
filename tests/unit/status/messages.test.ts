/**
 * Every key the verdict can name exists in every locale, with the same placeholders, and
 * verdictLine puts a verdict into one line.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ST_MESSAGE_KEYS, type StatusMessageKey } from '../../../src/status/verdict/message-keys';
import { decideVerdict } from '../../../src/status/verdict/verdict';
import { verdictLine } from '../../../src/status/verdict/verdict-line';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(
  fileURLToPath(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url)), 'utf8')) as Messages;
const LANGS = ['en', 'de', 'fr', 'es'];

/** A minimal chrome.i18n.getMessage: named placeholders → $n → substitutions. */
function translate(messages: Messages) {
  return (key: StatusMessageKey, subs: string[]): string => {
    const entry = messages[key];
    if (!entry) return '';
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_m, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_n, i: string) => subs[Number(i) - 1] ?? '');
    });
  };
}

describe('st_ messages', () => {
  for (const lang of LANGS) {
    it(`${lang} has every key with its placeholders`, () => {
      const messages = load(lang);
      const en = load('en');
      for (const key of ST_MESSAGE_KEYS) {
        const entry = messages[key];
        expect(entry?.message, `${lang}:${key}`).toBeTruthy();
        const used = [...(entry?.message.matchAll(/\$([A-Za-z0-9_]+)\$/g) ?? [])].map((m) => m[1]?.toLowerCase()).sort();
        expect(used, `${lang}:${key}`).toEqual(Object.keys(en[key]?.placeholders ?? {}).sort());
        expect(entry?.placeholders ?? {}, `${lang}:${key}`).toEqual(en[key]?.placeholders ?? {});
      }
    });
  }

  it('keeps translations distinct from English where words differ', () => {
    const en = load('en');
    for (const lang of ['de', 'fr', 'es']) {
      expect(load(lang)['st_verdict_everyone']?.message).not.toBe(en['st_verdict_everyone']?.message);
    }
  });
});

describe('verdictLine', () => {
  const verdict = decideVerdict({
    statusPage: {
      source: 'statuspage', state: 'major-outage', description: null, pageName: null, pageUrl: 'https://s/',
      incidents: [], maintenances: [], affectedComponents: [],
    },
    checkHost: { total: 4, ok: 0, failing: 4, inconclusive: 0, pending: 0 }, connectivity: 'online', diagnosis: null,
  });

  it('reads as one English line', () => {
    expect(verdictLine(verdict, translate(load('en'))))
      .toBe("Down for everyone: the status page reports a major outage; 4 of 4 test locations can't reach it either");
  });

  it('uses French punctuation', () => {
    expect(verdictLine(verdict, translate(load('fr')), 1)).toBe('En panne pour tout le monde : la page d’état signale une panne majeure');
  });

  it('keeps incident text literal', () => {
    const v = decideVerdict({
      statusPage: {
        source: 'statuspage', state: 'degraded', description: null, pageName: null, pageUrl: 'https://s/',
        incidents: [{ name: '<img src=x onerror=alert(1)>', impact: 'minor', stage: '', latestUpdate: null, updatedAt: null, url: null }],
        maintenances: [], affectedComponents: [],
      },
      checkHost: null, connectivity: null, diagnosis: null,
    });
    expect(verdictLine(v, translate(load('en')))).toBe('Not known yet: the status page reports degraded service; current incident: “<img src=x onerror=alert(1)>”');
  });
});
