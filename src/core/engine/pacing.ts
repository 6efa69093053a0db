/**
 * When to look at a failing site again: pacing by evidence, pure (no clock, no randomness of
 * its own). One browser cannot tell whether it is the only visitor or one of ten thousand; what
 * it can see is how long it has waited, what the site answered and how fast, Retry-After, whether
 * a person is looking at the tab and what the site's status page says. The rule, in order:
 *
 *  1. 429 with Retry-After: exactly that long (the limiter said when its window reopens); each
 *     429 in a row doubles it. 429 without: at least a minute.
 *  2. Otherwise a gap proportional to the time already waited (`waitedRatio` of it), so a blip is
 *     caught within seconds and a long outage is looked at less and less often: a fleet that has
 *     waited W seconds sends about N / (ratio · W) requests per second when the fix lands.
 *  3. Slow answers (a first-byte or queue timeout means the backend is drowning): a floor keeps
 *     this browser's share of a slow backend's time under `dutyCycle` (after an answer that took
 *     L, wait ≥ L·(1/d − 1)); and the brake, doubled by each slow answer and halved by each fast
 *     one, multiplies the gap by brake/2: the first slow answer only arms it (the floor already
 *     answers one slow answer; doubling the gap too kept an overloaded fleet's p95 at 2.5× its
 *     limit instead of 1.5×), a streak of them doubles the gap each time.
 *  4. Nobody looking (no waiting tab visible): the gap doubles; the engine probes at once when the
 *     tab becomes visible. The status page saying "major outage": at least `statusHoldMs`.
 *  5. Never sooner than Retry-After (RFC 9110 §10.2.3) or `minGapMs`; never longer than the user's
 *     `maxWaitMs`, even when Retry-After asks for more (the view says what the server asked).
 *
 * Every default is set by the fleet benchmark (`npm run bench:fleet`, docs/fleet.md), which shows
 * each scenario beside its physical limit.
 */

export interface PaceOptions {
  /**
   * The gap as a share of the time already waited.
   * @default 0.2 — the largest share that keeps a lone visitor's median under 30 s after a 5-min
   * outage ((√1.2 − 1) · 300 s ≈ 28 s; the benchmark: 26.8 s with Retry-After, 28.7 s without) and
   * under 10 s after 90 s (7.3 s). A fleet of 10,000 that waited 3–5 min then sends about 1.1 × the
   * origin's capacity at the fix, 1.24–1.29 × in its busiest second; ≤ 1 needs 0.25, which puts the
   * lone visitor's 5-min median at 35 s. The lone visitor was chosen (docs/fleet.md, "The one conflict").
   */
  readonly waitedRatio: number;
  /** @default 1000 — no gap shorter (Chromium's first auto-reload step; Fastly sends Retry-After: 0). */
  readonly minGapMs: number;
  /**
   * Spread of the gap around its value, as a share: uniform in [1 − j/2, 1 + j/2].
   * @default 0.5 — browsers that failed in the same second do not come back in the same second
   * (Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015).
   */
  readonly jitter: number;
  /**
   * An answer at least this slow counts as the backend drowning.
   * @default 3000 — a cache or proxy answering for a backend it marked sick answers in
   * milliseconds; a proxy's queue timeout (HAProxy's `timeout queue`, 5 s in its examples) and
   * first-byte timeouts (30–60 s) are well above it.
   */
  readonly slowAnswerMs: number;
  /** @default 16 — the brake's ceiling: at most an eightfold gap (brake/2), and never beyond the user's longest wait. */
  readonly maxBrake: number;
  /**
   * Longest share of a slow backend's time one browser may hold.
   * @default 0.1 — after a 30-s timeout, 270 s of quiet. In the benchmark's slow outage (5 min of
   * 504 after 30 s) Comeback then sends no timeout beyond the user's own navigation, where fixed
   * 5-s reloading sends 6.4 more per browser; 0.2 (120 s of quiet) would send one more, 16 % of
   * fixed-5s's (docs/fleet.md, scenario "slow").
   */
  readonly dutyCycle: number;
  /** Gap factor when no waiting tab is visible. @default 2 */
  readonly hiddenFactor: number;
  /** Least gap while the status page reports a major outage. @default 60000 */
  readonly statusHoldMs: number;
  /** 429 without Retry-After: GitHub's REST docs say wait at least a minute. @default 60000 */
  readonly rateLimitedMs: number;
}

export const DEFAULT_PACE: PaceOptions = Object.freeze({
  waitedRatio: 0.2,
  minGapMs: 1000,
  jitter: 0.5,
  slowAnswerMs: 3000,
  maxBrake: 16,
  dutyCycle: 0.1,
  hiddenFactor: 2,
  statusHoldMs: 60_000,
  rateLimitedMs: 60_000,
});

/** What pacing remembers of a site between answers (persisted with the site). */
export interface PaceMemory {
  /** When this browser first saw the site fail in this outage, ms. */
  readonly firstFailedAt: number;
  /** Multiplier on the gap, ≥ 1. */
  readonly brake: number;
  /** 429s with Retry-After in a row. */
  readonly rateLimitStreak: number;
}

/** One answer of the site (the user's own failed load, or a probe). */
export interface Answer {
  /** When it arrived, ms. */
  readonly at: number;
  /** HTTP status; null for a network error. */
  readonly status: number | null;
  /** From request to answer, ms; 0 when unknown (the user's own load). */
  readonly latencyMs: number;
  readonly retryAfterSeconds: number | null;
  /** The diagnosis says a rate limiter answered (a 503 with a limiter's page counts too). */
  readonly rateLimited: boolean;
}

