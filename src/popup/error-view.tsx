/**
 * The popup on an error page: what happened, the retry state, the guide (with the status
 * verdict inline) and, folded away, the site owner's fixes.
 */
import { useEffect, useState } from 'preact/hooks';
import { chooseGuide } from '../core/guide';
import { SITE_SCOPED_CACHE } from '../shared/capabilities';
import { send } from '../shared/messages';
import { autoRetryFor, customStatusPageFor, siteRuleFor, type Settings } from '../shared/settings';
import { updateSettings } from '../shared/settings-store';
import type { TabView } from '../shared/view';
import { t } from '../ui/i18n';
import { runAction } from './actions';
import { connectivityOf, statusPageUrl, type ChecksState } from './checks-state';
import { requestDataCollection } from './data-collection';
import { DiagnosisCard } from './diagnosis-card';
import { lazyDomainLookup } from '../status/discovery/domain-lookup';
import type { GuideEnv } from './guide-env';
import { GuideList } from './guide-list';
import { MySite } from './my-site';
import { RetryCard } from './retry-card';

interface ErrorViewProps {
  view: TabView;
  settings: Settings;
  onView: (view: TabView | null) => void;
}

export function ErrorView({ view, settings, onView }: ErrorViewProps) {
  const [checks, setChecks] = useState<ChecksState>({ state: 'idle' });
  const tabId = view.tabId;
  const runChecks = (): void => {
    setChecks({ state: 'running' });
    // The popup loads the Public Suffix List as a lazy chunk and hands the domains over: Chrome's
    // service worker cannot load it (crbug.com/1198822; see src/status/domain-lookup.ts).
    lazyDomainLookup(view.hostname).catch(() => undefined).then((domains) => send('checks/run', { tabId, domains })).then(
      (result) => setChecks(result ? { state: 'done', result } : { state: 'failed' }),
      () => setChecks({ state: 'failed' }),
    );
  };
  // Only the sources allowed now run (by default the site's status page and the connection test).
  useEffect(runChecks, [tabId]);

  const onConsent = (allow: boolean): void => {
    // The permission prompt must start inside the click, before anything is awaited.
    const granted = allow ? requestDataCollection() : Promise.resolve(false);
    void granted.then(async (ok) => {
      const thirdParty = allow && ok;
      await updateSettings((s) => ({ ...s, consent: { ...s.consent, answered: true, checkHost: thirdParty, wayback: thirdParty } }));
      runChecks();
    });
  };
  const found = statusPageUrl(checks) ?? customStatusPageFor(settings, view.hostname);
  const env: GuideEnv = {
    view, checks, statusPageUrl: found, onConsent, onRunChecks: runChecks,
    onCheck: () => (settings.consent.answered ? runChecks() : setChecks({ state: 'consent' })),
    onRetryNow: () => void send('retry/now', { tabId }).then(onView, () => undefined),
  };
  const steps = chooseGuide(view.diagnosis, {
    autoRetry: autoRetryFor(settings, view.hostname), method: view.method, isMySiteView: true,
    hasStatusPage: found !== null, connectivity: connectivityOf(checks), siteScopedCache: SITE_SCOPED_CACHE,
  });
  const mySite = steps.find((step) => step.id === 'my-site');
  const never = async (): Promise<void> => {
    await runAction('site/never-retry', tabId, view.origin);
    onView(await send('tab/view', { tabId }).catch(() => view));
  };
  return (
    <>
      <h1>{t('pp_heading_error', [view.hostname, String(view.status)])}</h1>
      <DiagnosisCard view={view} />
      <RetryCard
        view={view} maxWaitSeconds={settings.maxWaitSeconds} neverRule={siteRuleFor(settings, view.hostname) === 'never'}
        onRetryNow={env.onRetryNow} onNever={() => void never()}
        onStop={() => void send('retry/stop', { tabId }).then(onView, () => undefined)}
      />
      <GuideList steps={steps.filter((step) => step.id !== 'my-site')} env={env} />
      {mySite && <MySite step={mySite} view={view} statusPageUrl={found} />}
    </>
  );
}
