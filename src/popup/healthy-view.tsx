/** The popup on a page that loaded fine: the recent errors Comeback handled, and the way to the options. */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/messages';
import type { IncidentRecord } from '../shared/view';
import { t, uiLanguage } from '../ui/i18n';
import { formatDuration } from './duration';

function when(time: number): string {
  try {
    return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'short', timeStyle: 'short' }).format(time);
  } catch {
    return new Date(time).toISOString();
  }
}

function Incident({ record }: { record: IncidentRecord }) {
  const back = record.recoveredAt === null
    ? t('pp_incident_not_recovered')
    : t('pp_incident_recovered', [formatDuration((record.recoveredAt - record.since) / 1000, t)]);
  return (
    <li class="incident">
      <strong>{record.hostname}</strong>
      <span class="muted"> {when(record.since)}</span>
      <br />
      {t('pp_incident_line', [String(record.status), t(`dx_layer_${record.producer.replace(/-/g, '_')}`)])}
      <br />
      <span class={record.recoveredAt === null ? 'muted' : 'notice-ok'}>{back}</span>
    </li>
  );
}

export function HealthyView() {
  const [incidents, setIncidents] = useState<IncidentRecord[] | null>(null);
  useEffect(() => {
    send('incidents/list', {}).then(setIncidents, () => setIncidents([]));
  }, []);
  return (
    <>
      <h1>{t('pp_heading_fine')}</h1>
      <p>{t('pp_fine_body')}</p>
      <section class="card" aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">{t('pp_incidents_title')}</h2>
        {incidents !== null && incidents.length === 0 && <p class="muted">{t('pp_incidents_empty')}</p>}
        {incidents !== null && incidents.length > 0 && (
          <ul class="incidents">{incidents.slice(0, 10).map((r) => <Incident key={`${r.url}|${r.since}`} record={r} />)}</ul>
        )}
      </section>
    </>
  );
}
