/**
 * Talking to the extension's service worker: its engine state (chrome.storage.session 'engine'),
 * tab ids, and its JavaScript heap over CDP. Playwright opens CDP sessions on pages only, so the
 * heap is read through a page's session attached to the worker target (Target.attachToTarget
 * without flatten, messages wrapped in Target.sendMessageToTarget).
 */
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';

interface ChromeLike {
  chrome: {
    storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  };
}

export interface EngineSummary {
  tabs: number;
  waiting: number;
  sites: number;
}

/** How many tabs the engine tracks, how many wait, how many site schedules exist. */
export async function engineSummary(worker: Worker): Promise<EngineSummary> {
  return worker.evaluate(async () => {
    const got = await (globalThis as unknown as ChromeLike).chrome.storage.session.get('engine');
    const engine = got.engine as { tabs?: Record<string, { recoveredAt: number | null; stopped: boolean }>; sites?: Record<string, unknown> } | undefined;
    const tabs = Object.values(engine?.tabs ?? {});
    return { tabs: tabs.length, waiting: tabs.filter((t) => t.recoveredAt === null && !t.stopped).length, sites: Object.keys(engine?.sites ?? {}).length };
  });
}

/** The browser's tab id of the tab that shows `url`. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => {
    const tabs = await (globalThis as unknown as ChromeLike).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

interface TargetInfo { targetId: string; type: string; url: string }
interface CdpReply { id?: number; result?: unknown; error?: { message: string } }

export interface HeapUsage { usedMB: number; totalMB: number }

const MB = 1024 * 1024;

/** Collects garbage in the extension's service worker, then reads its heap usage. */
export async function workerHeap(context: BrowserContext, page: Page, extensionId: string): Promise<HeapUsage> {
  const session: CDPSession = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!target) throw new Error('the extension has no running service worker target');
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const waiting = new Map<number, (reply: CdpReply) => void>();
    session.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const reply = JSON.parse(e.message) as CdpReply;
      if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
    });
    let nextId = 0;
    const call = async (method: string): Promise<unknown> => {
      const id = ++nextId;
      const reply = await new Promise<CdpReply>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${method} on the service worker timed out`)), 10_000);
        waiting.set(id, (r) => { clearTimeout(timer); resolve(r); });
        session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) }).catch(reject);
      });
      if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
      return reply.result;
    };
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return { usedMB: usage.usedSize / MB, totalMB: usage.totalSize / MB };
  } finally {
    await session.detach().catch(() => undefined);
  }
}
