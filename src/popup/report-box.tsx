/**
 * Guide step 8: the report for the site's support, shown exactly as it will be copied
 * (buildReport in src/core), with a copy button.
 */
import { buildReport } from '../core/report';
import type { TabView } from '../shared/view';
import { CopyButton } from '../ui/copy-button';
import { t } from '../ui/i18n';

export function reportFor(view: TabView): string {
  return buildReport({ url: view.url, time: view.since, diagnosis: view.diagnosis, headers: view.headers, method: view.method });
}

export function ReportBox({ view, labelKey }: { view: TabView; labelKey: string }) {
  const report = reportFor(view);
  return (
    <div class="report">
      {/* tabIndex: a scrollable region must be reachable from the keyboard (axe scrollable-region-focusable). */}
      <pre class="report-text" tabIndex={0} aria-label={t('pp_report_label')} data-testid="report">{report}</pre>
      <CopyButton text={report} labelKey={labelKey} doneKey="gd_report_copied" />
    </div>
  );
}
