/**
 * The popup. First paint is the header and a skeleton, drawn before any message is answered;
 * the tab's state, the settings and (if the user chose one) the language arrive after.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../shared/messages';
import { defaultSettings, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import type { TabView } from '../shared/view';
import { VIEW_CHANNEL, isViewBroadcast } from '../shared/view-channel';
import { HostAccessNotice } from '../ui/host-access-notice';
import { Button } from '../ui/button';
import { applyLanguage, t } from '../ui/i18n';
import { Skeleton } from '../ui/skeleton';
import { ErrorView } from './error-view';
import { HealthyView } from './healthy-view';
import { resolveTabId } from './tab-id';

interface Loaded {
  tabId: number | null;
  view: TabView | null;
}

const fetchView = (tabId: number): Promise<TabView | null> => send('tab/view', { tabId }).catch(() => null);

async function readSettings(): Promise<Settings> {
  try {
    const settings = await loadSettings();
    await applyLanguage(settings.language);
    return settings;
  } catch {
    return defaultSettings();
  }
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [, setLanguageTick] = useState(0);

  useEffect(() => {
    const settingsReady = readSettings().then(setSettings);
    void (async () => {
      const tabId = await resolveTabId().catch(() => null);
      const view = tabId === null ? null : await fetchView(tabId);
      await settingsReady;
      setLoaded({ tabId, view });
      performance.mark('comeback-popup-filled');
    })();
    return onSettingsChanged((next) => {
      void applyLanguage(next.language).then((changed) => {
        setSettings(next);
        if (changed) setLanguageTick((n) => n + 1);
      });
    });
  }, []);

  const tabId = loaded?.tabId ?? null;
  const showsError = loaded?.view != null;
  useEffect(() => {
    // The background pushes every change of the tab's state (background/broadcast.ts): no polling.
    if (tabId === null || !showsError || typeof BroadcastChannel === 'undefined') return undefined;
    const channel = new BroadcastChannel(VIEW_CHANNEL);
    channel.onmessage = (e: MessageEvent<unknown>) => {
      if (isViewBroadcast(e.data) && e.data.tabId === tabId) setLoaded({ tabId, view: e.data.view });
    };
    return () => channel.close();
  }, [tabId, showsError]);

  return (
    <>
      <header class="top">
        <span class="brand">{t('extName')}</span>
        <Button kind="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('pp_open_settings')}</Button>
      </header>
      <main>
        <HostAccessNotice />
        {loaded === null || settings === null ? (
          <Skeleton lines={6} />
        ) : loaded.view === null ? (
          <HealthyView />
        ) : (
          <ErrorView view={loaded.view} settings={settings} onView={(view) => setLoaded({ tabId, view })} />
        )}
      </main>
    </>
  );
}
