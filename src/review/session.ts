// Choosing a session's cards, counting what is due, and turning answers back into progress.
import type { Lab } from '../lessons/types';
import { LAB08 } from '../lessons/lab08';
import type { CheckFn } from './cards/blanks';
import { deckMakers } from './catalog';
import { makeRng } from './rng';
import { readState, reviewState } from './scheduler';
import { EXAM_TOPICS, TOPIC_TITLES, type Card, type CardMaker, type CardSource, type ExamTopic, type ReviewRating } from './types';

/**
 * The part of the progress store review reads. Structurally a subset of `Progress`
 * (src/progress/types.ts), so the real object can be passed as is.
 */
export interface ReviewProgress {
  cards?: Record<string, { state: unknown; updatedAt: number }>;
  misses?: Record<string, { count: number; updatedAt: number }>;
}

export const DEFAULT_SESSION_SIZE = 10;

export interface SessionOptions {
  /** Defaults to LAB08. */
  lab?: Lab;
  progress: ReviewProgress;
  now: Date;
  /** Draws generated variants and shuffles options; the same seed gives the same session. */
  seed: number | string;
  /** At most this many cards. Default 10. */
  cards?: number;
  /** Ignore the schedule: weakest cards first. */
  cram?: boolean;
  /** The checks engine; tests pass fixtures. Defaults to the real `checkTask`. */
  check?: CheckFn;
}

export interface ReviewSession {
  cards: Card[];
  cram: boolean;
  /** How many cards were due (misses included) when the session was built. */
  due: number;
  /** How many cards have never been reviewed. */
  fresh: number;
}

/** Exam-tip topics first, so a short first session already covers triggers, repair and clusters. */
const NEW_CARD_TOPICS: readonly ExamTopic[] = ['triggers', 'repair', 'cluster', 'cron', 'dag', 'config', 'task-values', 'system-tables'];

interface Entry {
  maker: CardMaker;
  order: number;
  stability: number | null;
  lapses: number;
  lastReview: number | null;
  dueAt: number | null;
  lastVariant: string | undefined;
  missCount: number;
  missAt: number | null;
}

function classify(makers: CardMaker[], progress: ReviewProgress): Entry[] {
  return makers.map((maker, order) => {
    const stored = readState(progress.cards?.[maker.scheduleId]?.state);
    const miss = maker.blankId !== undefined ? progress.misses?.[maker.blankId] : undefined;
    return {
      maker,
      order,
      stability: stored ? stored.stability : null,
      lapses: stored ? stored.lapses : 0,
      lastReview: stored?.last_review ? stored.last_review.getTime() : null,
      dueAt: stored ? stored.due.getTime() : null,
      lastVariant: stored?.lastVariant,
      missCount: miss && miss.count > 0 ? miss.count : 0,
      missAt: miss && miss.count > 0 ? miss.updatedAt : null,
    };
  });
}

/** A miss recorded after the card was last reviewed makes it due, whatever the schedule says. */
const missDue = (e: Entry): boolean => e.missAt !== null && (e.lastReview === null || e.missAt > e.lastReview);
const scheduleDue = (e: Entry, now: number): boolean => e.dueAt !== null && e.dueAt <= now;
const isDueEntry = (e: Entry, now: number): boolean => missDue(e) || scheduleDue(e, now);

/** Within a topic: the exam tip, then a generated variant, then the takeaway, then the blanks. */
const SOURCE_RANK: Record<CardSource, number> = { 'exam-tip': 0, generated: 1, takeaway: 2, exam: 2, blank: 3 };

function newCardOrder(entries: Entry[]): Entry[] {
  const byTopic = new Map<ExamTopic, Entry[]>(NEW_CARD_TOPICS.map((t) => [t, []]));
  const ranked = [...entries].sort((a, b) => SOURCE_RANK[a.maker.source] - SOURCE_RANK[b.maker.source] || a.order - b.order);
  for (const e of ranked) {
    const list = byTopic.get(e.maker.topic);
    if (list) list.push(e);
    else byTopic.set(e.maker.topic, [e]);
  }
  const queues = [...byTopic.values()];
  // The exam tip opens the very first session, ahead of the topic rotation.
  const out: Entry[] = ranked.filter((e) => e.maker.source === 'exam-tip');
  for (const q of queues) q.splice(0, q.length, ...q.filter((e) => e.maker.source !== 'exam-tip'));
  // Round-robin over topics: a session of new cards spans as many topics as it can.
  while (queues.some((q) => q.length > 0)) {
    for (const q of queues) {
      const e = q.shift();
      if (e) out.push(e);
    }
  }
  return out;
}

/** Weakest first: most misses, then most lapses, then lowest stability; unseen cards last. */
export function weaknessOrder<T extends Pick<Entry, 'missCount' | 'lapses' | 'stability' | 'order'>>(entries: T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      b.missCount - a.missCount ||
      b.lapses - a.lapses ||
      (a.stability ?? Number.POSITIVE_INFINITY) - (b.stability ?? Number.POSITIVE_INFINITY) ||
      a.order - b.order,
  );
}

