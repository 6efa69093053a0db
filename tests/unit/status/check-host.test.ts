import { describe, expect, it } from 'vitest';
import {
  checkHostResultUrl, checkHostStartUrl, parseCheckHostResult, parseCheckHostStart, summariseCheckHost,
} from '../../../src/status/check-host/api';
import { fixture } from './helpers';

describe('checkHostStartUrl', () => {
  it('sends only the origin of a page URL', () => {
    const url = checkHostStartUrl('https://shop.example.com:8443/cart/42?session=secret#x', 4);
    expect(url).toBe('https://check-host.net/check-http?host=https%3A%2F%2Fshop.example.com%3A8443&max_nodes=4');
    expect(url).not.toContain('cart');
    expect(url).not.toContain('secret');
  });

  it('accepts a bare hostname (https assumed) and clamps max_nodes', () => {
    expect(checkHostStartUrl('example.com', 100)).toBe('https://check-host.net/check-http?host=https%3A%2F%2Fexample.com&max_nodes=20');
    expect(checkHostStartUrl('example.com', 0)).toContain('max_nodes=1');
  });

  it('refuses what is not a web host', () => {
    expect(checkHostStartUrl('file:///etc/passwd')).toBeNull();
    expect(checkHostStartUrl('javascript:alert(1)')).toBeNull();
    expect(checkHostStartUrl('')).toBeNull();
  });

  it.each(['http://localhost:3000/', 'http://10.0.0.5/', 'https://wiki.corp.internal/', 'intranet', 'http://[::1]:8080/', 'nas.lan'])(
    'refuses %s, which is not on the public internet', (site) => {
      expect(checkHostStartUrl(site)).toBeNull();
    });

  it('builds the poll URL', () => {
    expect(checkHostResultUrl('1a2b3c4dk9')).toBe('https://check-host.net/check-result/1a2b3c4dk9');
  });
});

describe('parseCheckHostStart', () => {
  it('reads the request id, nodes with labels, and the report link', () => {
    const r = parseCheckHostStart(fixture('check-host-start.json'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.requestId).toBe('1a2b3c4dk9');
    expect(r.value.reportUrl).toBe('https://check-host.net/check-report/1a2b3c4dk9');
    expect(r.value.nodes[0]).toEqual({ id: 'de1.node.check-host.net', label: 'Germany, Nuremberg' });
    expect(r.value.nodes).toHaveLength(4);
  });

  it.each([
    ['null', null], ['HTML', '<html>'], ['no request id', { nodes: { a: [] } }],
    ['a request id with a path in it', { request_id: '../../evil', nodes: { a: [] } }],
    ['no nodes', { request_id: 'abc', nodes: {} }], ['nodes as a list', { request_id: 'abc', nodes: [] }],
  ])('rejects %s', (_label, input) => {
    expect(parseCheckHostStart(input).ok).toBe(false);
  });

  it('ignores a report link off check-host.net and odd node info', () => {
    const r = parseCheckHostStart({ request_id: 'abc', permanent_link: 'https://evil.example/', nodes: { n1: 'x' } });
    expect(r).toEqual({ ok: true, value: { requestId: 'abc', reportUrl: null, nodes: [{ id: 'n1', label: 'n1' }] } });
  });
});

describe('parseCheckHostResult and summariseCheckHost', () => {
  const nodes = (() => {
    const r = parseCheckHostStart(fixture('check-host-start.json'));
    if (!r.ok) throw new Error(r.reason);
    return r.value.nodes;
  })();
  const summary = (name: string) => {
    const r = parseCheckHostResult(fixture(name));
    if (!r.ok) throw new Error(r.reason);
    return summariseCheckHost(r.value, nodes);
  };

  it('counts all failing', () => expect(summary('check-host-result-all-fail.json')).toEqual({ total: 4, ok: 0, failing: 4, inconclusive: 0, pending: 0 }));
  it('counts all ok', () => expect(summary('check-host-result-all-ok.json')).toEqual({ total: 4, ok: 4, failing: 0, inconclusive: 0, pending: 0 }));
  it('counts pending', () => expect(summary('check-host-result-pending.json')).toEqual({ total: 4, ok: 1, failing: 0, inconclusive: 0, pending: 3 }));
  it('counts mixed', () => expect(summary('check-host-result-mixed.json')).toEqual({ total: 4, ok: 2, failing: 2, inconclusive: 0, pending: 0 }));

  it('counts four 403s from the checkers as inconclusive, not as reached', () => {
    expect(summary('check-host-result-all-403.json')).toEqual({ total: 4, ok: 0, failing: 0, inconclusive: 4, pending: 0 });
  });

  it.each([['403'], ['401'], ['429'], ['451'], [403]])('calls a %s answer inconclusive, whether the node says 1 or 0', (code) => {
    const r = parseCheckHostResult({ a: [[1, 0.1, 'Forbidden', code]], b: [[0, 0.1, 'Forbidden', code]] });
    expect(r).toEqual({ ok: true, value: { a: 'inconclusive', b: 'inconclusive' } });
  });

  it('treats a node missing from the result as pending', () => {
    expect(summariseCheckHost({ 'de1.node.check-host.net': 'ok' }, nodes)).toEqual({ total: 4, ok: 1, failing: 0, inconclusive: 0, pending: 3 });
  });

  it('counts a "success" carrying a 5xx code as failing and [null] as failing', () => {
    const r = parseCheckHostResult({ a: [[1, 0.1, 'Service Unavailable', '503']], b: [null], c: [[0, 1, 'timeout', null]] });
    expect(r).toEqual({ ok: true, value: { a: 'failing', b: 'failing', c: 'failing' } });
  });

  it('drops entries it does not understand rather than guessing', () => {
    const r = parseCheckHostResult({ a: 'x', b: [[2]], c: [['1']], d: {}, e: [[1, 0.1, 'OK', '200']] });
    expect(r).toEqual({ ok: true, value: { e: 'ok' } });
  });

  it('rejects a result that is not an object', () => {
    expect(parseCheckHostResult([]).ok).toBe(false);
    expect(parseCheckHostResult('<html>').ok).toBe(false);
  });
});
