/** What happened, in plain words: the layer that failed, what it means, whether waiting helps, the ids. */
import type { DiagnosisIds } from '../core/types';
import type { TabView } from '../shared/view';
import { CopyButton } from '../ui/copy-button';
import { t } from '../ui/i18n';

/** Message keys naming each id the way the site's support knows it. */
const ID_KEYS: Record<keyof DiagnosisIds, string> = {
  xid: 'pp_id_xid',
  details: 'pp_id_details',
  rayId: 'pp_id_ray',
  requestId: 'pp_id_request',
  reference: 'pp_id_reference',
};

function idEntries(ids: DiagnosisIds): [string, string][] {
  return (Object.keys(ID_KEYS) as (keyof DiagnosisIds)[])
    .flatMap((key) => (ids[key] ? [[t(ID_KEYS[key]), ids[key] ?? '']] as [string, string][] : []));
}

export function DiagnosisCard({ view }: { view: TabView }) {
  const { explanation: ex, diagnosis } = view;
  const ids = idEntries(diagnosis.ids);
  return (
    <section class="card" aria-labelledby="dx-heading">
      <h2 id="dx-heading">{t('pp_what_happened')}</h2>
      <p>
        <span class="muted">{t('pp_where_failed')}</span> <strong>{t(ex.layerKey)}</strong>
      </p>
      <p>{t(ex.visitorKey)}</p>
      <p class={ex.waitingHelps ? 'notice-ok' : ''}>{t(ex.waitKey)}</p>
      {ids.length > 0 && (
        <div class="ids">
          <dl>
            {ids.map(([label, value]) => (
              <div key={label} class="id-row">
                <dt>{label}</dt>
                <dd><code>{value}</code></dd>
              </div>
            ))}
          </dl>
          <CopyButton text={ids.map(([label, value]) => `${label}: ${value}`).join('\n')} labelKey="pp_copy_ids" />
        </div>
      )}
    </section>
  );
}
