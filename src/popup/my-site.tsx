/**
 * "This is my site": collapsed by default, since most people reading the popup are visitors.
 * Holds the owner's explanation and the server-side fixes that fit the producer and kind.
 */
import type { GuideStep } from '../core/guide';
import type { TabView } from '../shared/view';
import { t } from '../ui/i18n';
import { Links } from './guide-step';

export function MySite({ step, view, statusPageUrl }: { step: GuideStep; view: TabView; statusPageUrl: string | null }) {
  const input = { hostname: view.hostname, url: view.url, statusPageUrl };
  return (
    <details class="card my-site">
      <summary>{t('gd_mysite_toggle')}</summary>
      <h2>{t(step.titleKey)}</h2>
      <p>{t(view.explanation.ownerKey)}</p>
      <p class="muted">{t(step.bodyKey)}</p>
      <ul>
        {(step.items ?? []).map((item) => (
          <li key={item.id}>{t(item.textKey)}{item.links && <Links links={item.links} input={input} />}</li>
        ))}
      </ul>
    </details>
  );
}
