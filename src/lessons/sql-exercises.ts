// The SQL lab: monitoring queries over the system.lakeflow tables, in the spirit of the example
// queries the Databricks docs give for them. Content only: src/sql/judge.ts judges an answer by its
// rows against `reference` on several seeded histories; `wrongAnswers` are what the tests prove
// fails on every one of them. Ids are stable (progress and review cards are keyed by them).

import { outlineOf } from './sql-lab-outline';
import type { SqlExercise } from './types';

const JOBS_DOC = {
  title: 'Jobs system table reference (example queries)',
  url: 'https://docs.databricks.com/aws/en/admin/system-tables/jobs',
};
const COST_DOC = {
  title: 'Monitor job costs & performance with system tables',
  url: 'https://docs.databricks.com/aws/en/admin/system-tables/jobs-cost',
};
const TRIGGER_TYPE_DOC = {
  title: 'Databricks SDK, jobs TriggerType (what fired a run)',
  url: 'https://databricks.github.io/sdk-js/api/variables/_databricks_sdk-jobs.v2.TriggerType.html',
};

/** Said once per exercise that touches run rows: what the hourly slices mean for a query. */
const SLICES =
  'A run longer than an hour is split into hourly slices (several rows with the same `run_id`); only the row that ends the run has a `result_state`.';

