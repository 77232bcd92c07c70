// The docs' duration pattern adds up intervals (CAST(SUM(period_end_time - period_start_time) AS LONG)),
// which DuckDB cannot: the learner gets one line in Spark's terms naming a form that runs, and that
// form gives the seconds the docs' form means.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicMessage } from '../../src/sql/dialect';
import { openSystemTables } from '../../src/sql/index';
import { SqlError, type SystemTables } from '../../src/sql/types';

let tables: SystemTables;
beforeAll(async () => {
  tables = await openSystemTables({ seed: 8, now: Date.UTC(2026, 11, 3) });
});
afterAll(() => tables.close());

describe('an aggregate over intervals', () => {
  it("the docs' form is refused with the form that runs", async () => {
    const docs = 'SELECT run_id, CAST(SUM(period_end_time - period_start_time) AS LONG) AS d FROM system.lakeflow.job_run_timeline GROUP BY ALL';
    const error = await tables.query(docs).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SqlError);
    expect((error as SqlError).message).toBe(
      "SUM over an interval (a timestamp minus a timestamp, as in the docs' CAST(SUM(period_end_time - period_start_time) AS LONG)) runs on Databricks but not here: take seconds first, SUM(unix_timestamp(period_end_time) - unix_timestamp(period_start_time)), which gives the same number.",
    );
  });

  it('the suggested form runs and adds up the slices of each run in seconds', async () => {
    const r = await tables.query(
      `SELECT run_id, SUM(unix_timestamp(period_end_time) - unix_timestamp(period_start_time)) AS d,
              COUNT(*) AS slices, MIN(period_start_time) AS s, MAX(period_end_time) AS e
       FROM system.lakeflow.job_run_timeline GROUP BY run_id HAVING COUNT(*) > 1 AND COUNT(result_state) = 1`,
    );
    expect(r.rows.length).toBeGreaterThan(0);
    for (const [, d, , s, e] of r.rows) expect(d).toBe((Date.parse(`${e as string}Z`) - Date.parse(`${s as string}Z`)) / 1000);
  });

  it('other engine messages are left as they were', () => {
    expect(publicMessage('Binder Error: Referenced column "x" not found')).toBe('Binder Error: Referenced column "x" not found');
    expect(publicMessage("No function matches the given name and argument types 'avg(INTERVAL)'")).toMatch(/^AVG over an interval/);
  });
});
