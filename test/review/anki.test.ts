// The session behaves like Anki's: learning steps inside the session, intervals on the rating
// keys, undo, suspend and bury, the exam date as an interval cap, retention from the settings,
// the daily new-card limit, and misses that clear. All pure: no Ink, no clock.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSession,
  cardsLeft,
  currentCard,
  formatInterval,
  initSession,
  isMissActive,
  readState,
  reviewOverview,
  reviewState,
  sessionReducer,
  storedStates,
  type Card,
  type ChoiceCard,
  type ReviewProgress,
  type ReviewRating,
  type SessionState,
} from '../../src/review';
import { maxIntervalDays } from '../../src/review/settings';
import { EMPTY, FIXTURE_LAB, NOW, fixtureCheck, miss } from './fixtures';

const check = fixtureCheck().check;
const lab = FIXTURE_LAB;
const iso = (d: Date): string => d.toISOString();
const minutesLater = (from: Date, m: number): Date => new Date(from.getTime() + m * 60_000);
const daysLater = (from: Date, d: number): Date => new Date(from.getTime() + d * 86_400_000);

/** Three choice cards from the real catalog (first session of a fresh learner). */
function choiceCards(n = 3): ChoiceCard[] {
  const all = buildSession({ lab, progress: EMPTY, now: NOW, seed: 3, check, cards: 100 }).cards;
  const choices = all.filter((c): c is ChoiceCard => c.kind === 'choice');
  expect(choices.length).toBeGreaterThanOrEqual(n);
  return choices.slice(0, n);
}

const right = (c: ChoiceCard): string => c.judge('').expected;
const wrong = (c: ChoiceCard): string => c.options.find((o) => !c.judge(o).correct) as string;

/** Answers the card on screen (right or wrong), keeps the suggested rating or `rating`, moves on at `at`. */
function step(s: SessionState, correct: boolean, at: Date, rating?: ReviewRating): SessionState {
  const card = currentCard(s) as ChoiceCard;
  let next = sessionReducer(s, { type: 'answer', answer: correct ? right(card) : wrong(card), at: iso(at) });
  if (rating) next = sessionReducer(next, { type: 'override', rating });
  return sessionReducer(next, { type: 'next', at: iso(at) });
}

describe('learning steps inside the session', () => {
  it('an Again card comes back before the session ends, after the cards already waiting', () => {
    const [a, b, c] = choiceCards() as [ChoiceCard, ChoiceCard, ChoiceCard];
    let s = initSession([a, b, c]);
    s = step(s, false, NOW); // a: Again (1 minute)
    expect(currentCard(s)).toBe(b);
    expect(cardsLeft(s)).toBe(3);
    s = step(s, true, minutesLater(NOW, 0.1), 'easy'); // b: Easy graduates at once
    expect(currentCard(s)).toBe(c);
    s = step(s, true, minutesLater(NOW, 0.2), 'easy');
    // Nothing else left: the learning card is shown early (Anki's learn-ahead limit).
    expect(currentCard(s)).toBe(a);
    expect(s.phase).toBe('question');
    s = step(s, true, minutesLater(NOW, 0.3), 'easy');
    expect(s.phase).toBe('finished');
    expect(s.results.map((r) => [r.scheduleId, r.rating])).toEqual([
      [a.scheduleId, 'again'],
      [b.scheduleId, 'easy'],
      [c.scheduleId, 'easy'],
      [a.scheduleId, 'easy'],
    ]);
  });

  it('a learning card whose step is over goes ahead of the queue', () => {
    const [a, b, c] = choiceCards() as [ChoiceCard, ChoiceCard, ChoiceCard];
    let s = initSession([a, b, c]);
    s = step(s, false, NOW);
    // b answered two minutes later: a's one-minute step is over, so a comes before c.
    s = step(s, true, minutesLater(NOW, 2), 'easy');
    expect(currentCard(s)).toBe(a);
    s = step(s, true, minutesLater(NOW, 2.1), 'easy');
    expect(currentCard(s)).toBe(c);
  });

  it('Good on a new card is a 10-minute step (back in this session); Easy graduates', () => {
    const [a] = choiceCards(1) as [ChoiceCard];
    let s = initSession([a]);
    s = step(s, true, NOW); // Good
    expect(currentCard(s)).toBe(a);
    s = step(s, true, minutesLater(NOW, 10)); // Good again: graduates to days
    expect(s.phase).toBe('finished');
    const state = readState(storedStates(s)[a.scheduleId]);
    expect(state?.state).toBe(2); // Review
    expect((state?.due.getTime() ?? 0) - minutesLater(NOW, 10).getTime()).toBeGreaterThanOrEqual(86_400_000);
  });

  it('a card still due in more than 20 minutes waits for a later session', () => {
    // A reviewed card that lapses goes to relearning (10 minutes): back in this session.
    const [a] = choiceCards(1) as [ChoiceCard];
    const mature = reviewState(reviewState(undefined, 'easy', NOW), 'good', daysLater(NOW, 8));
    let s = initSession([a], { states: { [a.scheduleId]: mature } });
    s = step(s, true, daysLater(NOW, 30), 'hard');
    // Hard on a review card is days away: not in this session.
    expect(s.phase).toBe('finished');
  });
});

