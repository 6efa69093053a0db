/**
 * Shared by the framework detectors (django.ts, rails.ts, laravel.ts, express.ts, spring.ts,
 * aspnet.ts): the site's application produced the page, and the report names its framework.
 */
import type { Kind, Producer } from '../types';
import type { Match } from './detector';
import type { Page } from './page';
import { kindFromStatus } from './status-kind';

export const MAINTENANCE = /maintenance|Service Unavailable/i;

export function app(producer: Producer, page: Page, kind?: Kind): Match {
  return { producer, kind: kind ?? kindFromStatus(page.status) };
}
