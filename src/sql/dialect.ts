// Spark SQL as the lab and the Databricks docs write it, turned into SQL DuckDB runs. Pure: no
// DuckDB here, so the rewrites are tested on their own and `check` never loads the engine.
//
// Every rewrite works on tokens, so nothing inside a string, a quoted name or a comment is touched.
// What Spark means by each form (Databricks SQL reference, docs.databricks.com/sql/language-manual):
// - "text" is a string literal in Spark SQL (ANSI mode off), `name` a quoted identifier;
// - current_date()/current_timestamp()/now(): here frozen to HistoryOptions.now, so a query
//   over a seeded history gives the same rows every time (macros the engine defines);
// - INTERVAL 7 DAYS: multi-unit interval literals (facts §i);
// - date_sub(d, n)/date_add(d, n): the date n days before/after d (DuckDB's date_sub takes a unit
//   and two dates instead);
// - datediff(end, start): whole days from start to end (DuckDB's 3-argument form takes a unit);
// - QUALIFY, ILIKE, :: casts, percentile_cont ... WITHIN GROUP: DuckDB reads them as Spark does.

import { TABLES, sparkType } from './tables';
import { SqlError } from './types';

/** The catalog and schema learners type; DuckDB reserves the catalog name `system`. */
export const PUBLIC_SCHEMA = 'system.lakeflow';
/** Where the tables live inside DuckDB (a schema of the in-memory database). */
export const INTERNAL_SCHEMA = 'lakeflow';

export type TokenKind = 'space' | 'comment' | 'string' | 'quoted' | 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** For strings and quoted names: the content without quotes, escapes resolved. */
  value?: string;
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;

/** Splits Spark SQL into tokens; an unterminated string, name or comment is a SqlError. */
export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i] as string;
    const next = sql[i + 1];
    if (/\s/.test(c)) {
      let j = i + 1;
      while (j < n && /\s/.test(sql[j] as string)) j++;
      out.push({ kind: 'space', text: sql.slice(i, j) });
      i = j;
    } else if (c === '-' && next === '-') {
      let j = sql.indexOf('\n', i);
      if (j === -1) j = n;
      out.push({ kind: 'comment', text: sql.slice(i, j) });
      i = j;
    } else if (c === '/' && next === '*') {
      const j = sql.indexOf('*/', i + 2);
      if (j === -1) throw new SqlError('A /* comment is not closed with */.');
      out.push({ kind: 'comment', text: sql.slice(i, j + 2) });
      i = j + 2;
    } else if (c === "'" || c === '"') {
      // Spark strings: either quote, backslash escapes, and a doubled quote inside.
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= n) throw new SqlError(`A string starting with ${c} is not closed.`);
        const d = sql[j] as string;
        if (d === '\\' && j + 1 < n) {
          value += unescape(sql[j + 1] as string);
          j += 2;
        } else if (d === c && sql[j + 1] === c) {
          value += c;
          j += 2;
        } else if (d === c) {
          j++;
          break;
        } else {
          value += d;
          j++;
        }
      }
      out.push({ kind: 'string', text: sql.slice(i, j), value });
      i = j;
    } else if (c === '`') {
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= n) throw new SqlError('A `name` in backticks is not closed.');
        const d = sql[j] as string;
        if (d === '`' && sql[j + 1] === '`') {
          value += '`';
          j += 2;
        } else if (d === '`') {
          j++;
          break;
        } else {
          value += d;
          j++;
        }
      }
      out.push({ kind: 'quoted', text: sql.slice(i, j), value });
      i = j;
    } else if (/[0-9]/.test(c) || (c === '.' && next !== undefined && /[0-9]/.test(next))) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[A-Za-z]*/.exec(sql.slice(i)) as RegExpExecArray;
      out.push({ kind: 'number', text: m[0] });
      i += m[0].length;
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < n && WORD_CHAR.test(sql[j] as string)) j++;
      out.push({ kind: 'word', text: sql.slice(i, j) });
      i = j;
    } else {
      const two = sql.slice(i, i + 2);
      const op = ['<=', '>=', '<>', '!=', '==', '||', '::', '<=>', '->'].find((o) => sql.startsWith(o, i)) ?? (two === '=>' ? '=>' : c);
      out.push({ kind: 'punct', text: op });
      i += op.length;
    }
  }
  return out;
}

function unescape(ch: string): string {
  switch (ch) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case '0':
      return '\0';
    default:
      return ch;
  }
}

const sqlString = (value: string): string => `'${value.replace(/'/g, "''")}'`;
const sqlName = (value: string): string => `"${value.replace(/"/g, '""')}"`;

const isCode = (t: Token): boolean => t.kind !== 'space' && t.kind !== 'comment';
const isWord = (t: Token | undefined, ...words: string[]): boolean =>
  t !== undefined && t.kind === 'word' && words.includes(t.text.toLowerCase());
