// A stand-in for the SQL engine (src/sql's SystemTables) for screen tests: a tiny reader of the
// lab's Task 7 query shape over a fixed list of runs — `result_state = '<x>'` (case-sensitive, as
// on Databricks) and `start_time >= current_date() - INTERVAL <n> DAYS` — plus the two helper
// queries sql-run.ts asks. Anything else answers with the whole list or a SqlError.

import { SqlError, type QueryResult, type SqlValue, type SystemTables } from '../../src/sql/types';

export interface FakeRun {
  job_id: number;
  run_id: number;
  result_state: string | null;
  /** Days before "today" (fractional: hours). */
  daysAgo: number;
}

const TODAY = Date.UTC(2026, 11, 3);
const ts = (daysAgo: number): string => new Date(TODAY - daysAgo * 86_400_000).toISOString().slice(0, 19).replace('T', ' ');

export const FAKE_RUNS: FakeRun[] = [
  { job_id: 11, run_id: 1001, result_state: 'FAILED', daysAgo: 1.5 },
  { job_id: 11, run_id: 1002, result_state: 'SUCCEEDED', daysAgo: 2 },
  { job_id: 12, run_id: 1003, result_state: 'FAILED', daysAgo: 5 },
  { job_id: 12, run_id: 1004, result_state: 'TIMED_OUT', daysAgo: 6 },
  { job_id: 11, run_id: 1005, result_state: 'FAILED', daysAgo: 10 },
  { job_id: 13, run_id: 1006, result_state: 'FAILED', daysAgo: 15 },
  { job_id: 13, run_id: 1007, result_state: 'SUCCEEDED', daysAgo: 20 },
];

const COLUMNS = [
  { name: 'job_id', type: 'VARCHAR' },
  { name: 'run_id', type: 'VARCHAR' },
  { name: 'result_state', type: 'VARCHAR' },
  { name: 'start_time', type: 'TIMESTAMP' },
  { name: 'end_time', type: 'TIMESTAMP' },
];

export class FakeTables implements SystemTables {
  readonly queries: string[] = [];
  closed = false;
  constructor(
    private readonly runs: readonly FakeRun[] = FAKE_RUNS,
    /** Resolves each query only when released (to see the "running" state). */
    private readonly gate?: Promise<void>,
  ) {}

  async query(sql: string): Promise<QueryResult> {
    this.queries.push(sql);
    if (this.gate) await this.gate;
    const interval = /current_date\(\)\s*-\s*INTERVAL\s+(\d+)\s+DAYS/i.exec(sql);
    if (/^SELECT CAST\(current_date\(\)/i.test(sql) && interval) {
      return { columns: [{ name: 'since', type: 'VARCHAR' }], rows: [[ts(Number(interval[1])).slice(0, 10)]], notes: [] };
    }
    if (/SELECT DISTINCT result_state/i.test(sql)) {
      const states = [...new Set(this.runs.map((r) => r.result_state).filter((s): s is string => s !== null))].sort();
      return { columns: [{ name: 'result_state', type: 'VARCHAR' }], rows: states.map((s) => [s]), notes: [] };
    }
    if (/INTERVAL\s+DAYS|INTERVAL\s+[^\d\s]/i.test(sql)) throw new SqlError('Parser Error: syntax error at or near "DAYS"');
    const state = /result_state\s*=\s*'([^']*)'/.exec(sql)?.[1];
    const days = interval ? Number(interval[1]) : undefined;
    const rows: SqlValue[][] = this.runs
      .filter((r) => state === undefined || r.result_state === state)
      .filter((r) => days === undefined || r.daysAgo <= days)
      .sort((a, b) => a.daysAgo - b.daysAgo)
      .map((r) => [String(r.job_id), String(r.run_id), r.result_state, ts(r.daysAgo), ts(r.daysAgo - 0.01)]);
    return { columns: COLUMNS, rows, notes: [] };
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
