import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/io';
import { MAX_CARDS, parseCards, parseExamQuestions, parseSettings } from '../../src/cli/review';

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

describe('review --exam-date and --retention', () => {
  it('become review settings', () => {
    expect(parseSettings({})).toEqual({});
    expect(parseSettings({ examDate: '2026-12-20', retention: '0.95' })).toEqual({ examDate: '2026-12-20', desiredRetention: 0.95 });
  });

  it('refuse dates not on the calendar and retention out of range, in one line', () => {
    expect(() => parseSettings({ examDate: '2026-02-30' })).toThrow('--exam-date: 2026-02-30 is not a date on the calendar');
    expect(() => parseSettings({ examDate: 'next week' })).toThrow('--exam-date: exam date must be YYYY-MM-DD, got next week');
    for (const bad of ['0.5', '1', 'high', '']) expect(() => parseSettings({ retention: bad }), bad).toThrow(UsageError);
  });
});

describe('review --exam [N]', () => {
  it('takes 1 to 60 questions, 20 without N', () => {
    expect(parseExamQuestions(undefined)).toBeUndefined();
    expect(parseExamQuestions('')).toBe(20);
    expect(parseExamQuestions('45')).toBe(45);
    for (const bad of ['0', '61', 'ten', '-1']) expect(() => parseExamQuestions(bad), bad).toThrow('--exam takes a number of questions from 1 to 60');
  });
});