const isPunct = (t: Token | undefined, p: string): boolean => t !== undefined && t.kind === 'punct' && t.text === p;
/** A name as Spark compares it: case-insensitive for bare words, as written inside backticks. */
const nameOf = (t: Token | undefined): string | undefined =>
  t === undefined ? undefined : t.kind === 'word' ? t.text.toLowerCase() : t.kind === 'quoted' ? (t.value as string).toLowerCase() : undefined;

export interface Translation {
  sql: string;
  notes: string[];
}

/** Statements that read; the system tables are read-only, as on Databricks. */
const READING = new Set(['select', 'with', 'from', 'values', 'describe', 'desc', 'show', 'explain', 'table', 'summarize']);

/** Spark-only forms with no rewrite: the message names the form and the difference. */
const UNSUPPORTED: Array<{ test: (code: Token[], i: number) => boolean; message: string }> = [
  {
    test: (c, i) => isWord(c[i], 'lateral') && isWord(c[i + 1], 'view'),
    message: "LATERAL VIEW explode(...) is Spark's form; here write FROM t, UNNEST(t.array_column) AS u(x) (or SELECT explode(...) in the select list).",
  },
  {
    test: (c, i) => isWord(c[i], 'distribute', 'sort') && isWord(c[i + 1], 'by'),
    message: 'DISTRIBUTE BY and SORT BY only shape how Spark partitions work across a cluster; here use ORDER BY.',
  },
  {
    test: (c, i) => isWord(c[i], 'cluster') && isWord(c[i + 1], 'by') && c.slice(0, i).some((t) => isWord(t, 'select')),
    message: 'CLUSTER BY in a query is Spark\'s DISTRIBUTE BY + SORT BY across a cluster; here use ORDER BY.',
  },
  {
    test: (c, i) => isWord(c[i], 'rlike', 'regexp') && i > 0 && !isPunct(c[i + 1], '('),
    message: "x RLIKE 'pattern' is Spark's regular-expression operator; here write regexp_matches(x, 'pattern').",
  },
];

/**
 * Spark function names DuckDB spells differently (same meaning, same arguments). `spark__` names
 * are macros the engine defines (src/sql/index.ts); the prefix is taken off column names and
 * messages (SPARK_PREFIX).
 */
const RENAMED: Record<string, string> = {
  nvl: 'coalesce',
  ifnull: 'coalesce',
  collect_list: 'list',
  size: 'len',
  array_contains: 'list_contains',
  percentile: 'quantile_cont',
  percentile_approx: 'quantile_disc',
  approx_percentile: 'quantile_disc',
  collect_set: 'spark__collect_set',
  unix_timestamp: 'spark__unix_timestamp',
  to_timestamp: 'spark__to_timestamp',
  to_date: 'spark__to_date',
  std: 'stddev_samp',
  try_divide: 'spark__try_divide',
  dayofweek: 'spark__dayofweek',
  weekday: 'spark__weekday',
  from_unixtime: 'spark__from_unixtime',
  timestamp_seconds: 'spark__timestamp_seconds',
  add_months: 'spark__add_months',
  int: 'spark__int',
  bigint: 'spark__bigint',
  double: 'spark__double',
  string: 'spark__string',
  date: 'spark__date',
  timestamp: 'spark__timestamp',
  array: 'list_value',
  explode: 'unnest',
  array_join: 'array_to_string',
  array_size: 'len',
};

/** Names of the engine's Spark macros, as they appear in DuckDB's column names and messages. */
export const SPARK_PREFIX = /\bspark__(?=\w)/g;

const CURRENT_DATE = 'spark__current_date()';
const CURRENT_TIMESTAMP = 'spark__current_timestamp()';

/**
 * Translate one Spark SQL statement. Throws SqlError for forms that cannot run here (with the
 * Spark form named), for more than one statement, and for statements that write.
 */
export function translate(sql: string): Translation {
  const tokens = tokenize(sql);
  const notes: string[] = [];
  const code = tokens.filter(isCode);
  // A trailing semicolon is fine; a second statement is not.
  const semi = code.findIndex((t) => isPunct(t, ';'));
  if (semi !== -1 && code.slice(semi + 1).some((t) => !isPunct(t, ';'))) {
    throw new SqlError('One statement at a time: remove everything after the first ;');
  }
  const first = code[0];
  if (first === undefined || isPunct(first, ';')) throw new SqlError('The query is empty.');
  if (!(isPunct(first, '(') || READING.has(first.text.toLowerCase()))) {
    throw new SqlError(`${first.text.toUpperCase()}: system tables are read-only; only queries (SELECT, WITH, DESCRIBE, SHOW) run here.`);
  }
  for (let i = 0; i < code.length; i++) {
    for (const u of UNSUPPORTED) if (u.test(code, i)) throw new SqlError(u.message);
  }
  const ctx: Ctx = { notes };
  const out = rewrite(tokens.filter((t) => !(isPunct(t, ';'))), ctx);
  for (const note of spellingNotes(code)) addNote(notes, note);
  if (code.some((t) => isWord(t, 'start_time', 'end_time'))) {
    addNote(notes, 'start_time/end_time are the lab\'s simplified columns: the real job_run_timeline has period_start_time/period_end_time, one row per hourly slice of a run.');
  }
  return { sql: out, notes };
}

