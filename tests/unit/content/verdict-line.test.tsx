// @vitest-environment happy-dom
/**
 * The overlay's verdict line: "checking" first, then the background's line as plain text (an
 * incident title with markup stays inert), nothing when the background has no answer.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBackground, waitFor } from '../../support/fake-browser';

const { VerdictLine } = await import('../../../src/content/verdict-line');

let root: HTMLElement;
let bg: ReturnType<typeof fakeBackground>;
beforeEach(() => {
  bg = fakeBackground();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => { render(null, root); root.remove(); });

const verdict = (): HTMLElement | null => root.querySelector('[data-testid="verdict"]');

describe('VerdictLine', () => {
  it('says it is checking, then shows the line as text, never as HTML', async () => {
    let answer: (v: unknown) => void = () => undefined;
    bg.answers['checks/verdict'] = () => new Promise((resolve) => { answer = resolve; });
    render(<VerdictLine />, root);
    await waitFor(() => verdict() !== null && bg.sent.length === 1);
    expect(verdict()?.textContent).toBe("Checking whether it's down for everyone…");
    const line = 'Down for everyone: <img src=x onerror="alert(1)"> API down';
    answer({ line, verdict: 'everyone' });
    await waitFor(() => verdict()?.getAttribute('data-verdict') === 'everyone');
    expect(verdict()?.textContent).toBe(line);
    expect(verdict()?.querySelector('img')).toBeNull();
    expect(bg.sent).toEqual([{ type: 'checks/verdict', payload: {} }]);
  });

  it('shows nothing when the background has no verdict or fails', async () => {
    bg.answers['checks/verdict'] = () => null;
    render(<VerdictLine />, root);
    await waitFor(() => bg.sent.length === 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(verdict()).toBeNull();
  });
});
