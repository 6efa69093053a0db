/**
 * `t(key, subs)` for the extension's pages. By default it is browser.i18n.getMessage, which
 * follows the browser's language and cannot be switched at run time. When the user picks a
 * language in the options, `applyLanguage` loads that locale's messages.json from the package
 * (runtime.getURL, no network) and `t` reads from it, falling back to browser.i18n per key.
 */
import browser from 'webextension-polyfill';
import type { Language } from '../shared/settings';
import { formatMessage, type LocaleMessages } from './format-message';

let chosen: LocaleMessages | null = null;
let chosenLang: string | null = null;

/** The message for `key` with `$1`… filled in; the key itself if no locale has it (visible, never blank). */
export function t(key: string, subs: string | string[] = []): string {
  const list = typeof subs === 'string' ? [subs] : subs;
  const own = chosen?.[key];
  if (own) return formatMessage(own, list);
  const message = browser.i18n.getMessage(key, list);
  return message === '' ? key : message;
}

/** The BCP 47 language the UI speaks now, for `lang` attributes and Intl formatting. */
export function uiLanguage(): string {
  // Locale folders are named pt_BR, zh_CN; BCP 47 (lang attributes, Intl) wants pt-BR, zh-CN.
  return (chosenLang ?? browser.i18n.getUILanguage()).replace(/_/g, '-');
}

/**
 * Switches `t` to `lang` (or back to the browser's language for `auto`). Resolves to true when
 * the strings changed, so the caller re-renders. A locale that fails to load leaves `t` as it was.
 */
export async function applyLanguage(lang: Language): Promise<boolean> {
  if (lang === 'auto') {
    const changed = chosen !== null;
    chosen = null;
    chosenLang = null;
    setDocumentLanguage();
    return changed;
  }
  if (chosenLang === lang) return false;
  try {
    const response = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
    chosen = (await response.json()) as LocaleMessages;
    chosenLang = lang;
  } catch (error) {
    console.error('Comeback: loading locale failed', lang, error);
    return false;
  }
  setDocumentLanguage();
  return true;
}

/** Screen readers pick their voice from `<html lang>`. */
export function setDocumentLanguage(): void {
  document.documentElement.lang = uiLanguage();
}
