/**
 * A form POST answered 503 is never resent (RFC 9110 §9.2.2; docs/design.md, "Never lose user
 * data"). The overlay says so, and the origin sees exactly one POST even after Retry-After has
 * passed twice over.
 */
import { expect, test } from '@playwright/test';
import { OWN_503_PAGE, startOrigin, type Origin } from '../support/origin';
import { attachLog, launchChromium, overlay, type ChromiumWithExtension } from './support/chromium';
import { describeRequests, requestsFor, sleep } from './support/site';
import { note } from './support/note';

const FORM_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Order</title></head><body>' +
  '<form method="post" action="/submit"><label>Name <input name="name"></label>' +
  '<button type="submit">Place order</button></form></body></html>';

let browser: ChromiumWithExtension | undefined;
let origin: Origin | undefined;

test.beforeEach(async () => {
  origin = await startOrigin();
  origin.route('/form', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(FORM_PAGE);
  });
  origin.route('/submit', (_req, res) => {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5' });
    res.end(OWN_503_PAGE);
  });
  browser = await launchChromium();
});

test.afterEach(async () => {
  if (browser) await attachLog(test.info(), browser.log);
  await browser?.close();
  await origin?.stop();
  browser = undefined;
  origin = undefined;
});

test('a POST answered 503 is never sent again', async () => {
  if (!browser || !origin) throw new Error('setup failed');
  const page = await browser.context.newPage();
  await page.goto(origin.url('/form'));
  await page.getByLabel('Name').fill('Ada');

  const t0 = Date.now();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/submit') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Place order' }).click(),
  ]);
  expect(response.status()).toBe(503);
  await expect(page.getByRole('heading', { name: 'We are down for a moment' })).toBeVisible();

  await expect(overlay(page).getByTestId('comeback-panel')).toBeVisible({ timeout: 5_000 });
  await expect(overlay(page).getByTestId('status-line')).toContainText('Your form was not sent again');

  // Twice Retry-After and more: an automatic resend would have happened by now.
  await sleep(12_000);
  const posts = requestsFor(origin, '/submit').filter((r) => r.method === 'POST');
  const others = requestsFor(origin, '/submit').filter((r) => r.method !== 'POST');
  note('requests to /submit', describeRequests(requestsFor(origin, '/submit'), t0));
  expect(posts, `POSTs seen: ${describeRequests(posts, t0)}`).toHaveLength(1);
  expect(posts[0]?.headers['content-type']).toContain('application/x-www-form-urlencoded');
  if (others.length > 0) console.log(`note: the origin also saw ${describeRequests(others, t0)} for /submit`);

  // The user still sees the error and the explanation, not a reloaded page.
  await expect(page).toHaveURL(/\/submit$/);
  await expect(overlay(page).getByTestId('status-line')).toContainText('Your form was not sent again');
});
