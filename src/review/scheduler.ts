// FSRS scheduling (ts-fsrs) with a JSON-safe stored state. The progress store keeps
// `cards[scheduleId] = { state, updatedAt }` and treats `state` as opaque: this module is the only
// reader and writer, and anything it does not recognise reads as "never reviewed".
import { Rating, State, createEmptyCard, fsrs, type Card as FsrsCard, type Grade } from 'ts-fsrs';
import type { ReviewRating } from './types';

export const STATE_VERSION = 1;

/** What is stored per card: the FSRS card with dates as ISO strings, plus the last variant. */
export interface StoredCardState {
  v: typeof STATE_VERSION;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  last_review?: string;
  /** For generated templates: the variant shown last time, so the next draw differs. */
  lastVariant?: string;
}

// No fuzz: the same answers on the same dates give the same schedule (tests, merges).
const scheduler = fsrs({ enable_fuzz: false });

const GRADES: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** The FSRS card in a stored state, or null when it is missing or not ours. */
export function readState(value: unknown): (FsrsCard & { lastVariant?: string }) | null {
  if (typeof value !== 'object' || value === null) return null;
  const s = value as Record<string, unknown>;
  if (s.v !== STATE_VERSION || !isDate(s.due)) return null;
  for (const key of ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] as const) {
    if (!isNum(s[key])) return null;
  }
  if (![State.New, State.Learning, State.Review, State.Relearning].includes(s.state as State)) return null;
  if (s.last_review !== undefined && !isDate(s.last_review)) return null;
  const card: FsrsCard & { lastVariant?: string } = {
    due: new Date(s.due),
    stability: s.stability as number,
    difficulty: s.difficulty as number,
    elapsed_days: s.elapsed_days as number,
    scheduled_days: s.scheduled_days as number,
    learning_steps: s.learning_steps as number,
    reps: s.reps as number,
    lapses: s.lapses as number,
    state: s.state as State,
  };
  if (typeof s.last_review === 'string') card.last_review = new Date(s.last_review);
  if (typeof s.lastVariant === 'string') card.lastVariant = s.lastVariant;
  return card;
}

export function writeState(card: FsrsCard, lastVariant?: string): StoredCardState {
  const out: StoredCardState = {
    v: STATE_VERSION,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) out.last_review = card.last_review.toISOString();
  if (lastVariant !== undefined) out.lastVariant = lastVariant;
  return out;
}

/** The state after one review. An unreadable previous state counts as a new card. */
export function reviewState(previous: unknown, rating: ReviewRating, at: Date, variant?: string): StoredCardState {
  const stored = readState(previous);
  const card: FsrsCard = stored ?? createEmptyCard(at);
  const { card: next } = scheduler.next(card, at, GRADES[rating]);
  return writeState(next, variant ?? stored?.lastVariant);
}

/** Due now? Never-reviewed cards are "new", not due. */
export function isDue(state: unknown, now: Date): boolean {
  const card = readState(state);
  return card !== null && card.due.getTime() <= now.getTime();
}

/** The rating an automatic verdict suggests. */
export function suggestedRating(correct: boolean): ReviewRating {
  return correct ? 'good' : 'again';
}