export function buildSession(options: SessionOptions): ReviewSession {
  const lab = options.lab ?? LAB08;
  const now = options.now.getTime();
  const size = Math.max(0, Math.floor(options.cards ?? DEFAULT_SESSION_SIZE));
  const entries = classify(deckMakers(lab, Object.keys(options.progress.cards ?? {}), options.seed, options.check), options.progress);
  const cram = options.cram === true;

  let chosen: Entry[];
  if (cram) {
    chosen = weaknessOrder(entries);
  } else {
    const misses = entries
      .filter(missDue)
      .sort((a, b) => b.missCount - a.missCount || (a.missAt ?? 0) - (b.missAt ?? 0) || a.order - b.order);
    const due = entries
      .filter((e) => !missDue(e) && scheduleDue(e, now))
      .sort((a, b) => (a.dueAt ?? 0) - (b.dueAt ?? 0) || a.order - b.order);
    const fresh = newCardOrder(entries.filter((e) => e.dueAt === null && !missDue(e)));
    chosen = [...misses, ...due, ...fresh];
  }

  const cards = chosen.slice(0, size).map((e) => e.maker.make(makeRng(options.seed, e.maker.scheduleId)));
  return {
    cards,
    cram,
    due: entries.filter((e) => isDueEntry(e, now)).length,
    fresh: entries.filter((e) => e.dueAt === null).length,
  };
}

export interface ReviewOverview {
  /** Due now, misses included. */
  due: number;
  /** Of those, how many are practice or drill misses not reviewed since. */
  misses: number;
  /** Never reviewed. */
  fresh: number;
  total: number;
}

export function reviewOverview(progress: ReviewProgress, now: Date, lab: Lab = LAB08): ReviewOverview {
  // The check function is never called while counting: cards are not built here.
  const entries = classify(deckMakers(lab, Object.keys(progress.cards ?? {}), null, () => {
    throw new Error('not used');
  }), progress);
  const t = now.getTime();
  return {
    due: entries.filter((e) => isDueEntry(e, t)).length,
    misses: entries.filter(missDue).length,
    fresh: entries.filter((e) => e.dueAt === null).length,
    total: entries.length,
  };
}

/** For the Home menu: how many cards are due now (misses included). */
export function dueCount(progress: ReviewProgress, now: Date, lab: Lab = LAB08): number {
  return reviewOverview(progress, now, lab).due;
}

// ---------------------------------------------------------------- results

export interface ReviewResult {
  cardId: string;
  scheduleId: string;
  topic: ExamTopic;
  source: CardSource;
  blankId?: string;
  /** What the learner typed or picked; null for self-graded cards. */
  answer: string | null;
  /** The automatic verdict; null for self-graded cards. */
  correct: boolean | null;
  /** What the verdict suggested (null for self-graded cards). */
  suggested: ReviewRating | null;
  /** What was recorded: the suggestion unless the learner overrode it. */
  rating: ReviewRating;
  /** ISO time of the answer. */
  at: string;
}

/** The `cards` entries to write back to the progress store, keyed by schedule id. */
export function cardUpdates(progress: ReviewProgress, results: readonly ReviewResult[]): Record<string, { state: unknown; updatedAt: number }> {
  const out: Record<string, { state: unknown; updatedAt: number }> = {};
  for (const r of results) {
    const previous = out[r.scheduleId]?.state ?? progress.cards?.[r.scheduleId]?.state;
    const at = new Date(r.at);
    const variant = r.cardId.includes('#') ? r.cardId.slice(r.cardId.indexOf('#') + 1) : undefined;
    out[r.scheduleId] = { state: reviewState(previous, r.rating, at, variant), updatedAt: at.getTime() };
  }
  return out;
}

/** Blank ids answered correctly in this session (the store may clear or age those misses). */
export function correctedBlanks(results: readonly ReviewResult[]): string[] {
  return [...new Set(results.filter((r) => r.correct === true && r.blankId !== undefined).map((r) => r.blankId as string))];
}

export interface TopicSummary {
  topic: ExamTopic;
  title: string;
  answered: number;
  correct: number;
  wrong: number;
  selfRated: number;
  /** Answered wrong or rated Again. */
  struggled: number;
  ratings: Record<ReviewRating, number>;
}

export interface SessionSummary {
  answered: number;
  correct: number;
  wrong: number;
  selfRated: number;
  /** Only topics that had cards, in exam-topic order. */
  byTopic: TopicSummary[];
  /** Topics with a wrong answer or an Again, worst share first: what to look at next. */
  toReview: ExamTopic[];
}

export function summarize(results: readonly ReviewResult[]): SessionSummary {
  const byTopic = new Map<ExamTopic, TopicSummary>();
  for (const r of results) {
    let t = byTopic.get(r.topic);
    if (!t) {
      t = { topic: r.topic, title: TOPIC_TITLES[r.topic], answered: 0, correct: 0, wrong: 0, selfRated: 0, struggled: 0, ratings: { again: 0, hard: 0, good: 0, easy: 0 } };
      byTopic.set(r.topic, t);
    }
    t.answered++;
    if (r.correct === true) t.correct++;
    else if (r.correct === false) t.wrong++;
    else t.selfRated++;
    t.ratings[r.rating]++;
    if (r.correct === false || r.rating === 'again') t.struggled++;
  }
  const topics = EXAM_TOPICS.map((t) => byTopic.get(t)).filter((t): t is TopicSummary => t !== undefined);
  return {
    answered: results.length,
    correct: topics.reduce((n, t) => n + t.correct, 0),
    wrong: topics.reduce((n, t) => n + t.wrong, 0),
    selfRated: topics.reduce((n, t) => n + t.selfRated, 0),
    byTopic: topics,
    toReview: topics
      .filter((t) => t.struggled > 0)
      .sort((a, b) => b.struggled / b.answered - a.struggled / a.answered || b.struggled - a.struggled)
      .map((t) => t.topic),
  };
}
