/**
 * The identifiers a visitor should quote to the site's support, from body and headers:
 * Varnish's XID, Fastly's Details line, Cloudflare's Ray ID (page or cf-ray header),
 * CloudFront's Request ID (page or x-amz-cf-id) and Akamai's Reference (decoded, no '#').
 */
import type { DiagnosisIds } from '../types';
import { header, type Page } from './page';

const XID = /XID:\s*(\d{1,20})/;
const DETAILS = /Details:\s*(cache-[A-Za-z0-9-]+(?:,\s*cache-[A-Za-z0-9-]+)*\s+\d+\s+\d+)/;
const RAY_TEXT = /Ray ID:?\s*([0-9a-f]{16})\b/i;
const RAY_HEADER = /^\s*([0-9a-f]{8,32})(?:-[A-Z]{3})?/i;
const REQUEST_ID = /Request ID:\s*([A-Za-z0-9_=-]{20,100})/;
const REFERENCE = /Reference #\s?(\d+\.[0-9a-f]+\.\d+\.[0-9a-f]+)/i;

function first(re: RegExp, s: string): string | undefined {
  const m = re.exec(s);
  return m?.[1];
}

/** Extracts every id present; absent ones are left out. */
export function extractIds(page: Page): DiagnosisIds {
  const ids: DiagnosisIds = {};
  const xid = first(XID, page.text);
  const details = first(DETAILS, page.text);
  const rayId = first(RAY_TEXT, page.text) ?? first(RAY_HEADER, header(page, 'cf-ray'));
  const requestId = first(REQUEST_ID, page.text) ?? (header(page, 'x-amz-cf-id').trim() || undefined);
  const reference = first(REFERENCE, page.text);
  if (xid !== undefined) ids.xid = xid;
  if (details !== undefined) ids.details = details.replace(/\s+/g, ' ');
  if (rayId !== undefined) ids.rayId = rayId.toLowerCase();
  if (requestId !== undefined) ids.requestId = requestId;
  if (reference !== undefined) ids.reference = reference;
  return ids;
}
