// Hand validation of a loaded file (no JSON-schema library: it would cost start-up time).
// A bad entry drops only that entry; only a file that is not ours at all counts as corrupt.

import {
  LAB_ID,
  MAX_RECENT_MISSES,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  emptyProgress,
  type CardProgress,
  type LastPlace,
  type LearnerInfo,
  type MissProgress,
  type MissSource,
  type Progress,
  type RecentMiss,
  type SavedVerdict,
  type SqlExerciseProgress,
  type StepProgress,
  type TaskProgress,
  type WorkshopState,
} from './types';

export type ParseResult =
  | { kind: 'ok'; progress: Progress; issues: string[] }
  /** Written by a newer version: `progress` is a best-effort read, for display only. */
  | { kind: 'future'; version: number; progress: Progress }
  | { kind: 'corrupt'; reason: string };

type Json = Record<string, unknown>;
type Check<T> = (value: unknown) => T | string;

const MISS_SOURCES: readonly MissSource[] = ['practice', 'drill'];
const OUTCOMES = new Set(['passed', 'failed', 'error']);

export function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Numbers no learner can reach are refused, so a hand-edited file never shows "1e+30 attempts":
// times are valid Dates (ms), counts stay under a million, time on a task under ten years.
const MAX_TIME_MS = 8.64e15;
const MAX_COUNT = 1_000_000;
const MAX_SECONDS = 10 * 365 * 24 * 3600;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TIME_MS;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
const isSeconds = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_SECONDS;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

export function parseProgressText(text: string): ParseResult {
  let value: unknown;
  try {
    // A BOM appears when the file was hand-edited in some Windows editors.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { kind: 'corrupt', reason: text.trim() === '' ? 'the file is empty' : 'the file is not valid JSON' };
  }
  return validateProgress(value);
}

export function validateProgress(value: unknown): ParseResult {
  if (!isPlainObject(value)) {
    return { kind: 'corrupt', reason: `the file holds ${describe(value)}, not a progress object` };
  }
  if (value.format !== PROGRESS_FORMAT) {
    return { kind: 'corrupt', reason: 'the file is not a lakeflow-lab progress file (wrong "format")' };
  }
  const { version } = value;
  if (!isCount(version) || version < 1) {
    return { kind: 'corrupt', reason: 'the file has no valid "version"' };
  }
  if (version > PROGRESS_VERSION) {
    return { kind: 'future', version, progress: readBody(value, []) };
  }
  if (value.labId !== LAB_ID) {
    return { kind: 'corrupt', reason: `the file is for another lab (${JSON.stringify(value.labId)})` };
  }
  const issues: string[] = [];
  return { kind: 'ok', progress: readBody(value, issues), issues };
}

function readBody(value: Json, issues: string[]): Progress {
  const progress = emptyProgress();
  if (value.resetAt !== undefined) {
    if (isTime(value.resetAt)) progress.resetAt = value.resetAt;
    else issues.push('resetAt: must be a time in ms');
  }
  progress.learner = readSingleton('learner', value.learner, checkLearner, issues);
  progress.last = readSingleton('last', value.last, checkLast, issues);
  progress.workshop = readSingleton('workshop', value.workshop, checkWorkshop, issues);
  progress.tasks = readRecord('tasks', value.tasks, checkTask, issues);
  progress.sql = readRecord('sql', value.sql, checkSql, issues);
  progress.steps = readRecord('steps', value.steps, checkStep, issues);
  progress.cards = readRecord('cards', value.cards, checkCard, issues);
  progress.misses = readRecord('misses', value.misses, checkMiss, issues);
  return progress;
}

function readSingleton<T>(name: string, value: unknown, check: Check<T>, issues: string[]): T | null {
  if (value === undefined || value === null) return null;
  const result = check(value);
  if (typeof result === 'string') {
    issues.push(`${name}: ${result}`);
    return null;
  }
  return result;
}

