// Running a SQL task's query for real: the query as the blanks make it, the lab's reference query
// (the same template with the lesson's answers), both on the same system tables, and what the
// difference between their result sets means on Databricks. The notebook's verdict is not
// touched: it looks at the query's text; this looks at what the query returns.
//
// The engine is handed in (src/sql's SystemTables), so this file loads nothing and is tested
// with a fake.

import type { PracticeTask } from '../lessons/types';
import type { QueryResult, SqlValue, SystemTables } from '../sql/types';
import { sqlPreview } from './sql';

/** The lab's simplified columns and what system.lakeflow.job_run_timeline really calls them. */
export const REAL_COLUMNS: ReadonlyArray<readonly [lab: string, real: string]> = [
  ['start_time', 'period_start_time'],
  ['end_time', 'period_end_time'],
];

export const SYSTEM_TABLES_DOC = 'https://docs.databricks.com/admin/system-tables/jobs.html';

export interface TaskQueryRun {
  /** The learner's query as it ran. */
  sql: string;
  /** The answers it was built from: a later edit makes the run stale. */
  answers: readonly string[];
  result: QueryResult;
  /** The lab's reference query and its rows on the same tables. */
  reference: { sql: string; result: QueryResult };
  /** The learner's query written for the real table's columns (unchanged when it uses none of the lab's). */
  realSql: string;
  /** The lab's names in the learner's query that the real table spells otherwise. */
  renamed: ReadonlyArray<readonly [string, string]>;
  /** True when the two result sets hold the same rows. */
  agrees: boolean;
  /** What the difference means, one sentence each (empty when they agree). */
  findings: string[];
}

export type TaskQueryOutcome =
  | { kind: 'ran'; run: TaskQueryRun }
  /** Nothing to run yet (blanks left empty), in words. */
  | { kind: 'incomplete'; message: string }
  /** The engine refused the learner's query: its one-line message. */
  | { kind: 'error'; sql: string; answers: readonly string[]; message: string };

const IDENT = (name: string): RegExp => new RegExp(`(?<![\\w.\`])${name}(?![\\w\`])`, 'gi');

