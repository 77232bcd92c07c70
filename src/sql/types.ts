// The contract between the SQL engine (src/sql), the exercises that judge result sets, and the
// screens and CLI that show rows. Written first so the three can be built side by side (#17).
// Nothing here loads DuckDB: only `openSystemTables` in src/sql/index.ts does, on first use.

import type { RunResult } from '../jobs/simulate';
import type { JobSpec } from '../jobs/types';

/** The history's seed when none is given (the CLI's and the screens' default; LAB 08). */
export const DEFAULT_SEED = 8;

/** A value as the learner sees it: timestamps and dates as ISO text, decimals and big ints as numbers. */
export type SqlValue = string | number | boolean | null;

export interface SqlColumn {
  name: string;
  /** The engine's type name (BIGINT, VARCHAR, TIMESTAMP, ...), for the table view's alignment. */
  type: string;
}

export interface QueryResult {
  columns: SqlColumn[];
  rows: SqlValue[][];
  /** Lines for the learner about how the Spark SQL text was read (a rewrite worth knowing). */
  notes: string[];
}

/** A query the engine refused: one line, the engine's message or the Spark form it wanted. */
export class SqlError extends Error {
  override name = 'SqlError';
}

/** One simulated run of the learner's own (the workshop's step 8 and every later run). */
export interface LearnerRun {
  /** Epoch milliseconds. */
  startedAt: number;
  run: RunResult;
  job: JobSpec;
  trigger: 'ONE_TIME' | 'PERIODIC' | 'FILE_ARRIVAL' | 'TABLE' | 'CONTINUOUS' | 'MANUAL';
}

export interface HistoryOptions {
  /** Seeds the 30-day history; three different seeds make three different histories. */
  seed: number;
  /** "Now" for the history and for current_date()/current_timestamp() (epoch ms). */
  now: number;
  /** The learner's own runs, added to the seeded history. */
  learnerRuns?: readonly LearnerRun[];
  /**
   * The name typed in the workshop's step 2: the history's jobs are then `<slug>_customer_pipeline`
   * and `<slug>_orders_pipeline`, the learner's own jobs. Default "demo" (the lab's YAML keys).
   */
  learnerName?: string;
}

export interface SystemTables {
  /** Runs one statement over system.lakeflow.{jobs,job_tasks,job_run_timeline,job_task_run_timeline}. */
  query(sql: string): Promise<QueryResult>;
  close(): Promise<void>;
}