function readRecord<T>(name: string, value: unknown, check: Check<T>, issues: string[]): Record<string, T> {
  const out: Record<string, T> = {};
  if (value === undefined || value === null) return out;
  if (!isPlainObject(value)) {
    issues.push(`${name}: must be an object keyed by id (all of it skipped)`);
    return out;
  }
  for (const [id, entry] of Object.entries(value)) {
    // JSON.parse makes "__proto__" an own key; assigning it would replace the prototype.
    if (id === '__proto__') {
      issues.push(`${name}["__proto__"]: not a valid id`);
      continue;
    }
    const result = check(entry);
    if (typeof result === 'string') issues.push(`${name}[${JSON.stringify(id)}]: ${result}`);
    else out[id] = result;
  }
  return out;
}

const checkTask: Check<TaskProgress> = (v) => {
  if (!isPlainObject(v)) return 'must be an object';
  if (!isStringArray(v.answers)) return 'answers must be a list of strings';
  if (!isTime(v.updatedAt)) return 'updatedAt must be a time in ms';
  // Counters and flags default when missing (older files), but a wrong type is an error.
  for (const key of ['attempts', 'hintsUsed'] as const) {
    if (v[key] !== undefined && !isCount(v[key])) return `${key} must be a whole number from 0 to ${MAX_COUNT}`;
  }
  for (const key of ['solutionRevealed', 'passed'] as const) {
    if (v[key] !== undefined && typeof v[key] !== 'boolean') return `${key} must be true or false`;
  }
  if (v.secondsSpent !== undefined && !isSeconds(v.secondsSpent)) return `secondsSpent must be a number from 0 to ${MAX_SECONDS}`;
  if (v.answersAt !== undefined && !(Array.isArray(v.answersAt) && v.answersAt.every(isTime))) return 'answersAt must be a list of times in ms';
  if (v.hintLevels !== undefined && !(Array.isArray(v.hintLevels) && v.hintLevels.every(isCount))) return 'hintLevels must be a list of whole numbers >= 0';
  if (v.firstPassedAt !== undefined && !isTime(v.firstPassedAt)) return 'firstPassedAt must be a time in ms';
  let lastVerdict: SavedVerdict | undefined;
  if (v.lastVerdict !== undefined) {
    const verdict = v.lastVerdict;
    if (
      !isPlainObject(verdict) ||
      !OUTCOMES.has(verdict.outcome as string) ||
      typeof verdict.message !== 'string' ||
      (verdict.errorType !== undefined && typeof verdict.errorType !== 'string') ||
      (verdict.at !== undefined && !isTime(verdict.at)) ||
      (verdict.answers !== undefined && !isStringArray(verdict.answers))
    ) {
      return 'lastVerdict must be {outcome, message, errorType?, at, answers?}';
    }
    lastVerdict = {
      outcome: verdict.outcome as SavedVerdict['outcome'],
      message: verdict.message,
      ...(typeof verdict.errorType === 'string' ? { errorType: verdict.errorType } : {}),
      at: (verdict.at as number | undefined) ?? v.updatedAt,
      ...(isStringArray(verdict.answers) ? { answers: [...verdict.answers] } : {}),
    };
  }
  const task: TaskProgress = {
    answers: [...v.answers],
    attempts: (v.attempts as number | undefined) ?? 0,
    hintsUsed: (v.hintsUsed as number | undefined) ?? 0,
    solutionRevealed: (v.solutionRevealed as boolean | undefined) ?? false,
    passed: (v.passed as boolean | undefined) ?? false,
    secondsSpent: (v.secondsSpent as number | undefined) ?? 0,
    updatedAt: v.updatedAt,
  };
  // One time per answer: a list of another length (hand-edited) is padded or cut, never trusted past the answers.
  // One time per answer. A file from before per-blank times (or a list of another length, hand-edited)
  // counts a blank without one as changed at the task's own time, the latest it can have been.
  task.answersAt = task.answers.map((_, i) => Math.min((v.answersAt as number[] | undefined)?.[i] ?? task.updatedAt, task.updatedAt));
  if (Array.isArray(v.hintLevels)) task.hintLevels = [...(v.hintLevels as number[])];
  if (v.firstPassedAt !== undefined) task.firstPassedAt = v.firstPassedAt as number;
  if (lastVerdict) task.lastVerdict = lastVerdict;
  return task;
};

