import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons';
import type { PracticeTask } from '../../src/lessons/types';
import { compareResults, runTaskQuery, toRealColumns } from '../../src/practice/sql-run';
import type { QueryResult } from '../../src/sql/types';
import { FakeTables } from '../support/fake-tables';

const task7 = LAB08.practice.tasks.find((t) => t.number === 7) as PracticeTask;
const reference = task7.blanks.map((b) => b.answer);

describe('toRealColumns', () => {
  it("renames the lab's columns to the real table's, leaving string literals and longer names alone", () => {
    const { sql, renamed } = toRealColumns("SELECT start_time, end_time, 'start_time', period_start_time FROM t ORDER BY start_time DESC");
    expect(sql).toBe("SELECT period_start_time, period_end_time, 'start_time', period_start_time FROM t ORDER BY period_start_time DESC");
    expect(renamed).toEqual([
      ['start_time', 'period_start_time'],
      ['end_time', 'period_end_time'],
    ]);
    expect(toRealColumns('SELECT x FROM t').renamed).toEqual([]);
  });
});

describe('compareResults', () => {
  const cols = [
    { name: 'job_id', type: 'VARCHAR' },
    { name: 'run_id', type: 'VARCHAR' },
    { name: 'result_state', type: 'VARCHAR' },
    { name: 'start_time', type: 'TIMESTAMP' },
  ];
  const ref: QueryResult = { columns: cols, rows: [['1', '10', 'FAILED', '2026-12-01 06:00:00']], notes: [] };
  it('agrees on the same runs whatever their order', () => {
    expect(compareResults({ ...ref, rows: [...ref.rows] }, ref)).toEqual({ agrees: true, findings: [] });
  });
  it('names rows from before the window and rows of other states', () => {
    const mine: QueryResult = {
      columns: cols,
      rows: [...ref.rows, ['1', '11', 'FAILED', '2026-11-20 06:00:00'], ['2', '12', 'SUCCEEDED', '2026-12-02 06:00:00']],
      notes: [],
    };
    const { agrees, findings } = compareResults(mine, ref, { since: '2026-11-26', windowDays: '7' });
    expect(agrees).toBe(false);
    expect(findings[0]).toBe("On these tables your query returns 3 rows; the lab's reference query returns 1 row.");
    expect(findings[1]).toMatch(/^1 of your rows started before 2026-11-26 \(from 2026-11-20 to 2026-11-20\): outside the last 7 days/);
    expect(findings[2]).toMatch(/result_state SUCCEEDED/);
  });
  it('says when nothing matched', () => {
    const { findings } = compareResults({ ...ref, rows: [] }, ref);
    expect(findings).toEqual(["On these tables your query matches no row at all; the lab's reference query returns 1 row."]);
  });
});

describe('runTaskQuery on a fake engine', () => {
  it('the reference answers return the same rows as the reference query', async () => {
    const tables = new FakeTables();
    const out = await runTaskQuery(tables, task7, reference);
    expect(out.kind).toBe('ran');
    if (out.kind !== 'ran') return;
    expect(out.run.agrees).toBe(true);
    // The fake's failed runs of the last 7 days: 1001 and 1003.
    expect(out.run.result.rows.map((r) => r[1])).toEqual(['1001', '1003']);
    expect(out.run.realSql).toContain('period_start_time >= current_date() - INTERVAL 7 DAYS');
    expect(out.run.realSql).toContain('ORDER BY period_start_time DESC');
  });

  it("'failed' passes the notebook but returns no row: said from the rows, with the table's spelling", async () => {
    const out = await runTaskQuery(new FakeTables(), task7, ['failed', '7']);
    if (out.kind !== 'ran') throw new Error(out.kind);
    expect(out.run.agrees).toBe(false);
    expect(out.run.result.rows).toEqual([]);
    expect(out.run.findings.join(' ')).toMatch(/No row has result_state = 'failed': the table spells it FAILED/);
    expect(out.run.findings[0]).toBe("On these tables your query matches no row at all; the lab's reference query returns 2 rows.");
    expect(out.run.findings.join(' ')).not.toMatch(/missing from yours/);
  });

  it('INTERVAL 17 DAYS returns runs from outside the week, named by their dates', async () => {
    const out = await runTaskQuery(new FakeTables(), task7, ['FAILED', '17']);
    if (out.kind !== 'ran') throw new Error(out.kind);
    expect(out.run.result.rows).toHaveLength(4);
    expect(out.run.findings[1]).toMatch(/^2 of your rows started before 2026-11-26 \(from 2026-11-18 to 2026-11-23\)/);
  });

  it('a query the engine refuses is one line; empty blanks do not run at all', async () => {
    const tables = new FakeTables();
    const bad = await runTaskQuery(tables, task7, ['FAILED', 'seven']);
    expect(bad).toMatchObject({ kind: 'error', message: 'Parser Error: syntax error at or near "DAYS"' });
    const before = tables.queries.length;
    const empty = await runTaskQuery(tables, task7, ['FAILED', '']);
    expect(empty).toEqual({ kind: 'incomplete', message: 'Fill in INTERVAL … DAYS first: the query does not run with a ______ in it.' });
    expect(tables.queries.length).toBe(before);
  });
});