describe('intervals beside the rating keys', () => {
  it('are Anki’s for a new card: Again 1m, Hard 6m, Good 10m, Easy days', () => {
    const [a] = choiceCards(1) as [ChoiceCard];
    const s = sessionReducer(initSession([a]), { type: 'answer', answer: right(a), at: iso(NOW) });
    const shown = Object.fromEntries(Object.entries(s.intervals ?? {}).map(([r, ms]) => [r, formatInterval(ms)]));
    expect(shown).toMatchObject({ again: '1m', hard: '6m', good: '10m' });
    expect(shown.easy).toMatch(/^\d+d$/);
  });

  it('match what the rating then schedules', () => {
    const [a] = choiceCards(1) as [ChoiceCard];
    for (const r of ['again', 'hard', 'good', 'easy'] as const) {
      const answered = sessionReducer(initSession([a]), { type: 'answer', answer: right(a), at: iso(NOW) });
      const rated = sessionReducer(answered, { type: 'override', rating: r });
      const due = readState(storedStates(rated)[a.scheduleId])?.due.getTime();
      expect(due, r).toBe(NOW.getTime() + (answered.intervals?.[r] ?? NaN));
    }
  });

  it('format like Anki: minutes, hours, days, months, years', () => {
    expect([60_000, 600_000, 3 * 3_600_000, 86_400_000 * 3, 86_400_000 * 45, 86_400_000 * 800].map(formatInterval)).toEqual([
      '1m',
      '10m',
      '3h',
      '3d',
      '1.5mo',
      '2.2y',
    ]);
  });
});

describe('undo', () => {
  it('goes back to the last rated card, its schedule as it was before', () => {
    const [a, b] = choiceCards(2) as [ChoiceCard, ChoiceCard];
    let s = initSession([a, b]);
    s = step(s, true, NOW, 'easy');
    expect(storedStates(s)[a.scheduleId]).toBeDefined();
    const undone = sessionReducer(s, { type: 'undo' });
    expect(currentCard(undone)).toBe(a);
    expect(undone.phase).toBe('answered');
    expect(undone.rating).toBe('easy');
    expect(undone.results).toEqual([]);
    // Re-rate it: the new rating replaces the old one, it does not add a review.
    const rerated = sessionReducer(sessionReducer(undone, { type: 'override', rating: 'hard' }), { type: 'next', at: iso(NOW) });
    expect(readState(storedStates(rerated)[a.scheduleId])?.reps).toBe(1);
    expect(rerated.results.map((r) => r.rating)).toEqual(['hard']);
  });

  it('undoes a suspension too, and does nothing with nothing to undo', () => {
    const [a, b] = choiceCards(2) as [ChoiceCard, ChoiceCard];
    const s = initSession([a, b]);
    expect(sessionReducer(s, { type: 'undo' })).toBe(s);
    const suspended = sessionReducer(s, { type: 'suspend', at: iso(NOW) });
    expect(currentCard(suspended)).toBe(b);
    const back = sessionReducer(suspended, { type: 'undo' });
    expect(currentCard(back)).toBe(a);
    expect(storedStates(back)[a.scheduleId]).toBeUndefined();
  });
});

