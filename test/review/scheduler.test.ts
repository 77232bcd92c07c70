import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDue, readState, reviewState, suggestedRating, writeState } from '../../src/review/scheduler';
import type { ReviewRating } from '../../src/review/types';

const T0 = new Date('2026-03-02T09:00:00Z');
const rating = fc.constantFrom<ReviewRating>('again', 'hard', 'good', 'easy');

describe('stored card state', () => {
  it('round-trips through JSON over any sequence of reviews', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rating, fc.integer({ min: 1, max: 60 * 24 * 40 })), { minLength: 1, maxLength: 12 }), (steps) => {
        let state: unknown = undefined;
        let at = T0.getTime();
        for (const [r, minutes] of steps) {
          at += minutes * 60_000;
          const next = reviewState(state, r, new Date(at));
          const copy: unknown = JSON.parse(JSON.stringify(next));
          expect(copy).toEqual(next);
          expect(writeState(readState(copy) as NonNullable<ReturnType<typeof readState>>, next.lastVariant)).toEqual(next);
          // Continuing from the JSON copy gives the same schedule as continuing from the original.
          expect(reviewState(copy, 'good', new Date(at + 1000))).toEqual(reviewState(next, 'good', new Date(at + 1000)));
          state = copy;
        }
        const final = readState(state);
        expect(final?.reps).toBe(steps.length);
        expect(typeof (state as { due: unknown }).due).toBe('string');
      }),
      { numRuns: 100 },
    );
  });

  it('reads anything unknown as "never reviewed"', () => {
    for (const junk of [undefined, null, 42, 'x', {}, { v: 2 }, { v: 1, due: 'not a date' }, { ...reviewState(undefined, 'good', T0), stability: 'high' }]) {
      expect(readState(junk)).toBeNull();
      expect(isDue(junk, T0)).toBe(false);
    }
    // An unreadable previous state is replaced by a fresh first review.
    expect(reviewState({ garbage: true }, 'good', T0)).toEqual(reviewState(undefined, 'good', T0));
  });

  it('Again comes back sooner than Good, Good sooner than Easy', () => {
    const first = reviewState(undefined, 'good', T0);
    const later = new Date(Date.parse(first.due) + 60_000);
    const due = (r: ReviewRating) => Date.parse(reviewState(first, r, later).due);
    expect(due('again')).toBeLessThan(due('good'));
    expect(due('good')).toBeLessThan(due('easy'));
  });

  it('is due exactly from its due date', () => {
    const s = reviewState(undefined, 'good', T0);
    const due = new Date(s.due);
    expect(isDue(s, new Date(due.getTime() - 1))).toBe(false);
    expect(isDue(s, due)).toBe(true);
  });

  it('keeps the last variant across reviews unless a new one is given', () => {
    const a = reviewState(undefined, 'good', T0, 'daily.6.0');
    expect(a.lastVariant).toBe('daily.6.0');
    expect(reviewState(a, 'good', new Date(a.due)).lastVariant).toBe('daily.6.0');
    expect(reviewState(a, 'good', new Date(a.due), 'hourly.0').lastVariant).toBe('hourly.0');
  });

  it('automatic grading: correct → Good, wrong → Again', () => {
    expect(suggestedRating(true)).toBe('good');
    expect(suggestedRating(false)).toBe('again');
  });
});
