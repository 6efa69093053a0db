import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../../src/status/run/result-cache';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

describe('ResultCache', () => {
  it('shares one in-flight task between callers', async () => {
    const clock = 0;
    const cache = new ResultCache<string>({ now: () => clock });
    const d = deferred<string>();
    let runs = 0;
    const task = () => { runs += 1; return d.promise; };
    const a = cache.run('example.com', task);
    const b = cache.run('example.com', task);
    expect(a).toBe(b);
    d.resolve('down');
    expect(await Promise.all([a, b])).toEqual(['down', 'down']);
    expect(runs).toBe(1);
  });

  it('reuses a result for the TTL, then runs again', async () => {
    let clock = 1000;
    const cache = new ResultCache<number>({ now: () => clock, ttlMs: 60_000 });
    let runs = 0;
    const task = async () => { runs += 1; return runs; };
    expect(await cache.run('h', task)).toBe(1);
    clock += 59_999;
    expect(await cache.run('h', task)).toBe(1);
    expect(cache.peek('h')).toBe(1);
    clock += 1;
    expect(cache.peek('h')).toBeUndefined();
    expect(await cache.run('h', task)).toBe(2);
  });

  it('keeps keys apart', async () => {
    const cache = new ResultCache<string>({ now: () => 0 });
    expect(await cache.run('a', async () => 'A')).toBe('A');
    expect(await cache.run('b', async () => 'B')).toBe('B');
  });

  it('does not cache a failure, and turns a synchronous throw into a rejection', async () => {
    const cache = new ResultCache<string>({ now: () => 0 });
    await expect(cache.run('h', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(cache.run('h', () => { throw new Error('sync'); })).rejects.toThrow('sync');
    expect(await cache.run('h', async () => 'ok')).toBe('ok');
  });

  it('forgets on invalidate, and a stale run does not overwrite a newer one', async () => {
    const cache = new ResultCache<string>({ now: () => 0 });
    const first = deferred<string>();
    const p1 = cache.run('h', () => first.promise);
    cache.invalidate('h');
    const p2 = cache.run('h', async () => 'fresh');
    first.resolve('stale');
    expect(await p1).toBe('stale');
    expect(await p2).toBe('fresh');
    expect(cache.peek('h')).toBe('fresh');
    cache.invalidate();
    expect(cache.peek('h')).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const cache = new ResultCache<number>({ now: () => 0, maxEntries: 3 });
    for (let i = 0; i < 5; i += 1) await cache.run(`k${i}`, async () => i);
    expect(['k0', 'k1', 'k2', 'k3', 'k4'].map((k) => cache.peek(k))).toEqual([undefined, undefined, 2, 3, 4]);
  });
});
