// DuckDB, in-process. The only module that imports @duckdb/node-api, and only with a dynamic
// import when the first query runs: the native library (~70 MB) is never loaded at start-up or by
// `check`. The bundle keeps the package external (scripts/build.mjs), so it loads from node_modules.

import type * as DuckDB from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBInstance, DuckDBType, DuckDBValue } from '@duckdb/node-api';
import { SPARK_PREFIX, publicMessage } from './dialect';
import type { Cell } from './tables';
import { SqlError, type SqlColumn, type SqlValue } from './types';

export interface TableLoad {
  schema: string;
  table: string;
  /** Values in the table's column order. */
  rows: readonly Cell[][];
}

export interface EngineSetup {
  /** Run first (schema, tables, macros). */
  statements: readonly string[];
  /** Rows appended with DuckDB's appender: one native call per value, no SQL to parse. */
  loads: readonly TableLoad[];
}

export interface Engine {
  /** Runs statements whose result nobody reads (set-up). */
  run(sql: string): Promise<void>;
  /** At most ROW_LIMIT rows; `truncated` when there were more. */
  read(sql: string): Promise<{ columns: SqlColumn[]; rows: SqlValue[][]; truncated: boolean }>;
  close(): Promise<void>;
}

/** More rows than a learner reads; a runaway SELECT stops here instead of filling memory. */
export const ROW_LIMIT = 10_000;
/** A query still running after this long is stopped (a cross join of ranges, say): never a hang. */
export const TIME_LIMIT_MS = 15_000;

export interface EngineLimits {
  timeLimitMs?: number;
}

/**
 * Nothing a query does may reach outside the process: no files, no extensions from the network,
 * and no way to switch that back on from SQL (lock_configuration).
 */
const CONFIG: Record<string, string> = {
  enable_external_access: 'false',
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
  threads: '1',
  memory_limit: '512MB',
};

type Api = typeof DuckDB;

export async function openEngine(setup: EngineSetup, limits: EngineLimits = {}): Promise<Engine> {
  const timeLimit = limits.timeLimitMs ?? TIME_LIMIT_MS;
  let api: Api;
  try {
    api = await import('@duckdb/node-api');
  } catch (error) {
    throw new SqlError(`The SQL engine (DuckDB) could not be loaded: ${(error as Error).message.split('\n')[0]} (reinstall with npm ci).`);
  }
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  try {
    instance = await api.DuckDBInstance.create(':memory:', CONFIG);
    connection = await instance.connect();
    for (const statement of setup.statements) await connection.run(statement);
    for (const load of setup.loads) await append(api, connection, load);
    await connection.run('SET lock_configuration = true');
  } catch (error) {
    throw new SqlError(`The SQL engine could not start: ${publicMessage((error as Error).message)}`);
  }
  let closed = false;
  return {
    async run(sql) {
      try {
        await connection.run(sql);
      } catch (error) {
        throw new SqlError(publicMessage((error as Error).message));
      }
    },
    async read(sql) {
      let reader;
      let stopped = false;
      const timer = setTimeout(() => {
        stopped = true;
        connection.interrupt();
      }, timeLimit);
      try {
        // Streamed: only the rows read are ever materialised.
        reader = await connection.streamAndReadUntil(sql, ROW_LIMIT + 1);
      } catch (error) {
        if (stopped) throw new SqlError(`The query ran for more than ${timeLimit >= 1000 ? `${Math.round(timeLimit / 1000)} s` : `${timeLimit} ms`} and was stopped.`);
        throw new SqlError(publicMessage((error as Error).message));
      } finally {
        clearTimeout(timer);
      }
      const columns = reader.columnNames().map((name, i) => ({ name: name.replace(SPARK_PREFIX, ''), type: reader.columnType(i).toString() }));
      const all = reader.getRows();
      const truncated = all.length > ROW_LIMIT;
      const rows = (truncated ? all.slice(0, ROW_LIMIT) : all).map((row) => row.map(toSqlValue));
      return { columns, rows, truncated };
    },
    async close() {
      if (closed) return;
      closed = true;
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function append(api: Api, connection: DuckDBConnection, load: TableLoad): Promise<void> {
  const appender = await connection.createAppender(load.table, load.schema);
  const types = Array.from({ length: appender.columnCount }, (_, i) => appender.columnType(i));
  for (const row of load.rows) {
    row.forEach((cell, i) => {
      if (cell === null) appender.appendNull();
      else appender.appendValue(toDuckValue(api, cell, types[i] as DuckDBType), types[i]);
    });
    appender.endRow();
  }
  appender.closeSync();
}

function toDuckValue(api: Api, cell: Cell, type: DuckDBType): DuckDBValue {
  if (cell === null || typeof cell === 'string' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return type.typeId === api.DuckDBTypeId.BIGINT ? BigInt(Math.round(cell)) : cell;
  if ('ts' in cell) return api.timestampValue(BigInt(Math.round(cell.ts)) * 1000n);
  if ('list' in cell) {
    const item = (type as unknown as { valueType: DuckDBType }).valueType;
    return api.listValue(cell.list.map((x) => toDuckValue(api, x, item)));
  }
  if ('map' in cell) return api.mapValue(Object.entries(cell.map).map(([key, value]) => ({ key, value })));
  const struct = type as unknown as { entryNames: string[]; entryTypes: DuckDBType[] };
  const entries: Record<string, DuckDBValue> = {};
  struct.entryNames.forEach((name, i) => {
    const v = cell.struct[name] ?? null;
    entries[name] = v === null ? null : toDuckValue(api, v, struct.entryTypes[i] as DuckDBType);
  });
  return api.structValue(entries);
}

/** DuckDB values as the learner sees them: numbers, text, and JSON text for lists, maps and structs. */
export function toSqlValue(value: DuckDBValue): SqlValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const json = toJson(value);
  if (json === null || typeof json === 'string' || typeof json === 'number' || typeof json === 'boolean') return json;
  return JSON.stringify(json);
}

type Json = null | string | number | boolean | Json[] | { [k: string]: Json };

function toJson(value: DuckDBValue): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const v = value as unknown as Record<string, unknown> & { toString(): string };
  const name = (value as object).constructor?.name ?? '';
  if (name === 'DuckDBListValue' || name === 'DuckDBArrayValue') return (v.items as DuckDBValue[]).map(toJson);
  if (name === 'DuckDBMapValue') {
    const out: Record<string, Json> = {};
    for (const e of v.entries as Array<{ key: DuckDBValue; value: DuckDBValue }>) out[String(toJson(e.key))] = toJson(e.value);
    return out;
  }
  if (name === 'DuckDBStructValue') {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v.entries as Record<string, DuckDBValue>)) out[k] = toJson(x);
    return out;
  }
  if (name === 'DuckDBDecimalValue') return (value as unknown as { toDouble(): number }).toDouble();
  // Dates, timestamps, intervals, UUIDs...: DuckDB's own text (2026-12-03 08:00:00).
  return v.toString();
}
