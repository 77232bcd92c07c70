// The SQL lab's judge: the learner's result set against the reference query's, on several seeded
// histories, so rows typed in by hand (or a query that only fits one history) fail. Pure apart from
// the queries it runs through the SystemTables it is handed: opening them (and loading DuckDB) is
// the caller's business, so tests and screens can open them once and judge many answers.

import type { SqlExercise } from '../lessons/types';
import { SqlError, type HistoryOptions, type QueryResult, type SqlColumn, type SqlValue, type SystemTables } from './types';

/**
 * The histories an answer is judged on. Three, so that an answer fitted to one history (hard-coded
 * ids, a count that happens to match) fails on another. Each has its own seed (the runs differ)
 * and its own learner name (the job names differ: the SCD2 jobs table does not depend on the seed).
 */
export const JUDGE_HISTORIES: ReadonlyArray<{ seed: number; learnerName: string }> = [
  { seed: 101, learnerName: 'ana' },
  { seed: 202, learnerName: 'ben' },
  { seed: 303, learnerName: 'chen' },
];

/** The options to open the judging histories with, at `at` (judged at midnight UTC of that day). */
export function judgeHistoryOptions(at: number): HistoryOptions[] {
  const now = judgeNow(at);
  return JUDGE_HISTORIES.map((h) => ({ ...h, now }));
}

/**
 * "Now" for judging: midnight UTC of the day `at` falls in. At midnight `current_date()` (the
 * lab's form) and `CURRENT_TIMESTAMP()` (the docs' form) mark the same instant, so a 7-day window
 * written either way selects the same runs and neither form is failed for the other.
 */
export function judgeNow(at: number): number {
  const day = new Date(at);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
}

/**
 * Two doubles are equal within this absolute difference: enough for ROUND(x, 2) and for sums
 * taken in another order (or in DECIMAL instead of DOUBLE), far below any difference a wrong
 * query makes in seconds or counts. Integers (counts, ids) are compared exactly.
 */
export const DOUBLE_TOLERANCE = 0.005;

export type SqlOutcome = 'passed' | 'failed' | 'error';

export interface SqlVerdict {
  outcome: SqlOutcome;
  /** One line: PASSED, what differed, or the engine's message. */
  message: string;
  /** pytest-like lines under it: counts, missing/extra rows, the first differing row, order. */
  details: string[];
  /** 1-based history the answer failed on (the rows shown come from it). */
  history?: number;
  /** The reference's columns as the exercise asks for them. */
  columns?: string[];
}

/** How many rows of each kind the feedback shows. */
const SHOWN = 3;

const FLOAT_TYPES = /^(DOUBLE|FLOAT|REAL|DECIMAL|NUMERIC)/i;

interface Aligned {
  rows: SqlValue[][];
  /** A line about how columns were matched, when it is worth saying. */
  note?: string;
}

/**
 * Columns are matched by position: the prompt lists them in order, and names are the learner's
 * choice (an unaliased `COUNT(*) - 1` is named differently by Spark and by DuckDB, so requiring
 * the reference's names would fail right answers for a label). Only when the learner's names are
 * exactly the reference's in another order are they matched by name.
 */
function align(ref: readonly SqlColumn[], mine: QueryResult): Aligned {
  const want = ref.map((c) => c.name.toLowerCase());
  const have = mine.columns.map((c) => c.name.toLowerCase());
  const samePositions = want.every((n, i) => have[i] === n);
  const permutation = !samePositions && new Set(have).size === have.length && want.every((n) => have.includes(n));
  if (!permutation) return { rows: mine.rows };
  const index = want.map((n) => have.indexOf(n));
  return {
    rows: mine.rows.map((row) => index.map((i) => row[i] ?? null)),
    note: `Your columns were matched to the reference's by name (${ref.map((c) => c.name).join(', ')}).`,
  };
}

function isFloatColumn(column: SqlColumn | undefined): boolean {
  return column !== undefined && FLOAT_TYPES.test(column.type);
}

function sameValue(a: SqlValue, b: SqlValue, float: boolean): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'number' && typeof b === 'number') {
    return float ? Math.abs(a - b) <= DOUBLE_TOLERANCE : a === b;
  }
  return a === b;
}

