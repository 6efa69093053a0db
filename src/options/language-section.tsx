/**
 * The UI language. browser.i18n always follows the browser's language, so a choice here is
 * applied by loading that locale's messages in the extension's own pages (src/ui/i18n.ts); the
 * extension's name in menus and the toolbar still follows the browser.
 */
import { LANGUAGES, type Language, type Settings } from '../shared/settings';
import { t } from '../ui/i18n';
import type { Save } from './save';

export function LanguageSection({ settings, save }: { settings: Settings; save: Save }) {
  return (
    <fieldset>
      <legend>{t('set_section_language')}</legend>
      <div class="field">
        <label for="language">{t('set_language_label')}</label>
        <select
          id="language" value={settings.language} aria-describedby="language-help"
          onChange={(e) => {
            const language = e.currentTarget.value as Language; // read now: currentTarget is null once the event is over
            save((s) => ({ ...s, language }));
          }}
        >
          {LANGUAGES.map((lang) => <option key={lang} value={lang}>{t(`set_language_${lang}`)}</option>)}
        </select>
        <p id="language-help" class="help">{t('op_language_help')}</p>
      </div>
    </fieldset>
  );
}
