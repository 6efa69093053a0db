import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/ui/format-message';
import { formatDuration, secondsLeft } from '../../../src/popup/duration';

const { tabIdFromQuery } = await import('../../../src/popup/tab-id');

describe('formatMessage (messages.json filled like browser.i18n)', () => {
  const entry = {
    message: 'Attempt $ATTEMPT$ of $max$ costs $$5',
    placeholders: { attempt: { content: '$1' }, MAX: { content: '$2' } },
  };
  it('fills named placeholders case-insensitively from positional substitutions', () => {
    expect(formatMessage(entry, ['3', '10'])).toBe('Attempt 3 of 10 costs $5');
  });
  it('leaves missing substitutions empty and unknown names as written', () => {
    expect(formatMessage(entry, ['3'])).toBe('Attempt 3 of  costs $5');
    expect(formatMessage({ message: 'a $NOPE$ b $1' }, ['x'])).toBe('a $NOPE$ b x');
  });
  it('does not re-expand a substitution that looks like a placeholder', () => {
    expect(formatMessage({ message: '$SITE$!', placeholders: { site: { content: '$1' } } }, ['$2$$'])).toBe('$2$$!');
  });
});

describe('popup helpers', () => {
  const t = (key: string, subs: string[]): string => `${key}(${subs.join(',')})`;
  it('formats durations in s, min:s and h:min', () => {
    expect(formatDuration(45, t)).toBe('pp_duration_s(45)');
    expect(formatDuration(125, t)).toBe('pp_duration_min_s(2,05)');
    expect(formatDuration(3 * 3600 + 7 * 60 + 59, t)).toBe('pp_duration_h_min(3,07)');
    expect(formatDuration(-3, t)).toBe('pp_duration_s(0)');
  });
  it('rounds the countdown up, never below zero', () => {
    expect(secondsLeft(10_001, 0)).toBe(11);
    expect(secondsLeft(0, 5000)).toBe(0);
  });
  it('reads ?tabId= only when it is a plain integer', () => {
    expect(tabIdFromQuery('?tabId=42')).toBe(42);
    expect(tabIdFromQuery('?tabId=-1')).toBeNull();
    expect(tabIdFromQuery('?tabId=4e2')).toBeNull();
    expect(tabIdFromQuery('')).toBeNull();
  });
});