export const SQL_EXERCISES: readonly SqlExercise[] = [
  {
    ...outlineOf('sql.failed-per-job'),
    prompt:
      'From `system.lakeflow.job_run_timeline`, count the runs that ended `FAILED` in the last 7 days, per job. ' +
      `Return \`job_id\` and the number of failed runs. ${SLICES}`,
    reference: `SELECT
  job_id,
  COUNT(DISTINCT run_id) AS failed_runs
FROM system.lakeflow.job_run_timeline
WHERE result_state = 'FAILED'
  AND period_start_time > CURRENT_TIMESTAMP() - INTERVAL 7 DAYS
GROUP BY job_id`,
    hints: [
      'Filter on `result_state`, then `GROUP BY job_id` and count.',
      'The last 7 days: `period_start_time > CURRENT_TIMESTAMP() - INTERVAL 7 DAYS` (the docs\' form) or `>= current_date() - INTERVAL 7 DAYS`.',
      "`result_state` values are upper case: `'FAILED'`. Count each run once: `COUNT(DISTINCT run_id)`.",
    ],
    explanation:
      "Only the row that ends a run carries its `result_state`, so filtering on `'FAILED'` keeps one row per failed attempt; `COUNT(DISTINCT run_id)` counts runs, not rows. String comparison is case-sensitive: `'failed'` matches nothing.",
    doc: JOBS_DOC,
    wrongAnswers: [
      {
        query: `SELECT job_id, COUNT(DISTINCT run_id) AS failed_runs FROM system.lakeflow.job_run_timeline
WHERE result_state = 'failed' AND period_start_time > CURRENT_TIMESTAMP() - INTERVAL 7 DAYS GROUP BY job_id`,
        why: "lower-case 'failed' matches no row",
      },
      {
        query: `SELECT job_id, COUNT(DISTINCT run_id) AS failed_runs FROM system.lakeflow.job_run_timeline
WHERE result_state = 'FAILED' GROUP BY job_id`,
        why: 'no time window: counts failures of the whole history',
      },
      {
        query: `SELECT job_id, COUNT(DISTINCT run_id) AS failed_runs FROM system.lakeflow.job_run_timeline
WHERE period_start_time > CURRENT_TIMESTAMP() - INTERVAL 7 DAYS GROUP BY job_id`,
        why: 'no result_state filter: counts every run',
      },
    ],
  },
  {
    ...outlineOf('sql.timed-out'),
    prompt:
      'Which runs ended because they hit their timeout? From `system.lakeflow.job_run_timeline`, return `job_id`, `run_id` and `period_end_time` (when the run ended). ' +
      'The table spells result states its own way, which is not always the Jobs API\'s.',
    reference: `SELECT job_id, run_id, period_end_time
FROM system.lakeflow.job_run_timeline
WHERE result_state = 'TIMED_OUT'`,
    hints: [
      'Filter on `result_state`: the row that ends a run carries it.',
      "The API says `TIMEDOUT`; the system table writes it with an underscore.",
      "`WHERE result_state = 'TIMED_OUT'`.",
    ],
    explanation:
      "The system tables write `TIMED_OUT` (and `SUCCEEDED`, `CANCELLED`), not the API's `TIMEDOUT`; a timed-out run is not `FAILED`, so a failure report that filters on `'FAILED'` alone misses it.",
    doc: JOBS_DOC,
    wrongAnswers: [
      {
        query: `SELECT job_id, run_id, period_end_time FROM system.lakeflow.job_run_timeline WHERE result_state = 'TIMEDOUT'`,
        why: "the Jobs API's spelling: the table writes TIMED_OUT",
      },
      {
        query: `SELECT job_id, run_id, period_end_time FROM system.lakeflow.job_run_timeline WHERE result_state = 'FAILED'`,
        why: 'a timeout is its own result state, not FAILED',
      },
      {
        query: `SELECT job_id, run_id, period_start_time FROM system.lakeflow.job_run_timeline WHERE result_state = 'TIMED_OUT'`,
        why: "period_start_time is when the run's last slice started, not when it ended",
      },
    ],
  },
  {
    ...outlineOf('sql.task-duration'),
    prompt:
      'For each `job_id` and `task_key` in `system.lakeflow.job_task_run_timeline`, compute the average and the 90th percentile of a task run\'s duration in seconds. ' +
      'A task run longer than an hour is split into hourly slices (rows with the same `run_id`): add up its slices first (`period_end_time - period_start_time` is a slice as an interval; `CAST(... AS LONG)` turns it into seconds). ' +
      'Return `job_id`, `task_key`, `avg_seconds`, `p90_seconds`.',
    reference: `WITH task_run_duration AS (
  SELECT
    job_id,
    task_key,
    run_id,
    CAST(SUM(period_end_time - period_start_time) AS LONG) AS duration
  FROM system.lakeflow.job_task_run_timeline
  GROUP BY ALL
)
SELECT
  job_id,
  task_key,
  AVG(duration) AS avg_seconds,
  PERCENTILE(duration, 0.9) AS p90_seconds
FROM task_run_duration
GROUP BY ALL`,
    hints: [
      'Two steps: one row per task run (its slices added up), then the statistics per task.',
      'In a `WITH` step: `CAST(SUM(period_end_time - period_start_time) AS LONG)` grouped by `job_id, task_key, run_id` gives seconds per task run (the docs\' form; `SUM(unix_timestamp(period_end_time) - unix_timestamp(period_start_time))` gives the same).',
      'Then `AVG(duration)` and `PERCENTILE(duration, 0.9)`, grouped by `job_id, task_key`.',
    ],
    explanation:
      'The docs add up a run\'s slices per run with `CAST(SUM(period_end_time - period_start_time) AS LONG)`: the difference of two timestamps is an interval, and Spark casts an interval to a whole number of its last unit, here seconds (`unix_timestamp` differences give the same seconds). Then take `AVG` and `PERCENTILE(duration, 0.9)` per job; the same works per task. Averaging the slices themselves counts a two-hour run as two one-hour runs.',
    doc: JOBS_DOC,
    wrongAnswers: [
      {
        query: `SELECT job_id, task_key,
  AVG(unix_timestamp(period_end_time) - unix_timestamp(period_start_time)) AS avg_seconds,
  PERCENTILE(unix_timestamp(period_end_time) - unix_timestamp(period_start_time), 0.9) AS p90_seconds
FROM system.lakeflow.job_task_run_timeline GROUP BY ALL`,
        why: 'statistics over the hourly slices, not over task runs',
      },
      {
        query: `WITH d AS (SELECT job_id, task_key, run_id, SUM(unix_timestamp(period_end_time) - unix_timestamp(period_start_time)) AS duration
  FROM system.lakeflow.job_task_run_timeline GROUP BY ALL)
SELECT job_id, task_key, AVG(duration) AS avg_seconds, MAX(duration) AS p90_seconds FROM d GROUP BY ALL`,
        why: 'the maximum is not the 90th percentile',
      },
    ],
  },
  {
    ...outlineOf('sql.retries-per-run'),
    prompt:
      'Which runs were retried or repaired, and how many times? In `system.lakeflow.job_run_timeline` each attempt that ends writes a row with a `result_state`, so a run with n such rows was retried n − 1 times. ' +
      'Return `job_id`, `run_id` and `retries_count` for the runs retried at least once, the most retried first.',
    reference: `SELECT
  job_id,
  run_id,
  COUNT(*) - 1 AS retries_count
FROM system.lakeflow.job_run_timeline
WHERE result_state IS NOT NULL
GROUP BY ALL
HAVING retries_count > 0
ORDER BY retries_count DESC`,
    orderBy: [2],
    hints: [
      'Count the rows that have a `result_state`, per run.',
      '`COUNT(*) - 1 AS retries_count ... WHERE result_state IS NOT NULL GROUP BY job_id, run_id`.',
      'Keep only retried runs with `HAVING retries_count > 0`, then `ORDER BY retries_count DESC`.',
    ],
    explanation:
      'The docs\' "retried job runs" query: `COUNT(*) - 1` over the rows `WHERE result_state IS NOT NULL`, per run. Without that filter the hourly slices of a long run count as retries.',
    doc: JOBS_DOC,
    wrongAnswers: [
      {
        query: `SELECT job_id, run_id, COUNT(*) - 1 AS retries_count FROM system.lakeflow.job_run_timeline
GROUP BY ALL HAVING retries_count > 0 ORDER BY retries_count DESC`,
        why: 'counts the hourly slices of long runs as retries',
      },
      {
        query: `SELECT job_id, run_id, COUNT(*) - 1 AS retries_count FROM system.lakeflow.job_run_timeline
WHERE result_state IS NOT NULL GROUP BY ALL ORDER BY retries_count DESC`,
        why: 'keeps the runs that were never retried',
      },
    ],
  },
  {
    ...outlineOf('sql.table-trigger'),
    prompt:
      'Which runs did a table-update trigger start? `trigger_type` in `system.lakeflow.job_run_timeline` says what fired each run. ' +
      'Return `job_id` and `run_id`, once per run (a run longer than an hour has several rows).',
    reference: `SELECT DISTINCT job_id, run_id
FROM system.lakeflow.job_run_timeline
WHERE trigger_type = 'TABLE'`,
    hints: [
      'Filter on `trigger_type`. Run `SELECT DISTINCT trigger_type FROM system.lakeflow.job_run_timeline` to see its values.',
      'A schedule is `PERIODIC`, a file arrival `FILE_ARRIVAL`, a table update `TABLE` (the Jobs API\'s TriggerType names).',
      "`SELECT DISTINCT job_id, run_id ... WHERE trigger_type = 'TABLE'`.",
    ],
    explanation:
      "`trigger_type` holds what fired the run, in the Jobs API's TriggerType names: `PERIODIC` (a schedule), `ONE_TIME`, `FILE_ARRIVAL`, `TABLE` (a table update), `CONTINUOUS`. `DISTINCT` keeps one row per run however many hourly slices it has.",
    doc: TRIGGER_TYPE_DOC,
    wrongAnswers: [
      {
        query: `SELECT DISTINCT job_id, run_id FROM system.lakeflow.job_run_timeline WHERE trigger_type = 'TABLE_UPDATE'`,
        why: "the UI's name, not the value the table holds",
      },
      {
        query: `SELECT DISTINCT job_id, run_id FROM system.lakeflow.job_run_timeline WHERE trigger_type = 'PERIODIC'`,
        why: 'PERIODIC is a schedule',
      },
    ],
  },
  {
    ...outlineOf('sql.longest-task'),
    prompt:
      'For each job, which task had the longest task run, and how long did it take? In `system.lakeflow.job_task_run_timeline` add up each task run\'s hourly slices (rows with the same `run_id`), then keep the longest per `job_id`. ' +
      'Return `job_id`, `task_key`, `duration_seconds`.',
    reference: `WITH task_run_duration AS (
  SELECT
    job_id,
    task_key,
    run_id,
    CAST(SUM(period_end_time - period_start_time) AS LONG) AS duration_seconds
  FROM system.lakeflow.job_task_run_timeline
  GROUP BY ALL
)
SELECT job_id, task_key, duration_seconds
FROM task_run_duration
QUALIFY ROW_NUMBER() OVER (PARTITION BY job_id ORDER BY duration_seconds DESC) = 1`,
    hints: [
      'First one row per task run: its slices added up, in seconds.',
      '`CAST(SUM(period_end_time - period_start_time) AS LONG)` grouped by `job_id, task_key, run_id` (the docs\' form; `SUM(unix_timestamp(period_end_time) - unix_timestamp(period_start_time))` gives the same).',
      'Then `QUALIFY ROW_NUMBER() OVER (PARTITION BY job_id ORDER BY duration_seconds DESC) = 1`.',
    ],
    explanation:
      '`QUALIFY` filters on a window function the way `HAVING` filters on an aggregate: `ROW_NUMBER() ... ORDER BY duration_seconds DESC` numbers each job\'s task runs longest first, and `= 1` keeps the longest.',
    doc: JOBS_DOC,
    wrongAnswers: [
      {
        query: `WITH d AS (SELECT job_id, task_key, run_id, SUM(unix_timestamp(period_end_time) - unix_timestamp(period_start_time)) AS duration_seconds
  FROM system.lakeflow.job_task_run_timeline GROUP BY ALL)
SELECT job_id, task_key, duration_seconds FROM d
QUALIFY ROW_NUMBER() OVER (PARTITION BY job_id ORDER BY duration_seconds) = 1`,
        why: 'ascending order keeps the shortest task run',
      },
      {
        query: `WITH d AS (SELECT job_id, task_key, run_id, SUM(unix_timestamp(period_end_time) - unix_timestamp(period_start_time)) AS duration_seconds
  FROM system.lakeflow.job_task_run_timeline GROUP BY ALL)
SELECT job_id, task_key, MAX(duration_seconds) AS duration_seconds FROM d GROUP BY job_id, task_key`,
        why: 'one row per task, not the longest per job',
      },
    ],
  },
  {
    ...outlineOf('sql.successes-per-job'),
    prompt:
      'Which jobs went the week without a success? For every current job (its latest row in `system.lakeflow.jobs`, not deleted: `delete_time IS NULL`), count its runs in `system.lakeflow.job_run_timeline` that ended `SUCCEEDED` in the last 7 days. ' +
      'Return `job_id`, `name` and `succeeded_runs`; a job with no success this week must be there, with 0.',
    reference: `WITH latest_jobs AS (
  SELECT *
  FROM system.lakeflow.jobs
  QUALIFY ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC) = 1
),
succeeded AS (
  SELECT workspace_id, job_id, run_id
  FROM system.lakeflow.job_run_timeline
  WHERE result_state = 'SUCCEEDED'
    AND period_start_time > CURRENT_TIMESTAMP() - INTERVAL 7 DAYS
)
SELECT
  j.job_id,
  j.name,
  COUNT(DISTINCT s.run_id) AS succeeded_runs
FROM latest_jobs j
LEFT JOIN succeeded s ON s.workspace_id = j.workspace_id AND s.job_id = j.job_id
WHERE j.delete_time IS NULL
GROUP BY j.job_id, j.name`,
    hints: [
      'Start from the jobs, not from the runs: a job with no successful run has no row to count, and only a `LEFT JOIN` from the jobs keeps it (with 0).',
      'The latest row per job: `QUALIFY ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC) = 1`; then `WHERE delete_time IS NULL`.',
      "`LEFT JOIN` the week's `SUCCEEDED` runs on `workspace_id` and `job_id`, and `COUNT(DISTINCT run_id)` (NULLs count 0).",
    ],
    explanation:
      'A job with no success is found by starting from every current job and `LEFT JOIN`ing its successes: counting from the runs alone never shows a 0. The SCD2 `jobs` table needs its latest row per job (joining every version counts each run once per version), and a deleted job keeps its rows with a `delete_time`.',
    doc: COST_DOC,
    wrongAnswers: [
      {
        query: `WITH latest_jobs AS (SELECT * FROM system.lakeflow.jobs
  QUALIFY ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC) = 1)
SELECT j.job_id, j.name, COUNT(DISTINCT r.run_id) AS succeeded_runs
FROM latest_jobs j LEFT JOIN system.lakeflow.job_run_timeline r
  ON r.job_id = j.job_id AND r.result_state = 'SUCCEEDED' AND r.period_start_time > CURRENT_TIMESTAMP() - INTERVAL 7 DAYS
GROUP BY j.job_id, j.name`,
        why: 'keeps a deleted job (delete_time is set)',
      },
      {
        query: `SELECT j.job_id, j.name, COUNT(r.run_id) AS succeeded_runs
FROM system.lakeflow.jobs j JOIN system.lakeflow.job_run_timeline r
  ON r.job_id = j.job_id AND r.result_state = 'SUCCEEDED' AND r.period_start_time > CURRENT_TIMESTAMP() - INTERVAL 7 DAYS
WHERE j.delete_time IS NULL
GROUP BY j.job_id, j.name`,
        why: 'joins every SCD2 version of a job: each run is counted once per version',
      },
      {
        query: `WITH latest_jobs AS (SELECT * FROM system.lakeflow.jobs
  QUALIFY ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC) = 1)
SELECT j.job_id, j.name, COUNT(DISTINCT r.run_id) AS succeeded_runs
FROM latest_jobs j LEFT JOIN system.lakeflow.job_run_timeline r
  ON r.job_id = j.job_id AND r.result_state IS NOT NULL AND r.period_start_time > CURRENT_TIMESTAMP() - INTERVAL 7 DAYS
WHERE j.delete_time IS NULL
GROUP BY j.job_id, j.name`,
        why: 'counts every finished run, not the successes',
      },
    ],
  },
  {
    ...outlineOf('sql.latest-job-row'),
    prompt:
      '`system.lakeflow.jobs` is a slowly changing dimension table: every change to a job writes a new row, logically replacing the previous one. ' +
      'Return the latest row of each job: `job_id`, `name`, `change_time`.',
    reference: `SELECT job_id, name, change_time
FROM system.lakeflow.jobs
QUALIFY ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC) = 1`,
    hints: [
      'Number each job\'s rows, newest first, and keep number 1.',
      '`ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC)`.',
      'Filter on the window function with `QUALIFY ... = 1` (no subquery needed).',
    ],
    explanation:
      'The docs get the most recent version of a job with `ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC)` and `QUALIFY rn = 1`. `job_id` is only unique within a workspace, hence the partition on both.',
    doc: JOBS_DOC,
    wrongAnswers: [
      {
        query: `SELECT job_id, name, change_time FROM system.lakeflow.jobs`,
        why: 'every version of every job',
      },
      {
        query: `SELECT job_id, name, change_time FROM system.lakeflow.jobs
QUALIFY ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time) = 1`,
        why: 'ascending order keeps the first version',
      },
    ],
  },
  {
    ...outlineOf('sql.failed-newest-first'),
    prompt:
      'Task 7 again, on the table as Databricks has it: the runs that ended `FAILED` in the last 7 days, newest first. `system.lakeflow.job_run_timeline` has no `start_time` column: use `period_start_time`. ' +
      'Return `job_id`, `run_id`, `result_state`, `period_start_time`.',
    reference: `SELECT job_id, run_id, result_state, period_start_time
FROM system.lakeflow.job_run_timeline
WHERE result_state = 'FAILED'
  AND period_start_time >= current_date() - INTERVAL 7 DAYS
ORDER BY period_start_time DESC`,
    orderBy: [3],
    hints: [
      "The lab's query with the real column: `start_time` becomes `period_start_time`.",
      "`WHERE result_state = 'FAILED' AND period_start_time >= current_date() - INTERVAL 7 DAYS`.",
      'Newest first: `ORDER BY period_start_time DESC`.',
    ],
    explanation:
      "The lab's Task 7 simplifies the table: the real `job_run_timeline` has `period_start_time` / `period_end_time`, one row per hourly slice, the `result_state` on the slice that ends the run. The notebook's check accepts `'failed'` and `INTERVAL 17 DAYS`; Databricks returns other rows for both.",
    doc: JOBS_DOC,
    wrongAnswers: [
      {
        query: `SELECT job_id, run_id, result_state, period_start_time FROM system.lakeflow.job_run_timeline
WHERE result_state = 'failed' AND period_start_time >= current_date() - INTERVAL 7 DAYS ORDER BY period_start_time DESC`,
        why: "lower-case 'failed' matches no row (the notebook's check passes it)",
      },
      {
        query: `SELECT job_id, run_id, result_state, period_start_time FROM system.lakeflow.job_run_timeline
WHERE result_state = 'FAILED' AND period_start_time >= current_date() - INTERVAL 17 DAYS ORDER BY period_start_time DESC`,
        why: "17 days, not 7 (the notebook's check passes it: it only looks for a 7)",
      },
      {
        query: `SELECT job_id, run_id, result_state, period_start_time FROM system.lakeflow.job_run_timeline
WHERE result_state = 'FAILED' AND period_start_time >= current_date() - INTERVAL 7 DAYS ORDER BY period_start_time`,
        why: 'oldest first',
      },
    ],
  },
];

export function sqlExerciseById(id: string): SqlExercise | undefined {
  return SQL_EXERCISES.find((e) => e.id === id);
}
