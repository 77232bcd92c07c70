// The SQL lab's saved progress: a new `sql` field, keyed by exercise id. Files written before it
// still load (the field reads as {}), validation accepts it and drops only a bad entry, two
// terminals merge it (the later edit of the query wins, counters take the max), and the store's
// setters round-trip through the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openProgressStore, parseProgressText, type ProgressStore } from '../../src/progress';
import { formatProgressJson, formatProgressText } from '../../src/progress/format';
import { mergeProgress, mergeSql } from '../../src/progress/merge';
import { emptyProgress, type SqlExerciseProgress } from '../../src/progress/types';
import { manualClock, tempDir } from './helpers';

const stores: ProgressStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

const BEFORE_SQL_LAB = {
  format: 'lakeflow-lab/progress',
  version: 1,
  labId: 'lab08',
  learner: null,
  tasks: { 'practice.7': { answers: ['FAILED', '7'], attempts: 1, hintsUsed: 0, solutionRevealed: false, passed: true, secondsSpent: 30, updatedAt: 10 } },
  steps: {},
  cards: {},
  misses: {},
  last: null,
  workshop: null,
};

const entry = (over: Partial<SqlExerciseProgress> = {}): SqlExerciseProgress => ({
  query: 'SELECT 1',
  queryAt: 5,
  attempts: 1,
  hintsShown: 0,
  solutionRevealed: false,
  passed: false,
  updatedAt: 5,
  ...over,
});

describe('reading', () => {
  it('a file from before the SQL lab loads as it was, with no SQL progress and no issue', () => {
    const parsed = parseProgressText(JSON.stringify(BEFORE_SQL_LAB));
    expect(parsed.kind).toBe('ok');
    if (parsed.kind !== 'ok') return;
    expect(parsed.issues).toEqual([]);
    expect(parsed.progress.sql).toEqual({});
    expect(parsed.progress.tasks['practice.7']?.passed).toBe(true);
  });

  it('the sql field is accepted, and missing counters default as they do for tasks', () => {
    const file = { ...BEFORE_SQL_LAB, sql: { 'sql.timed-out': { query: "SELECT * FROM t WHERE result_state = 'TIMED_OUT'", updatedAt: 20 } } };
    const parsed = parseProgressText(JSON.stringify(file));
    expect(parsed.kind === 'ok' && parsed.issues).toEqual([]);
    expect(parsed.kind === 'ok' && parsed.progress.sql['sql.timed-out']).toEqual({
      query: "SELECT * FROM t WHERE result_state = 'TIMED_OUT'",
      queryAt: 20,
      attempts: 0,
      hintsShown: 0,
      solutionRevealed: false,
      passed: false,
      updatedAt: 20,
    });
  });

  it('a bad entry is dropped with an issue naming it; the others stay', () => {
    const file = {
      ...BEFORE_SQL_LAB,
      sql: {
        'sql.good': { query: 'SELECT 1', attempts: 2, passed: true, updatedAt: 20, lastVerdict: { outcome: 'passed', message: 'PASSED', at: 19, query: 'SELECT 1' } },
        'sql.bad': { query: 42, updatedAt: 20 },
        'sql.badVerdict': { query: 'x', updatedAt: 20, lastVerdict: { outcome: 'maybe', message: '', at: 1, query: 'x' } },
      },
    };
    const parsed = parseProgressText(JSON.stringify(file));
    expect(parsed.kind).toBe('ok');
    if (parsed.kind !== 'ok') return;
    expect(Object.keys(parsed.progress.sql)).toEqual(['sql.good']);
    expect(parsed.progress.sql['sql.good']?.lastVerdict).toEqual({ outcome: 'passed', message: 'PASSED', at: 19, query: 'SELECT 1' });
    expect(parsed.issues).toEqual([
      'sql["sql.bad"]: query must be a string',
      'sql["sql.badVerdict"]: lastVerdict must be {outcome, message, at, query}',
    ]);
  });

  it('a sql field that is not an object is skipped as a whole, the rest of the file loads', () => {
    const parsed = parseProgressText(JSON.stringify({ ...BEFORE_SQL_LAB, sql: ['SELECT 1'] }));
    expect(parsed.kind === 'ok' && parsed.issues).toEqual(['sql: must be an object keyed by id (all of it skipped)']);
    expect(parsed.kind === 'ok' && parsed.progress.tasks['practice.7']?.passed).toBe(true);
  });
});