interface Ctx {
  notes: string[];
}

function addNote(notes: string[], note: string): void {
  if (!notes.includes(note)) notes.push(note);
}

/** Index of the next code token at or after i, or -1. */
function nextCode(tokens: Token[], i: number): number {
  for (let j = i; j < tokens.length; j++) if (isCode(tokens[j] as Token)) return j;
  return -1;
}

function prevCode(tokens: Token[], i: number): number {
  for (let j = i; j >= 0; j--) if (isCode(tokens[j] as Token)) return j;
  return -1;
}

/** The index of the ")" closing the "(" at `open`, or -1. */
function closing(tokens: Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (isPunct(t, '(')) depth++;
    else if (isPunct(t, ')')) {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

/** Arguments between `open` and `close` split at top-level commas (each a token list). */
function splitArgs(tokens: Token[], open: number, close: number): Token[][] {
  const args: Token[][] = [];
  let cur: Token[] = [];
  let depth = 0;
  for (let j = open + 1; j < close; j++) {
    const t = tokens[j] as Token;
    if (isPunct(t, '(') || isPunct(t, '[')) depth++;
    if (isPunct(t, ')') || isPunct(t, ']')) depth--;
    if (depth === 0 && isPunct(t, ',')) {
      args.push(cur);
      cur = [];
    } else {
      cur.push(t);
    }
  }
  if (cur.some(isCode) || args.length > 0) args.push(cur);
  return args;
}

const INTERVAL_UNITS = new Map<string, string>([
  ['year', 'YEAR'], ['years', 'YEAR'], ['month', 'MONTH'], ['months', 'MONTH'], ['week', 'WEEK'], ['weeks', 'WEEK'],
  ['day', 'DAY'], ['days', 'DAY'], ['hour', 'HOUR'], ['hours', 'HOUR'], ['minute', 'MINUTE'], ['minutes', 'MINUTE'],
  ['second', 'SECOND'], ['seconds', 'SECOND'], ['millisecond', 'MILLISECOND'], ['milliseconds', 'MILLISECOND'],
  ['microsecond', 'MICROSECOND'], ['microseconds', 'MICROSECOND'],
]);

/** Rewrites a token list (recursively for function arguments) into DuckDB SQL text. */
function rewrite(tokens: Token[], ctx: Ctx): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    switch (t.kind) {
      case 'space':
      case 'comment':
      case 'number':
        out += t.text;
        continue;
      case 'string':
        out += sqlString(t.value as string);
        continue;
      case 'quoted':
      case 'word': {
        const name = nameOf(t) as string;
        // system.lakeflow.<table> (any of the three parts may be backticked).
        if (name === 'system') {
          const dot1 = nextCode(tokens, i + 1);
          const schema = dot1 === -1 ? -1 : nextCode(tokens, dot1 + 1);
          if (dot1 !== -1 && isPunct(tokens[dot1], '.') && schema !== -1 && nameOf(tokens[schema]) !== undefined) {
            const schemaName = nameOf(tokens[schema]) as string;
            if (schemaName === 'lakeflow' || schemaName === 'workflow') {
              if (schemaName === 'workflow') addNote(ctx.notes, 'system.workflow is the former name of system.lakeflow; both hold the same tables.');
              out += INTERNAL_SCHEMA;
              i = schema;
              continue;
            }
            throw new SqlError(`Only the schema system.lakeflow exists here (it has jobs, job_tasks, job_run_timeline, job_task_run_timeline), not system.${schemaName}.`);
          }
        }
        if (t.kind === 'quoted') {
          out += sqlName(t.value as string);
          continue;
        }
        const handled = rewriteWord(tokens, i, ctx);
        if (handled) {
          out += handled.text;
          i = handled.end;
          continue;
        }
        out += t.text;
        continue;
      }
      case 'punct': {
        const index = t.text === '[' ? arrayIndex(tokens, i) : undefined;
        if (index !== undefined) {
          addNote(ctx.notes, `${index.text}: Spark arrays count from 0, so [${index.n}] is element ${index.n + 1} (rewritten for the engine, whose lists count from 1).`);
          out += `[${index.n + 1}]`;
          i = index.end;
          continue;
        }
        out += t.text === '==' ? '=' : t.text;
        continue;
      }
    }
  }
  return out;
}

