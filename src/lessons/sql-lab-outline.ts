// The SQL lab's exercises in order, by stable id and title: what Practice's lists, screen titles
// and the progress report need. The content (queries, hints, wrong answers) is in
// sql-exercises.ts, loaded with the exercise screen and the review deck only, so that Home's
// start does not parse it. Ids are stable: progress and review schedules are keyed by them.

export const SQL_LAB_OUTLINE = [
  { id: 'sql.failed-per-job', title: 'Failed runs per job, last 7 days' },
  { id: 'sql.timed-out', title: 'Runs that timed out' },
  { id: 'sql.task-duration', title: 'Average and p90 duration per task' },
  { id: 'sql.retries-per-run', title: 'Retries per run' },
  { id: 'sql.table-trigger', title: 'Runs started by a table update' },
  { id: 'sql.longest-task', title: 'The longest task per job' },
  { id: 'sql.successes-per-job', title: 'Jobs with no success this week' },
  { id: 'sql.latest-job-row', title: 'The latest row per job (SCD2)' },
  { id: 'sql.failed-newest-first', title: 'Task 7 on the real columns' },
] as const satisfies ReadonlyArray<{ id: string; title: string }>;

export type SqlExerciseId = (typeof SQL_LAB_OUTLINE)[number]['id'];

/** An exercise's id and title, for its content entry in sql-exercises.ts. */
export function outlineOf(id: SqlExerciseId): { id: SqlExerciseId; title: string } {
  const entry = SQL_LAB_OUTLINE.find((e) => e.id === id)!;
  return { id: entry.id, title: entry.title };
}
