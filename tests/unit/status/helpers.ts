/**
 * Shared test helpers: fixture loading and a fake fetch that records every URL it sees.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FetchLike } from '../../../src/status/net/fetch-json';

const FIXTURES = fileURLToPath(new URL('../../fixtures/status/', import.meta.url));

/** A fixture file's text. */
export function fixtureText(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

/** A JSON fixture, parsed. */
export function fixture(name: string): unknown {
  return JSON.parse(fixtureText(name)) as unknown;
}

/** A JSON response. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A route answer: a Response, a function making one, or 'network-error'. */
export type Route = Response | (() => Response) | 'network-error';

/** A fetch that answers from `routes` (exact URL, or URL prefix ending in '*'); others are 404. */
export function fakeFetch(routes: Record<string, Route>): FetchLike & { seen: string[] } {
  const seen: string[] = [];
  const fn = async (input: string): Promise<Response> => {
    seen.push(input);
    const key = Object.keys(routes).find((k) => (k.endsWith('*') ? input.startsWith(k.slice(0, -1)) : k === input));
    const route = key === undefined ? undefined : routes[key];
    if (route === 'network-error') throw new TypeError('fetch failed');
    if (route === undefined) return new Response('not found', { status: 404, headers: { 'content-type': 'text/html' } });
    return typeof route === 'function' ? route() : route.clone();
  };
  return Object.assign(fn, { seen });
}