function rewriteWord(tokens: Token[], i: number, ctx: Ctx): { text: string; end: number } | undefined {
  const t = tokens[i] as Token;
  const word = t.text.toLowerCase();
  const after = nextCode(tokens, i + 1);
  const before = prevCode(tokens, i - 1);
  // A name after a dot is a column or table part (t.current_date is a column), not a function.
  if (before !== -1 && isPunct(tokens[before], '.')) return undefined;
  const call = after !== -1 && isPunct(tokens[after], '(');
  const close = call ? closing(tokens, after) : -1;
  const emptyCall = call && close !== -1 && nextCode(tokens, after + 1) === close;

  switch (word) {
    case 'current_date':
    case 'curdate': {
      const end = emptyCall ? close : !call && word === 'current_date' ? i : -1;
      if (end === -1) return undefined;
      return dateMinusDays(tokens, before, end) ?? { text: CURRENT_DATE, end };
    }
    case 'current_timestamp':
    case 'now':
    case 'localtimestamp':
      if (emptyCall) return { text: CURRENT_TIMESTAMP, end: close };
      if (!call && word !== 'now') return { text: CURRENT_TIMESTAMP, end: i };
      return undefined;
    case 'interval':
      return rewriteInterval(tokens, i);
    case 'describe':
    case 'desc': {
      // DESCRIBE [TABLE] [EXTENDED] system.lakeflow.t: Databricks' col_name, data_type, comment.
      if (before !== -1) return undefined;
      let j = after;
      while (j !== -1 && isWord(tokens[j], 'table', 'extended', 'formatted')) j = nextCode(tokens, j + 1);
      const described = j === -1 ? undefined : describeTarget(tokens, j);
      if (described !== undefined) return { text: describeQuery(described), end: tokens.length - 1 };
      if (j === after || j === -1) return undefined;
      return { text: `DESCRIBE ${rewrite(tokens.slice(j), ctx)}`, end: tokens.length - 1 };
    }
    case 'show': {
      // SHOW TABLES IN system.lakeflow (or FROM): the four tables.
      if (before !== -1 || !isWord(tokens[after], 'tables')) return undefined;
      return {
        text: `SELECT '${PUBLIC_SCHEMA.split('.')[1]}' AS database, table_name AS tableName, false AS isTemporary FROM duckdb_tables() WHERE schema_name = '${INTERNAL_SCHEMA}' ORDER BY table_name`,
        end: tokens.length - 1,
      };
    }
  }
  if (!call || close === -1) return undefined;
  const args = splitArgs(tokens, after, close);
  const arg = (k: number): string => `(${rewrite(args[k] as Token[], ctx).trim()})`;
  const plain = (k: number): string => rewrite(args[k] as Token[], ctx).trim();
  switch (word) {
    case 'date_sub':
    case 'date_add':
      if (args.length === 2) return { text: `spark__${word}(${plain(0)}, ${plain(1)})`, end: close };
      throw new SqlError(`${word}(date, days) takes two arguments in Spark SQL, got ${args.length}: for other units add an INTERVAL (e.g. ts - INTERVAL 3 HOURS).`);
    case 'element_at':
      // Spark: element_at(array, i) counts from 1 (negative from the end), element_at(map, key)
      // is the value; DuckDB's x[i] / m[key] mean the same (its element_at returns a list).
      if (args.length === 2) return { text: `${arg(0)}[${plain(1)}]`, end: close };
      return undefined;
    case 'date_diff':
    case 'datediff':
      if (args.length === 2) return { text: `spark__datediff(${plain(0)}, ${plain(1)})`, end: close };
      if (args.length === 3) return { text: `datediff(${unitArg(args[0] as Token[], ctx)}, ${arg(1)}, ${arg(2)})`, end: close };
      throw new SqlError(`datediff(end, start) takes two arguments (or unit, start, end), got ${args.length}.`);
    case 'timestampdiff':
      if (args.length === 3) return { text: `date_diff(${unitArg(args[0] as Token[], ctx)}, ${arg(1)}, ${arg(2)})`, end: close };
      return undefined;
    case 'date_trunc':
    case 'trunc':
      if (args.length === 2) {
        // Spark: date_trunc(unit, ts) and trunc(date, unit); DuckDB: date_trunc(unit, ts).
        const [unitTokens, valueTokens] = word === 'trunc' ? [args[1], args[0]] : [args[0], args[1]];
        return { text: `date_trunc(${unitArg(unitTokens as Token[], ctx)}, ${`(${rewrite(valueTokens as Token[], ctx).trim()})`})`, end: close };
      }
      return undefined;
  }
  if ((word === 'date_format' || word === 'to_date' || word === 'to_timestamp') && args.length === 2) {
    const pattern = args[1]!.filter(isCode);
    const lit = pattern.length === 1 && pattern[0]!.kind === 'string' ? (pattern[0]!.value as string) : undefined;
    if (lit === undefined) throw new SqlError(`${word}(x, format): give the format as a quoted Spark pattern such as 'yyyy-MM-dd'.`);
    const fmt = sqlString(javaToStrftime(lit, word));
    if (word === 'date_format') return { text: `strftime(${arg(0)}, ${fmt})`, end: close };
    if (word === 'to_date') return { text: `CAST(strptime(${plain(0)}, ${fmt}) AS DATE)`, end: close };
    return { text: `strptime(${plain(0)}, ${fmt})`, end: close };
  }
  if (word === 'cast' && args.length === 1) {
    const seconds = intervalToIntegral(args[0] as Token[], ctx);
    if (seconds !== undefined) return { text: seconds, end: close };
  }
  if (word === 'sum' && args.length === 1) {
    const diff = timestampDifference(args[0] as Token[]);
    // SUM(period_end_time - period_start_time), the docs' duration per run: Spark sums the
    // intervals; DuckDB has no sum of intervals, so the microseconds are summed instead.
    if (diff !== undefined) {
      return { text: `to_microseconds(CAST(sum(epoch_us(${rewrite(diff[0], ctx).trim()}) - epoch_us(${rewrite(diff[1], ctx).trim()})) AS BIGINT))`, end: close };
    }
  }
  const renamed = RENAMED[word];
  if (renamed !== undefined) {
    if (word === 'percentile_approx' || word === 'approx_percentile') {
      addNote(ctx.notes, `${word} is computed exactly here (the value at that rank); Spark approximates it, which on small tables gives the same value.`);
      const kept = args.slice(0, 2).map((a) => rewrite(a, ctx).trim());
      return { text: `${renamed}(${kept.join(', ')})`, end: close };
    }
    if (word === 'unix_timestamp' && args.length === 0) return { text: `${renamed}(${CURRENT_TIMESTAMP})`, end: close };
    return { text: `${renamed}(${args.map((a) => rewrite(a, ctx).trim()).join(', ')})`, end: close };
  }
  return undefined;
}

