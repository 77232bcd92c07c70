// Merging two copies of the progress (this instance's memory and the file another instance
// may have written since). Per entry the newer `updatedAt` wins, except for the fields that
// only ever grow, where a max (or an OR) keeps what either side learned without counting
// anything twice. The merge is commutative and idempotent, so instances converge.

import { normalizeMiss } from './validate';
import {
  type MissProgress,
  type Progress,
  type SavedVerdict,
  type SqlExerciseProgress,
  type TaskProgress,
} from './types';

interface Stamped {
  updatedAt: number;
}

/** Orders entries by time, then by content so that a same-millisecond tie is decided alike everywhere. */
function newer<T extends Stamped>(a: T, b: T, key: (e: T) => string = (e) => JSON.stringify(e)): T {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return key(a) >= key(b) ? a : b;
}

function lww<T extends Stamped>(a: T, b: T): T {
  return newer(a, b);
}

/**
 * Blank by blank, the later edit wins (ties by content, so every instance picks the same): two
 * terminals editing different blanks both keep their edits, and one that edited nothing loses
 * nothing it did not write.
 */
function mergeAnswers(a: TaskProgress, b: TaskProgress): { answers: string[]; answersAt: number[] } {
  const answers: string[] = [];
  const answersAt: number[] = [];
  // A blank only one side has is kept: a task's blank count only changes with the lesson.
  for (let i = 0; i < Math.max(a.answers.length, b.answers.length); i++) {
    const x = a.answers[i];
    const y = b.answers[i];
    const tx = blankTime(a, i);
    const ty = blankTime(b, i);
    const takeX = y === undefined || (x !== undefined && (tx !== ty ? tx > ty : x >= y));
    answers.push((takeX ? x : y) as string);
    answersAt.push(takeX ? tx : ty);
  }
  return { answers, answersAt };
}

/** A file from before per-blank times: its answers were last changed at the task's time at the latest. */
export function blankTime(t: TaskProgress, i: number): number {
  return t.answersAt?.[i] ?? t.updatedAt;
}

function maxEach(a: readonly number[] | undefined, b: readonly number[] | undefined): number[] | undefined {
  if (!a || !b) return a || b ? [...(a ?? b)!] : undefined;
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => Math.max(a[i] ?? 0, b[i] ?? 0));
}

export function mergeTask(a: TaskProgress, b: TaskProgress): TaskProgress {
  const { answers, answersAt } = mergeAnswers(a, b);
  const merged: TaskProgress = {
    answers,
    answersAt,
    // Counters only grow and both sides started from the same saved value: max, never a sum.
    attempts: Math.max(a.attempts, b.attempts),
    hintsUsed: Math.max(a.hintsUsed, b.hintsUsed),
    solutionRevealed: a.solutionRevealed || b.solutionRevealed,
    passed: a.passed || b.passed,
    secondsSpent: Math.max(a.secondsSpent, b.secondsSpent),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
  const hintLevels = maxEach(a.hintLevels, b.hintLevels);
  if (hintLevels) merged.hintLevels = hintLevels;
  const firstPassedAt = minDefined(a.firstPassedAt, b.firstPassedAt);
  if (firstPassedAt !== undefined) merged.firstPassedAt = firstPassedAt;
  // The verdict has its own time: the newest check wins even if the other side typed later.
  const lastVerdict = a.lastVerdict && b.lastVerdict ? newer(stampVerdict(a.lastVerdict), stampVerdict(b.lastVerdict)).v : (a.lastVerdict ?? b.lastVerdict);
  if (lastVerdict) merged.lastVerdict = lastVerdict;
  return merged;
}

/**
 * A SQL exercise: the later edit of the query wins (ties by content); counters max, flags OR, the
 * newest check wins, as for a task.
 */
export function mergeSql(a: SqlExerciseProgress, b: SqlExerciseProgress): SqlExerciseProgress {
  const takeA = a.queryAt !== b.queryAt ? a.queryAt > b.queryAt : a.query >= b.query;
  const merged: SqlExerciseProgress = {
    query: takeA ? a.query : b.query,
    queryAt: Math.max(a.queryAt, b.queryAt),
    attempts: Math.max(a.attempts, b.attempts),
    hintsShown: Math.max(a.hintsShown, b.hintsShown),
    solutionRevealed: a.solutionRevealed || b.solutionRevealed,
    passed: a.passed || b.passed,
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
  const firstPassedAt = minDefined(a.firstPassedAt, b.firstPassedAt);
  if (firstPassedAt !== undefined) merged.firstPassedAt = firstPassedAt;
  const va = a.lastVerdict;
  const vb = b.lastVerdict;
  const lastVerdict = va && vb ? newer({ updatedAt: va.at, v: va }, { updatedAt: vb.at, v: vb }).v : (va ?? vb);
  if (lastVerdict) merged.lastVerdict = lastVerdict;
  return merged;
}

const stampVerdict = (v: SavedVerdict): { updatedAt: number; v: SavedVerdict } => ({ updatedAt: v.at, v });

export function mergeMiss(a: MissProgress, b: MissProgress): MissProgress {
  const bySource: MissProgress['bySource'] = {};
  for (const source of ['practice', 'drill'] as const) {
    const n = Math.max(a.bySource[source] ?? 0, b.bySource[source] ?? 0);
    if (n > 0) bySource[source] = n;
  }
  return normalizeMiss({
    count: 0,
    bySource,
    recent: [...a.recent, ...b.recent],
    sources: [],
    ...(a.clearedAt === undefined && b.clearedAt === undefined ? {} : { clearedAt: Math.max(a.clearedAt ?? 0, b.clearedAt ?? 0) }),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  });
}

export function mergeProgress(a: Progress, b: Progress): Progress {
  const resetAt = maxDefined(a.resetAt, b.resetAt);
  // An entry last changed at or before a reset is gone, whichever side still has it.
  const live = <T extends Stamped>(e: T | null | undefined): T | undefined =>
    e && (resetAt === undefined || e.updatedAt > resetAt) ? e : undefined;
  const single = <T extends Stamped>(x: T | null, y: T | null): T | null => {
    const lx = live(x);
    const ly = live(y);
    return (lx && ly ? lww(lx, ly) : (lx ?? ly)) ?? null;
  };
  const record = <T extends Stamped>(
    x: Record<string, T>,
    y: Record<string, T>,
    join: (p: T, q: T) => T,
  ): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const id of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const lx = live(x[id]);
      const ly = live(y[id]);
      const merged = lx && ly ? join(lx, ly) : (lx ?? ly);
      if (merged) out[id] = merged;
    }
    return out;
  };
  const merged: Progress = {
    format: a.format,
    version: a.version,
    labId: a.labId,
    ...(resetAt === undefined ? {} : { resetAt }),
    learner: single(a.learner, b.learner),
    tasks: record(a.tasks, b.tasks, mergeTask),
    // `?? {}`: a Progress built by hand (tests, older callers) may lack the field.
    sql: record(a.sql ?? {}, b.sql ?? {}, mergeSql),
    steps: record(a.steps, b.steps, lww),
    cards: record(a.cards, b.cards, lww),
    misses: record(a.misses, b.misses, mergeMiss),
    last: single(a.last, b.last),
    workshop: single(a.workshop, b.workshop),
  };
  return merged;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
