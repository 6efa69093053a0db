/** Shape checks for untrusted message payloads (content scripts run inside web pages). */
import { MAX_PAGE_TEXT, MAX_TITLE_CHARS } from '../core/limits';

export type Guard<T> = (v: unknown) => v is T;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isEmpty: Guard<Record<string, never>> = (v): v is Record<string, never> => isObject(v);

export const hasTabId: Guard<{ tabId: number }> = (v): v is { tabId: number } =>
  isObject(v) && Number.isInteger(v.tabId) && (v.tabId as number) >= 0;

export const maybeTabId: Guard<{ tabId?: number }> = (v): v is { tabId?: number } =>
  isObject(v) && (v.tabId === undefined || hasTabId(v));

/** The overlay's hello: a title and page text no longer than the overlay ever sends (a page is
 * hostile, and an unbounded title would reach the shared background whole). */
type Hello = { title: string; text: string; contentType: string };
export const isHello: Guard<Hello> = (v): v is Hello =>
  isObject(v) && typeof v.title === 'string' && v.title.length <= MAX_TITLE_CHARS
  && typeof v.text === 'string' && v.text.length <= MAX_PAGE_TEXT
  && typeof v.contentType === 'string' && v.contentType.length <= 200;

/** A resend request: the tab and the origin the popup showed (bounded: an origin is short). */
export const isResendRequest: Guard<{ tabId: number; origin: string }> = (v): v is { tabId: number; origin: string } =>
  hasTabId(v) && typeof (v as Record<string, unknown>).origin === 'string' && ((v as Record<string, unknown>).origin as string).length <= 2048;
