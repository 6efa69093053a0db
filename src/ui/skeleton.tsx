/** Grey placeholder lines shown on first paint, before the tab's state has arrived. */
import { t } from './i18n';

export function Skeleton({ lines = 4 }: { lines?: number }) {
  return (
    <div aria-busy="true" aria-label={t('pp_loading')} role="status">
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} class="skeleton-line" style={{ width: `${90 - i * 12}%` }} />
      ))}
    </div>
  );
}
