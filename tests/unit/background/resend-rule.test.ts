/** The form-resend rate rule: one resend per tab every RESEND_INTERVAL_MS (src/background/resend.ts). */
import { describe, expect, it, vi } from 'vitest';

// Only the pure rule is tested here; the module's imports need an extension runtime to load.
vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../../src/content/overlay?iife', () => ({ default: 'src/content/overlay.js' }));

const { mayResend, RESEND_INTERVAL_MS } = await import('../../../src/background/resend');

describe('mayResend', () => {
  it('allows the first resend, refuses another inside the window, allows it after', () => {
    expect(mayResend(undefined, 1_000)).toBe(true);
    expect(mayResend(1_000, 1_000)).toBe(false);
    expect(mayResend(1_000, 1_000 + RESEND_INTERVAL_MS - 1)).toBe(false);
    expect(mayResend(1_000, 1_000 + RESEND_INTERVAL_MS)).toBe(true);
  });
  it('does not lock a tab out when the clock went back', () => {
    expect(mayResend(50_000, 10_000)).toBe(true);
  });
  it('is 30 s', () => {
    expect(RESEND_INTERVAL_MS).toBe(30_000);
  });
});
