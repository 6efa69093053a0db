/**
 * The vocabulary of the troubleshooting guide: steps as data, with message keys the
 * UI looks up in `_locales` and actions the UI wires to buttons. Pure types only.
 */

/** Something the extension can do for the user from a step's button. */
export type GuideAction =
  | 'retry-now'
  | 'reload-bypass-cache'
  | 'check-status'
  | 'clear-site-cache'
  | 'clear-site-cookies'
  | 'open-private'
  | 'check-connectivity'
  | 'open-archive'
  | 'copy-report'
  | 'open-options';

/** The steps, named for what they are about. */
export type GuideStepId =
  | 'form-not-resent'
  | 'wait'
  | 'reload'
  | 'check-status'
  | 'clear-cache'
  | 'private-window'
  | 'network'
  | 'archive'
  | 'contact'
  | 'my-site';

/** Links whose address depends on the site; guide-links.ts builds them. */
export type SiteLinkTarget = 'status-page' | 'downdetector' | 'is-it-down-right-now' | 'archive-today';

/** A link: either to a place named for the site (built later) or to a fixed page (docs). */
export type GuideLink =
  | { labelKey: string; target: SiteLinkTarget }
  | { labelKey: string; href: string };

/**
 * A second action that loses something (cookies, site storage). The UI shows it only after the
 * user chose it, with the warning, whose `$1` is the site's hostname (docs/design.md, "Never
 * lose user data").
 */
export interface GuideRiskyAction {
  action: GuideAction;
  labelKey: string;
  warningKey: string;
}

/** One point of advice inside a step (the site owner's fixes, the network checklist). */
export interface GuideItem {
  id: string;
  textKey: string;
  links?: GuideLink[];
}

/** One step of the guide. */
export interface GuideStep {
  id: GuideStepId;
  titleKey: string;
  bodyKey: string;
  /** The button's action, when the extension can act; `actionLabelKey` is its label. */
  action?: GuideAction;
  actionLabelKey?: string;
  riskyAction?: GuideRiskyAction;
  items?: GuideItem[];
  links?: GuideLink[];
}

/** What the guide knows besides the diagnosis. */
export interface GuideContext {
  /** Whether Comeback will retry this page by itself (settings + site rule). */
  autoRetry: boolean;
  /** The user said "this is my site": add the server-side fixes. */
  isMySiteView?: boolean;
  /** A status page is known for the site (registry, discovery or the user's own). */
  hasStatusPage?: boolean;
  /** The connectivity probe's answer, when it has run (a captive portal explains a failure by itself). */
  connectivity?: 'online' | 'offline' | 'captive-portal' | 'unknown';
  /** The request method of the failed page load. */
  method: string;
  /**
   * Whether the browser can clear one site's cached files alone. Chrome can (`origins`);
   * Firefox cannot: its host-scoped cache cleaner misses the partitioned cache entries every
   * top-level page now writes (shared/capabilities.ts), so there the step
   * offers Firefox's whole cache and says so. Absent means it can.
   */
  siteScopedCache?: boolean;
}