function sameRow(a: readonly SqlValue[], b: readonly SqlValue[], floats: readonly boolean[]): boolean {
  return a.length === b.length && a.every((v, i) => sameValue(v, b[i] ?? null, floats[i] ?? false));
}

/** A total order over values for sorting both sides alike: NULL, booleans, numbers, text. */
function compareValues(a: SqlValue, b: SqlValue): number {
  const rank = (v: SqlValue): number => (v === null ? 0 : typeof v === 'boolean' ? 1 : typeof v === 'number' ? 2 : 3);
  const d = rank(a) - rank(b);
  if (d !== 0) return d;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function compareRows(a: readonly SqlValue[], b: readonly SqlValue[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = compareValues(a[i] ?? null, b[i] ?? null);
    if (d !== 0) return d;
  }
  return 0;
}

export function formatValue(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'number' && !Number.isInteger(v)) return String(Math.round(v * 1000) / 1000);
  return String(v);
}

export function formatRow(row: readonly SqlValue[]): string {
  return `(${row.map(formatValue).join(', ')})`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export interface RowDiff {
  missing: SqlValue[][];
  extra: SqlValue[][];
}

/** Rows as multisets: every reference row needs its own matching row (duplicates count). */
export function diffRows(reference: readonly SqlValue[][], mine: readonly SqlValue[][], floats: readonly boolean[]): RowDiff {
  const left = [...mine].sort(compareRows);
  const used = new Array<boolean>(left.length).fill(false);
  const missing: SqlValue[][] = [];
  for (const row of [...reference].sort(compareRows)) {
    const i = left.findIndex((candidate, k) => !used[k] && sameRow(row, candidate, floats));
    if (i === -1) missing.push(row);
    else used[i] = true;
  }
  return { missing, extra: left.filter((_, k) => !used[k]) };
}

/** The first position where the order keys differ, or -1. */
function firstOutOfOrder(reference: readonly SqlValue[][], mine: readonly SqlValue[][], keys: readonly number[], floats: readonly boolean[]): number {
  for (let i = 0; i < reference.length; i++) {
    const want = keys.map((k) => reference[i]?.[k] ?? null);
    const got = keys.map((k) => mine[i]?.[k] ?? null);
    if (!sameRow(want, got, keys.map((k) => floats[k] ?? false))) return i;
  }
  return -1;
}

/** The first row, in sorted order, where the two sides differ (pytest's "At index i diff"). */
function firstDifference(reference: readonly SqlValue[][], mine: readonly SqlValue[][], floats: readonly boolean[]): string | undefined {
  const a = [...reference].sort(compareRows);
  const b = [...mine].sort(compareRows);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (!sameRow(a[i] ?? [], b[i] ?? [], floats)) {
      return `First differing row (both sorted), #${i + 1}: yours ${formatRow(b[i] ?? [])} != reference ${formatRow(a[i] ?? [])}`;
    }
  }
  return undefined;
}

function sample(label: string, rows: readonly SqlValue[][], mark: string): string[] {
  if (rows.length === 0) return [];
  const lines = [`${label}:`];
  for (const row of rows.slice(0, SHOWN)) lines.push(`  ${mark} ${formatRow(row)}`);
  if (rows.length > SHOWN) lines.push(`  … and ${rows.length - SHOWN} more`);
  return lines;
}

/**
 * Compares one history's result sets. Returns undefined when they agree, else the verdict's
 * message and details (without the history line).
 */
