/**
 * Shape checks for values that arrive from outside the code that reads them: message payloads
 * (a content script runs inside a hostile page, docs/design.md), stored settings and JSON from
 * the network. Each is total: it answers false for anything unexpected and never throws.
 */
import { isRecord } from '../core/is-record';
import { MAX_PAGE_TEXT, MAX_TITLE_CHARS } from '../core/limits';
import type { SiteActionRequest } from './messages';

export type Guard<T> = (v: unknown) => v is T;

export { isRecord };

/** A payload that carries nothing (any plain object; its fields are ignored). */
export const isEmpty: Guard<Record<string, never>> = (v): v is Record<string, never> => isRecord(v);

/** A tab id as the tabs API gives them: a non-negative integer. */
export function isTabId(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** `{ tabId }`, the tab an extension page's message is about. */
export const hasTabId: Guard<{ tabId: number }> = (v): v is { tabId: number } => isRecord(v) && isTabId(v.tabId);

/** `{ tabId? }`: from the overlay the tab is the sender's own, from an extension page it is named. */
export const maybeTabId: Guard<{ tabId?: number }> = (v): v is { tabId?: number } =>
  isRecord(v) && (v.tabId === undefined || isTabId(v.tabId));

/** Longest origin accepted in a message (scheme, host of at most 253 characters, port). */
const MAX_ORIGIN_CHARS = 300;

/** `{ tabId, origin }`: the tab and the origin of the page the popup showed for it. */
export const isSiteActionRequest: Guard<SiteActionRequest> = (v): v is SiteActionRequest =>
  isRecord(v) && isTabId(v.tabId) && typeof v.origin === 'string' && v.origin.length > 0 && v.origin.length <= MAX_ORIGIN_CHARS;

/** The overlay's hello: a title and page text no longer than the overlay ever sends (a page is
 * hostile, and an unbounded title would reach the shared background whole). */
export interface PageHello { title: string; text: string; contentType: string }
export const isPageHello: Guard<PageHello> = (v): v is PageHello =>
  isRecord(v) && typeof v.title === 'string' && v.title.length <= MAX_TITLE_CHARS
  && typeof v.text === 'string' && v.text.length <= MAX_PAGE_TEXT
  && typeof v.contentType === 'string' && v.contentType.length <= 200;
