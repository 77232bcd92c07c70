// FSRS scheduling (ts-fsrs) with a JSON-safe stored state. The progress store keeps
// `cards[scheduleId] = { state, updatedAt }` and treats `state` as opaque: this module is the only
// reader and writer, and anything it does not recognise reads as "never reviewed".
import { Rating, State, createEmptyCard, fsrs, type Card as FsrsCard, type FSRS, type Grade } from 'ts-fsrs';
import { DEFAULT_REVIEW_SETTINGS } from './settings';
import type { ReviewRating } from './types';

export const STATE_VERSION = 1;

/** What is stored per card: the FSRS card with dates as ISO strings, plus what review adds. */
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
  /** The first review (the daily new-card limit counts these). */
  introduced?: string;
  /** Answers right in a row, and when that run began (two clear a practice miss). */
  streak?: number;
  streakSince?: string;
  /** Left out of every session until unsuspended. */
  suspended?: boolean;
  /** Left out until this time (the next day). */
  buriedUntil?: string;
}

export interface ReadCardState extends FsrsCard {
  lastVariant?: string;
  introduced?: Date;
  streak: number;
  streakSince?: Date;
  suspended: boolean;
  buriedUntil?: Date;
}

/** What shapes the intervals: the learner's retention target and the exam-date cap. */
export interface ScheduleParams {
  desiredRetention: number;
  /** Days; undefined for ts-fsrs's own maximum (100 years). */
  maxIntervalDays?: number;
}

export const DEFAULT_SCHEDULE_PARAMS: ScheduleParams = { desiredRetention: DEFAULT_REVIEW_SETTINGS.desiredRetention };

const schedulers = new Map<string, FSRS>();

// No fuzz: the same answers on the same dates give the same schedule (tests, merges). The
// learning steps are ts-fsrs's defaults, Anki's: 1 and 10 minutes, relearning 10 minutes.
function schedulerFor(params: ScheduleParams): FSRS {
  const key = `${params.desiredRetention}:${params.maxIntervalDays ?? ''}`;
  let s = schedulers.get(key);
  if (!s) {
    s = fsrs({
      enable_fuzz: false,
      request_retention: params.desiredRetention,
      ...(params.maxIntervalDays === undefined ? {} : { maximum_interval: Math.max(1, Math.floor(params.maxIntervalDays)) }),
    });
    schedulers.set(key, s);
  }
  return s;
}

/**
 * One review. ts-fsrs keeps Hard < Good < Easy apart by a day each even past its maximum
 * interval, so the exam-date cap is applied once more here: nothing is due past it.
 */
function nextCard(card: FsrsCard, at: Date, grade: Grade, params: ScheduleParams): FsrsCard {
  const next = schedulerFor(params).next(card, at, grade).card;
  const cap = params.maxIntervalDays;
  if (cap === undefined) return next;
  const latest = at.getTime() + Math.max(1, Math.floor(cap)) * 86_400_000;
  if (next.due.getTime() <= latest) return next;
  return { ...next, due: new Date(latest), scheduled_days: Math.max(1, Math.floor(cap)) };
}

const GRADES: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** The card in a stored state, or null when it is missing or not ours. */
export function readState(value: unknown): ReadCardState | null {
  if (typeof value !== 'object' || value === null) return null;
  const s = value as Record<string, unknown>;
  if (s.v !== STATE_VERSION || !isDate(s.due)) return null;
  for (const key of ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] as const) {
    if (!isNum(s[key])) return null;
  }
  if (![State.New, State.Learning, State.Review, State.Relearning].includes(s.state as State)) return null;
  if (s.last_review !== undefined && !isDate(s.last_review)) return null;
  const card: ReadCardState = {
    due: new Date(s.due),
    stability: s.stability as number,
    difficulty: s.difficulty as number,
    elapsed_days: s.elapsed_days as number,
    scheduled_days: s.scheduled_days as number,
    learning_steps: s.learning_steps as number,
    reps: s.reps as number,
    lapses: s.lapses as number,
    state: s.state as State,
    streak: isNum(s.streak) && s.streak > 0 ? Math.floor(s.streak) : 0,
    suspended: s.suspended === true,
  };
  if (typeof s.last_review === 'string') card.last_review = new Date(s.last_review);
  if (typeof s.lastVariant === 'string') card.lastVariant = s.lastVariant;
  if (isDate(s.introduced)) card.introduced = new Date(s.introduced);
  if (isDate(s.streakSince)) card.streakSince = new Date(s.streakSince);
  if (isDate(s.buriedUntil)) card.buriedUntil = new Date(s.buriedUntil);
  return card;
}

