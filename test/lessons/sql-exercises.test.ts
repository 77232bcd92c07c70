// The SQL lab's content: ids are stable (progress and review cards are keyed by them, so the
// list below may only grow), every exercise cites where its pattern is documented, and each has
// what the lab and the tests need (hints, wrong answers, an ORDER BY exactly where order is judged).
import { describe, expect, it } from 'vitest';
import { SQL_EXERCISES, sqlExerciseById } from '../../src/lessons/sql-exercises';
import { SQL_LAB_OUTLINE } from '../../src/lessons/sql-lab-outline';

/** Shipped ids. Never rename or remove one: saved progress and review schedules point at them. */
const SHIPPED_IDS = [
  'sql.failed-per-job',
  'sql.timed-out',
  'sql.task-duration',
  'sql.retries-per-run',
  'sql.table-trigger',
  'sql.longest-task',
  'sql.successes-per-job',
  'sql.latest-job-row',
  'sql.failed-newest-first',
];

describe('SQL lab exercises', () => {
  it('the outline the lists read (sql-lab-outline.ts) has every exercise once, in order, with its title', () => {
    expect(SQL_EXERCISES.map((e) => [e.id, e.title])).toEqual(SQL_LAB_OUTLINE.map((e) => [e.id, e.title]));
  });

  it('at least eight, with unique ids of the form sql.<name>', () => {
    const ids = SQL_EXERCISES.map((e) => e.id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^sql\.[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every shipped id is still there (ids are stable)', () => {
    for (const id of SHIPPED_IDS) expect(sqlExerciseById(id)?.id, id).toBe(id);
  });

  it.each(SQL_EXERCISES.map((e) => [e.id, e] as const))('%s cites a URL and has what the lab needs', (_id, e) => {
    expect(e.doc.url).toMatch(/^https:\/\/\S+$/);
    expect(e.doc.title.length).toBeGreaterThan(5);
    expect(e.title.trim()).not.toBe('');
    expect(e.prompt).toMatch(/system\.lakeflow\.(jobs|job_tasks|job_run_timeline|job_task_run_timeline)\b/);
    expect(e.hints.length).toBeGreaterThanOrEqual(2);
    expect(e.explanation.trim()).not.toBe('');
    expect(e.wrongAnswers.length).toBeGreaterThanOrEqual(1);
    for (const w of e.wrongAnswers) {
      expect(w.query.trim()).not.toBe(e.reference.trim());
      expect(w.why.trim()).not.toBe('');
    }
    // Order is judged exactly where the reference orders its rows.
    expect(/\bORDER BY\b/i.test(e.reference.replace(/OVER\s*\([^)]*\)/gi, ''))).toBe((e.orderBy?.length ?? 0) > 0);
  });
});