describe('merging two terminals', () => {
  it('the later edit of the query wins; counters take the max; flags OR; the newest check wins', () => {
    const a = entry({ query: 'SELECT a', queryAt: 10, attempts: 3, hintsShown: 1, passed: true, firstPassedAt: 8, updatedAt: 10, lastVerdict: { outcome: 'passed', message: 'A', at: 9, query: 'SELECT a' } });
    const b = entry({ query: 'SELECT b', queryAt: 12, attempts: 2, hintsShown: 2, solutionRevealed: true, updatedAt: 12, lastVerdict: { outcome: 'failed', message: 'B', at: 11, query: 'SELECT b' } });
    const merged = mergeSql(a, b);
    expect(merged).toEqual({
      query: 'SELECT b',
      queryAt: 12,
      attempts: 3,
      hintsShown: 2,
      solutionRevealed: true,
      passed: true,
      firstPassedAt: 8,
      updatedAt: 12,
      lastVerdict: { outcome: 'failed', message: 'B', at: 11, query: 'SELECT b' },
    });
    expect(mergeSql(b, a)).toEqual(merged);
    expect(mergeSql(merged, merged)).toEqual(merged);
  });

  it('mergeProgress merges the field per exercise id and keeps ids only one side has', () => {
    const p1 = { ...emptyProgress(), sql: { 'sql.a': entry({ query: 'x', queryAt: 1, updatedAt: 1 }) } };
    const p2 = { ...emptyProgress(), sql: { 'sql.a': entry({ query: 'y', queryAt: 2, updatedAt: 2 }), 'sql.b': entry() } };
    const merged = mergeProgress(p1, p2);
    expect(merged.sql['sql.a']?.query).toBe('y');
    expect(Object.keys(merged.sql).sort()).toEqual(['sql.a', 'sql.b']);
    expect(mergeProgress(p2, p1)).toEqual(merged);
  });

  it('a reset drops SQL progress changed before it, in both instances', () => {
    const p1 = { ...emptyProgress(), resetAt: 100, sql: {} };
    const p2 = { ...emptyProgress(), sql: { 'sql.a': entry({ updatedAt: 50 }), 'sql.b': entry({ updatedAt: 150 }) } };
    expect(Object.keys(mergeProgress(p1, p2).sql)).toEqual(['sql.b']);
  });
});

describe('the store', () => {
  it('query, checks, hints and the solution round-trip through the file; an old file gains the field', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'progress.json'), JSON.stringify(BEFORE_SQL_LAB));
    const clock = manualClock();
    const a = openProgressStore({ dir, now: clock.now });
    stores.push(a);
    a.setSqlQuery('sql.timed-out', "SELECT * WHERE result_state = 'TIMEDOUT'");
    clock.tick();
    a.recordSqlCheck('sql.timed-out', { outcome: 'failed', message: 'Your query returned no rows.' }, "SELECT * WHERE result_state = 'TIMEDOUT'");
    a.setSqlHints('sql.timed-out', 2);
    a.setSqlHints('sql.timed-out', 1);
    a.revealSqlSolution('sql.timed-out');
    clock.tick();
    a.setSqlQuery('sql.timed-out', "SELECT * WHERE result_state = 'TIMED_OUT'");
    clock.tick();
    a.recordSqlCheck('sql.timed-out', { outcome: 'passed', message: 'PASSED' }, "SELECT * WHERE result_state = 'TIMED_OUT'");
    expect(a.flush()).toBe(true);

    const onDisk = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')) as { tasks: unknown; sql: Record<string, SqlExerciseProgress> };
    expect(onDisk.tasks).toMatchObject(BEFORE_SQL_LAB.tasks);
    expect(onDisk.sql['sql.timed-out']).toMatchObject({
      query: "SELECT * WHERE result_state = 'TIMED_OUT'",
      attempts: 2,
      hintsShown: 2,
      solutionRevealed: true,
      passed: true,
      lastVerdict: { outcome: 'passed', message: 'PASSED', query: "SELECT * WHERE result_state = 'TIMED_OUT'" },
    });

    const b = openProgressStore({ dir });
    stores.push(b);
    expect(b.get()).toEqual(a.get());
    expect(b.warnings).toEqual([]);
  });

  it('typing nothing into an exercise never opened writes nothing', () => {
    const a = openProgressStore({ dir: tempDir() });
    stores.push(a);
    a.setSqlQuery('sql.timed-out', '');
    expect(a.hasUnsavedChanges).toBe(false);
    expect(a.get().sql).toEqual({});
  });
});

describe('lakeflow-lab progress', () => {
  const outline = {
    steps: [],
    tasks: [],
    sqlExercises: [
      { id: 'sql.a', title: 'Failed runs per job' },
      { id: 'sql.b', title: 'Runs that timed out' },
      { id: 'sql.c', title: 'Retries per run' },
    ],
  };
  const progress = {
    ...emptyProgress(),
    sql: {
      'sql.b': entry({ attempts: 2, hintsShown: 1, passed: true, lastVerdict: { outcome: 'passed' as const, message: 'PASSED', at: 5, query: 'q' } }),
      'sql.c': entry({ attempts: 1, solutionRevealed: true }),
    },
  };

  it('the text lists the SQL lab: passed count, each exercise, what was done on it', () => {
    const text = formatProgressText(progress, { outline, file: '/x/progress.json' });
    expect(text).toContain('SQL lab: 1/3 exercises passed');
    expect(text).toContain('  [ ] 1. Failed runs per job\n  [x] 2. Runs that timed out\n      passed · 2 checks · 1 hint\n');
    expect(text).toContain('  [ ] 3. Retries per run\n      not passed yet · 1 check · 0 hints · solution revealed');
  });

  it('the JSON carries it; an outline without exercises (older callers) has no section', () => {
    const json = JSON.parse(formatProgressJson(progress, { outline, file: '/x' }));
    expect(json.sqlLab).toMatchObject({ passed: 1, total: 3 });
    expect(json.sqlLab.exercises[1]).toEqual({
      id: 'sql.b', number: 2, title: 'Runs that timed out', status: 'passed', passed: true, attempts: 2, hintsShown: 1, solutionRevealed: false, lastOutcome: 'passed',
    });
    expect(json.sqlLab.exercises[0].status).toBe('not-started');
    expect(JSON.parse(formatProgressJson(progress, { outline: { steps: [], tasks: [] }, file: '/x' })).sqlLab).toBeUndefined();
  });
});
