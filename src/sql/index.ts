// The one entry point to the system tables: build the history, load the four tables into DuckDB
// once, then run the learner's Spark SQL over them. Callers import this module lazily
// (`await import('../sql/index')`) so nothing about SQL is loaded before a query runs.

import { INTERNAL_SCHEMA, translate } from './dialect';
import { ROW_LIMIT, openEngine, type EngineSetup } from './engine';
import { buildHistory } from './history';
import { TABLES, createStatement, tableRows } from './tables';
import type { HistoryOptions, QueryResult, SystemTables } from './types';

export { SqlError } from './types';
export type { HistoryOptions, LearnerRun, QueryResult, SqlColumn, SqlValue, SystemTables } from './types';

/** What the engine runs to create and fill the tables for these options (pure). */
export function engineSetup(opts: HistoryOptions): EngineSetup {
  const rows = tableRows(buildHistory(opts));
  const stamp = new Date(opts.now).toISOString();
  const statements = [
    `CREATE SCHEMA ${INTERNAL_SCHEMA}`,
    ...TABLES.map((table) => createStatement(table, INTERNAL_SCHEMA)),
    // Spark functions DuckDB lacks or spells differently; dialect.ts calls these, and their
    // spark__ prefix is taken off column names and messages. "Now" is frozen to opts.now.
    `CREATE MACRO spark__current_date() AS DATE '${stamp.slice(0, 10)}'`,
    `CREATE MACRO spark__current_timestamp() AS TIMESTAMP '${stamp.slice(0, 10)} ${stamp.slice(11, 23)}'`,
    'CREATE MACRO spark__date_sub(d, n) AS CAST(d AS DATE) - CAST(n AS INTEGER)',
    'CREATE MACRO spark__date_add(d, n) AS CAST(d AS DATE) + CAST(n AS INTEGER)',
    'CREATE MACRO spark__datediff(e, s) AS CAST(e AS DATE) - CAST(s AS DATE)',
    'CREATE MACRO spark__to_date(x) AS CAST(x AS DATE)',
    'CREATE MACRO spark__to_timestamp(x) AS CAST(x AS TIMESTAMP)',
    'CREATE MACRO spark__collect_set(x) AS list_distinct(list(x))',
    'CREATE MACRO spark__unix_timestamp(x) AS CAST(epoch(x) AS BIGINT)',
    'CREATE MACRO spark__try_divide(a, b) AS CASE WHEN b = 0 THEN NULL ELSE a / b END',
    // Spark: dayofweek 1 = Sunday ... 7 = Saturday; weekday 0 = Monday ... 6 = Sunday.
    'CREATE MACRO spark__dayofweek(x) AS dayofweek(x) + 1',
    'CREATE MACRO spark__weekday(x) AS isodow(x) - 1',
    "CREATE MACRO spark__from_unixtime(n) AS strftime(make_timestamp(CAST(n AS BIGINT) * 1000000), '%Y-%m-%d %H:%M:%S')",
    'CREATE MACRO spark__timestamp_seconds(n) AS make_timestamp(CAST(n * 1000000 AS BIGINT))',
    'CREATE MACRO spark__add_months(d, n) AS CAST(CAST(d AS DATE) + to_months(CAST(n AS INTEGER)) AS DATE)',
    'CREATE MACRO spark__int(x) AS CAST(x AS INTEGER)',
    'CREATE MACRO spark__bigint(x) AS CAST(x AS BIGINT)',
    'CREATE MACRO spark__double(x) AS CAST(x AS DOUBLE)',
    'CREATE MACRO spark__string(x) AS CAST(x AS VARCHAR)',
    'CREATE MACRO spark__date(x) AS CAST(x AS DATE)',
    'CREATE MACRO spark__timestamp(x) AS CAST(x AS TIMESTAMP)',
  ];
  const loads = TABLES.map((table) => ({
    schema: INTERNAL_SCHEMA,
    table: table.name,
    rows: rows[table.name].map((row) => table.columns.map((col) => row[col.name] ?? null)),
  }));
  return { statements, loads };
}

export async function openSystemTables(opts: HistoryOptions): Promise<SystemTables> {
  const engine = await openEngine(engineSetup(opts));
  return {
    async query(sql: string): Promise<QueryResult> {
      const { sql: duck, notes } = translate(sql);
      const { columns, rows, truncated } = await engine.read(duck);
      if (truncated) notes.push(`Only the first ${ROW_LIMIT.toLocaleString('en-US')} rows are shown: add a LIMIT or a WHERE.`);
      return { columns, rows, notes };
    },
    close: () => engine.close(),
  };
}
