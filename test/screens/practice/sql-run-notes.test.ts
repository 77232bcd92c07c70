// The line under PASSED once the query ran and agrees with the reference: counted in words.
import { describe, expect, it } from 'vitest';
import type { TaskQueryOutcome } from '../../../src/practice/sql-run';
import { passedQueryNotes } from '../../../src/screens/practice/task/sql-run-layout';
import type { RunState } from '../../../src/screens/sql/run-state';
import type { QueryResult } from '../../../src/sql/types';

const rows = (n: number): QueryResult => ({
  columns: [{ name: 'run_id', type: 'VARCHAR' }],
  rows: Array.from({ length: n }, (_, i) => [String(1000 + i)]),
  notes: [],
});

function agreed(n: number): RunState<TaskQueryOutcome> {
  const answers = ['FAILED', '7'];
  return {
    status: 'done',
    id: 1,
    sql: 'q',
    value: { kind: 'ran', run: { sql: 'q', answers, result: rows(n), reference: { sql: 'r', result: rows(n) }, realSql: 'q', renamed: [], agrees: true, findings: [] } },
  };
}

describe('passedQueryNotes when the rows agree', () => {
  it.each([
    [1, "Run on the system tables, your query returns the same row as the lab's reference query."],
    [2, "Run on the system tables, your query returns the same 2 rows as the lab's reference query."],
  ])('%i row(s)', (n, text) => {
    const out = passedQueryNotes(agreed(n), ['FAILED', '7'], 'x');
    expect(out.replaceCautions).toBe(true);
    expect(out.notes.map((note) => note.text)).toEqual([text]);
  });
});
