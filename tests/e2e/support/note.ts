/**
 * Records a measurement on the running test (an annotation in the report) and prints it, so a
 * run's timings can be read from the list reporter's output too.
 */
import { test } from '@playwright/test';

export function note(type: string, description: string): void {
  test.info().annotations.push({ type, description });
  console.log(`  [${test.info().title.slice(0, 40)}] ${type}: ${description}`);
}