/** The query with the lab's column names replaced by the real table's (identifiers only, not strings). */
export function toRealColumns(sql: string): { sql: string; renamed: Array<readonly [string, string]> } {
  const renamed: Array<readonly [string, string]> = [];
  // Split out string literals so a value such as 'start_time' is left as typed.
  const parts = sql.split(/('(?:[^']|'')*'?)/);
  const out = parts.map((part, i) => {
    if (i % 2 === 1) return part;
    let text = part;
    for (const [lab, real] of REAL_COLUMNS) {
      const re = IDENT(lab);
      if (re.test(text)) {
        if (!renamed.some(([l]) => l === lab)) renamed.push([lab, real]);
        text = text.replace(IDENT(lab), real);
      }
    }
    return text;
  });
  return { sql: out.join(''), renamed };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function columnIndex(result: QueryResult, name: string): number {
  return result.columns.findIndex((c) => c.name.toLowerCase() === name.toLowerCase());
}

/** A row's identity: run_id (with job_id) when both results have it, else the whole row. */
function keyer(a: QueryResult, b: QueryResult): (result: QueryResult, row: readonly SqlValue[]) => string {
  const byRun = columnIndex(a, 'run_id') !== -1 && columnIndex(b, 'run_id') !== -1;
  if (byRun) {
    return (result, row) => {
      const job = columnIndex(result, 'job_id');
      return `${job === -1 ? '' : String(row[job])}/${String(row[columnIndex(result, 'run_id')])}`;
    };
  }
  return (_result, row) => JSON.stringify(row);
}

function counts(keys: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Rows of `from` (with multiplicity) that `other` does not have. */
function minus(from: readonly string[], other: readonly string[]): number[] {
  const left = counts(other);
  const out: number[] = [];
  from.forEach((k, i) => {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(i);
  });
  return out;
}

const day = (v: SqlValue | undefined): string => (typeof v === 'string' ? v.slice(0, 10) : String(v));

export interface CompareContext {
  /** Where the reference query's time window starts, as the engine computes it (`current_date() - INTERVAL 7 DAYS`). */
  since?: string;
  /** The distinct result_state values in the table (what a filter can match). */
  states?: readonly string[];
  /** The reference's window in days (the lesson's answer for the INTERVAL blank). */
  windowDays?: string;
}

/**
 * What the difference between the learner's rows and the reference's means. Rows are matched by
 * run_id when both results have one, else as whole rows; the explanations use the columns both
 * results have (result_state, start_time).
 */
export function compareResults(learner: QueryResult, reference: QueryResult, context: CompareContext = {}): { agrees: boolean; findings: string[] } {
  const key = keyer(learner, reference);
  const mine = learner.rows.map((r) => key(learner, r));
  const theirs = reference.rows.map((r) => key(reference, r));
  const extra = minus(mine, theirs);
  const missing = minus(theirs, mine);
  if (extra.length === 0 && missing.length === 0) return { agrees: true, findings: [] };

  // No rows at all is said once, in the first line: the rows missing are then all of them.
  const findings: string[] = [
    learner.rows.length === 0
      ? `On these tables your query matches no row at all; the lab's reference query returns ${plural(reference.rows.length, 'row', 'rows')}.`
      : `On these tables your query returns ${plural(learner.rows.length, 'row', 'rows')}; the lab's reference query returns ${plural(reference.rows.length, 'row', 'rows')}.`,
  ];
  const stateAt = columnIndex(learner, 'result_state');
  const startAt = columnIndex(learner, 'start_time') !== -1 ? columnIndex(learner, 'start_time') : columnIndex(learner, 'period_start_time');

  if (extra.length > 0) {
    const wantedStates = new Set(reference.rows.map((r) => r[columnIndex(reference, 'result_state')]).filter((v) => v !== undefined));
    const otherState = stateAt === -1 || wantedStates.size === 0 ? [] : extra.filter((i) => !wantedStates.has(learner.rows[i]?.[stateAt] as SqlValue));
    const before =
      startAt === -1 || context.since === undefined
        ? []
        : extra.filter((i) => {
            const v = learner.rows[i]?.[startAt];
            return typeof v === 'string' && v < (context.since as string);
          });
    if (before.length > 0) {
      const days = before.map((i) => day(learner.rows[i]?.[startAt])).sort();
      findings.push(
        `${plural(before.length, 'of your rows started', 'of your rows started')} before ${day(context.since)} (from ${days[0]} to ${days[days.length - 1]}): outside the ${context.windowDays === undefined ? 'window' : `last ${context.windowDays} days`} the task asks for. On Databricks the query would report them too.`,
      );
    }
    if (otherState.length > 0) {
      const states = [...new Set(otherState.map((i) => String(learner.rows[i]?.[stateAt])))].sort();
      findings.push(`${plural(otherState.length, 'of your rows has', 'of your rows have')} result_state ${states.join(', ')}, which the reference query does not keep.`);
    }
    const explained = new Set([...before, ...otherState]);
    const rest = extra.length - extra.filter((i) => explained.has(i)).length;
    if (rest > 0) findings.push(`${plural(rest, 'more row is', 'more rows are')} in your result and not in the reference's.`);
  }
  if (missing.length > 0 && learner.rows.length > 0) {
    findings.push(`${plural(missing.length, 'row', 'rows')} of the reference result ${missing.length === 1 ? 'is' : 'are'} missing from yours.`);
  }
  return { agrees: false, findings };
}

/** The text typed in the task's blank of one kind ('sql-text': the state), when there is one. */
function typed(task: PracticeTask, answers: readonly string[], kind: string): string | undefined {
  const i = task.blanks.findIndex((b) => b.kind === kind);
  return i === -1 ? undefined : answers[i];
}

/** A value typed for result_state that matches a real state only when case is ignored. */
function caseFinding(value: string | undefined, states: readonly string[]): string | null {
  if (value === undefined || value === '' || states.includes(value)) return null;
  const same = states.find((s) => s.toLowerCase() === value.trim().toLowerCase());
  if (same === undefined) return null;
  return `No row has result_state = '${value}': the table spells it ${same} (upper case), and on Databricks string comparison is case-sensitive by default, so '${value}' matches nothing. The notebook's check passes only because it upper-cases the query first.`;
}

/**
 * Runs the learner's query and the reference on `tables` and compares them. The reference is the
 * same TODO cell with the lesson's answers; the window start and the state values come from the
 * engine, so every sentence says what the data shows.
 */
export async function runTaskQuery(tables: SystemTables, task: PracticeTask, answers: readonly string[]): Promise<TaskQueryOutcome> {
  const preview = sqlPreview(task, answers);
  const referencePreview = sqlPreview(task, task.blanks.map((b) => b.answer));
  if (!preview || !referencePreview) return { kind: 'incomplete', message: 'This task has no SQL query to run.' };
  const empty = preview.spans.filter((s) => s.empty).map((s) => task.blanks[s.blank]?.label ?? `blank ${s.blank + 1}`);
  if (empty.length > 0) return { kind: 'incomplete', message: `Fill in ${empty.join(' and ')} first: the query does not run with a ______ in it.` };

  const sql = preview.text;
  let result: QueryResult;
  try {
    result = await tables.query(sql);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    return { kind: 'error', sql, answers, message };
  }
  const referenceSql = referencePreview.text;
  const reference = await tables.query(referenceSql);

  const context: CompareContext = {};
  const days = typed(task, task.blanks.map((b) => b.answer), 'sql-number');
  if (days !== undefined && /^\d+$/.test(days)) {
    context.windowDays = days;
    const since = await tables.query(`SELECT CAST(current_date() - INTERVAL ${days} DAYS AS VARCHAR) AS since`).catch(() => null);
    const v = since?.rows[0]?.[0];
    if (typeof v === 'string') context.since = v;
  }
  const states = await tables
    .query('SELECT DISTINCT result_state FROM system.lakeflow.job_run_timeline WHERE result_state IS NOT NULL ORDER BY 1')
    .catch(() => null);
  context.states = (states?.rows ?? []).map((r) => String(r[0]));

  const compared = compareResults(result, reference, context);
  const findings = [...compared.findings];
  if (!compared.agrees) {
    const note = caseFinding(typed(task, answers, 'sql-text'), context.states);
    if (note !== null) findings.splice(1, 0, note);
  }
  const real = toRealColumns(sql);
  return {
    kind: 'ran',
    run: { sql, answers, result, reference: { sql: referenceSql, result: reference }, realSql: real.sql, renamed: real.renamed, agrees: compared.agrees, findings },
  };
}
