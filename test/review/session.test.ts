import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/progress/types';
import {
  buildSession,
  cardUpdates,
  deckMakers,
  correctedBlanks,
  currentCard,
  dueCount,
  initSession,
  reviewOverview,
  sessionReducer,
  summarize,
  type Card,
  type ReviewProgress,
  type ReviewResult,
  type SessionState,
} from '../../src/review';
import { reviewState } from '../../src/review/scheduler';
import { EMPTY, FIXTURE_LAB, NOW, fixtureCheck, miss } from './fixtures';

const check = fixtureCheck().check;
const lab = FIXTURE_LAB;
const hoursLater = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

/**
 * Answers each card once with its reference (self cards rated Good) and returns the results.
 * Cards in their learning steps would come back in the session: it ends after one pass.
 */
function answerAll(cards: Card[], at: Date, wrong = false): ReviewResult[] {
  let state: SessionState = initSession(cards);
  while (state.phase !== 'finished' && state.results.length < cards.length) {
    const card = currentCard(state) as Card;
    const answer = card.kind === 'self' ? '' : wrong ? 'definitely not it' : card.judge('').expected;
    state = sessionReducer(state, { type: 'answer', answer, at: at.toISOString() });
    if (card.kind === 'self') state = sessionReducer(state, { type: 'override', rating: wrong ? 'again' : 'good' });
    state = sessionReducer(state, { type: 'next' });
  }
  return sessionReducer(state, { type: 'finish' }).results;
}

function apply(progress: ReviewProgress, results: ReviewResult[]): ReviewProgress {
  return { ...progress, cards: { ...progress.cards, ...cardUpdates(progress, results) } };
}

describe('buildSession: size and order', () => {
  it('at most N cards, 10 by default', () => {
    expect(buildSession({ lab, progress: EMPTY, now: NOW, seed: 1, check }).cards).toHaveLength(10);
    expect(buildSession({ lab, progress: EMPTY, now: NOW, seed: 1, check, cards: 3 }).cards).toHaveLength(3);
    expect(buildSession({ lab, progress: EMPTY, now: NOW, seed: 1, check, cards: 0 }).cards).toHaveLength(0);
    const all = deckMakers(lab, [], 1, check).length;
    // With no daily limit on new cards: every card of the deck (20 a day by default).
    expect(buildSession({ lab, progress: EMPTY, now: NOW, seed: 1, check, cards: 999, settings: { newCardsPerDay: 10_000 } }).cards).toHaveLength(all);
    expect(buildSession({ lab, progress: EMPTY, now: NOW, seed: 1, check, cards: 999 }).cards).toHaveLength(20);
  });

  it('any size and seed: no more than asked, no card twice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer(), fc.boolean(), (n, seed, cram) => {
        const { cards } = buildSession({ lab, progress: EMPTY, now: NOW, seed, check, cards: n, cram });
        expect(cards.length).toBeLessThanOrEqual(n);
        expect(new Set(cards.map((c) => c.scheduleId)).size).toBe(cards.length);
      }),
      { numRuns: 60 },
    );
  });

  it('a first session opens with the exam tip and spans the exam-tip topics', () => {
    const { cards } = buildSession({ lab, progress: EMPTY, now: NOW, seed: 5, check });
    expect(cards[0]?.scheduleId).toBe('exam-tip');
    const topics = new Set(cards.map((c) => c.topic));
    for (const t of ['triggers', 'repair', 'cluster'] as const) expect(topics.has(t)).toBe(true);
    expect(topics.size).toBeGreaterThanOrEqual(6);
  });

  it('the same seed gives the same session; another seed other variants', () => {
    const ids = (seed: number) => buildSession({ lab, progress: EMPTY, now: NOW, seed, check, cards: 30 }).cards.map((c) => c.id);
    expect(ids(11)).toEqual(ids(11));
    const variants = new Set(Array.from({ length: 8 }, (_, s) => ids(s).filter((id) => id.includes(':')).join()));
    expect(variants.size).toBeGreaterThan(1);
  });

  it('due cards come before new ones; cards not yet due stay out', () => {
    const first = buildSession({ lab, progress: EMPTY, now: NOW, seed: 1, check, cards: 4 });
    const progress = apply(EMPTY, answerAll(first.cards, NOW));
    const reviewed = new Set(first.cards.map((c) => c.scheduleId));
    // Just after: nothing is due, the session is all new cards.
    const soon = buildSession({ lab, progress, now: hoursLater(0.01), seed: 2, check, cards: 50 });
    expect(soon.due).toBe(0);
    expect(soon.cards.some((c) => reviewed.has(c.scheduleId))).toBe(false);
    // Weeks later they are due, and lead the session.
    const later = buildSession({ lab, progress, now: hoursLater(24 * 60), seed: 2, check, cards: 6 });
    expect(later.due).toBe(4);
    expect(new Set(later.cards.slice(0, 4).map((c) => c.scheduleId))).toEqual(reviewed);
    expect(dueCount(progress, hoursLater(24 * 60), lab)).toBe(4);
  });
});

