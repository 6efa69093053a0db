/**
 * A small time-boxed cache that also shares in-flight work, so many tabs failing on the same
 * host cause one request, not one each. Pure apart from the clock passed in. In-memory: when
 * the service worker dies the cache goes with it, which only costs a repeat request.
 */

/** Options for ResultCache. */
export interface ResultCacheOptions {
  /** The caller's clock, ms. */
  now: () => number;
  /** How long a finished result is reused. Default 60 000 ms ("about a minute"). */
  ttlMs?: number;
  /** Most keys kept; the oldest go first. Default 200. */
  maxEntries?: number;
}

type Entry<T> = { kind: 'done'; value: T; expiresAt: number } | { kind: 'running'; promise: Promise<T> };

/** Results keyed by string (a host, an origin), reused for `ttlMs`, shared while running. */
export class ResultCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #now: () => number;
  readonly #ttlMs: number;
  readonly #maxEntries: number;

  constructor(options: ResultCacheOptions) {
    this.#now = options.now;
    this.#ttlMs = options.ttlMs ?? 60_000;
    this.#maxEntries = options.maxEntries ?? 200;
  }

  /**
   * The cached result for `key`, the running task's promise, or a new run of `task`.
   * A rejected task is not cached, so the next caller tries again.
   */
  run(key: string, task: () => Promise<T>): Promise<T> {
    const entry = this.#entries.get(key);
    if (entry?.kind === 'running') return entry.promise;
    if (entry?.kind === 'done' && entry.expiresAt > this.#now()) return Promise.resolve(entry.value);
    const running: Entry<T> = {
      kind: 'running',
      // `new Promise` turns a synchronous throw in `task` into a rejection.
      promise: new Promise<T>((resolve) => resolve(task())).then(
        (value) => {
          // Only if nobody invalidated or replaced this run meanwhile.
          if (this.#entries.get(key) === running) {
            this.#entries.set(key, { kind: 'done', value, expiresAt: this.#now() + this.#ttlMs });
          }
          return value;
        },
        (error: unknown) => {
          if (this.#entries.get(key) === running) this.#entries.delete(key);
          throw error;
        },
      ),
    };
    this.#entries.delete(key); // re-insert so Map order stays oldest-first
    this.#entries.set(key, running);
    this.#evict();
    return running.promise;
  }

  /** A fresh finished result for `key`, without starting anything. */
  peek(key: string): T | undefined {
    const entry = this.#entries.get(key);
    return entry?.kind === 'done' && entry.expiresAt > this.#now() ? entry.value : undefined;
  }

  /** Forget `key` (e.g. when the user asks to check again), or everything. */
  invalidate(key?: string): void {
    if (key === undefined) this.#entries.clear();
    else this.#entries.delete(key);
  }

  #evict(): void {
    if (this.#entries.size <= this.#maxEntries) return;
    const now = this.#now();
    for (const [key, entry] of this.#entries) {
      if (entry.kind === 'done' && entry.expiresAt <= now) this.#entries.delete(key);
    }
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries) break;
      this.#entries.delete(key);
    }
  }
}