const INTEGRAL_TYPES = new Map<string, string>([
  ['long', 'BIGINT'], ['bigint', 'BIGINT'], ['int', 'INTEGER'], ['integer', 'INTEGER'],
  ['short', 'SMALLINT'], ['smallint', 'SMALLINT'], ['byte', 'TINYINT'], ['tinyint', 'TINYINT'],
]);

/**
 * CAST(SUM(period_end_time - period_start_time) AS LONG), the docs' run duration in seconds, and
 * the same cast of one slice. Spark casts a day-time interval to an integral type as a whole number
 * of its end unit (DAY TO SECOND: seconds, truncated); DuckDB has no INTERVAL -> BIGINT cast, so
 * the seconds are computed from the microseconds instead.
 */
function intervalToIntegral(arg: Token[], ctx: Ctx): string | undefined {
  const asAt = arg.findIndex((t, k) => isWord(t, 'as') && depthAt(arg, k) === 0);
  if (asAt === -1) return undefined;
  const typeCode = arg.slice(asAt + 1).filter(isCode);
  const type = typeCode.length === 1 ? INTEGRAL_TYPES.get((typeCode[0] as Token).text.toLowerCase()) : undefined;
  if (type === undefined) return undefined;
  let expr = arg.slice(0, asAt).filter(isCode);
  while (expr.length > 2 && isPunct(expr[0], '(') && closing(expr, 0) === expr.length - 1) expr = expr.slice(1, -1);
  const summed = expr.length > 3 && isWord(expr[0], 'sum') && isPunct(expr[1], '(') && closing(expr, 1) === expr.length - 1;
  const diff = timestampDifference(summed ? expr.slice(2, -1) : expr);
  if (diff === undefined) return undefined;
  const micros = `epoch_us(${rewrite(diff[0], ctx).trim()}) - epoch_us(${rewrite(diff[1], ctx).trim()})`;
  return `CAST(trunc(${summed ? `sum(${micros})` : `(${micros})`} / 1000000) AS ${type})`;
}

/** Bracket depth just before tokens[k]. */
function depthAt(tokens: Token[], k: number): number {
  let depth = 0;
  for (let j = 0; j < k; j++) {
    if (isPunct(tokens[j], '(') || isPunct(tokens[j], '[')) depth++;
    else if (isPunct(tokens[j], ')') || isPunct(tokens[j], ']')) depth--;
  }
  return depth;
}

/** A unit argument: Spark writes DAY or 'day'; DuckDB wants a string. */
function unitArg(tokens: Token[], ctx: Ctx): string {
  const code = tokens.filter(isCode);
  if (code.length === 1 && (code[0] as Token).kind === 'word') return sqlString((code[0] as Token).text.toLowerCase());
  return rewrite(tokens, ctx).trim();
}

