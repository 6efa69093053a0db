/** A TabView as the background builds it for a Varnish 7 "503 Backend fetch failed". */
import { explain } from '../../../src/core/explain';
import type { Diagnosis } from '../../../src/core/types';
import type { TabView } from '../../../src/shared/view';

export function varnishView(overrides: Partial<TabView> = {}): TabView {
  const diagnosis: Diagnosis = {
    status: 503, producer: 'varnish', kind: 'backend-fetch-failed', retryable: true, retryAfterSeconds: 5, ids: { xid: '32770' },
  };
  return {
    tabId: 7,
    url: 'https://shop.example.com/cart?token=secret',
    origin: 'https://shop.example.com',
    hostname: 'shop.example.com',
    method: 'GET',
    status: 503,
    since: Date.UTC(2026, 0, 2, 3, 4, 5),
    diagnosis,
    explanation: explain(diagnosis),
    headers: { server: 'Varnish', 'x-varnish': '32770', via: '1.1 varnish (Varnish/7.1)', 'retry-after': '5', 'set-cookie': 'sid=1' },
    retry: {
      phase: 'waiting', attempt: 2, nextAt: Date.now() + 42_000, reason: 'retry-after', serverAskedSeconds: 5,
      cappedByMaxWait: false, giveUpReason: null, giveUpAt: Date.now() + 7_000_000,
      controls: { canRetryNow: true, retryNowAt: null, canStop: true },
    },
    ...overrides,
  };
}
