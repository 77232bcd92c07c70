// Every SQL lab exercise on the real engine and the three judging histories (opened once for the
// file): the reference passes, each typical wrong answer fails on every history taken alone, and
// the reference's rows typed in by hand (a VALUES list) fail, because the histories differ.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQL_EXERCISES } from '../../src/lessons/sql-exercises';
import { openSystemTables } from '../../src/sql/index';
import { judgeHistoryOptions, judgeQuery } from '../../src/sql/judge';
import type { QueryResult, SqlValue, SystemTables } from '../../src/sql/types';

/** A fixed day, so the histories (relative to "now") are the same on every run of the test. */
const DAY = Date.UTC(2026, 11, 3, 9, 30);

/** Another day (a Sunday, the end of a short month): the app judges on the day the learner checks. */
const OTHER_DAY = Date.UTC(2027, 1, 28, 23, 59);

let histories: SystemTables[] = [];
let otherDay: SystemTables[] = [];
beforeAll(async () => {
  histories = await Promise.all(judgeHistoryOptions(DAY).map((o) => openSystemTables(o)));
  otherDay = await Promise.all(judgeHistoryOptions(OTHER_DAY).map((o) => openSystemTables(o)));
});
afterAll(async () => {
  for (const h of [...histories, ...otherDay]) await h.close();
});

const literal = (v: SqlValue): string => (v === null ? 'NULL' : typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v));

/** The rows as a query that returns exactly them: what a learner who copies one run's output submits. */
function hardCoded(result: QueryResult): string {
  const names = result.columns.map((c) => c.name).join(', ');
  const rows = result.rows.map((r) => `(${r.map(literal).join(', ')})`).join(',\n  ');
  return `SELECT * FROM (VALUES\n  ${rows}\n) AS t(${names})`;
}

describe.each(SQL_EXERCISES.map((e) => [e.id, e] as const))('%s', (_id, exercise) => {
  it('the reference passes on all three histories, each returning rows', async () => {
    const verdict = await judgeQuery(exercise, exercise.reference, histories);
    expect(verdict.outcome, verdict.message).toBe('passed');
    for (const h of histories) expect((await h.query(exercise.reference)).rows.length).toBeGreaterThan(0);
  });

  it.each(exercise.wrongAnswers.map((w) => [w.why, w.query] as const))('wrong (%s) fails on every history', async (_why, query) => {
    for (const [i, h] of histories.entries()) {
      const verdict = await judgeQuery(exercise, query, [h]);
      expect(verdict.outcome, `history ${i + 1}: ${verdict.message}`).not.toBe('passed');
    }
  });

  it('on another day the reference still returns rows and every wrong answer still fails on each history', async () => {
    expect((await judgeQuery(exercise, exercise.reference, otherDay)).outcome).toBe('passed');
    for (const h of otherDay) expect((await h.query(exercise.reference)).rows.length).toBeGreaterThan(0);
    for (const w of exercise.wrongAnswers) {
      for (const h of otherDay) expect((await judgeQuery(exercise, w.query, [h])).outcome, w.why).not.toBe('passed');
    }
  });

  it('the rows of one history typed in by hand fail on another', async () => {
    const first = await histories[0]!.query(exercise.reference);
    const verdict = await judgeQuery(exercise, hardCoded(first), histories);
    expect(verdict.outcome).toBe('failed');
    expect(verdict.history).toBeGreaterThan(1);
    expect(verdict.details[0]).toMatch(/a query must work on any history/);
  });
});

describe('what the judge accepts', () => {
  const byId = new Map(SQL_EXERCISES.map((e) => [e.id, e]));

  it("the lab's current_date() window and the docs' CURRENT_TIMESTAMP() window agree at the judge's midnight", async () => {
    const exercise = byId.get('sql.failed-per-job')!;
    const labForm = `SELECT job_id, COUNT(DISTINCT run_id) AS n FROM system.lakeflow.job_run_timeline
WHERE result_state = 'FAILED' AND period_start_time >= current_date() - INTERVAL 7 DAYS GROUP BY job_id`;
    expect((await judgeQuery(exercise, labForm, histories)).outcome).toBe('passed');
  });

  it("the duration exercises' references use the docs' CAST(SUM(interval) AS LONG); unix_timestamp differences pass too", async () => {
    for (const id of ['sql.task-duration', 'sql.longest-task']) {
      const exercise = byId.get(id)!;
      expect(exercise.reference).toContain('CAST(SUM(period_end_time - period_start_time) AS LONG)');
      const unixForm = exercise.reference.replace(
        'CAST(SUM(period_end_time - period_start_time) AS LONG)',
        'SUM(unix_timestamp(period_end_time) - unix_timestamp(period_start_time))',
      );
      expect((await judgeQuery(exercise, unixForm, histories)).outcome, id).toBe('passed');
    }
  });

  it('columns in another order are matched by name; other aliases by position', async () => {
    const exercise = byId.get('sql.latest-job-row')!;
    const reordered = `SELECT change_time, name, job_id FROM system.lakeflow.jobs
QUALIFY ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC) = 1`;
    expect((await judgeQuery(exercise, reordered, histories)).outcome).toBe('passed');
    const renamed = `SELECT job_id AS id, name AS job_name, change_time AS latest FROM system.lakeflow.jobs
QUALIFY ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC) = 1`;
    expect((await judgeQuery(exercise, renamed, histories)).outcome).toBe('passed');
  });

  it('rounded averages pass (doubles within the tolerance); a subquery instead of QUALIFY passes', async () => {
    const durations = byId.get('sql.task-duration')!;
    const rounded = `SELECT job_id, task_key, ROUND(AVG(d), 2), ROUND(PERCENTILE(d, 0.9), 2) FROM (
  SELECT job_id, task_key, run_id, SUM(unix_timestamp(period_end_time) - unix_timestamp(period_start_time)) AS d
  FROM system.lakeflow.job_task_run_timeline GROUP BY job_id, task_key, run_id) GROUP BY job_id, task_key`;
    expect((await judgeQuery(durations, rounded, histories)).outcome).toBe('passed');
    const latest = byId.get('sql.latest-job-row')!;
    const subquery = `SELECT job_id, name, change_time FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC) AS rn FROM system.lakeflow.jobs) WHERE rn = 1`;
    expect((await judgeQuery(latest, subquery, histories)).outcome).toBe('passed');
  });

  it('an ordered exercise fails the right rows in another order, and says so', async () => {
    const exercise = byId.get('sql.failed-newest-first')!;
    const oldestFirst = exercise.reference.replace('DESC', 'ASC');
    const verdict = await judgeQuery(exercise, oldestFirst, histories);
    expect(verdict.message).toBe('The right rows, in the wrong order.');
  });

  it('a query the engine refuses is an error with its message', async () => {
    const verdict = await judgeQuery(byId.get('sql.timed-out')!, 'SELECT job_id FROM system.lakeflow.job_run_timeline WHERE', histories);
    expect(verdict.outcome).toBe('error');
    expect(verdict.message).toMatch(/syntax error/i);
    expect(verdict.history).toBe(1);
  });
});
