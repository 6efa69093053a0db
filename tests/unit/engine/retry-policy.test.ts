import { describe, expect, it } from 'vitest';
import { mayAutoRetry } from '../../../src/core/retry-policy';

describe('mayAutoRetry (RFC 9110 §9.2.2)', () => {
  it('retries GET and HEAD', () => {
    expect(mayAutoRetry('GET')).toBe(true);
    expect(mayAutoRetry('HEAD')).toBe(true);
    expect(mayAutoRetry('get')).toBe(true);
  });
  it('never resends POST or other methods on its own', () => {
    for (const m of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', '', 'GETX']) {
      expect(mayAutoRetry(m)).toBe(false);
    }
  });
});
