import { describe, expect, it } from 'vitest';
import { isPageHello as isHello } from '../../../src/shared/guards';
import { KEPT_HEADERS, keepHeaders } from '../../../src/background/response';
import { MAX_HEADER_VALUE_CHARS, MAX_PAGE_TEXT, MAX_TITLE_CHARS } from '../../../src/core/limits';
import { MAX_BODY_CHARS } from '../../../src/core/diagnose';

describe('the hello guard bounds what a page hands over', () => {
  it('accepts a title and text within the limits', () => {
    expect(isHello({ title: 'x'.repeat(MAX_TITLE_CHARS), text: 'y'.repeat(MAX_PAGE_TEXT), contentType: 'text/html' })).toBe(true);
  });
  it('refuses a title one character too long (a page can set a title of megabytes)', () => {
    expect(isHello({ title: 'x'.repeat(MAX_TITLE_CHARS + 1), text: '', contentType: 'text/html' })).toBe(false);
    expect(isHello({ title: 'x'.repeat(8 * 1024 * 1024), text: '', contentType: 'text/html' })).toBe(false);
  });
  it('refuses page text longer than the classifier reads', () => {
    expect(isHello({ title: '', text: 'y'.repeat(MAX_PAGE_TEXT + 1), contentType: 'text/html' })).toBe(false);
  });
  it('uses one page-text limit for the classifier and the guard', () => {
    expect(MAX_BODY_CHARS).toBe(MAX_PAGE_TEXT);
  });
});

describe('keepHeaders bounds what reaches storage.session', () => {
  it('cuts a long value', () => {
    const kept = keepHeaders([{ name: 'Server', value: 's'.repeat(100_000) }]);
    expect(kept.server).toHaveLength(MAX_HEADER_VALUE_CHARS);
  });
  it('keeps one bounded value for a header repeated ten thousand times', () => {
    const list = Array.from({ length: 10_000 }, (_, i) => ({ name: 'Via', value: `1.1 proxy-${i}` }));
    const kept = keepHeaders(list);
    expect(kept.via?.length).toBeLessThanOrEqual(MAX_HEADER_VALUE_CHARS);
    expect(kept.via?.startsWith('1.1 proxy-0, 1.1 proxy-1')).toBe(true);
  });
  it('keeps at most the listed headers, however many arrive', () => {
    const list = Array.from({ length: 5_000 }, (_, i) => ({ name: `x-junk-${i}`, value: 'v' }));
    list.push(...KEPT_HEADERS.map((name) => ({ name, value: 'v' })));
    expect(Object.keys(keepHeaders(list))).toHaveLength(KEPT_HEADERS.length);
  });
  it('skips a header without a string value', () => {
    expect(keepHeaders([{ name: 'server' }])).toEqual({});
  });
});
