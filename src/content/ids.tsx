/** The ids a user should quote to the site's support (XID, Ray ID…), with a copy button. */
import { useState } from 'preact/hooks';
import type { DiagnosisIds } from '../core/types';
import { t } from './i18n';
import { trusted } from './trusted';

const LABELS: Record<keyof DiagnosisIds, string> = {
  xid: 'ov_id_xid', details: 'ov_id_details', rayId: 'ov_id_ray', requestId: 'ov_id_request', reference: 'ov_id_reference',
};

export function idLines(ids: DiagnosisIds): string[] {
  return (Object.keys(LABELS) as (keyof DiagnosisIds)[])
    .filter((k) => ids[k])
    .map((k) => `${t(LABELS[k])}: ${ids[k] ?? ''}`);
}

export function Ids({ ids }: { ids: DiagnosisIds }) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const lines = idLines(ids);
  if (lines.length === 0) return null;
  const copy = (): void => {
    navigator.clipboard.writeText(lines.join('\n')).then(() => setCopied('yes'), () => setCopied('failed'));
  };
  return (
    <div class="ids">
      <span class="muted small">{t('ov_ids_label')}</span>
      <code data-testid="ids">{lines.join(' · ')}</code>
      <button type="button" class="link" data-testid="copy-ids" onClick={trusted(copy)}>{t('ov_copy')}</button>
      <span role="status" class="small">{copied === 'yes' ? t('ov_copied') : copied === 'failed' ? t('ov_copy_failed') : ''}</span>
    </div>
  );
}
