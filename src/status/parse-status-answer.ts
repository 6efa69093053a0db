/**
 * Dispatch a status API answer to the parser its candidate names.
 */
import { parseBetterStack } from './platforms/better-stack';
import { parseCachet } from './platforms/cachet';
import { parseInstatus } from './platforms/instatus';
import type { StatusApiKind } from './discovery/resolve-status-page';
import { parseSlack } from './platforms/slack';
import { parseStatuspage } from './platforms/statuspage';
import type { Parsed, StatusReport } from './platforms/types';

/**
 * Parse `json` as the answer of a `kind` endpoint.
 * @param extra a second answer some sources need (Cachet's incidents), or undefined
 * @param now the caller's clock, ms
 */
export function parseStatusAnswer(
  kind: StatusApiKind, json: unknown, pageUrl: string, now: number, extra?: unknown,
): Parsed<StatusReport> {
  switch (kind) {
    case 'statuspage-summary':
    case 'statuspage-status':
      return parseStatuspage(json, pageUrl);
    case 'instatus': return parseInstatus(json, pageUrl);
    case 'better-stack': return parseBetterStack(json, pageUrl);
    case 'cachet': return parseCachet(json, extra, pageUrl, now);
    case 'slack': return parseSlack(json, pageUrl);
  }
}
