/** The user's own status page per site, for sites Comeback can't find one for by itself. */
import { useState } from 'preact/hooks';
import { canonicalHostname, httpsUrl, type Settings } from '../shared/settings';
import { Button } from '../ui/button';
import { t } from '../ui/i18n';
import type { Save } from './save';

function withStatusPage(s: Settings, host: string, url: string | null): Settings {
  const customStatusPages = { ...s.customStatusPages };
  if (url === null) delete customStatusPages[host];
  else customStatusPages[host] = url;
  return { ...s, customStatusPages };
}

function AddStatusPage({ save }: { save: Save }) {
  const [host, setHost] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState({ host: false, url: false });
  const add = (e: Event): void => {
    e.preventDefault();
    const canonical = canonicalHostname(host);
    const page = httpsUrl(url);
    setErrors({ host: canonical === null, url: page === null });
    if (canonical === null || page === null) return;
    save((s) => withStatusPage(s, canonical, page));
    setHost('');
    setUrl('');
  };
  return (
    <form class="add-row" onSubmit={add} noValidate>
      <div class="field">
        <label for="sp-host">{t('set_hostname_label')}</label>
        <input
          id="sp-host" type="text" value={host} autocomplete="off" spellcheck={false} placeholder={t('op_hostname_example')}
          aria-invalid={errors.host} aria-describedby={errors.host ? 'sp-host-error' : undefined}
          onInput={(e) => setHost(e.currentTarget.value)}
        />
        {errors.host && <p id="sp-host-error" class="error">{t('set_hostname_invalid')}</p>}
      </div>
      <div class="field">
        <label for="sp-url">{t('set_status_url_label')}</label>
        <input
          id="sp-url" type="url" value={url} autocomplete="off" spellcheck={false} placeholder={t('op_status_url_example')}
          aria-invalid={errors.url} aria-describedby={errors.url ? 'sp-url-error' : undefined}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        {errors.url && <p id="sp-url-error" class="error">{t('set_status_url_invalid')}</p>}
      </div>
      <Button kind="primary" type="submit">{t('set_site_add')}</Button>
    </form>
  );
}

export function StatusPagesSection({ settings, save }: { settings: Settings; save: Save }) {
  const hosts = Object.keys(settings.customStatusPages).sort();
  return (
    <fieldset>
      <legend>{t('set_section_status_pages')}</legend>
      <p class="help">{t('set_status_pages_help')}</p>
      {hosts.length === 0 ? <p class="muted">{t('op_status_pages_empty')}</p> : (
        <ul class="host-list">
          {hosts.map((host) => (
            <li key={host}>
              <span class="host">{host}</span>
              <a href={settings.customStatusPages[host]} target="_blank" rel="noreferrer">{settings.customStatusPages[host]}</a>
              <Button onClick={() => save((s) => withStatusPage(s, host, null))} aria-label={t('op_remove_status_page', [host])}>
                {t('set_site_remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <AddStatusPage save={save} />
    </fieldset>
  );
}