export function writeState(card: FsrsCard & Partial<Omit<ReadCardState, keyof FsrsCard>>, lastVariant?: string): StoredCardState {
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
  const variant = lastVariant ?? card.lastVariant;
  if (variant !== undefined) out.lastVariant = variant;
  if (card.introduced) out.introduced = card.introduced.toISOString();
  if (card.streak !== undefined && card.streak > 0) {
    out.streak = card.streak;
    if (card.streakSince) out.streakSince = card.streakSince.toISOString();
  }
  if (card.suspended === true) out.suspended = true;
  if (card.buriedUntil) out.buriedUntil = card.buriedUntil.toISOString();
  return out;
}

export interface ReviewOptions {
  /** For generated templates: the variant just shown. */
  variant?: string;
  /** The automatic verdict (null or absent: self-graded, where Again counts as wrong). */
  correct?: boolean | null;
  params?: ScheduleParams;
}

/** The state after one review. An unreadable previous state counts as a new card. */
export function reviewState(previous: unknown, rating: ReviewRating, at: Date, options: string | ReviewOptions = {}): StoredCardState {
  const opts: ReviewOptions = typeof options === 'string' ? { variant: options } : options;
  const stored = readState(previous);
  const card: FsrsCard = stored ?? createEmptyCard(at);
  const next = nextCard(card, at, GRADES[rating], opts.params ?? DEFAULT_SCHEDULE_PARAMS);
  const right = opts.correct ?? rating !== 'again';
  const streak = right ? (stored?.streak ?? 0) + 1 : 0;
  return writeState({
    ...next,
    lastVariant: opts.variant ?? stored?.lastVariant,
    introduced: stored?.introduced ?? (stored && stored.reps > 0 ? undefined : at),
    streak,
    streakSince: streak === 0 ? undefined : streak === 1 ? at : (stored?.streakSince ?? at),
    // Rating a buried or suspended card (cram mode) keeps it so; the flag is the learner's.
    suspended: stored?.suspended === true,
    buriedUntil: stored?.buriedUntil,
  });
}

/** How long until the card comes back after each rating (ms), as the rating keys show it. */
export function previewIntervals(previous: unknown, at: Date, params: ScheduleParams = DEFAULT_SCHEDULE_PARAMS): Record<ReviewRating, number> {
  const stored = readState(previous);
  const card: FsrsCard = stored ?? createEmptyCard(at);
  const out = {} as Record<ReviewRating, number>;
  for (const [name, grade] of Object.entries(GRADES) as Array<[ReviewRating, Grade]>) {
    out[name] = nextCard(card, at, grade, params).due.getTime() - at.getTime();
  }
  return out;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Anki's short form: 1m, 10m, 2h, 3d, 1.5mo, 2.1y. */
export function formatInterval(ms: number): string {
  const one = (n: number): string => (Math.round(n * 10) / 10).toString();
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${one(days / 30)}mo`;
  return `${one(days / 365)}y`;
}

function unseen(at: Date): ReadCardState {
  const card: FsrsCard = createEmptyCard(at);
  return { ...card, streak: 0, suspended: false };
}

/** Suspended: out of every session (and every count) until unsuspended. */
export function suspendState(previous: unknown, at: Date, suspended = true): StoredCardState {
  return writeState({ ...(readState(previous) ?? unseen(at)), suspended });
}

/** Buried: out of every session until `until` (the next day), then as before. */
export function buryState(previous: unknown, at: Date, until: Date): StoredCardState {
  return writeState({ ...(readState(previous) ?? unseen(at)), buriedUntil: until });
}

/** Never answered (no state, or one only suspended or buried while still new). */
export function isNewState(card: ReadCardState | null): boolean {
  return card === null || card.reps === 0;
}

/** Suspended, or buried until later than `now`. */
export function isSetAside(card: ReadCardState | null, now: Date): boolean {
  if (card === null) return false;
  return card.suspended || (card.buriedUntil !== undefined && card.buriedUntil.getTime() > now.getTime());
}

/** Due now? Never-reviewed, suspended and buried cards are not due. */
export function isDue(state: unknown, now: Date): boolean {
  const card = readState(state);
  return card !== null && !isNewState(card) && !isSetAside(card, now) && card.due.getTime() <= now.getTime();
}

/** Still in (re)learning steps: the session shows it again when it falls due. */
export function isLearning(state: unknown): boolean {
  const card = readState(state);
  return card !== null && (card.state === State.Learning || card.state === State.Relearning);
}

/** The rating an automatic verdict suggests. */
export function suggestedRating(correct: boolean): ReviewRating {
  return correct ? 'good' : 'again';
}
