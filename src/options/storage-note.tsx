/**
 * What happens at the storage.sync quota (src/shared/settings/layout.ts): site rules and status
 * pages follow the user through sync up to about 2,900 rules (measured with 24-character host
 * names: tests/unit/settings/storage-scale.test.ts); past that they are kept on this device only,
 * and this note says so instead of failing to save.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import type { MapsArea } from '../shared/settings/layout';
import { mapsArea } from '../shared/settings-store';
import { t } from '../ui/i18n';

export function StorageNote({ settings }: { settings: Settings }) {
  const [area, setArea] = useState<MapsArea>('sync');
  useEffect(() => { void mapsArea().then(setArea, () => undefined); }, [settings]);
  return area === 'local'
    ? <p class="notice notice-warn" role="status" id="storage-note">{t('op_storage_local')}</p>
    : <p class="help" id="storage-note">{t('op_storage_sync')}</p>;
}
