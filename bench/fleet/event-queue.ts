/**
 * A binary min-heap of (time, client) events, in typed arrays so 10,000 clients and millions of
 * retries stay fast. Ties pop in an order fixed by the push order, so runs are deterministic.
 */
export class EventQueue {
  private times: Float64Array;
  private ids: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.times = new Float64Array(Math.max(16, capacity));
    this.ids = new Int32Array(Math.max(16, capacity));
  }

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.count > 0 ? (this.times[0] as number) : Infinity;
  }

  push(time: number, id: number): void {
    if (this.count === this.times.length) this.grow();
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.times[parent] as number) <= time) break;
      this.times[i] = this.times[parent] as number;
      this.ids[i] = this.ids[parent] as number;
      i = parent;
    }
    this.times[i] = time;
    this.ids[i] = id;
  }

  /** Removes the earliest event and returns its client id (call peekTime first for its time). */
  pop(): number {
    const top = this.ids[0] as number;
    const n = --this.count;
    const time = this.times[n] as number;
    const id = this.ids[n] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (this.times[right] as number) < (this.times[child] as number)) child = right;
      if ((this.times[child] as number) >= time) break;
      this.times[i] = this.times[child] as number;
      this.ids[i] = this.ids[child] as number;
      i = child;
    }
    this.times[i] = time;
    this.ids[i] = id;
    return top;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    const ids = new Int32Array(this.ids.length * 2);
    times.set(this.times);
    ids.set(this.ids);
    this.times = times;
    this.ids = ids;
  }
}
