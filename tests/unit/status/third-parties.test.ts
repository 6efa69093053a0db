/**
 * The table of outside services is the one truth the options page, the consent step and the
 * README say: every consent switch has a row, every row's sentence exists in every locale, and
 * the README's privacy section carries each row's English sentence and host verbatim.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/defaults';
import { THIRD_PARTIES } from '../../../src/status/privacy/third-parties';

const read = (path: string): string => readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
type Messages = Record<string, { message: string }>;
const locale = (lang: string): Messages => JSON.parse(read(`public/_locales/${lang}/messages.json`)) as Messages;

describe('THIRD_PARTIES', () => {
  it('has one row per consent switch, with the switch\'s default', () => {
    const { answered: _answered, ...switches } = DEFAULT_SETTINGS.consent;
    expect(THIRD_PARTIES.map((p) => p.consent).sort()).toEqual(Object.keys(switches).sort());
    for (const p of THIRD_PARTIES) expect(p.defaultOn, p.consent).toBe(switches[p.consent]);
  });

  it.each(['en', 'de', 'fr', 'es'])('%s has every row\'s label and sentence', (lang) => {
    const messages = locale(lang);
    for (const p of THIRD_PARTIES) {
      expect(messages[p.labelKey]?.message, p.labelKey).toBeTruthy();
      expect(messages[p.sentKey]?.message, p.sentKey).toBeTruthy();
    }
  });

  it('is what the README privacy section says, sentence for sentence', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Privacy'), readme.indexOf('\n## ', readme.indexOf('## Privacy') + 1))
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\\\|/g, '|');
    const en = locale('en');
    for (const p of THIRD_PARTIES) {
      expect(section).toContain(en[p.sentKey]?.message);
      for (const host of p.hosts.filter((h) => /^[a-z0-9.-]+$/.test(h))) expect(section).toContain(`\`${host}\``);
    }
  });
});
