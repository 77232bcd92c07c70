// The progress summary the menus read is compared by identity (useSyncExternalStore): every key
// typed in a blank saves the answers, and a summary rebuilt each time re-rendered the App and the
// lists under the open task on every key. It stays the same object until what it shows changes.
import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import { SQL_EXERCISES } from '../../src/lessons/sql-exercises';
import { sameSummary, type ProgressSummary } from '../../src/screens/session';
import { memorySession } from '../support/memory-session';

const T1 = LAB08.practice.tasks[0]!;
const T2 = LAB08.practice.tasks[1]!;
const SQL = SQL_EXERCISES[0]!.id;

describe('ProgressSession.summary', () => {
  it('is the same object while typing changes nothing it shows', () => {
    const { session, store } = memorySession();
    const empty = T1.blanks.map(() => '');
    session.setAnswers(T1.id, ['a', ...empty.slice(1)]);
    const first = session.summary();
    expect(first.tasks[T1.id]).toEqual({ attempted: true, passed: false });
    for (const text of ['ab', 'abc', 'ab']) {
      const before = store.get();
      session.setAnswers(T1.id, [text, ...empty.slice(1)]);
      // The progress did change (the answers are saved)…
      expect(store.get()).not.toBe(before);
      // …the summary did not.
      expect(session.summary()).toBe(first);
    }
  });

  it('changes when a status changes, keeping the parts that did not', () => {
    const { session } = memorySession();
    session.setAnswers(T1.id, T1.blanks.map(() => 'x'));
    const before = session.summary();
    session.setAnswers(T2.id, T2.blanks.map(() => 'y'));
    const after = session.summary();
    expect(after).not.toBe(before);
    expect(after.tasks[T2.id]).toEqual({ attempted: true, passed: false });
    expect(after.sql).toBe(before.sql);
    expect(after.stepsDone).toBe(before.stepsDone);
    expect(after.warnings).toBe(before.warnings);
    // Erasing the answer again makes the task unattempted: a change the lists show.
    session.setAnswers(T2.id, T2.blanks.map(() => ''));
    expect(session.summary().tasks[T2.id]).toEqual({ attempted: false, passed: false });
    expect(session.summary().tasks).not.toBe(after.tasks);
  });

  it('follows the SQL lab, the workshop marks and the place to continue', () => {
    const { session } = memorySession();
    const start = session.summary();
    session.setSqlQuery(SQL, 'SELECT 1');
    const sql = session.summary();
    expect(sql).not.toBe(start);
    expect(sql.sql[SQL]).toEqual({ attempted: true, passed: false });
    expect(sql.tasks).toBe(start.tasks);
    session.markStep('workshop.1', true);
    expect(session.summary().stepsMarked).toEqual(['workshop.1']);
    session.setLast({ name: 'practice', task: 2 });
    expect(session.summary().last).toEqual({ name: 'practice', task: 2 });
  });
});

describe('sameSummary', () => {
  const base: ProgressSummary = { stepsDone: ['a'], stepsMarked: [], tasks: { t: { attempted: true, passed: false } }, sql: {}, warnings: [] };

  it('returns the previous summary when every part is equal', () => {
    const copy: ProgressSummary = JSON.parse(JSON.stringify(base));
    expect(sameSummary(base, copy)).toBe(base);
    const placed = { ...base, last: { name: 'practice', task: 3 } } as const;
    expect(sameSummary(placed, JSON.parse(JSON.stringify(placed)))).toBe(placed);
  });

  it('tells every part apart', () => {
    const changes: Array<Partial<ProgressSummary>> = [
      { tasks: { t: { attempted: true, passed: true } } },
      { tasks: { ...base.tasks, u: { attempted: true, passed: false } } },
      { sql: { q: { attempted: true, passed: false } } },
      { stepsDone: ['b'] },
      { stepsMarked: ['a'] },
      { warnings: ['progress could not be saved'] },
      { last: { name: 'workshop', step: 1 } },
    ];
    for (const change of changes) {
      const next = sameSummary(base, { ...base, ...change });
      expect(next, JSON.stringify(change)).not.toBe(base);
      expect(next).toMatchObject(change);
    }
  });
});
