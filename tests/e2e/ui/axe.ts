/**
 * axe-core in a page, for the popup, the options page and the overlay. The source is evaluated
 * through the DevTools protocol rather than added as a <script>: extension pages' CSP
 * (script-src 'self') would refuse an inline script tag.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { repoPath } from '../support/dist';

const AXE_SOURCE = readFileSync(repoPath('node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }

/** axe's violations (WCAG 2.x A and AA) in `page`, optionally inside one element, as readable lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (selector) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const context = selector ? { include: [selector] } : document;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  }, include ?? null);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}): ${v.help} at ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
}
