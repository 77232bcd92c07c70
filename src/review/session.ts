// Choosing a session's cards, counting what is due, and turning answers back into progress.
import type { Lab } from '../lessons/types';
import { LAB08 } from '../lessons/lab08';
import type { CheckFn } from './cards/blanks';
import { deckMakers } from './catalog';
import { makeRng } from './rng';
import { isNewState, isSetAside, readState, reviewState, type ScheduleParams } from './scheduler';
import { DEFAULT_REVIEW_SETTINGS, maxIntervalDays, startOfDay, type ReviewSettings } from './settings';
import { EXAM_TOPICS, TOPIC_TITLES, type Card, type CardMaker, type CardSource, type ExamTopic, type ReviewRating } from './types';

/**
 * The part of the progress store review reads. Structurally a subset of `Progress`
 * (src/progress/types.ts), so the real object can be passed as is.
 */
export interface ReviewProgress {
  cards?: Record<string, { state: unknown; updatedAt: number }>;
  misses?: Record<string, MissRecord>;
}

/** A practice or drill miss as the store keeps it (only what review reads). */
export interface MissRecord {
  count: number;
  updatedAt: number;
  /** Each wrong answer with its time: the newest is when the blank was last missed. */
  recent?: ReadonlyArray<{ at: number }>;
  /** Set when the task later passed in practice or a drill: misses before it are cleared. */
  clearedAt?: number;
}

/** Kept for callers that size a session without settings. */
export const DEFAULT_SESSION_SIZE = DEFAULT_REVIEW_SETTINGS.sessionSize;

/** Answers right in a row in review that clear a practice or drill miss. */
export const STREAK_TO_CLEAR = 2;

export interface SessionOptions {
  /** Defaults to LAB08. */
  lab?: Lab;
  progress: ReviewProgress;
  now: Date;
  /** Draws generated variants and shuffles options; the same seed gives the same session. */
  seed: number | string;
  /** At most this many cards. Default: the settings' session size. */
  cards?: number;
  /** Ignore the schedule: weakest cards first. */
  cram?: boolean;
  /** Exam date, retention, new cards a day, session size; defaults where absent. */
  settings?: Partial<ReviewSettings>;
  /** The checks engine; tests pass fixtures. Defaults to the real `checkTask`. */
  check?: CheckFn;
}

export interface ReviewSession {
  cards: Card[];
  cram: boolean;
  /** How many cards were due (misses included) when the session was built. */
  due: number;
  /** How many never-reviewed cards today's new-card limit still lets in. */
  fresh: number;
  /** Each card's stored schedule before the session (undefined: never reviewed). */
  states: Record<string, unknown>;
  /** What shapes the intervals in this session. */
  params: ScheduleParams;
}

/** Exam-tip topics first, so a short first session already covers triggers, repair and clusters. */
const NEW_CARD_TOPICS: readonly ExamTopic[] = ['triggers', 'repair', 'cluster', 'cron', 'dag', 'config', 'task-values', 'system-tables'];

interface Entry {
  maker: CardMaker;
  order: number;
  isNew: boolean;
  setAside: boolean;
  stability: number | null;
  lapses: number;
  lastReview: number | null;
  dueAt: number | null;
  lastVariant: string | undefined;
  missCount: number;
  missAt: number | null;
}

/** When the blank was last missed (the newest recorded wrong answer). */
function lastMissAt(miss: MissRecord): number {
  const times = (miss.recent ?? []).map((r) => r.at).filter((t) => Number.isFinite(t));
  return times.length > 0 ? Math.max(...times) : miss.updatedAt;
}

/**
 * Is this blank still a "missed" card? Until it passes in practice or a drill after the miss,
 * or is answered right twice in a row in review after it; then it is an ordinary card.
 */
export function isMissActive(miss: MissRecord | undefined, cardState: unknown): boolean {
  if (!miss || miss.count <= 0) return false;
  const at = lastMissAt(miss);
  if (miss.clearedAt !== undefined && miss.clearedAt >= at) return false;
  const card = readState(cardState);
  if (card && card.streak >= STREAK_TO_CLEAR && card.streakSince && card.streakSince.getTime() > at) return false;
  return true;
}

function classify(makers: CardMaker[], progress: ReviewProgress, now: Date): Entry[] {
  return makers.map((maker, order) => {
    const raw = progress.cards?.[maker.scheduleId]?.state;
    const stored = readState(raw);
    const miss = maker.blankId !== undefined ? progress.misses?.[maker.blankId] : undefined;
    const active = miss !== undefined && isMissActive(miss, raw);
    const fresh = isNewState(stored);
    return {
      maker,
      order,
      isNew: fresh,
      setAside: isSetAside(stored, now),
      stability: stored && !fresh ? stored.stability : null,
      lapses: stored ? stored.lapses : 0,
      lastReview: stored?.last_review ? stored.last_review.getTime() : null,
      dueAt: stored && !fresh ? stored.due.getTime() : null,
      lastVariant: stored?.lastVariant,
      missCount: active ? miss.count : 0,
      missAt: active ? lastMissAt(miss) : null,
    };
  });
}

/** A miss recorded after the card was last reviewed makes it due, whatever the schedule says. */
const missDue = (e: Entry): boolean => !e.setAside && e.missAt !== null && (e.lastReview === null || e.missAt > e.lastReview);
const scheduleDue = (e: Entry, now: number): boolean => !e.setAside && e.dueAt !== null && e.dueAt <= now;
const isDueEntry = (e: Entry, now: number): boolean => missDue(e) || scheduleDue(e, now);
/** Never seen, not due as a miss, not set aside: what the new-card limit rations. */
const isFreshEntry = (e: Entry): boolean => e.isNew && !e.setAside && !missDue(e);

