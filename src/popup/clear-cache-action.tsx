/**
 * Guide step 4: clear this site's cached files with one click; cookies and site storage only
 * after a second, explicit choice that warns the user will be signed out (docs/design.md,
 * "Never lose user data").
 */
import { useState } from 'preact/hooks';
import type { GuideRiskyAction } from '../core/guide';
import { SITE_SCOPED_CACHE } from '../shared/capabilities';
import { Button } from '../ui/button';
import { t } from '../ui/i18n';
import { ActionButton } from './action-button';
import { cookieScopeText, useCookieScope } from './cookie-scope-line';
import type { OptionalPermission } from '../shared/optional-permissions';

/**
 * Asked for at the click (docs/permissions.md). Firefox also needs `cookies`: its browsingData
 * leaves the cookies set on the parent domain, which the cookies API removes.
 */
const CLEAR_CACHE_NEEDS: OptionalPermission[] = ['browsingData'];
const CLEAR_DATA_NEEDS: OptionalPermission[] = __TARGET__ === 'firefox' ? ['browsingData', 'cookies'] : ['browsingData'];

interface ClearCacheActionProps {
  tabId: number;
  origin: string;
  hostname: string;
  labelKey: string;
  risky?: GuideRiskyAction;
}

export function ClearCacheAction({ tabId, origin, hostname, labelKey, risky }: ClearCacheActionProps) {
  const [asking, setAsking] = useState(false);
  const scope = useCookieScope(hostname);
  return (
    <div>
      <ActionButton action="site/clear-cache" tabId={tabId} origin={origin} labelKey={labelKey} needs={CLEAR_CACHE_NEEDS} doneKey={SITE_SCOPED_CACHE ? 'pp_done_cache_cleared' : 'pp_done_cache_cleared_all'} kind="primary" />
      {risky && !asking && (
        <Button kind="link" onClick={() => setAsking(true)} aria-expanded={false}>{t(risky.labelKey)}</Button>
      )}
      {risky && asking && (
        <div class="notice notice-warn" role="group" aria-labelledby="clear-data-warning">
          <p id="clear-data-warning">{t(risky.warningKey, [hostname])}</p>
          {/* The choice is offered only once it can say which sites lose their cookies. */}
          {scope && <p id="clear-data-scope">{cookieScopeText(scope)}</p>}
          {scope && <div class="row">
            <ActionButton
              action="site/clear-data" tabId={tabId} origin={origin} needs={CLEAR_DATA_NEEDS} labelKey="gd_action_clear_cookies_confirm"
              doneKey="pp_done_data_cleared" doneSubs={[hostname]} kind="danger"
            />
            <Button onClick={() => setAsking(false)}>{t('pp_cancel')}</Button>
          </div>}
        </div>
      )}
    </div>
  );
}
