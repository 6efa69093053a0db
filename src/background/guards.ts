/** Shape checks for untrusted message payloads (content scripts run inside web pages). */

export type Guard<T> = (v: unknown) => v is T;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isEmpty: Guard<Record<string, never>> = (v): v is Record<string, never> => isObject(v);

export const hasTabId: Guard<{ tabId: number }> = (v): v is { tabId: number } =>
  isObject(v) && Number.isInteger(v.tabId) && (v.tabId as number) >= 0;

export const maybeTabId: Guard<{ tabId?: number }> = (v): v is { tabId?: number } =>
  isObject(v) && (v.tabId === undefined || hasTabId(v));

export const isHello: Guard<{ title: string; text: string }> = (v): v is { title: string; text: string } =>
  isObject(v) && typeof v.title === 'string' && typeof v.text === 'string';

/** A resend request: the tab and the origin the popup showed (bounded: an origin is short). */
export const isResendRequest: Guard<{ tabId: number; origin: string }> = (v): v is { tabId: number; origin: string } =>
  hasTabId(v) && typeof (v as Record<string, unknown>).origin === 'string' && ((v as Record<string, unknown>).origin as string).length <= 2048;