describe('misses', () => {
  const missed: ReviewProgress = { cards: {}, misses: { 'fx.repair_is_cheaper': miss(2, NOW) } };

  it('a recorded miss is a due card, first in the session', () => {
    const s = buildSession({ lab, progress: missed, now: NOW, seed: 1, check });
    expect(s.cards[0]?.scheduleId).toBe('blank.fx.repair_is_cheaper');
    expect(s.cards[0]?.blankId).toBe('fx.repair_is_cheaper');
    expect(dueCount(missed, NOW, lab)).toBe(1);
    expect(reviewOverview(missed, NOW, lab)).toMatchObject({ due: 1, misses: 1 });
  });

  it('comes before cards due by the schedule', () => {
    const first = buildSession({ lab, progress: EMPTY, now: NOW, seed: 1, check, cards: 3 });
    const progress = apply(missed, answerAll(first.cards, NOW));
    const s = buildSession({ lab, progress, now: hoursLater(24 * 60), seed: 1, check });
    expect(s.due).toBe(4);
    expect(s.cards[0]?.scheduleId).toBe('blank.fx.repair_is_cheaper');
  });

  it('stops being due once reviewed, and is due again after a newer miss', () => {
    const s = buildSession({ lab, progress: missed, now: NOW, seed: 1, check, cards: 1 });
    const results = answerAll(s.cards, hoursLater(1));
    expect(correctedBlanks(results)).toEqual(['fx.repair_is_cheaper']);
    const reviewed = apply(missed, results);
    // Not due as a miss any more; FSRS's own short learning step still brings it back later.
    expect(dueCount(reviewed, hoursLater(1.01), lab)).toBe(0);
    expect(reviewOverview(reviewed, hoursLater(2), lab).misses).toBe(0);
    const missedAgain = { ...reviewed, misses: { 'fx.repair_is_cheaper': miss(3, hoursLater(3)) } };
    expect(dueCount(missedAgain, hoursLater(3), lab)).toBe(1);
    expect(buildSession({ lab, progress: missedAgain, now: hoursLater(3), seed: 1, check }).cards[0]?.scheduleId).toBe('blank.fx.repair_is_cheaper');
  });

  it('works with the real progress store shape, misses of unknown blanks ignored', () => {
    const progress = { ...emptyProgress(), misses: { 'fx.ingest_reruns': miss(1, NOW), 'gone.blank': miss(5, NOW) } };
    expect(dueCount(progress, NOW, lab)).toBe(1);
  });
});

describe('stored states survive content updates', () => {
  it('unknown card ids are ignored and unreadable states start new', () => {
    const progress: ReviewProgress = {
      cards: {
        'takeaway.removed-topic': { state: reviewState(undefined, 'again', NOW), updatedAt: NOW.getTime() },
        'gen.trigger.daily-6am': { state: { v: 99 }, updatedAt: NOW.getTime() },
        'gen.repair:not-a-dag!x': { state: reviewState(undefined, 'again', NOW), updatedAt: NOW.getTime() },
      },
      misses: {},
    };
    const later = hoursLater(24 * 30);
    expect(dueCount(progress, later, lab)).toBe(0);
    const s = buildSession({ lab, progress, now: later, seed: 1, check, cards: 200, settings: { newCardsPerDay: 10_000 } });
    expect(s.cards.some((c) => c.scheduleId === 'takeaway.removed-topic')).toBe(false);
    expect(s.cards.some((c) => c.scheduleId === 'gen.trigger.daily-6am')).toBe(true);
    expect(s.cards.some((c) => c.scheduleId.startsWith('gen.repair:not'))).toBe(false);
    expect(s.fresh).toBe(deckMakers(lab, [], 1, check).length);
  });
});

