/**
 * The verdict of the status checks with its details: headline, every reason, the status page's
 * own words and incidents, check-host's report. Everything from outside is rendered as text.
 */
import type { ChecksResult } from '../status/run/run-checks';
import { t } from '../ui/i18n';

function CheckHostLink({ result }: { result: ChecksResult }) {
  const ch = result.checkHost;
  if (ch.state !== 'done' || typeof ch.value === 'string' || ch.value.reportUrl === null) return null;
  return <li><a href={ch.value.reportUrl} target="_blank" rel="noreferrer">{t('pp_check_host_report')}</a></li>;
}

function StatusPageDetails({ result }: { result: ChecksResult }) {
  const sp = result.statusPage;
  if (sp.state !== 'done' || sp.value === null) return null;
  const report = sp.value.report;
  return (
    <li>
      <a href={report.pageUrl} target="_blank" rel="noreferrer">{report.pageName ?? t('gd_link_status_page')}</a>
      {report.description !== null && <span>: {report.description}</span>}
      {report.incidents.length > 0 && (
        <ul>
          {report.incidents.slice(0, 3).map((incident) => (
            <li key={incident.name}>
              {incident.url ? <a href={incident.url} target="_blank" rel="noreferrer">{incident.name}</a> : incident.name}
              {incident.latestUpdate !== null && <span class="muted"> {incident.latestUpdate}</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function VerdictBlock({ result }: { result: ChecksResult }) {
  const { verdict } = result;
  return (
    <div class={`verdict verdict-${verdict.verdict}`}>
      <p><strong>{t(verdict.headline)}</strong></p>
      <ul>
        {verdict.reasons.map((reason) => (
          <li key={reason.key + reason.substitutions.join('|')}>{t(reason.key, reason.substitutions)}</li>
        ))}
        <StatusPageDetails result={result} />
        <CheckHostLink result={result} />
      </ul>
      {result.checkHost.state === 'off' && <p class="muted">{t('pp_check_host_off')}</p>}
    </div>
  );
}