describe('suspend and bury', () => {
  const progressAfter = (s: SessionState): ReviewProgress => ({
    cards: Object.fromEntries(Object.entries(storedStates(s)).map(([id, state]) => [id, { state, updatedAt: NOW.getTime() }])),
    misses: {},
  });

  it('a suspended card stays out of every session and count until unsuspended', () => {
    const first = buildSession({ lab, progress: EMPTY, now: NOW, seed: 1, check, cards: 1 });
    const card = first.cards[0] as Card;
    const s = sessionReducer(initSession(first.cards, { states: first.states }), { type: 'suspend', at: iso(NOW) });
    expect(s.phase).toBe('finished');
    expect(s.results).toEqual([]);
    expect(s.setAside).toEqual([{ scheduleId: card.scheduleId, how: 'suspended' }]);
    const progress = progressAfter(s);
    for (const when of [NOW, daysLater(NOW, 400)]) {
      const ids = buildSession({ lab, progress, now: when, seed: 1, check, cards: 100 }).cards.map((c) => c.scheduleId);
      expect(ids).not.toContain(card.scheduleId);
      expect(buildSession({ lab, progress, now: when, seed: 1, check, cards: 100, cram: true }).cards.map((c) => c.scheduleId)).not.toContain(card.scheduleId);
    }
    const unlimited = { newCardsPerDay: 10_000 };
    const overview = reviewOverview(progress, NOW, lab, unlimited);
    expect(overview.setAside).toBe(1);
    expect(overview.fresh + overview.setAside).toBe(reviewOverview(EMPTY, NOW, lab, unlimited).fresh);
  });

  it('a buried card is back the next day, as it was', () => {
    const first = buildSession({ lab, progress: EMPTY, now: NOW, seed: 1, check, cards: 1 });
    const card = first.cards[0] as Card;
    const s = sessionReducer(initSession(first.cards, { states: first.states }), { type: 'bury', at: iso(NOW) });
    const progress = progressAfter(s);
    const ids = (when: Date) => buildSession({ lab, progress, now: when, seed: 1, check, cards: 100 }).cards.map((c) => c.scheduleId);
    expect(ids(minutesLater(NOW, 60))).not.toContain(card.scheduleId);
    expect(ids(daysLater(NOW, 1))).toContain(card.scheduleId);
  });
});