export interface PaceContext {
  /** A waiting tab of this site is visible to the user. */
  readonly visible: boolean;
  /** The site's status page reports a major outage. */
  readonly statusMajor: boolean;
  /** The user's longest single wait, ms. */
  readonly maxWaitMs: number;
  /** Uniform in [0, 1). */
  readonly random: () => number;
}

export type PaceReason = 'retry-after' | 'rate-limit' | 'waited' | 'slow-answer' | 'hidden' | 'status-page' | 'max-wait';

export interface PaceDecision {
  /** When to probe, ms. */
  readonly dueAt: number;
  /** The earliest the site may be probed at all (a visible tab or Retry now may bring dueAt down to it). */
  readonly floorAt: number;
  readonly memory: PaceMemory;
  /** What set the time, to tell the user. */
  readonly reason: PaceReason;
  /** What Retry-After asked for, seconds; null when nothing valid was sent. */
  readonly serverAskedSeconds: number | null;
  /** Retry-After asked for more than the user's maximum wait, and was cut to it. */
  readonly cappedByMaxWait: boolean;
}

/** No gap longer than a day (the settings' own ceiling for the longest wait), whatever is stored: the due time stays finite. */
const HARD_MAX_GAP_MS = 86_400_000;
/** 429s in a row past this double nothing more (2³⁰ times any Retry-After is past the day anyway). */
const MAX_STREAK = 30;

export function firstMemory(at: number): PaceMemory {
  return { firstFailedAt: at, brake: 1, rateLimitStreak: 0 };
}

/** A stored or computed number that is not a finite non-negative value becomes `fallback`. */
function finite(n: number | null | undefined, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : fallback;
}

export function nextProbe(memory: PaceMemory, answer: Answer, ctx: PaceContext, options: PaceOptions = DEFAULT_PACE): PaceDecision {
  const asked = answer.retryAfterSeconds;
  const serverAskedSeconds = typeof asked === 'number' && Number.isFinite(asked) && asked >= 0 ? asked : null;
  const askedMs = (serverAskedSeconds ?? 0) * 1000;
  // A stored longest wait that is not a number ≥ 0 is no cap of the user's; the hard ceiling still holds.
  const maxWaitMs = Math.max(options.minGapMs, Math.min(HARD_MAX_GAP_MS, finite(ctx.maxWaitMs, HARD_MAX_GAP_MS)));
  const latency = finite(answer.latencyMs, 0);
  const slow = latency >= options.slowAnswerMs;
  // Stored values are clamped before use: a corrupt brake or streak must not outlive one answer.
  const storedBrake = Math.min(options.maxBrake, Math.max(1, finite(memory.brake, 1)));
  const brake = slow ? Math.min(options.maxBrake, storedBrake * 2) : Math.max(1, storedBrake / 2);
  const is429 = answer.status === 429 || answer.rateLimited;
  const streak = is429 && serverAskedSeconds !== null ? Math.min(MAX_STREAK, Math.floor(finite(memory.rateLimitStreak, 0))) + 1 : 0;
  const next: PaceMemory = { firstFailedAt: finite(memory.firstFailedAt, answer.at), brake, rateLimitStreak: streak };

  // The floor below which nothing may go: Retry-After, the minimum gap, the duty cycle.
  const dutyFloorMs = latency * (1 / options.dutyCycle - 1);
  let floorMs = Math.max(options.minGapMs, askedMs, slow ? dutyFloorMs : 0);
  let gap: number;
  let reason: PaceReason;
  if (is429 && serverAskedSeconds !== null) {
    // Exactly when the limiter reopens; sooner is a request some limiters count against the client.
    gap = Math.max(options.minGapMs, askedMs * 2 ** (streak - 1));
    floorMs = gap;
    reason = 'rate-limit';
  } else {
    const waited = Math.max(0, answer.at - next.firstFailedAt);
    const u = Math.min(1, Math.max(0, finite(ctx.random(), 0)));
    const spread = 1 - options.jitter / 2 + options.jitter * u;
    // The first slow answer arms the brake (the duty floor answers it); a streak doubles the gap.
    const brakeFactor = Math.max(1, brake / 2);
    gap = waited * options.waitedRatio * spread * brakeFactor;
    reason = brakeFactor > 1 ? 'slow-answer' : 'waited';
    if (is429) { floorMs = Math.max(floorMs, options.rateLimitedMs); }
    if (!ctx.visible) { gap *= options.hiddenFactor; reason = 'hidden'; }
    if (ctx.statusMajor && gap < options.statusHoldMs) { gap = options.statusHoldMs; reason = 'status-page'; }
    if (gap < floorMs) { gap = floorMs; reason = askedMs >= floorMs && askedMs > 0 ? 'retry-after' : is429 ? 'rate-limit' : slow ? 'slow-answer' : 'waited'; }
  }
  let cappedByMaxWait = false;
  if (gap > maxWaitMs) {
    cappedByMaxWait = askedMs > maxWaitMs;
    gap = maxWaitMs;
    floorMs = Math.min(floorMs, maxWaitMs);
    reason = 'max-wait';
  }
  gap = Math.round(gap);
  return {
    dueAt: answer.at + gap,
    floorAt: answer.at + Math.round(Math.min(floorMs, gap)),
    memory: next,
    reason,
    serverAskedSeconds,
    cappedByMaxWait,
  };
}