/**
 * INTERVAL 7 DAYS, INTERVAL '7' DAY, INTERVAL 1 DAY 2 HOURS, INTERVAL '7 days'. Negative counts
 * work; the result is DuckDB's INTERVAL, which adds to and subtracts from dates and timestamps
 * as Spark's does (a date minus whole days stays comparable with dates).
 */
function rewriteInterval(tokens: Token[], i: number): { text: string; end: number } | undefined {
  const parts: string[] = [];
  let j = nextCode(tokens, i + 1);
  let end = i;
  for (;;) {
    if (j === -1) break;
    let sign = '';
    let k = j;
    if (isPunct(tokens[k], '-') || isPunct(tokens[k], '+')) {
      sign = (tokens[k] as Token).text === '-' ? '-' : '';
      k = nextCode(tokens, k + 1);
    }
    const value = k === -1 ? undefined : tokens[k];
    if (value === undefined || !(value.kind === 'number' || value.kind === 'string')) break;
    const unitAt = nextCode(tokens, k + 1);
    const unit = unitAt === -1 ? undefined : INTERVAL_UNITS.get((tokens[unitAt] as Token).text.toLowerCase());
    if (value.kind === 'string' && unit === undefined && parts.length === 0) {
      // INTERVAL '7 days': DuckDB reads the same string form.
      return { text: `INTERVAL ${sqlString(value.value as string)}`, end: k };
    }
    if (unit === undefined || (tokens[unitAt] as Token).kind !== 'word') break;
    const amount = value.kind === 'number' ? value.text : (value.value as string).trim();
    if (!/^-?\d+(\.\d+)?$/.test(amount)) throw new SqlError(`INTERVAL ${value.text} ${(tokens[unitAt] as Token).text}: the amount must be a number.`);
    parts.push(`INTERVAL '${sign}${amount}' ${unit}`);
    end = unitAt;
    j = nextCode(tokens, unitAt + 1);
  }
  if (parts.length === 0) return undefined;
  return { text: parts.length === 1 ? (parts[0] as string) : `(${parts.join(' + ')})`, end };
}