export function compareResults(exercise: Pick<SqlExercise, 'orderBy'>, reference: QueryResult, mine: QueryResult): { message: string; details: string[] } | undefined {
  const refNames = reference.columns.map((c) => c.name);
  if (mine.columns.length !== reference.columns.length) {
    return {
      message: `Your query returns ${plural(mine.columns.length, 'column')}; the exercise asks for ${reference.columns.length}.`,
      details: [
        `Yours:     ${mine.columns.map((c) => c.name).join(', ') || '(none)'}`,
        `Reference: ${refNames.join(', ')}`,
        'Return the columns the exercise names, in that order.',
      ],
    };
  }
  const { rows, note } = align(reference.columns, mine);
  const floats = reference.columns.map(isFloatColumn);
  const { missing, extra } = diffRows(reference.rows, rows, floats);
  const details: string[] = note ? [note] : [];
  if (missing.length > 0 || extra.length > 0) {
    const counts = `Your query returned ${plural(rows.length, 'row')}; the reference returns ${plural(reference.rows.length, 'row')}.`;
    let message: string;
    if (rows.length === 0) message = 'Your query returned no rows.';
    else if (reference.rows.length === 0) message = 'Your query returned rows where the reference returns none.';
    else if (missing.length > 0 && extra.length > 0) message = `${plural(missing.length, 'row')} missing and ${plural(extra.length, 'row')} not expected.`;
    else if (missing.length > 0) message = `${plural(missing.length, 'row')} missing.`;
    else message = `${plural(extra.length, 'row')} not expected.`;
    details.push(counts, `Columns: ${refNames.join(', ')}`);
    details.push(...sample('Missing (in the reference, not in yours)', missing, '-'));
    details.push(...sample('Not expected (in yours, not in the reference)', extra, '+'));
    if (rows.length === reference.rows.length) {
      const first = firstDifference(reference.rows, rows, floats);
      if (first) details.push(first);
    }
    return { message, details };
  }
  const keys = exercise.orderBy ?? [];
  if (keys.length > 0) {
    const at = firstOutOfOrder(reference.rows, rows, keys, floats);
    if (at !== -1) {
      const names = keys.map((k) => refNames[k] ?? `column ${k + 1}`).join(', ');
      const want = keys.map((k) => formatValue(reference.rows[at]?.[k] ?? null)).join(', ');
      const got = keys.map((k) => formatValue(rows[at]?.[k] ?? null)).join(', ');
      return {
        message: 'The right rows, in the wrong order.',
        details: [...details, `Row #${at + 1}: ${names} is ${got} in yours, ${want} in the reference.`, `The exercise asks for an order: check your ORDER BY (on ${names}).`],
      };
    }
  }
  return undefined;
}

/** Reference results per opened history, per exercise: the reference never changes. */
const referenceCache = new WeakMap<SystemTables, Map<string, Promise<QueryResult>>>();

function referenceOn(tables: SystemTables, exercise: SqlExercise): Promise<QueryResult> {
  let byExercise = referenceCache.get(tables);
  if (!byExercise) {
    byExercise = new Map();
    referenceCache.set(tables, byExercise);
  }
  let result = byExercise.get(exercise.id);
  if (!result) {
    result = tables.query(exercise.reference);
    // A failed reference is not cached: the next check tries again and reports it.
    result.catch(() => byExercise.delete(exercise.id));
    byExercise.set(exercise.id, result);
  }
  return result;
}

/**
 * Judges `query` against the exercise's reference on each history in turn (`histories`: opened
 * with judgeHistoryOptions), stopping at the first that differs. An engine error is the verdict `error`
 * with the engine's message; a passing answer passed on every history.
 */
export async function judgeQuery(exercise: SqlExercise, query: string, histories: readonly SystemTables[]): Promise<SqlVerdict> {
  if (query.trim() === '') {
    return { outcome: 'failed', message: 'Write a query first.', details: [] };
  }
  for (const [i, tables] of histories.entries()) {
    const reference = await referenceOn(tables, exercise);
    let mine: QueryResult;
    try {
      mine = await tables.query(query);
    } catch (error) {
      if (!(error instanceof SqlError)) throw error;
      return { outcome: 'error', message: error.message, details: [], history: i + 1 };
    }
    const diff = compareResults(exercise, reference, mine);
    if (diff) {
      const where =
        i === 0
          ? `On history 1 of ${histories.length}:`
          : `Your rows matched on ${plural(i, 'history', 'histories')} but not on history ${i + 1} of ${histories.length}: a query must work on any history, not only the one you ran it on.`;
      // What the engine noticed about how the query was read ('failed' in lower case, the API's
      // spelling of a state) is often the whole story: said last, as the SQL screen says it.
      return {
        outcome: 'failed',
        message: diff.message,
        details: [where, ...diff.details, ...mine.notes.map((n) => `Note: ${n}`)],
        history: i + 1,
        columns: reference.columns.map((c) => c.name),
      };
    }
  }
  const orderNote = exercise.orderBy?.length ? ', in the right order,' : '';
  return {
    outcome: 'passed',
    message: `PASSED: the same rows as the reference${orderNote} on ${histories.length === 1 ? 'its history' : `all ${histories.length} histories`}.`,
    details: [],
  };
}
