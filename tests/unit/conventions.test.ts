/**
 * The house rules that a machine can check (docs/design.md, "Rules of the house"), run over the
 * real tree. Each failure names the file and what to do; the checkers themselves are in
 * tests/support/conventions.ts and are shown to fail on bad input in conventions-checkers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { LIVE_CASES, liveFile } from '../live/live-cases';
import {
  badCitationsInTree,
  browserUseInTree,
  detectorsWithoutFixtureInTree,
  MAX_LINES,
  platformsWithoutFixtureInTree,
  tooLongInTree,
} from '../support/conventions';

const live = LIVE_CASES.map((c) => ({ file: liveFile(c), producer: c.expect.producer }));

describe('conventions', () => {
  it('src/core is browser-free (no webextension-polyfill, no browser globals)', () => {
    expect(browserUseInTree(), 'docs/design.md, "Pure core, thin shell"').toEqual([]);
  });

  it(`no source file in src/ passes ${MAX_LINES} lines`, () => {
    expect(tooLongInTree(), 'docs/design.md, "Small files, plain names"').toEqual([]);
  });

  it('every detector in src/core/diagnose/order.ts has a fixture that classifies to its producer', () => {
    expect(detectorsWithoutFixtureInTree(live)).toEqual([]);
  });

  it('every status platform in src/status/platforms/order.ts has a fixture tests/fixtures/status/<kind>-*.json', () => {
    expect(platformsWithoutFixtureInTree()).toEqual([]);
  });

  it('comments cite only documents (and sections) that exist in the repository', () => {
    expect(badCitationsInTree()).toEqual([]);
  });
});
