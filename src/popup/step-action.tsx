/** The interactive part of a guide step, by its action (core/guide-types.ts GuideAction). */
import browser from 'webextension-polyfill';
import type { GuideStep } from '../core/guide';
import { Button } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { t } from '../ui/i18n';
import { ActionButton } from './action-button';
import { ArchiveAction } from './archive-action';
import { ClearCacheAction } from './clear-cache-action';
import { ConsentStep } from './consent-step';
import type { GuideEnv } from './guide-env';
import { ReportBox } from './report-box';
import { VerdictBlock } from './verdict-block';

/** Checks in progress, the consent question, or the verdict, under the button that asked. */
function ChecksOutcome({ env }: { env: GuideEnv }) {
  const { checks } = env;
  if (checks.state === 'consent') return <ConsentStep hostname={env.view.hostname} onAnswer={env.onConsent} />;
  return (
    <div role="status">
      {checks.state === 'running' && <p>{t('pp_checking')}</p>}
      {checks.state === 'failed' && <p class="notice notice-error">{t('pp_error_failed')}</p>}
      {checks.state === 'done' && <VerdictBlock result={checks.result} />}
    </div>
  );
}

function ConnectivityOutcome({ env }: { env: GuideEnv }) {
  const { checks } = env;
  const off = checks.state === 'done' && checks.result.connectivity.state === 'off';
  return (
    <div role="status">
      {checks.state === 'running' && <p>{t('pp_checking')}</p>}
      {checks.state === 'failed' && <p class="notice notice-error">{t('pp_error_failed')}</p>}
      {off && <p class="muted">{t('pp_connectivity_off')}</p>}
    </div>
  );
}

export function StepAction({ step, env }: { step: GuideStep; env: GuideEnv }) {
  const label = step.actionLabelKey ?? '';
  const { view } = env;
  switch (step.action) {
    case undefined:
      return null;
    case 'retry-now':
      return <Button kind="primary" onClick={env.onRetryNow}>{t(label)}</Button>;
    case 'open-options':
      return <Button onClick={() => void browser.runtime.openOptionsPage()}>{t(label)}</Button>;
    case 'reload-bypass-cache':
      return <ActionButton action="tab/reload-bypass-cache" tabId={view.tabId} origin={view.origin} labelKey={label} doneKey="pp_done_reloaded" kind="primary" />;
    case 'check-status':
      return (
        <div class="action">
          <Button kind="primary" onClick={env.onCheck} disabled={env.checks.state === 'running'}>{t(label)}</Button>
          <ChecksOutcome env={env} />
        </div>
      );
    case 'check-connectivity':
      // The connection test is on by default and asks no third party: no consent step. Its answer
      // rewrites this step (the guide is chosen again), so only progress is shown here.
      return (
        <div class="action">
          <Button kind="primary" onClick={env.onRunChecks} disabled={env.checks.state === 'running'}>{t(label)}</Button>
          <ConnectivityOutcome env={env} />
        </div>
      );
    case 'clear-site-cache':
    case 'clear-site-cookies':
      return <ClearCacheAction tabId={view.tabId} origin={view.origin} hostname={view.hostname} labelKey={label} risky={step.riskyAction} />;
    case 'open-private':
      return (
        <div class="row">
          <ActionButton action="tab/open-private" tabId={view.tabId} origin={view.origin} labelKey={label} doneKey="pp_done_private" kind="primary" />
          <CopyButton text={view.url} labelKey="pp_copy_address" />
        </div>
      );
    case 'open-archive':
      return <ArchiveAction tabId={view.tabId} origin={view.origin} labelKey={label} />;
    case 'copy-report':
      return <ReportBox view={view} labelKey={label} />;
  }
}