/** Engine messages name the tables as the learner typed them (system.lakeflow.x), never the internal schema. */
export function publicMessage(message: string): string {
  const firstLine = message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^LINE \d+:/.test(l) && !/^\^+$/.test(l))
    .slice(0, 2)
    .join(' ');
  return firstLine
    .replace(/\bmemory\.(?:main\.)?/g, '')
    .replace(/(?<![\w.])"?lakeflow"?\.(?=["\w])/g, `${PUBLIC_SCHEMA}.`)
    .replace(SPARK_PREFIX, '')
    .replace(/Did you mean "(jobs|job_tasks|job_run_timeline|job_task_run_timeline)"/g, `Did you mean "${PUBLIC_SCHEMA}.$1"`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words after which `[` starts a list literal, not an index. */
const KEYWORDS_BEFORE_VALUES = new Set(['then', 'else', 'when', 'and', 'or', 'not', 'in', 'by', 'as', 'is', 'where', 'having', 'on', 'case', 'distinct', 'all', 'any', 'return', 'like', 'between']);

/** `x[0]` with an integer literal after a name, `)` or `]`: an array index (a list literal has no such left side). */
function arrayIndex(tokens: Token[], open: number): { n: number; end: number; text: string } | undefined {
  const before = prevCode(tokens, open - 1);
  const left = before === -1 ? undefined : tokens[before];
  if (left === undefined || !(left.kind === 'word' || left.kind === 'quoted' || isPunct(left, ')') || isPunct(left, ']'))) return undefined;
  if (left.kind === 'word' && (READING.has(left.text.toLowerCase()) || KEYWORDS_BEFORE_VALUES.has(left.text.toLowerCase()))) return undefined;
  const num = nextCode(tokens, open + 1);
  const close = num === -1 ? -1 : nextCode(tokens, num + 1);
  if (close === -1 || tokens[num]?.kind !== 'number' || !/^\d+$/.test(tokens[num]!.text) || !isPunct(tokens[close], ']')) return undefined;
  const n = Number(tokens[num]!.text);
  return { n, end: close, text: `${left.kind === 'word' ? left.text : '...'}[${n}]` };
}

/** The table a DESCRIBE names, when it is one of ours (system.lakeflow.t, any quoting). */
function describeTarget(tokens: Token[], j: number): string | undefined {
  const parts: string[] = [];
  let k = j;
  for (;;) {
    const name = nameOf(tokens[k]);
    if (name === undefined) return undefined;
    parts.push(name);
    const dot = nextCode(tokens, k + 1);
    if (dot === -1 || isPunct(tokens[dot], ';')) break;
    if (!isPunct(tokens[dot], '.')) return undefined;
    k = nextCode(tokens, dot + 1);
    if (k === -1) return undefined;
  }
  if (parts.length !== 3 || parts[0] !== 'system' || !['lakeflow', 'workflow'].includes(parts[1] as string)) return undefined;
  const table = parts[2] as string;
  if (!TABLES.some((t) => t.name === table)) {
    throw new SqlError(`[TABLE_OR_VIEW_NOT_FOUND] The table or view ${PUBLIC_SCHEMA}.${table} cannot be found (it has ${TABLES.map((t) => t.name).join(', ')}).`);
  }
  return table;
}

/** DESCRIBE as Databricks prints it: col_name, data_type (Spark's type names), comment. */
function describeQuery(table: string): string {
  const def = TABLES.find((t) => t.name === table)!;
  const rows = def.columns.map((c) => `(${sqlString(c.name)}, ${sqlString(sparkType(c.type))}, ${sqlString(c.doc)})`);
  return `SELECT * FROM (VALUES ${rows.join(', ')}) AS d(col_name, data_type, comment)`;
}

/** Spark's datetime pattern letters (docs: sql-ref-datetime-pattern) as strftime codes. */
const JAVA_PATTERN: Record<string, string> = {
  yyyy: '%Y', yy: '%y', y: '%Y', MMMM: '%B', MMM: '%b', MM: '%m', M: '%-m', dd: '%d', d: '%-d',
  HH: '%H', H: '%-H', hh: '%I', h: '%-I', mm: '%M', m: '%-M', ss: '%S', s: '%-S', SSS: '%g', a: '%p',
  EEEE: '%A', EEE: '%a', E: '%a', D: '%-j', DDD: '%j',
};

function javaToStrftime(pattern: string, fn: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i] as string;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      const text = end === -1 ? pattern.slice(i + 1) : pattern.slice(i + 1, end);
      out += text === '' ? "'" : text.replace(/%/g, '%%');
      i = end === -1 ? pattern.length : end + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      const run = pattern.slice(i, j);
      const code = JAVA_PATTERN[run];
      if (code === undefined) throw new SqlError(`${fn}: the pattern letters '${run}' are not supported here (use y M d H h m s S a E).`);
      out += code;
      i = j;
    } else {
      out += c === '%' ? '%%' : c;
      i++;
    }
  }
  return out;
}

/** The values the tables hold in these columns (tables.ts), for notes on near-miss spellings. */
const COLUMN_VALUES: Record<string, readonly string[]> = {
  result_state: ['SUCCEEDED', 'FAILED', 'SKIPPED', 'CANCELLED', 'TIMED_OUT', 'ERROR', 'BLOCKED'],
  trigger_type: ['PERIODIC', 'ONE_TIME', 'TABLE', 'FILE_ARRIVAL', 'CONTINUOUS', 'CRON'],
  run_type: ['JOB_RUN', 'WORKFLOW_RUN', 'SUBMIT_RUN'],
  termination_code: ['SUCCESS', 'SUCCESS_WITH_FAILURES', 'RUN_EXECUTION_ERROR', 'CANCELED', 'USER_CANCELED', 'SKIPPED', 'DISABLED'],
};

/** The Jobs API's spellings that the tables' result_state spells otherwise. */
const API_SPELLING: Record<string, string> = { SUCCESS: 'SUCCEEDED', TIMEDOUT: 'TIMED_OUT', CANCELED: 'CANCELLED' };

/**
 * Notes for a literal compared with a state column that can never match as written: another case
 * ('failed': comparisons are case-sensitive, as on Databricks) or the API's spelling (SUCCESS).
 * The query still runs as written; the note only says why it may find nothing.
 */
function spellingNotes(code: Token[]): string[] {
  const out: string[] = [];
  const columnAt = (k: number): string | undefined => {
    const name = nameOf(code[k]);
    return name !== undefined && name in COLUMN_VALUES ? name : undefined;
  };
  code.forEach((t, i) => {
    if (t.kind !== 'string') return;
    let column: string | undefined;
    const op = (k: number): boolean => ['=', '<>', '!=', '=='].some((o) => isPunct(code[k], o));
    if (op(i - 1)) column = columnAt(i - 2);
    if (column === undefined && op(i + 1)) {
      // 'x' = r.result_state: the column is the last part of a dotted name.
      let k = i + 2;
      while (isPunct(code[k + 1], '.') && nameOf(code[k + 2]) !== undefined) k += 2;
      column = columnAt(k);
    }
    if (column === undefined) {
      // col IN ('a', 'b')
      let k = i - 1;
      while (k >= 0 && (isPunct(code[k], ',') || code[k]?.kind === 'string')) k--;
      if (isPunct(code[k], '(') && isWord(code[k - 1], 'in')) column = columnAt(isWord(code[k - 2], 'not') ? k - 3 : k - 2);
    }
    if (column === undefined) return;
    const value = t.value as string;
    const known = COLUMN_VALUES[column] as readonly string[];
    if (known.includes(value)) return;
    const upper = value.toUpperCase();
    if (known.includes(upper)) {
      out.push(`${column} = '${value}' matches nothing: values are upper case ('${upper}') and comparisons are case-sensitive, as on Databricks.`);
    } else if (column === 'result_state' && API_SPELLING[upper] !== undefined) {
      out.push(`result_state is spelled '${API_SPELLING[upper]}' in the system tables ('${upper}' is the Jobs API's spelling).`);
    }
  });
  return out;
}

/** Timestamp columns of the tables and the functions that give a timestamp. */
const TIMESTAMP_WORDS = new Set(['period_start_time', 'period_end_time', 'start_time', 'end_time', 'change_time', 'delete_time', 'create_time', 'current_timestamp', 'now']);

/** `a - b` where both sides name a timestamp (a column of ours or current_timestamp()): the two sides. */
function timestampDifference(tokens: Token[]): [Token[], Token[]] | undefined {
  let depth = 0;
  const minus: number[] = [];
  tokens.forEach((t, i) => {
    if (isPunct(t, '(') || isPunct(t, '[')) depth++;
    else if (isPunct(t, ')') || isPunct(t, ']')) depth--;
    else if (depth === 0 && isPunct(t, '-')) minus.push(i);
  });
  if (minus.length !== 1) return undefined;
  const left = tokens.slice(0, minus[0]);
  const right = tokens.slice((minus[0] as number) + 1);
  return isTimestampOperand(left) && isTimestampOperand(right) ? [left, right] : undefined;
}

/** A timestamp column of ours (`period_end_time`, `r.period_end_time`), a TIMESTAMP '...' literal or current_timestamp()/now(). */
function isTimestampOperand(part: Token[]): boolean {
  const code = part.filter(isCode);
  if (code.length === 0) return false;
  const words = code.filter((_, i) => i % 2 === 0);
  const dots = code.filter((_, i) => i % 2 === 1);
  const last = nameOf(code[code.length - 1]);
  if (code.length % 2 === 1 && words.every((t) => nameOf(t) !== undefined) && dots.every((t) => isPunct(t, '.'))) {
    return last !== undefined && TIMESTAMP_WORDS.has(last) && last !== 'now';
  }
  if (code.length === 2 && isWord(code[0], 'timestamp') && code[1]?.kind === 'string') return true;
  // current_timestamp() / now()
  return code.length === 3 && isWord(code[0], 'current_timestamp', 'now') && isPunct(code[1], '(') && isPunct(code[2], ')');
}

const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '||']);

