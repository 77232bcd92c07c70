// The saved shape of a learner's progress. Everything is keyed by the stable ids from
// src/lessons/types.ts, never by position, so reordering lesson content cannot corrupt it.
// Every entry carries `updatedAt` (ms since epoch): two app instances merge entry by entry.

export const PROGRESS_FORMAT = 'lakeflow-lab/progress';
export const PROGRESS_VERSION = 1;
export const LAB_ID = 'lab08';

export type VerdictOutcome = 'passed' | 'failed' | 'error';

/** What is kept of a check's Verdict (the printed output is not worth saving). */
export interface SavedVerdict {
  outcome: VerdictOutcome;
  message: string;
  errorType?: string;
  /** When the check ran: the newest verdict wins a merge, whatever happened to the answers since. */
  at: number;
  /** The answers it judged: a restart runs them again to show the same verdict in full. */
  answers?: string[];
}

export interface TaskProgress {
  /** What the learner typed, one string per blank, in blank order. */
  answers: string[];
  /**
   * When each blank was last edited (ms), one per answer: two terminals merge blank by blank, so
   * an edit is never undone by a terminal that only kept the task open. Absent in older files
   * (read as 0: older than any edit).
   */
  answersAt?: number[];
  /** Hints shown per blank (0 = none), so that a restart goes on at the same hint. */
  hintLevels?: number[];
  attempts: number;
  hintsUsed: number;
  solutionRevealed: boolean;
  /** Sticky: true once any check passed, even if later edits break it again. */
  passed: boolean;
  firstPassedAt?: number;
  lastVerdict?: SavedVerdict;
  secondsSpent: number;
  updatedAt: number;
}

/** A SQL lab exercise (src/lessons/sql-exercises.ts), keyed by its id. */
export interface SqlExerciseProgress {
  /** The query as the learner left it. */
  query: string;
  /** When the query was last edited (ms): two terminals keep the later edit, as for blanks. */
  queryAt: number;
  attempts: number;
  /** Hints shown so far (the next one is the exercise's hints[hintsShown]). */
  hintsShown: number;
  solutionRevealed: boolean;
  /** Sticky, like a task's. */
  passed: boolean;
  firstPassedAt?: number;
  /** The last check: the newest wins a merge. `query` is the text it judged. */
  lastVerdict?: { outcome: VerdictOutcome; message: string; at: number; query: string };
  updatedAt: number;
}

export interface StepProgress {
  done: boolean;
  updatedAt: number;
}

export interface CardProgress {
  /** Opaque to the store (a review scheduler's card), stored as JSON. */
  state: unknown;
  updatedAt: number;
}

export type MissSource = 'practice' | 'drill';

export interface MissProgress {
  /** Total misses: the sum of `bySource`. */
  count: number;
  /** Counted per source so that merging two instances takes a max per source, never a sum. */
  bySource: Partial<Record<MissSource, number>>;
  /**
   * The latest distinct wrong answers, oldest first, at most MAX_RECENT_MISSES. Each carries
   * its time so that merging lists from several instances is order-independent.
   */
  recent: RecentMiss[];
  /** Sources with at least one miss ('practice' before 'drill'); derived from `bySource`. */
  sources: MissSource[];
  /**
   * When the blank's task last passed in practice or a drill after a miss: misses before it are
   * cleared (review shows the card as an ordinary one again). Merges take the later time.
   */
  clearedAt?: number;
  updatedAt: number;
}

export interface RecentMiss {
  answer: string;
  at: number;
}

export interface LearnerInfo {
  name: string;
  updatedAt: number;
}

export interface LastPlace {
  screen: string;
  id?: string;
  updatedAt: number;
}

export interface WorkshopState {
  entries: unknown;
  updatedAt: number;
}

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  labId: typeof LAB_ID;
  /** Set by reset(): any entry last changed at or before it is gone, in every instance that merges. */
  resetAt?: number;
  learner: LearnerInfo | null;
  tasks: Record<string, TaskProgress>;
  /** SQL lab exercises by id. Absent in files written before the SQL lab: read as {}. */
  sql: Record<string, SqlExerciseProgress>;
  steps: Record<string, StepProgress>;
  cards: Record<string, CardProgress>;
  misses: Record<string, MissProgress>;
  last: LastPlace | null;
  workshop: WorkshopState | null;
}

export const MAX_RECENT_MISSES = 5;

export function emptyProgress(): Progress {
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    labId: LAB_ID,
    learner: null,
    tasks: {},
    sql: {},
    steps: {},
    cards: {},
    misses: {},
    last: null,
    workshop: null,
  };
}

export type WarningCode =
  /** The file could not be parsed or is not ours; it was moved aside. */
  | 'corrupt-moved'
  /** The file is damaged and could not be moved aside: saving is paused so it is never overwritten. */
  | 'corrupt-stuck'
  /** Some entries failed validation and were skipped; a copy of the file was kept. */
  | 'invalid-entries'
  /** Written by a newer lakeflow-lab: left untouched, nothing is saved this session. */
  | 'future-version'
  /** Saving failed (permissions, full disk, read-only file system…); retried in the background. */
  | 'save-failed'
  /** The folder looked unwritable at start. */
  | 'not-writable'
  /** Work from a save interrupted by a crash was found and merged back in. */
  | 'recovered';

export interface StoreWarning {
  code: WarningCode;
  level: 'warning' | 'info';
  message: string;
  /** A file the learner may want to look at (a backup, the data file). */
  file?: string;
}
