/**
 * The pacing rule (src/core/engine/pacing.ts): properties that must hold for any input
 * (fast-check), and the few numbers the rule is built on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACE, firstMemory, nextProbe, type Answer, type PaceContext, type PaceMemory } from '../../../src/core/engine/pacing';

const MAX_WAIT = 300_000;
const ctxOf = (u: number, over: Partial<PaceContext> = {}): PaceContext => ({ visible: true, statusMajor: false, maxWaitMs: MAX_WAIT, random: () => u, ...over });
const answerOf = (at: number, over: Partial<Answer> = {}): Answer => ({ at, status: 503, latencyMs: 20, retryAfterSeconds: null, rateLimited: false, ...over });

const at = fc.integer({ min: 0, max: 4e12 });
const waited = fc.integer({ min: 0, max: 7_200_000 });
const u = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const status = fc.constantFrom<number | null>(null, 429, 500, 502, 503, 504, 520);
const latency = fc.integer({ min: 0, max: 120_000 });
const retryAfter = fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null });
const brake = fc.constantFrom(1, 2, 4, 8, 16);
const streak = fc.integer({ min: 0, max: 12 });
const maxWait = fc.integer({ min: 1000, max: 86_400_000 });
const context = fc.record({ visible: fc.boolean(), statusMajor: fc.boolean(), maxWaitMs: maxWait, u });
const ctxFrom = (c: { visible: boolean; statusMajor: boolean; maxWaitMs: number; u: number }): PaceContext => ctxOf(c.u, c);
const memoryOf = (now: number, w: number, b: number, k: number): PaceMemory => ({ firstFailedAt: now - w, brake: b, rateLimitStreak: k });

describe('nextProbe properties', () => {
  it('is never sooner than Retry-After, unless the user’s longest wait cut it, which it reports', () => {
    fc.assert(
      fc.property(at, waited, brake, streak, status, latency, fc.integer({ min: 0, max: 100_000 }), fc.boolean(), context, (now, w, b, k, st, l, ra, limited, c) => {
        const d = nextProbe(memoryOf(now, w, b, k), answerOf(now, { status: st, latencyMs: l, retryAfterSeconds: ra, rateLimited: limited }), ctxFrom(c));
        const gap = d.dueAt - now;
        expect(d.serverAskedSeconds).toBe(ra);
        expect(d.cappedByMaxWait).toBe(ra * 1000 > c.maxWaitMs);
        if (d.cappedByMaxWait) expect(gap).toBe(c.maxWaitMs);
        else expect(gap).toBeGreaterThanOrEqual(ra * 1000);
        expect(d.floorAt - now).toBeGreaterThanOrEqual(Math.min(ra * 1000, c.maxWaitMs));
        expect(d.floorAt).toBeLessThanOrEqual(d.dueAt);
        expect(gap).toBeLessThanOrEqual(Math.max(DEFAULT_PACE.minGapMs, c.maxWaitMs));
      }),
    );
  });

  it('answers a 429 with Retry-After exactly then, doubling with each 429 in a row, whatever else it knows', () => {
    fc.assert(
      fc.property(at, waited, brake, streak, fc.integer({ min: 1, max: 3600 }), latency, context, (now, w, b, k, ra, l, c) => {
        const d = nextProbe(memoryOf(now, w, b, k), answerOf(now, { status: 429, latencyMs: l, retryAfterSeconds: ra }), ctxFrom(c));
        const expected = Math.min(Math.max(DEFAULT_PACE.minGapMs, c.maxWaitMs), Math.max(DEFAULT_PACE.minGapMs, ra * 1000 * 2 ** k));
        expect(d.dueAt - now).toBe(expected);
        expect(d.floorAt).toBe(d.dueAt);
        expect(d.memory.rateLimitStreak).toBe(k + 1);
      }),
    );
  });

  it('a run of 429s waits 30, 60, 120 s; any other answer ends the streak', () => {
    let memory = firstMemory(0);
    let now = 0;
    const gaps: number[] = [];
    for (let i = 0; i < 3; i++) {
      const d = nextProbe(memory, answerOf(now, { status: 429, retryAfterSeconds: 30 }), ctxOf(0.5));
      gaps.push(d.dueAt - now);
      [memory, now] = [d.memory, d.dueAt];
    }
    expect(gaps).toEqual([30_000, 60_000, 120_000]);
    expect(nextProbe(memory, answerOf(now, { status: 503 }), ctxOf(0.5)).memory.rateLimitStreak).toBe(0);
  });

  it('after a slow answer of latency L waits at least L·(1/dutyCycle − 1) (9·L), or the longest wait', () => {
    fc.assert(
      fc.property(at, waited, brake, streak, fc.constantFrom<number | null>(null, 500, 502, 503, 504), fc.integer({ min: DEFAULT_PACE.slowAnswerMs, max: 120_000 }), retryAfter, context, (now, w, b, k, st, l, ra, c) => {
        const d = nextProbe(memoryOf(now, w, b, k), answerOf(now, { status: st, latencyMs: l, retryAfterSeconds: ra }), ctxFrom(c));
        const floor = l * (1 / DEFAULT_PACE.dutyCycle - 1);
        expect(d.dueAt - now).toBeGreaterThanOrEqual(Math.min(Math.round(floor), Math.max(DEFAULT_PACE.minGapMs, c.maxWaitMs)));
      }),
    );
  });

  it('keeps a browser’s share of a slow backend’s time under the duty cycle over any run of slow answers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: DEFAULT_PACE.slowAnswerMs, max: 30_000 }), { minLength: 1, maxLength: 40 }), u, (latencies, r) => {
        let memory = firstMemory(0);
        let sent = 0;
        let busy = 0;
        for (const l of latencies) {
          const d = nextProbe(memory, answerOf(sent + l, { status: 504, latencyMs: l }), ctxOf(r));
          busy += l;
          [memory, sent] = [d.memory, d.dueAt];
        }
        // 30-s answers need 270 s of quiet, under the 300-s longest wait, so the share holds exactly.
        expect(busy / sent).toBeLessThanOrEqual(DEFAULT_PACE.dutyCycle + 1e-9);
      }),
    );
  });

  it('is monotone in the time waited, for a fixed random draw', () => {
    fc.assert(
      fc.property(at, waited, waited, brake, status, latency, retryAfter, context, (now, w1, w2, b, st, l, ra, c) => {
        const [short, long] = w1 <= w2 ? [w1, w2] : [w2, w1];
        const answer = answerOf(now, { status: st, latencyMs: l, retryAfterSeconds: ra });
        const a = nextProbe(memoryOf(now, short, b, 0), answer, ctxFrom(c));
        const z = nextProbe(memoryOf(now, long, b, 0), answer, ctxFrom(c));
        expect(z.dueAt).toBeGreaterThanOrEqual(a.dueAt);
      }),
    );
  });

  it('keeps the brake within [1, maxBrake] over any run of answers; fast answers release it', () => {
    fc.assert(
      fc.property(fc.array(latency, { maxLength: 60 }), u, (latencies, r) => {
        let memory = firstMemory(0);
        let now = 0;
        for (const l of latencies) {
          const d = nextProbe(memory, answerOf(now + l, { latencyMs: l }), ctxOf(r));
          expect(d.memory.brake).toBeGreaterThanOrEqual(1);
          expect(d.memory.brake).toBeLessThanOrEqual(DEFAULT_PACE.maxBrake);
          [memory, now] = [d.memory, d.dueAt];
        }
        for (let i = 0; i < 5; i++) memory = nextProbe(memory, answerOf(now, { latencyMs: 10 }), ctxOf(r)).memory;
        expect(memory.brake).toBe(1);
      }),
    );
  });

  it('gives a finite due time, no sooner than the answer, for hostile stored values and inputs', () => {
    const hostile = fc.oneof(fc.constantFrom(NaN, Infinity, -Infinity, -1, -1e308, 1e308, Number.MAX_SAFE_INTEGER, 0), fc.double());
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.record({ firstFailedAt: hostile, brake: hostile, rateLimitStreak: hostile }),
        fc.record({ status: fc.oneof(status, hostile), latencyMs: hostile, retryAfterSeconds: fc.oneof(hostile, fc.constant(null)), rateLimited: fc.boolean() }),
        fc.record({ visible: fc.boolean(), statusMajor: fc.boolean(), maxWaitMs: hostile, draw: hostile }),
        (now, memory, answer, c) => {
          const d = nextProbe(memory, { ...answer, at: now }, { ...c, random: () => c.draw });
          expect(Number.isFinite(d.dueAt)).toBe(true);
          expect(d.dueAt).toBeGreaterThanOrEqual(now);
          expect(d.floorAt).toBeGreaterThanOrEqual(now);
          expect(d.floorAt).toBeLessThanOrEqual(d.dueAt);
          expect(d.dueAt - now).toBeLessThanOrEqual(86_400_000);
          expect(Number.isFinite(d.memory.firstFailedAt) && Number.isFinite(d.memory.rateLimitStreak)).toBe(true);
          expect(d.memory.brake >= 1 && d.memory.brake <= DEFAULT_PACE.maxBrake).toBe(true);
        },
      ),
    );
  });
});

describe('nextProbe numbers', () => {
  it('waits waitedRatio of the time waited (jitter at its middle), floored by Retry-After', () => {
    const memory = firstMemory(0);
    expect(nextProbe(memory, answerOf(300_000), ctxOf(0.5)).dueAt).toBe(300_000 + 300_000 * DEFAULT_PACE.waitedRatio);
    expect(nextProbe(memory, answerOf(2_000, { retryAfterSeconds: 5 }), ctxOf(0.5))).toMatchObject({ dueAt: 7_000, reason: 'retry-after' });
  });

  it('the first slow answer only arms the brake (the duty floor answers it); the second doubles the gap', () => {
    const slow = (m: PaceMemory, t: number) => nextProbe(m, answerOf(t, { latencyMs: 5_000 }), ctxOf(0.5));
    const first = slow({ firstFailedAt: 0, brake: 1, rateLimitStreak: 0 }, 600_000);
    expect(first.memory.brake).toBe(2);
    expect(first.dueAt - 600_000).toBe(Math.max(45_000, 600_000 * DEFAULT_PACE.waitedRatio));
    const second = slow(first.memory, 600_000);
    expect(second.memory.brake).toBe(4);
    expect(second.dueAt - 600_000).toBe(2 * 600_000 * DEFAULT_PACE.waitedRatio);
  });

  it('a hidden tab waits twice as long; a status page in major outage holds at least a minute; the longest wait caps both', () => {
    const memory = firstMemory(0);
    const seen = nextProbe(memory, answerOf(100_000), ctxOf(0.5)).dueAt - 100_000;
    expect(nextProbe(memory, answerOf(100_000), ctxOf(0.5, { visible: false }))).toMatchObject({ dueAt: 100_000 + 2 * seen, reason: 'hidden' });
    expect(nextProbe(memory, answerOf(10_000), ctxOf(0.5, { statusMajor: true }))).toMatchObject({ dueAt: 70_000, reason: 'status-page' });
    expect(nextProbe(memory, answerOf(7_000_000), ctxOf(0.5, { visible: false }))).toMatchObject({ dueAt: 7_000_000 + MAX_WAIT, reason: 'max-wait' });
  });

  it('a Retry-After beyond the longest wait is cut to it and says so', () => {
    const d = nextProbe(firstMemory(0), answerOf(0, { retryAfterSeconds: 3600 }), ctxOf(0.5));
    expect(d).toMatchObject({ dueAt: MAX_WAIT, serverAskedSeconds: 3600, cappedByMaxWait: true, reason: 'max-wait' });
  });
});
