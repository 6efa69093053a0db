/**
 * The options page. Every change goes through updateSettings (schema validation, only changed
 * keys written to storage.sync) and the page re-reads what was stored, so it shows the clamped
 * value, not what was typed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store';
import { HostAccessNotice } from '../ui/host-access-notice';
import { applyLanguage, t } from '../ui/i18n';
import { Skeleton } from '../ui/skeleton';
import { ChecksSection } from './checks-section';
import { LanguageSection } from './language-section';
import { RetrySection } from './retry-section';
import { ShortcutsSection } from './shortcuts-section';
import type { Save } from './save';
import { SiteRulesSection } from './site-rules-section';
import { StatusPagesSection } from './status-pages-section';
import { StorageNote } from './storage-note';

type SaveState = 'idle' | 'saved' | 'failed';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const show = async (next: Settings): Promise<void> => {
    await applyLanguage(next.language);
    document.title = t('set_title');
    setSettings(next);
  };
  useEffect(() => {
    void loadSettings().then(show);
    // Another window (or the popup's consent step) may change settings while this page is open.
    return onSettingsChanged((next) => void show(next));
  }, []);

  const save: Save = (change) => {
    updateSettings(change).then(
      (next) => { setSaveState('saved'); return show(next); },
      (error: unknown) => { console.error('Comeback: saving settings failed', error); setSaveState('failed'); },
    );
  };

  return (
    <main>
      <h1>{t('set_title')}</h1>
      <HostAccessNotice />
      {settings === null ? <Skeleton lines={8} /> : (
        <>
          <RetrySection settings={settings} save={save} />
          <SiteRulesSection settings={settings} save={save} />
          <ChecksSection settings={settings} save={save} />
          <StatusPagesSection settings={settings} save={save} />
          <StorageNote settings={settings} />
          <LanguageSection settings={settings} save={save} />
          <ShortcutsSection />
        </>
      )}
      <p role="status" class={`save-state ${saveState === 'failed' ? 'error' : 'notice-ok'}`}>
        {saveState === 'saved' ? t('set_saved') : saveState === 'failed' ? t('op_save_failed') : ''}
      </p>
      <p class="help"><a href="/PRIVACY.txt" target="_blank" rel="noopener" data-testid="privacy-policy">{t('op_privacy_policy')}</a></p>
    </main>
  );
}