describe('exam date and retention', () => {
  it('no interval runs past the exam day (an exam tomorrow still allows one day)', () => {
    const examDate = '2026-03-30';
    const exam = new Date(2026, 2, 30).getTime();
    const ratings = fc.constantFrom<ReviewRating>('again', 'hard', 'good', 'easy');
    fc.assert(
      fc.property(fc.array(fc.tuple(ratings, fc.integer({ min: 1, max: 60 * 24 * 6 })), { minLength: 1, maxLength: 10 }), (steps) => {
        let state: unknown;
        let at = NOW.getTime();
        for (const [r, minutes] of steps) {
          at += minutes * 60_000;
          if (at >= exam) return;
          const cap = maxIntervalDays({ examDate }, new Date(at));
          const params = { desiredRetention: 0.9, ...(cap === undefined ? {} : { maxIntervalDays: cap }) };
          state = reviewState(state, r, new Date(at), { params });
          const due = readState(state)?.due.getTime() ?? Infinity;
          if ((cap ?? 99) >= 2 || exam - at > 86_400_000) expect(due).toBeLessThan(exam);
          else expect(due).toBeLessThanOrEqual(at + 86_400_000);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('without an exam date a strong card goes far beyond four weeks; with one four weeks out it does not', () => {
    const strong = reviewState(reviewState(reviewState(undefined, 'easy', NOW), 'easy', daysLater(NOW, 10)), 'easy', daysLater(NOW, 60));
    const at = daysLater(NOW, 200);
    const free = buildSession({ lab, progress: EMPTY, now: at, seed: 1, check }).params;
    const capped = buildSession({ lab, progress: EMPTY, now: at, seed: 1, check, settings: { examDate: '2026-10-16' } }).params;
    expect(capped.maxIntervalDays).toBe(27);
    const days = (params: typeof free) => ((readState(reviewState(strong, 'easy', at, { params }))?.due.getTime() ?? 0) - at.getTime()) / 86_400_000;
    expect(days(free)).toBeGreaterThan(100);
    expect(days(capped)).toBeLessThanOrEqual(27);
  });

  it('a higher desired retention brings cards back sooner', () => {
    const card = reviewState(reviewState(undefined, 'good', NOW), 'good', minutesLater(NOW, 10));
    const at = daysLater(NOW, 3);
    const due = (desiredRetention: number) => readState(reviewState(card, 'good', at, { params: { desiredRetention } }))?.due.getTime() ?? 0;
    expect(due(0.95)).toBeLessThan(due(0.9));
    expect(due(0.9)).toBeLessThan(due(0.8));
  });
});

describe('new cards a day', () => {
  it('at most the daily limit of never-seen cards, counted from the first review today', () => {
    const limited = { newCardsPerDay: 3 };
    const first = buildSession({ lab, progress: EMPTY, now: NOW, seed: 1, check, cards: 10, settings: limited });
    expect(first.cards).toHaveLength(3);
    expect(reviewOverview(EMPTY, NOW, lab, limited).fresh).toBe(3);
    let s = initSession(first.cards, { states: first.states });
    while (s.phase !== 'finished') {
      const card = currentCard(s) as Card;
      if (card.kind === 'self') s = sessionReducer(s, { type: 'answer', answer: '', at: iso(NOW) });
      else s = sessionReducer(s, { type: 'answer', answer: card.judge('').expected, at: iso(NOW) });
      s = sessionReducer(sessionReducer(s, { type: 'override', rating: 'easy' }), { type: 'next', at: iso(NOW) });
    }
    const progress: ReviewProgress = {
      cards: Object.fromEntries(Object.entries(storedStates(s)).map(([id, state]) => [id, { state, updatedAt: NOW.getTime() }])),
      misses: {},
    };
    expect(buildSession({ lab, progress, now: minutesLater(NOW, 30), seed: 1, check, settings: limited }).cards).toHaveLength(0);
    expect(reviewOverview(progress, minutesLater(NOW, 30), lab, limited).fresh).toBe(0);
    expect(buildSession({ lab, progress, now: daysLater(NOW, 1), seed: 1, check, settings: limited, cards: 10 }).cards.length).toBeGreaterThanOrEqual(3);
  });
});

describe('misses clear', () => {
  const blankCard = 'blank.fx.repair_is_cheaper';
  const missed: ReviewProgress = { cards: {}, misses: { 'fx.repair_is_cheaper': miss(2, NOW) } };

  it('a miss stays until answered right twice in a row in review', () => {
    const once = reviewState(undefined, 'good', minutesLater(NOW, 5), { correct: true });
    expect(isMissActive(missed.misses?.['fx.repair_is_cheaper'], once)).toBe(true);
    const twice = reviewState(once, 'good', minutesLater(NOW, 20), { correct: true });
    expect(isMissActive(missed.misses?.['fx.repair_is_cheaper'], twice)).toBe(false);
    // Right, wrong, right: not two in a row.
    const broken = reviewState(reviewState(once, 'again', minutesLater(NOW, 20), { correct: false }), 'good', minutesLater(NOW, 30), { correct: true });
    expect(isMissActive(missed.misses?.['fx.repair_is_cheaper'], broken)).toBe(true);
    // Two right answers before the miss do not clear it.
    const before = reviewState(reviewState(undefined, 'good', minutesLater(NOW, -30), { correct: true }), 'good', minutesLater(NOW, -10), { correct: true });
    expect(isMissActive(missed.misses?.['fx.repair_is_cheaper'], before)).toBe(true);
  });

  it('a pass in practice or a drill after the miss clears it; a newer miss brings it back', () => {
    expect(isMissActive(miss(2, NOW, minutesLater(NOW, 1)), undefined)).toBe(false);
    expect(isMissActive(miss(2, minutesLater(NOW, 2), minutesLater(NOW, 1)), undefined)).toBe(true);
  });

  it('once cleared it is an ordinary card: not due as a miss, not first in cram', () => {
    const cleared: ReviewProgress = { cards: {}, misses: { 'fx.repair_is_cheaper': miss(2, NOW, minutesLater(NOW, 1)) } };
    expect(reviewOverview(missed, NOW, lab)).toMatchObject({ due: 1, misses: 1 });
    expect(reviewOverview(cleared, minutesLater(NOW, 2), lab)).toMatchObject({ due: 0, misses: 0 });
    expect(buildSession({ lab, progress: missed, now: NOW, seed: 1, check, cram: true }).cards[0]?.scheduleId).toBe(blankCard);
    expect(buildSession({ lab, progress: cleared, now: NOW, seed: 1, check, cram: true }).cards[0]?.scheduleId).not.toBe(blankCard);
  });
});

describe('Home counts', () => {
  it('a due miss is counted once: as due, not also as new', () => {
    const missed: ReviewProgress = { cards: {}, misses: { 'fx.repair_is_cheaper': miss(2, NOW) } };
    const plain = reviewOverview(EMPTY, NOW, lab, { newCardsPerDay: 1000 });
    const withMiss = reviewOverview(missed, NOW, lab, { newCardsPerDay: 1000 });
    expect(withMiss.due).toBe(1);
    expect(withMiss.fresh).toBe(plain.fresh - 1);
  });

  it('says when the next card falls due, so a count can refresh right then', () => {
    const state = reviewState(undefined, 'again', NOW);
    expect(reviewOverview(EMPTY, NOW, lab).nextDueAt).toBeNull();
    const first = buildSession({ lab, progress: EMPTY, now: NOW, seed: 1, check, cards: 1 });
    const id = first.cards[0]?.scheduleId as string;
    const known: ReviewProgress = { cards: { [id]: { state, updatedAt: NOW.getTime() } }, misses: {} };
    expect(reviewOverview(known, NOW, lab).nextDueAt).toBe(Date.parse(state.due));
    expect(reviewOverview(known, NOW, lab).due).toBe(0);
    expect(reviewOverview(known, minutesLater(NOW, 1), lab).due).toBe(1);
  });
});
