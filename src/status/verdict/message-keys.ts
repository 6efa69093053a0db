/**
 * The i18n keys the verdict speaks in (public/_locales/<lang>/messages.json, prefix `st_`).
 * Declared once so the verdict can only name keys that exist; a test checks every locale.
 */
export const ST_MESSAGE_KEYS = [
  'st_verdict_everyone', 'st_verdict_just_you', 'st_verdict_unknown',
  'st_verdict_your_connection', 'st_verdict_captive_portal',
  'st_reason_offline', 'st_reason_captive_portal', 'st_reason_online',
  'st_reason_status_major_outage', 'st_reason_status_partial_outage', 'st_reason_status_degraded',
  'st_reason_status_maintenance', 'st_reason_status_operational', 'st_reason_status_incident',
  'st_reason_locations_fail', 'st_reason_locations_ok', 'st_reason_locations_mixed',
  'st_reason_locations_pending', 'st_reason_site_maintenance', 'st_reason_site_rate_limited',
  'st_reason_nothing_yet', 'st_reason_sources_disagree', 'st_line',
  'st_reason_locations_refused', 'st_reason_no_internet', 'st_reason_not_public',
] as const;

/** A key of the status verdict's messages. */
export type StatusMessageKey = (typeof ST_MESSAGE_KEYS)[number];

/** A message to show: the key and its `$1`, `$2`… substitutions (plain text). */
export interface StatusMessage {
  key: StatusMessageKey;
  substitutions: string[];
}
