/**
 * The status platforms, in the order a URL is matched against their direct links and their
 * API paths are guessed. Slack is matched by its own host first; Statuspage comes before
 * Instatus because `/api/v2/summary.json` also ends in `/summary.json`, and first among the
 * guesses because it (with incident.io, which serves the same API) hosts most public pages.
 */
import { betterStack } from './better-stack';
import { cachet } from './cachet';
import type { StatusPlatform } from './contract';
import { instatus } from './instatus';
import { slack } from './slack';
import { statuspage } from './statuspage';

/** Every platform in the order it is tried. */
export const PLATFORMS = [
  slack, // its own hosts and API URL only, never guessed
  statuspage,
  instatus,
  betterStack,
  cachet, // last: `/api/v1/components` is the least common guess
] as const;

/** The one name of a status platform (a report's source, a candidate's parser). */
export type StatusKind = (typeof PLATFORMS)[number]['kind'];

/** The platform of a kind. */
export function platformOf(kind: StatusKind): StatusPlatform<StatusKind> {
  const found = PLATFORMS.find((p) => p.kind === kind);
  // PLATFORMS holds every StatusKind by construction; the fallback only satisfies the types.
  return found ?? statuspage;
}