/** How many cards had their first review today (local day), generated scenarios included. */
export function introducedToday(progress: ReviewProgress, now: Date): number {
  const from = startOfDay(now).getTime();
  let n = 0;
  for (const entry of Object.values(progress.cards ?? {})) {
    const introduced = readState(entry?.state)?.introduced;
    if (introduced && introduced.getTime() >= from) n++;
  }
  return n;
}

export function resolveSettings(settings: Partial<ReviewSettings> | undefined): ReviewSettings {
  return { ...DEFAULT_REVIEW_SETTINGS, ...settings };
}

/** The scheduler's parameters on a given day: retention, and the exam date as an interval cap. */
export function scheduleParams(settings: Partial<ReviewSettings> | undefined, now: Date): ScheduleParams {
  const s = resolveSettings(settings);
  const cap = maxIntervalDays(s, now);
  return { desiredRetention: s.desiredRetention, ...(cap === undefined ? {} : { maxIntervalDays: cap }) };
}

/** Within a topic: the exam tip, then a generated variant, then the takeaway, then the blanks. */
const SOURCE_RANK: Record<CardSource, number> = { 'exam-tip': 0, generated: 1, takeaway: 2, exam: 2, sql: 3, blank: 3 };

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
  const settings = resolveSettings(options.settings);
  const now = options.now.getTime();
  const size = Math.max(0, Math.floor(options.cards ?? settings.sessionSize));
  const entries = classify(deckMakers(lab, Object.keys(options.progress.cards ?? {}), options.seed, options.check), options.progress, options.now);
  const cram = options.cram === true;
  const newLeft = Math.max(0, settings.newCardsPerDay - introducedToday(options.progress, options.now));

  let chosen: Entry[];
  if (cram) {
    // Cram ignores the schedule and the daily limit, not what the learner set aside.
    chosen = weaknessOrder(entries.filter((e) => !e.setAside));
  } else {
    const misses = entries
      .filter(missDue)
      .sort((a, b) => b.missCount - a.missCount || (a.missAt ?? 0) - (b.missAt ?? 0) || a.order - b.order);
    const due = entries
      .filter((e) => !missDue(e) && scheduleDue(e, now))
      .sort((a, b) => (a.dueAt ?? 0) - (b.dueAt ?? 0) || a.order - b.order);
    const fresh = newCardOrder(entries.filter(isFreshEntry)).slice(0, newLeft);
    chosen = [...misses, ...due, ...fresh];
  }

  const cards = chosen.slice(0, size).map((e) => e.maker.make(makeRng(options.seed, e.maker.scheduleId)));
  const states: Record<string, unknown> = {};
  for (const card of cards) states[card.scheduleId] = options.progress.cards?.[card.scheduleId]?.state;
  return {
    cards,
    cram,
    due: entries.filter((e) => isDueEntry(e, now)).length,
    fresh: Math.min(newLeft, entries.filter(isFreshEntry).length),
    states,
    params: scheduleParams(settings, options.now),
  };
}

export interface ReviewOverview {
  /** Due now, misses included. */
  due: number;
  /** Of those, how many are practice or drill misses not reviewed since. */
  misses: number;
  /** New cards today's limit still lets in (never counting a due miss a second time). */
  fresh: number;
  /** Never reviewed at all (whatever the daily limit). */
  unseen: number;
  /** Suspended or buried. */
  setAside: number;
  total: number;
  /** When the next card not due yet falls due (ms), so a count can refresh right then; null: none. */
  nextDueAt: number | null;
}

export function reviewOverview(progress: ReviewProgress, now: Date, lab: Lab = LAB08, settings?: Partial<ReviewSettings>): ReviewOverview {
  // The check function is never called while counting: cards are not built here.
  const entries = classify(deckMakers(lab, Object.keys(progress.cards ?? {}), null, () => {
    throw new Error('not used');
  }), progress, now);
  const t = now.getTime();
  const s = resolveSettings(settings);
  const newLeft = Math.max(0, s.newCardsPerDay - introducedToday(progress, now));
  const later = entries.filter((e) => !e.setAside && e.dueAt !== null && e.dueAt > t).map((e) => e.dueAt as number);
  return {
    due: entries.filter((e) => isDueEntry(e, t)).length,
    misses: entries.filter(missDue).length,
    fresh: Math.min(newLeft, entries.filter(isFreshEntry).length),
    unseen: entries.filter((e) => e.isNew).length,
    setAside: entries.filter((e) => e.setAside).length,
    total: entries.length,
    nextDueAt: later.length > 0 ? Math.min(...later) : null,
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
export function cardUpdates(progress: ReviewProgress, results: readonly ReviewResult[], params?: ScheduleParams): Record<string, { state: unknown; updatedAt: number }> {
  const out: Record<string, { state: unknown; updatedAt: number }> = {};
  for (const r of results) {
    const previous = out[r.scheduleId]?.state ?? progress.cards?.[r.scheduleId]?.state;
    const at = new Date(r.at);
    const variant = r.cardId.includes('#') ? r.cardId.slice(r.cardId.indexOf('#') + 1) : undefined;
    const state = reviewState(previous, r.rating, at, { ...(variant === undefined ? {} : { variant }), correct: r.correct, ...(params ? { params } : {}) });
    out[r.scheduleId] = { state, updatedAt: at.getTime() };
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
