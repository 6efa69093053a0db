/**
 * Every service outside the site that Comeback may contact, what each receives and when: the
 * one table the options page's checks section, the popup's consent step, the README's privacy
 * section (tests/unit/status/third-parties.test.ts holds it to the English text) and the
 * egress test (tests/e2e/egress.chromium.spec.ts records every request of a run and compares
 * it with this table) all use.
 */

import type { ConsentSettings } from '../../shared/settings/defaults';

/** A consent switch in the settings. */
export type ConsentKey = Exclude<keyof ConsentSettings, 'answered'>;

/**
 * What a request carries about the user's browsing:
 * - `nothing`: a fixed address that names no site (the browser maker's connectivity probe);
 * - `status-request`: the site's own status page is fetched, so its host learns that someone
 *   asks about the site; no cookies, no path or query of the failed page;
 * - `site-origin`: the failed site's scheme, host name and port (`https://example.com:8443`),
 *   never a path or query, and never for a host that is not on the public internet;
 * - `page-address`: the failed page's address without query and fragment, never for a host
 *   that is not on the public internet.
 */
export type Receives = 'nothing' | 'status-request' | 'site-origin' | 'page-address';

/** One outside service. */
export interface ThirdParty {
  consent: ConsentKey;
  /** The hosts it is reached at; `status.<site>` stands for the site's own status page. */
  hosts: readonly string[];
  receives: Receives;
  /** After an error page (automatic), or only when the user asks (a click). */
  when: 'after-error' | 'on-request';
  /** On until switched off (no third party involved), or off until the user agrees. */
  defaultOn: boolean;
  /** The options page's label. */
  labelKey: string;
  /** The one sentence that says what it gets and when (options page and consent step). */
  sentKey: string;
}

export const THIRD_PARTIES: readonly ThirdParty[] = [
  {
    consent: 'statusPage', hosts: ['status.<site>', 'the status page you set, or the one Comeback knows for the site'],
    receives: 'status-request', when: 'after-error', defaultOn: true,
    labelKey: 'set_consent_status_page', sentKey: 'set_consent_status_page_help',
  },
  {
    consent: 'connectivity', hosts: ['www.gstatic.com', 'detectportal.firefox.com'],
    receives: 'nothing', when: 'after-error', defaultOn: true,
    labelKey: 'set_consent_connectivity', sentKey: 'set_consent_connectivity_help',
  },
  {
    consent: 'checkHost', hosts: ['check-host.net'], receives: 'site-origin', when: 'after-error', defaultOn: false,
    labelKey: 'set_consent_check_host', sentKey: 'op_consent_check_host_sent',
  },
  {
    consent: 'wayback', hosts: ['archive.org'], receives: 'page-address', when: 'on-request', defaultOn: false,
    labelKey: 'set_consent_wayback', sentKey: 'op_consent_wayback_sent',
  },
];

/** The services that are third parties proper (off until the user agrees). */
export const CONSENTED_THIRD_PARTIES: readonly ThirdParty[] = THIRD_PARTIES.filter((p) => !p.defaultOn);
