// Task 7's query, as the lab's answer completes it, returns exactly the failed runs an independent
// count over the generated history predicts, on three seeds; the two mistakes the notebook lets
// pass ('failed', 17 days) return what Databricks would return for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import { DAY, seededHistory, type History } from '../../src/sql/history';
import { openSystemTables, type SystemTables } from '../../src/sql/index';

const NOW = Date.UTC(2026, 11, 3, 8, 30);
const SEEDS = [11, 12, 13];
const task7 = LAB08.practice.tasks[6]!;

/** The lab's TODO query with its blanks filled, in the order they appear. */
function labQuery(answers: readonly string[]): string {
  const cell = task7.todoCell;
  const body = /"""([\s\S]*?)"""/.exec(cell)?.[1] ?? '';
  let i = 0;
  return body.replace(/_{6}/g, () => answers[i++] ?? '');
}

const stamp = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/**
 * Failed runs whose start is on or after midnight UTC `days` days before today, newest first,
 * counted from the runs themselves: a run (or its repair) that ended FAILED because a task failed.
 * A run whose only unsuccessful tasks timed out is TIMED_OUT, not FAILED.
 */
function expectedFailures(h: History, days: number): string[][] {
  const since = Math.floor(NOW / DAY) * DAY - days * DAY;
  const out: Array<{ start: number; row: string[] }> = [];
  for (const r of h.runs) {
    const segments = [{ start: r.start, run: r.run }, ...(r.repair ? [r.repair] : [])];
    for (const s of segments) {
      const failedTask = Object.values(s.run.tasks).some((t) => t.state === 'FAILED');
      if (s.run.result !== 'FAILED' || !failedTask || s.start < since) continue;
      out.push({ start: s.start, row: [r.jobId, r.runId, 'FAILED', stamp(s.start), stamp(s.start + s.run.duration * 1000)] });
    }
  }
  return out.sort((a, b) => b.start - a.start).map((x) => x.row);
}

const dbs = new Map<number, SystemTables>();
beforeAll(async () => {
  for (const seed of SEEDS) dbs.set(seed, await openSystemTables({ seed, now: NOW }));
});
afterAll(async () => {
  for (const db of dbs.values()) await db.close();
});

describe("Task 7's query on the simulated system tables", () => {
  it('is the lab\'s own text', () => {
    expect(labQuery(task7.blanks.map((b) => b.answer))).toContain("WHERE result_state = 'FAILED'");
  });

  it.each(SEEDS)('returns exactly the predicted failed runs of the last 7 days (seed %i)', async (seed) => {
    const result = await dbs.get(seed)!.query(labQuery(['FAILED', '7']));
    const expected = expectedFailures(seededHistory({ seed, now: NOW }), 7);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.columns.map((c) => c.name)).toEqual(['job_id', 'run_id', 'result_state', 'start_time', 'end_time']);
    expect(result.rows).toEqual(expected);
  });

  it.each(SEEDS)("'failed' returns no rows, and 17 days returns runs from before the week (seed %i)", async (seed) => {
    const db = dbs.get(seed)!;
    expect((await db.query(labQuery(['failed', '7']))).rows).toEqual([]);
    const wide = await db.query(labQuery(['FAILED', '17']));
    const week = expectedFailures(seededHistory({ seed, now: NOW }), 7);
    expect(wide.rows).toEqual(expectedFailures(seededHistory({ seed, now: NOW }), 17));
    expect(wide.rows.length).toBeGreaterThan(week.length);
  });

  it('the same question on the real columns counts the same runs', async () => {
    const db = dbs.get(SEEDS[0]!)!;
    const real = await db.query(
      "SELECT job_id, run_id, result_state, period_start_time, period_end_time FROM system.lakeflow.job_run_timeline WHERE result_state = 'FAILED' AND period_start_time >= current_date() - INTERVAL 7 DAYS ORDER BY period_end_time DESC",
    );
    const lab = await db.query(labQuery(['FAILED', '7']));
    // The real row is the run's last hourly slice: same runs and end times, the start is the slice's.
    expect(real.rows.map((r) => [r[1], r[4]])).toEqual(lab.rows.map((r) => [r[1], r[4]]));
  });
});