/**
 * current_date() +/- INTERVAL n DAYS (or WEEKS) is a DATE in Spark (facts §i: a days-only
 * interval keeps a date, it becomes DateAdd); DuckDB would give a TIMESTAMP at midnight. Rewritten
 * to whole days when the date starts an operand and nothing binds tighter after the interval.
 */
function dateMinusDays(tokens: Token[], before: number, end: number): { text: string; end: number } | undefined {
  if (before !== -1 && tokens[before]?.kind === 'punct' && ARITHMETIC.has(tokens[before]!.text)) return undefined;
  const opAt = nextCode(tokens, end + 1);
  if (opAt === -1 || !(isPunct(tokens[opAt], '-') || isPunct(tokens[opAt], '+'))) return undefined;
  const intervalAt = nextCode(tokens, opAt + 1);
  if (!isWord(tokens[intervalAt], 'interval')) return undefined;
  let days = 0;
  let j = nextCode(tokens, intervalAt + 1);
  let last = -1;
  for (;;) {
    const value = j === -1 ? undefined : tokens[j];
    const unitAt = j === -1 ? -1 : nextCode(tokens, j + 1);
    const unit = unitAt === -1 ? undefined : (tokens[unitAt] as Token).text.toLowerCase();
    const amount = value?.kind === 'number' ? value.text : value?.kind === 'string' ? (value.value as string).trim() : undefined;
    if (amount === undefined || !/^\d+$/.test(amount) || unit === undefined || !['day', 'days', 'week', 'weeks'].includes(unit)) break;
    days += Number(amount) * (unit.startsWith('week') ? 7 : 1);
    last = unitAt;
    j = nextCode(tokens, unitAt + 1);
  }
  if (last === -1) return undefined;
  // Another unit (INTERVAL 1 DAY 2 HOURS) or a tighter operator after it: leave it to the general rewrite.
  const after = nextCode(tokens, last + 1);
  if (after !== -1 && (INTERVAL_UNITS.has((tokens[after] as Token).text.toLowerCase()) || (tokens[after]?.kind === 'punct' && ['*', '/', '%'].includes(tokens[after]!.text)))) return undefined;
  if (after !== -1 && (tokens[after]?.kind === 'number' || tokens[after]?.kind === 'string')) return undefined;
  const fn = isPunct(tokens[opAt], '-') ? 'spark__date_sub' : 'spark__date_add';
  return { text: `${fn}(${CURRENT_DATE}, ${days})`, end: last };
}
