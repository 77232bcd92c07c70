import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/io';
import { MAX_CARDS, parseCards } from '../../src/cli/review';

describe('review --cards', () => {
  it('takes a whole number from 1 to 100, or nothing', () => {
    expect(parseCards(undefined)).toBeUndefined();
    expect(parseCards('1')).toBe(1);
    expect(parseCards('5')).toBe(5);
    expect(parseCards(String(MAX_CARDS))).toBe(100);
  });

  it('refuses anything else as a usage error that says what is allowed', () => {
    for (const bad of ['0', '101', '-3', '1.5', 'abc', '', '5x', '1e2']) {
      expect(() => parseCards(bad), bad).toThrow(UsageError);
      expect(() => parseCards(bad), bad).toThrow('--cards must be a whole number from 1 to 100');
    }
  });
});
