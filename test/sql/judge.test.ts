// The judge on its own: result sets compared as multisets, order only where asked, columns by
// position (or by name when only reordered), doubles within the stated tolerance, and feedback
// that names what differed. The histories here are hand-made fakes of SystemTables: the judge's
// rules do not depend on DuckDB (test/sql/exercises.test.ts runs it on the real engine).
import { describe, expect, it } from 'vitest';
import type { SqlExercise } from '../../src/lessons/types';
import { DOUBLE_TOLERANCE, compareResults, diffRows, judgeNow, judgeQuery } from '../../src/sql/judge';
import { SqlError, type QueryResult, type SqlValue, type SystemTables } from '../../src/sql/types';

const REF = 'SELECT reference';

function result(names: string[], rows: SqlValue[][], types?: string[]): QueryResult {
  return { columns: names.map((name, i) => ({ name, type: types?.[i] ?? 'BIGINT' })), rows, notes: [] };
}

/** A history that answers the reference and a few named learner queries. */
function fakeHistory(answers: Record<string, QueryResult | Error>): SystemTables & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    query: (sql: string) => {
      calls.push(sql);
      const a = answers[sql];
      if (a === undefined) return Promise.reject(new SqlError(`no fake answer for ${sql}`));
      return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
    },
    close: () => Promise.resolve(),
  };
}

const exercise = (over: Partial<SqlExercise> = {}): SqlExercise => ({
  id: 'test.ex',
  title: 't',
  prompt: 'p',
  reference: REF,
  hints: [],
  explanation: '',
  doc: { title: 'x', url: 'https://example.com' },
  wrongAnswers: [],
  ...over,
});

describe('compareResults', () => {
  const ref = result(['job_id', 'n'], [[1, 2], [2, 5], [3, 1]]);

  it('the same rows in another order pass when order is not asked for', () => {
    expect(compareResults({}, ref, result(['job_id', 'n'], [[3, 1], [1, 2], [2, 5]]))).toBeUndefined();
  });

  it('column names are not required: columns match by position', () => {
    expect(compareResults({}, ref, result(['id', 'count(DISTINCT run_id)'], [[1, 2], [2, 5], [3, 1]]))).toBeUndefined();
  });

  it('the same names in another order are matched by name', () => {
    const diff = compareResults({}, ref, result(['n', 'job_id'], [[2, 1], [5, 2], [1, 3]]));
    expect(diff).toBeUndefined();
  });

  it('a missing row and an extra row are both named, with the counts', () => {
    const diff = compareResults({}, ref, result(['job_id', 'n'], [[1, 2], [2, 5], [4, 9]]));
    expect(diff?.message).toBe('1 row missing and 1 row not expected.');
    expect(diff?.details).toContain('Your query returned 3 rows; the reference returns 3 rows.');
    expect(diff?.details).toContain('  - (3, 1)');
    expect(diff?.details).toContain('  + (4, 9)');
    expect(diff?.details.some((l) => l.startsWith('First differing row (both sorted), #3: yours (4, 9) != reference (3, 1)'))).toBe(true);
  });

  it('duplicates count: a row twice is one row too many', () => {
    const diff = compareResults({}, ref, result(['job_id', 'n'], [[1, 2], [2, 5], [3, 1], [3, 1]]));
    expect(diff?.message).toBe('1 row not expected.');
    expect(diff?.details).toContain('  + (3, 1)');
  });

  it('no rows at all says so', () => {
    expect(compareResults({}, ref, result(['job_id', 'n'], []))?.message).toBe('Your query returned no rows.');
  });

  it('a different number of columns is reported with both column lists', () => {
    const diff = compareResults({}, ref, result(['job_id'], [[1], [2], [3]]));
    expect(diff?.message).toBe('Your query returns 1 column; the exercise asks for 2.');
    expect(diff?.details).toContain('Reference: job_id, n');
  });

  it('integers are exact: a count off by one fails', () => {
    expect(compareResults({}, ref, result(['job_id', 'n'], [[1, 2], [2, 6], [3, 1]]))?.message).toBe('1 row missing and 1 row not expected.');
  });

  it('doubles are equal within the stated tolerance (ROUND(x, 2) passes), not beyond it', () => {
    const avg = result(['task', 'avg'], [['a', 123.456789]], ['VARCHAR', 'DOUBLE']);
    expect(compareResults({}, avg, result(['task', 'avg'], [['a', 123.46]]))).toBeUndefined();
    expect(compareResults({}, avg, result(['task', 'avg'], [['a', 123.456789 + DOUBLE_TOLERANCE * 2]]))).toBeDefined();
    expect(compareResults({}, avg, result(['task', 'avg'], [['a', 123]]))).toBeDefined();
  });

  it('text is compared exactly (case matters)', () => {
    const s = result(['state'], [['FAILED']], ['VARCHAR']);
    expect(compareResults({}, s, result(['state'], [['failed']]))).toBeDefined();
    expect(compareResults({}, s, result(['state'], [['FAILED']]))).toBeUndefined();
  });

  it('NULL only equals NULL', () => {
    const s = result(['x'], [[null]]);
    expect(compareResults({}, s, result(['x'], [[0]]))).toBeDefined();
    expect(compareResults({}, s, result(['x'], [[null]]))).toBeUndefined();
  });

  describe('order, where the exercise asks for it', () => {
    const ordered = result(['run', 'retries'], [['r1', 3], ['r2', 2], ['r3', 2], ['r4', 1]]);

    it('the reference order passes; rows tied on the order key may come in any order', () => {
      expect(compareResults({ orderBy: [1] }, ordered, result(['run', 'retries'], [['r1', 3], ['r3', 2], ['r2', 2], ['r4', 1]]))).toBeUndefined();
    });

    it('another order fails and names the first row out of place', () => {
      const diff = compareResults({ orderBy: [1] }, ordered, result(['run', 'retries'], [['r4', 1], ['r2', 2], ['r3', 2], ['r1', 3]]));
      expect(diff?.message).toBe('The right rows, in the wrong order.');
      expect(diff?.details[0]).toBe('Row #1: retries is 1 in yours, 3 in the reference.');
    });

    it('without orderBy the same reversed rows pass', () => {
      expect(compareResults({}, ordered, result(['run', 'retries'], [['r4', 1], ['r2', 2], ['r3', 2], ['r1', 3]]))).toBeUndefined();
    });
  });
});

