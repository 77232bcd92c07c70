// `lakeflow-lab sql [QUERY] [--json|--csv] [--seed S]`: one Spark SQL query over the simulated
// system.lakeflow tables (the seeded history plus the learner's own runs from the progress file).
// DuckDB is loaded here, through src/sql/index, only once a query is known.
import { DEFAULT_SEED, type LearnerRun } from '../sql/types';
import { openProgressStore } from '../progress/index';
import { UsageError, inert, readInput, writeOut } from './io';

export interface SqlArgs {
  /** The query words as given (joined with spaces), or none. */
  query: string[];
  json: boolean;
  csv: boolean;
  seed?: string;
  /** Whether standard input is a terminal (no query then opens the SQL screen). */
  stdinIsTty: boolean;
  color: boolean;
}

/** What a seed may be: the drills' and the report's rule, a whole number. */
export function parseSeed(seed: string | undefined): number {
  if (seed === undefined) return DEFAULT_SEED;
  if (!/^-?\d{1,9}$/.test(seed)) throw new UsageError(`--seed takes a whole number, got ${inert(seed)}`);
  return Number(seed);
}

/** Checks the options before anything loads; the query itself is checked by the engine. */
export function sqlOptions(args: SqlArgs): { seed: number } {
  if (args.csv && args.json) throw new UsageError('choose one of --csv and --json');
  return { seed: parseSeed(args.seed) };
}

/** Exit 0 with the rows, 1 when the query fails (one line on stderr), 2 for usage errors. */
export async function runSql(args: SqlArgs): Promise<number> {
  const { seed } = sqlOptions(args);
  let query = args.query.join(' ');
  if (query.trim() === '') {
    if (args.stdinIsTty) {
      const { openSqlScreen } = await import('./sql-screen');
      return openSqlScreen({ seed, color: args.color });
    }
    query = readInput('-');
    if (query.trim() === '') throw new UsageError('no query: give one (lakeflow-lab sql "SELECT ...") or pipe it in');
  }
  const [{ openSystemTables, SqlError }, { renderCsv, renderJson, renderTable }, opts] = await Promise.all([
    import('../sql/index'),
    import('../sql/render'),
    learnerOptions(),
  ]);
  let tables;
  try {
    tables = await openSystemTables({ seed, now: Date.now(), ...opts });
    const result = await tables.query(query);
    for (const note of result.notes) process.stderr.write(`note: ${note}\n`);
    const width = process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 80;
    writeOut(args.json ? renderJson(result) : args.csv ? renderCsv(result) : renderTable(result, width));
    return 0;
  } catch (error) {
    if (!(error instanceof SqlError)) throw error;
    process.stderr.write(`lakeflow-lab: ${inert(error.message)}\n`);
    return 1;
  } finally {
    await tables?.close();
  }
}

/** The learner's name and runs from the progress file (LAKEFLOW_LAB_HOME). */
async function learnerOptions(): Promise<{ learnerName?: string; learnerRuns: LearnerRun[] }> {
  const { learnerHistoryFromWorkshop } = await import('../sql/learner');
  const store = openProgressStore();
  const entries = store.get().workshop?.entries;
  store.close();
  return learnerHistoryFromWorkshop(entries);
}
