// @vitest-environment happy-dom
/**
 * The overlay's verdict line: "checking" first, then the background's line as plain text (an
 * incident title with markup stays inert), nothing when the background has no answer.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, waitFor, type FakeBrowser } from '../ui/fake-browser';

const fake: { current: FakeBrowser } = vi.hoisted(() => ({ current: null as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', () => ({ get default() { return fake.current.browser; } }));

const { VerdictLine } = await import('../../../src/content/verdict-line');

let root: HTMLElement;
beforeEach(() => {
  fake.current = createFakeBrowser();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => { render(null, root); root.remove(); });

const verdict = (): HTMLElement | null => root.querySelector('[data-testid="verdict"]');

describe('VerdictLine', () => {
  it('says it is checking, then shows the line as text, never as HTML', async () => {
    let answer: (v: unknown) => void = () => undefined;
    fake.current.answers['overlay/verdict'] = () => new Promise((resolve) => { answer = resolve; });
    render(<VerdictLine />, root);
    await waitFor(() => verdict() !== null && fake.current.sent.length === 1);
    expect(verdict()?.textContent).toBe("Checking whether it's down for everyone…");
    const line = 'Down for everyone: <img src=x onerror="alert(1)"> API down';
    answer({ line, verdict: 'everyone' });
    await waitFor(() => verdict()?.getAttribute('data-verdict') === 'everyone');
    expect(verdict()?.textContent).toBe(line);
    expect(verdict()?.querySelector('img')).toBeNull();
    expect(fake.current.sent).toEqual([{ type: 'overlay/verdict', payload: {} }]);
  });

  it('shows nothing when the background has no verdict or fails', async () => {
    fake.current.answers['overlay/verdict'] = () => null;
    render(<VerdictLine />, root);
    await waitFor(() => fake.current.sent.length === 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(verdict()).toBeNull();
  });
});
