// The SQL lab's engine side with a fake `open`: which histories it opens, when, and with what.
import { describe, expect, it } from 'vitest';
import { SQL_EXERCISES } from '../../src/lessons/sql-exercises';
import { judgeHistoryOptions } from '../../src/sql/judge';
import { createSqlLab } from '../../src/sql/lab';
import { SqlError, type HistoryOptions, type LearnerRun, type QueryResult, type SystemTables } from '../../src/sql/types';

const EXERCISE = SQL_EXERCISES[0]!;
const NOW = Date.UTC(2026, 11, 3, 9, 41);
const rows: QueryResult = { columns: [{ name: 'n', type: 'BIGINT' }], rows: [[1]], notes: [] };

function fakeOpen(fail = 0) {
  const opened: HistoryOptions[] = [];
  const closed: HistoryOptions[] = [];
  let failures = fail;
  const open = (options: HistoryOptions): Promise<SystemTables> => {
    if (failures > 0) {
      failures -= 1;
      return Promise.reject(new SqlError('The SQL engine (DuckDB) could not be loaded'));
    }
    opened.push(options);
    return Promise.resolve({
      query: () => Promise.resolve(rows),
      close: () => {
        closed.push(options);
        return Promise.resolve();
      },
    });
  };
  return { open, opened, closed };
}

describe('createSqlLab', () => {
  it('opens nothing until asked; run opens the learner history once, check the three judging ones once', async () => {
    const f = fakeOpen();
    const lab = createSqlLab({ open: f.open, now: NOW, seed: 8 });
    expect(f.opened).toEqual([]);
    await lab.run('SELECT 1');
    await lab.run('SELECT 2');
    expect(f.opened).toEqual([{ seed: 8, now: NOW }]);
    await lab.check(EXERCISE, 'SELECT 1');
    await lab.check(EXERCISE, 'SELECT 2');
    expect(f.opened.slice(1)).toEqual(judgeHistoryOptions(NOW));
    expect(new Set(judgeHistoryOptions(NOW).map((o) => o.seed)).size).toBe(3);
    await lab.close();
    expect(f.closed).toHaveLength(4);
  });

  it("the learner's runs and name go into their history; a change reopens it, the same key does not", async () => {
    const f = fakeOpen();
    const lab = createSqlLab({ open: f.open, now: NOW, seed: 8 });
    const runs = [{ startedAt: NOW - 1000 }] as unknown as LearnerRun[];
    lab.setLearner('a', { learnerRuns: runs, learnerName: 'Ada' });
    await lab.run('SELECT 1');
    expect(f.opened[0]).toEqual({ seed: 8, now: NOW, learnerRuns: runs, learnerName: 'Ada' });
    lab.setLearner('a', { learnerRuns: [], learnerName: 'Ada' });
    await lab.run('SELECT 1');
    expect(f.opened).toHaveLength(1);
    lab.setLearner('b', { learnerRuns: [], learnerName: 'Ada' });
    await lab.run('SELECT 1');
    expect(f.opened).toHaveLength(2);
    expect(f.closed).toHaveLength(1);
  });

  it('a failed open is reported, and tried again on the next run', async () => {
    const f = fakeOpen(1);
    const lab = createSqlLab({ open: f.open, now: NOW, seed: 8 });
    await expect(lab.run('SELECT 1')).rejects.toThrow('could not be loaded');
    await expect(lab.run('SELECT 1')).resolves.toEqual(rows);
  });
});