const checkSql: Check<SqlExerciseProgress> = (v) => {
  if (!isPlainObject(v)) return 'must be an object';
  if (typeof v.query !== 'string') return 'query must be a string';
  if (!isTime(v.updatedAt)) return 'updatedAt must be a time in ms';
  if (v.queryAt !== undefined && !isTime(v.queryAt)) return 'queryAt must be a time in ms';
  for (const key of ['attempts', 'hintsShown'] as const) {
    if (v[key] !== undefined && !isCount(v[key])) return `${key} must be a whole number from 0 to ${MAX_COUNT}`;
  }
  for (const key of ['solutionRevealed', 'passed'] as const) {
    if (v[key] !== undefined && typeof v[key] !== 'boolean') return `${key} must be true or false`;
  }
  if (v.firstPassedAt !== undefined && !isTime(v.firstPassedAt)) return 'firstPassedAt must be a time in ms';
  const verdict = v.lastVerdict;
  if (
    verdict !== undefined &&
    (!isPlainObject(verdict) ||
      !OUTCOMES.has(verdict.outcome as string) ||
      typeof verdict.message !== 'string' ||
      !isTime(verdict.at) ||
      typeof verdict.query !== 'string')
  ) {
    return 'lastVerdict must be {outcome, message, at, query}';
  }
  const entry: SqlExerciseProgress = {
    query: v.query,
    // Never later than the entry itself: a hand-edited time cannot make an old text win a merge.
    queryAt: Math.min((v.queryAt as number | undefined) ?? v.updatedAt, v.updatedAt),
    attempts: (v.attempts as number | undefined) ?? 0,
    hintsShown: (v.hintsShown as number | undefined) ?? 0,
    solutionRevealed: (v.solutionRevealed as boolean | undefined) ?? false,
    passed: (v.passed as boolean | undefined) ?? false,
    updatedAt: v.updatedAt,
  };
  if (v.firstPassedAt !== undefined) entry.firstPassedAt = v.firstPassedAt as number;
  if (isPlainObject(verdict)) {
    entry.lastVerdict = {
      outcome: verdict.outcome as SavedVerdict['outcome'],
      message: verdict.message as string,
      at: verdict.at as number,
      query: verdict.query as string,
    };
  }
  return entry;
};

const checkStep: Check<StepProgress> = (v) => {
  if (!isPlainObject(v)) return 'must be an object';
  if (typeof v.done !== 'boolean') return 'done must be true or false';
  if (!isTime(v.updatedAt)) return 'updatedAt must be a time in ms';
  return { done: v.done, updatedAt: v.updatedAt };
};

const checkCard: Check<CardProgress> = (v) => {
  if (!isPlainObject(v)) return 'must be an object';
  if (!('state' in v)) return 'state is missing';
  if (!isTime(v.updatedAt)) return 'updatedAt must be a time in ms';
  return { state: v.state, updatedAt: v.updatedAt };
};

