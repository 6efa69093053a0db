/** Per-site rules: never or always auto-retry a site (and its subdomains). */
import { useState } from 'preact/hooks';
import { SITE_RULES, canonicalHostname, withSiteRule, type Settings, type SiteRule } from '../shared/settings';
import { Button } from '../ui/button';
import { t } from '../ui/i18n';
import type { Save } from './save';

function RuleSelect({ id, value, onChange, label }: { id: string; value: SiteRule; onChange: (rule: SiteRule) => void; label?: string }) {
  return (
    <select id={id} value={value} aria-label={label} onChange={(e) => onChange(e.currentTarget.value as SiteRule)}>
      {SITE_RULES.map((rule) => <option key={rule} value={rule}>{t(`set_site_rule_${rule}`)}</option>)}
    </select>
  );
}

function AddRule({ save }: { save: Save }) {
  const [host, setHost] = useState('');
  const [rule, setRule] = useState<SiteRule>('never');
  const [invalid, setInvalid] = useState(false);
  const add = (e: Event): void => {
    e.preventDefault();
    const canonical = canonicalHostname(host);
    setInvalid(canonical === null);
    if (canonical === null) return;
    save((s) => withSiteRule(s, canonical, rule));
    setHost('');
  };
  return (
    <form class="add-row" onSubmit={add} noValidate>
      <div class="field">
        <label for="rule-host">{t('set_hostname_label')}</label>
        <input
          id="rule-host" type="text" value={host} autocomplete="off" spellcheck={false} placeholder={t('op_hostname_example')}
          aria-invalid={invalid} aria-describedby={invalid ? 'rule-host-error' : undefined}
          onInput={(e) => setHost(e.currentTarget.value)}
        />
        {invalid && <p id="rule-host-error" class="error">{t('set_hostname_invalid')}</p>}
      </div>
      <div class="field">
        <label for="rule-kind">{t('set_site_rule_label')}</label>
        <RuleSelect id="rule-kind" value={rule} onChange={setRule} />
      </div>
      <Button kind="primary" type="submit">{t('set_site_add')}</Button>
    </form>
  );
}

export function SiteRulesSection({ settings, save }: { settings: Settings; save: Save }) {
  const hosts = Object.keys(settings.siteRules).sort();
  return (
    <fieldset>
      <legend>{t('set_section_sites')}</legend>
      <p class="help">{t('set_sites_help')}</p>
      {hosts.length === 0 ? <p class="muted">{t('set_sites_empty')}</p> : (
        <ul class="host-list">
          {hosts.map((host) => (
            <li key={host}>
              <span class="host">{host}</span>
              <RuleSelect
                id={`rule-${host}`} value={settings.siteRules[host] ?? 'never'} label={t('op_rule_for', [host])}
                onChange={(rule) => save((s) => withSiteRule(s, host, rule))}
              />
              <Button onClick={() => save((s) => withSiteRule(s, host, null))} aria-label={t('op_remove_rule', [host])}>
                {t('set_site_remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <AddRule save={save} />
    </fieldset>
  );
}