describe('generated scenarios', () => {
  it('each scenario is its own card: reviewed, it is scheduled under its own id and comes back as the same scenario', () => {
    const pick = (progress: ReviewProgress, now: Date, seed: number) =>
      buildSession({ lab, progress, now, seed, check, cards: 200 }).cards.filter((c) => c.scheduleId.startsWith('gen.repair:'));
    const [first] = pick(EMPTY, NOW, 3);
    if (!first) throw new Error('no repair scenario drawn');
    const updates = cardUpdates(EMPTY, answerAll([first], NOW, true));
    expect(Object.keys(updates)).toEqual([first.scheduleId]);
    const progress = { cards: updates, misses: {} };
    // Due again (it was missed): the same scenario, plus a newly drawn one as a new card.
    const later = pick(progress, hoursLater(1), 4);
    expect(later.map((c) => c.id)).toContain(first.id);
    expect(later.find((c) => c.id === first.id)?.code).toBe(first.code);
  });
});

describe('cram', () => {
  const base = reviewState(undefined, 'good', NOW);
  const state = (lapses: number, stability: number) => ({ state: { ...base, lapses, stability }, updatedAt: NOW.getTime() });
  const progress: ReviewProgress = {
    cards: {
      'gen.cron:any:daily.6.0': state(0, 0.5),
      'gen.trigger.daily-6am': state(3, 20),
      'gen.cluster.nightly-etl': state(1, 10),
      'takeaway.repair-runs': state(1, 2),
      'blank.fx.ingest_reruns': state(0, 50),
    },
    // Missed again in practice after its last review.
    misses: { 'fx.ingest_reruns': miss(4, new Date(NOW.getTime() + 1000)) },
  };

  it('ignores the schedule and takes the weakest first', () => {
    const ids = buildSession({ lab, progress, now: new Date(NOW.getTime() + 2000), seed: 1, check, cram: true, cards: 6 }).cards.map((c) => c.scheduleId);
    // most misses, then most lapses, then lowest stability; never-reviewed cards after.
    expect(ids.slice(0, 5)).toEqual(['blank.fx.ingest_reruns', 'gen.trigger.daily-6am', 'takeaway.repair-runs', 'gen.cluster.nightly-etl', 'gen.cron:any:daily.6.0']);
    expect(ids[5]).toBe('exam-tip');
  });

  it('a normal session at the same moment has nothing due but the miss', () => {
    const s = buildSession({ lab, progress, now: new Date(NOW.getTime() + 2000), seed: 1, check, cards: 3 });
    expect(s.due).toBe(1);
    expect(s.cards[0]?.scheduleId).toBe('blank.fx.ingest_reruns');
  });
});