const checkMiss: Check<MissProgress> = (v) => {
  if (!isPlainObject(v)) return 'must be an object';
  if (!isTime(v.updatedAt)) return 'updatedAt must be a time in ms';
  if (v.recent !== undefined && !(Array.isArray(v.recent) && v.recent.every(isRecentMiss))) {
    return 'recent must be a list of {answer, at}';
  }
  if (v.sources !== undefined && !(Array.isArray(v.sources) && v.sources.every(isMissSource))) {
    return 'sources must list "practice" and/or "drill"';
  }
  const sources: MissSource[] = v.sources ? [...new Set(v.sources as MissSource[])] : [];
  const bySource: Partial<Record<MissSource, number>> = {};
  if (v.bySource !== undefined) {
    if (!isPlainObject(v.bySource)) return 'bySource must be an object';
    for (const [source, n] of Object.entries(v.bySource)) {
      if (!isMissSource(source) || !isCount(n)) return 'bySource must map "practice"/"drill" to whole numbers';
      bySource[source] = n;
    }
  } else {
    // A hand-written entry may only have a count: credit it to the first source it names.
    if (!isCount(v.count)) return 'count must be a whole number >= 0';
    bySource[sources[0] ?? 'practice'] = v.count;
  }
  if (v.count !== undefined && !isCount(v.count)) return 'count must be a whole number >= 0';
  if (v.clearedAt !== undefined && !isTime(v.clearedAt)) return 'clearedAt must be a time in ms';
  return normalizeMiss({
    count: 0,
    bySource,
    recent: (v.recent as RecentMiss[] | undefined)?.map((r) => ({ answer: r.answer, at: r.at })) ?? [],
    sources,
    ...(v.clearedAt === undefined ? {} : { clearedAt: v.clearedAt }),
    updatedAt: v.updatedAt,
  });
};

const checkLearner: Check<LearnerInfo> = (v) => {
  if (!isPlainObject(v) || typeof v.name !== 'string') return 'must be {name, updatedAt}';
  if (!isTime(v.updatedAt)) return 'updatedAt must be a time in ms';
  return { name: v.name, updatedAt: v.updatedAt };
};

const checkLast: Check<LastPlace> = (v) => {
  if (!isPlainObject(v) || typeof v.screen !== 'string') return 'must be {screen, id?, updatedAt}';
  if (v.id !== undefined && typeof v.id !== 'string') return 'id must be a string';
  if (!isTime(v.updatedAt)) return 'updatedAt must be a time in ms';
  const last: LastPlace = { screen: v.screen, updatedAt: v.updatedAt };
  if (typeof v.id === 'string') last.id = v.id;
  return last;
};

const checkWorkshop: Check<WorkshopState> = (v) => {
  if (!isPlainObject(v) || !('entries' in v)) return 'must be {entries, updatedAt}';
  if (!isTime(v.updatedAt)) return 'updatedAt must be a time in ms';
  return { entries: v.entries, updatedAt: v.updatedAt };
};

function isRecentMiss(v: unknown): v is RecentMiss {
  return isPlainObject(v) && typeof v.answer === 'string' && isTime(v.at);
}

function isMissSource(v: unknown): v is MissSource {
  return MISS_SOURCES.includes(v as MissSource);
}

/**
 * Puts a miss in canonical form: `count` and `sources` derived from `bySource`, `recent` deduplicated
 * by answer (latest time kept), ordered by time then text, and cut to the newest MAX_RECENT_MISSES.
 * Canonical form is what makes merging order-independent.
 */
export function normalizeMiss(miss: MissProgress): MissProgress {
  const bySource: Partial<Record<MissSource, number>> = {};
  let count = 0;
  for (const source of MISS_SOURCES) {
    const n = miss.bySource[source];
    if (n !== undefined && n > 0) {
      bySource[source] = n;
      count += n;
    }
  }
  const latest = new Map<string, number>();
  for (const { answer, at } of miss.recent) latest.set(answer, Math.max(at, latest.get(answer) ?? -Infinity));
  const recent = [...latest]
    .map(([answer, at]) => ({ answer, at }))
    .sort((x, y) => x.at - y.at || (x.answer < y.answer ? -1 : x.answer > y.answer ? 1 : 0))
    .slice(-MAX_RECENT_MISSES);
  const sources = MISS_SOURCES.filter((s) => bySource[s] !== undefined);
  return { count, bySource, recent, sources, ...(miss.clearedAt === undefined ? {} : { clearedAt: miss.clearedAt }), updatedAt: miss.updatedAt };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a JSON array';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}
