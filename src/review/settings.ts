// What the learner tunes about review. The settings (src/settings: exam-date, desired-retention,
// new-cards-per-day, session-size) hold them; `lakeflow-lab review` flags win for one run.

export interface ReviewSettings {
  /** The exam day, `YYYY-MM-DD`: no interval runs past it. Null: no exam date set. */
  examDate: string | null;
  /** FSRS target: the chance of still knowing a card when it comes back (0.7–0.99). */
  desiredRetention: number;
  /** How many never-seen cards a day may bring in (generated scenarios included). */
  newCardsPerDay: number;
  /** Cards a session starts with (cards that come back within it are on top). */
  sessionSize: number;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  examDate: null,
  desiredRetention: 0.9,
  newCardsPerDay: 20,
  sessionSize: 10,
};

export const RETENTION_RANGE = { min: 0.7, max: 0.99 } as const;
export const MAX_NEW_PER_DAY = 500;
export const MAX_SESSION_SIZE = 100;

/** The problem with a value, in one line, or null when it is fine. Used by flags and the store. */
export function examDateProblem(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return `exam date must be YYYY-MM-DD, got ${value}`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return `${value} is not a date on the calendar`;
  return null;
}

export function retentionProblem(value: number): string | null {
  if (!Number.isFinite(value) || value < RETENTION_RANGE.min || value > RETENTION_RANGE.max) {
    return `desired retention must be a number from ${RETENTION_RANGE.min} to ${RETENTION_RANGE.max}, got ${String(value)}`;
  }
  return null;
}

/** Local midnight at the start of `now`'s day. */
export function startOfDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** Local midnight starting the next day (when a buried card comes back). */
export function nextDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}

/** Whole days from today to the exam day; undefined without an exam date or once it has passed. */
export function daysUntilExam(settings: Pick<ReviewSettings, 'examDate'>, now: Date): number | undefined {
  if (settings.examDate === null || examDateProblem(settings.examDate) !== null) return undefined;
  const [y, m, d] = settings.examDate.split('-').map(Number) as [number, number, number];
  const days = Math.round((new Date(y, m - 1, d).getTime() - startOfDay(now).getTime()) / 86_400_000);
  return days < 0 ? undefined : days;
}

/**
 * The longest interval (days) worth scheduling: up to the exam day, never past it, so every card
 * is seen once more before the exam. Undefined without an exam date or once it has passed.
 */
export function maxIntervalDays(settings: Pick<ReviewSettings, 'examDate'>, now: Date): number | undefined {
  const days = daysUntilExam(settings, now);
  if (days === undefined) return undefined;
  // The day before the exam is the last useful review; an exam today or tomorrow still allows 1.
  return Math.max(1, days - 1);
}