describe('session reducer', () => {
  const cards = buildSession({ lab, progress: EMPTY, now: NOW, seed: 9, check, cards: 100 }).cards;
  const choice = cards.find((c) => c.kind === 'choice') as Extract<Card, { kind: 'choice' }>;
  const self = cards.find((c) => c.kind === 'self') as Card;
  const at = NOW.toISOString();

  it('grades automatically: correct → Good, wrong → Again; the learner may override', () => {
    let s = initSession([choice]);
    const wrong = choice.options.find((o) => !choice.judge(o).correct) as string;
    s = sessionReducer(s, { type: 'answer', answer: wrong, at });
    expect(s.phase).toBe('answered');
    expect(s.judgement?.correct).toBe(false);
    expect(s.suggested).toBe('again');
    expect(s.rating).toBe('again');
    s = sessionReducer(s, { type: 'override', rating: 'hard' });
    s = sessionReducer(s, { type: 'next' });
    // Hard on a new card is a 6-minute learning step: the card is back in this session.
    expect(s.phase).toBe('question');
    expect(currentCard(s)).toBe(choice);
    s = sessionReducer(s, { type: 'finish' });
    expect(s.results).toEqual([
      expect.objectContaining({ cardId: choice.id, correct: false, suggested: 'again', rating: 'hard', answer: wrong, at }),
    ]);

    let t = initSession([choice]);
    t = sessionReducer(t, { type: 'answer', answer: choice.judge('').expected, at });
    expect(t.rating).toBe('good');
  });

  it('a self-graded card needs a rating before moving on', () => {
    let s = initSession([self, choice]);
    s = sessionReducer(s, { type: 'answer', answer: '', at });
    expect(s.phase).toBe('answered');
    expect(s.judgement).toBeNull();
    expect(sessionReducer(s, { type: 'next' })).toBe(s);
    s = sessionReducer(s, { type: 'override', rating: 'easy' });
    s = sessionReducer(s, { type: 'next' });
    expect(currentCard(s)).toBe(choice);
    expect(s.phase).toBe('question');
    expect(s.results[0]).toMatchObject({ correct: null, suggested: null, rating: 'easy' });
  });

  it('ignores actions out of turn, and finish records only answered cards', () => {
    let s = initSession([choice, self]);
    expect(sessionReducer(s, { type: 'next' })).toBe(s);
    expect(sessionReducer(s, { type: 'override', rating: 'easy' })).toBe(s);
    s = sessionReducer(s, { type: 'answer', answer: choice.judge('').expected, at });
    expect(sessionReducer(s, { type: 'answer', answer: 'again', at })).toBe(s);
    s = sessionReducer(s, { type: 'finish' });
    expect(s.phase).toBe('finished');
    expect(s.results).toHaveLength(1);
    expect(currentCard(s)).toBeNull();
    expect(initSession([]).phase).toBe('finished');
  });
});

describe('summarize', () => {
  it('groups by exam topic in topic order and lists the topics to review', () => {
    const r = (topic: ReviewResult['topic'], correct: boolean | null, rating: ReviewResult['rating']): ReviewResult => ({
      cardId: 'x',
      scheduleId: 'x',
      topic,
      source: 'generated',
      answer: null,
      correct,
      suggested: null,
      rating,
      at: NOW.toISOString(),
    });
    const summary = summarize([r('cron', false, 'again'), r('triggers', true, 'good'), r('cron', true, 'good'), r('repair', null, 'again'), r('triggers', true, 'easy')]);
    expect(summary).toMatchObject({ answered: 5, correct: 3, wrong: 1, selfRated: 1 });
    expect(summary.byTopic.map((t) => t.topic)).toEqual(['triggers', 'repair', 'cron']);
    expect(summary.byTopic[0]).toMatchObject({ title: 'Trigger types', answered: 2, correct: 2, ratings: { good: 1, easy: 1, again: 0, hard: 0 } });
    expect(summary.toReview).toEqual(['repair', 'cron']);
    expect(summarize([])).toMatchObject({ answered: 0, byTopic: [], toReview: [] });
  });

  it('a whole session answered right leaves nothing due', () => {
    const s = buildSession({ lab, progress: EMPTY, now: NOW, seed: 4, check, cards: 1000 });
    const results = answerAll(s.cards, NOW);
    expect(summarize(results).wrong).toBe(0);
    const progress = apply(EMPTY, results);
    expect(reviewOverview(progress, hoursLater(0.01), lab)).toMatchObject({ due: 0, fresh: 0 });
    // Wrong answers come back within minutes (FSRS learning step).
    const wrong = apply(EMPTY, answerAll(s.cards, NOW, true));
    expect(dueCount(wrong, hoursLater(1), lab)).toBe(s.cards.length);
  });
});

describe('with the real lab', () => {
  it('dueCount defaults to LAB08 and counts a real blank miss', () => {
    expect(dueCount({ cards: {}, misses: { 't5.repair_rerun_tasks': miss(1, NOW) } }, NOW)).toBe(1);
    expect(dueCount(emptyProgress(), NOW)).toBe(0);
    const { cards } = buildSession({ progress: { cards: {}, misses: { 't3.cron_weekdays_8am': miss(1, NOW) } }, now: NOW, seed: 1 });
    expect(cards[0]?.scheduleId).toBe('blank.t3.cron_weekdays_8am');
    expect(cards).toHaveLength(10);
  });
});