describe('diffRows', () => {
  it('is a multiset difference in both directions', () => {
    const { missing, extra } = diffRows([[1], [1], [2]], [[1], [3]], [false]);
    expect(missing).toEqual([[1], [2]]);
    expect(extra).toEqual([[3]]);
  });
});

describe('judgeQuery over several histories', () => {
  const rowsA = result(['job_id', 'n'], [[1, 2]]);
  const rowsB = result(['job_id', 'n'], [[1, 4], [2, 1]]);
  const good = 'SELECT good';
  const hardCoded = 'SELECT 1 AS job_id, 2 AS n';

  it('passes only when the rows match on every history', async () => {
    const histories = [fakeHistory({ [REF]: rowsA, [good]: rowsA }), fakeHistory({ [REF]: rowsB, [good]: rowsB })];
    const verdict = await judgeQuery(exercise(), good, histories);
    expect(verdict.outcome).toBe('passed');
    expect(verdict.message).toBe('PASSED: the same rows as the reference on all 2 histories.');
  });

  it('rows that fit one history only fail on the next, and the feedback says why', async () => {
    const histories = [fakeHistory({ [REF]: rowsA, [hardCoded]: rowsA }), fakeHistory({ [REF]: rowsB, [hardCoded]: rowsA })];
    const verdict = await judgeQuery(exercise(), hardCoded, histories);
    expect(verdict.outcome).toBe('failed');
    expect(verdict.history).toBe(2);
    expect(verdict.details[0]).toMatch(/matched on 1 history but not on history 2 of 2: a query must work on any history/);
    expect(verdict.details).toContain('  - (1, 4)');
  });

  it("the engine's notes on the learner's query come last in the details", async () => {
    const noted: QueryResult = { ...result(['job_id', 'n'], []), notes: ["result_state is spelled 'FAILED' in the system tables"] };
    const verdict = await judgeQuery(exercise(), 'noted', [fakeHistory({ [REF]: rowsA, noted })]);
    expect(verdict.details.at(-1)).toBe("Note: result_state is spelled 'FAILED' in the system tables");
  });

  it('an engine error is the verdict `error` with the engine message, on the first history', async () => {
    const histories = [fakeHistory({ [REF]: rowsA, bad: new SqlError('Parser Error: syntax error at or near "FORM"') })];
    const verdict = await judgeQuery(exercise(), 'bad', histories);
    expect(verdict).toMatchObject({ outcome: 'error', message: 'Parser Error: syntax error at or near "FORM"', history: 1 });
  });

  it('an empty query is not sent to the engine', async () => {
    const history = fakeHistory({ [REF]: rowsA });
    const verdict = await judgeQuery(exercise(), '   ', [history]);
    expect(verdict.outcome).toBe('failed');
    expect(history.calls).toEqual([]);
  });

  it('the reference runs once per history, however many answers are judged', async () => {
    const history = fakeHistory({ [REF]: rowsA, [good]: rowsA, [hardCoded]: rowsA });
    await judgeQuery(exercise({ id: 'test.cache' }), good, [history]);
    await judgeQuery(exercise({ id: 'test.cache' }), hardCoded, [history]);
    expect(history.calls.filter((c) => c === REF)).toHaveLength(1);
  });

  it('an ordered exercise says so when it passes', async () => {
    const verdict = await judgeQuery(exercise({ orderBy: [1] }), good, [fakeHistory({ [REF]: rowsA, [good]: rowsA })]);
    expect(verdict.message).toBe('PASSED: the same rows as the reference, in the right order, on its history.');
  });
});

describe('judgeNow', () => {
  it('is midnight UTC of the day, so current_date() and CURRENT_TIMESTAMP() windows agree', () => {
    expect(new Date(judgeNow(Date.UTC(2026, 11, 3, 9, 41, 7))).toISOString()).toBe('2026-12-03T00:00:00.000Z');
  });
});
