/**
 * The keyboard shortcuts (manifest `commands`) as the browser has them now, and a way to the
 * browser's own page for changing them. A link cannot do it: extension pages may not navigate
 * to chrome:// or about: addresses. Chrome (and Edge, which redirects chrome:// to edge://)
 * lets tabs.create open chrome://extensions/shortcuts; Firefox has
 * commands.openShortcutSettings() (Firefox 137+,
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/commands/openShortcutSettings).
 * If either is refused, the page shows where to go instead.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { Button } from '../ui/button';
import { t } from '../ui/i18n';

interface Shortcut { name: string; shortcut: string }

const LABELS: Record<string, string> = { _execute_action: 'op_shortcut_popup', 'retry-now': 'op_shortcut_retry' };
const CHROME_SHORTCUTS = 'chrome://extensions/shortcuts';

interface CommandsWithSettings { openShortcutSettings?: () => Promise<void> }

async function openShortcutSettings(): Promise<void> {
  if (__TARGET__ === 'firefox') {
    const commands = browser.commands as unknown as CommandsWithSettings;
    if (typeof commands.openShortcutSettings !== 'function') throw new Error('commands.openShortcutSettings is missing');
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: CHROME_SHORTCUTS });
}

export function ShortcutsSection() {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    // Not every browser has the commands API (Firefox for Android does not).
    if (typeof browser.commands?.getAll !== 'function') { setShortcuts([]); return; }
    // A throw (an API stub, a browser without it) becomes a rejection: the list is then empty.
    Promise.resolve().then(() => browser.commands.getAll()).then(
      (all) => setShortcuts(all.map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '' })).filter((c) => c.name in LABELS)),
      () => setShortcuts([]),
    );
  }, []);
  const where = __TARGET__ === 'firefox' ? t('op_shortcuts_where_firefox') : t('op_shortcuts_where_chrome', [CHROME_SHORTCUTS]);
  return (
    <fieldset>
      <legend>{t('set_section_shortcuts')}</legend>
      <dl class="shortcuts" data-testid="shortcuts">
        {(shortcuts ?? []).map(({ name, shortcut }) => (
          <div key={name}>
            <dt>{t(LABELS[name] ?? name)}</dt>
            <dd data-testid={`shortcut-${name}`}>{shortcut === '' ? t('op_shortcut_none') : <kbd>{shortcut}</kbd>}</dd>
          </div>
        ))}
      </dl>
      <p class="help" id="shortcuts-where">{where}</p>
      <Button
        aria-describedby="shortcuts-where" data-testid="open-shortcuts"
        onClick={() => { openShortcutSettings().catch(() => setRefused(true)); }}
      >
        {t('op_shortcuts_change')}
      </Button>
      {refused && <p role="alert" class="help">{t('op_shortcuts_refused')}</p>}
    </fieldset>
  );
}
