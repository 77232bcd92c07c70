// A SQL task's query run on the system tables, as terminal rows (pure, no Ink): the rows it
// returned in a table that fits the width, what that means next to the lab's reference query,
// and the same query written for the real table's columns.

import type { TaskQueryOutcome } from '../../../practice/sql-run';
import { SYSTEM_TABLES_DOC } from '../../../practice/sql-run';
import { asP, guttered, truncateP, type PLine, type PSeg } from '../../components/code-cell';
import { highlight } from '../../markdown/highlight';
import { wrapSegments } from '../../markdown/lines';
import type { RunState } from '../../sql/run-state';
import { layoutResultTable, TABLE_START } from '../../sql/result-table';
import { displayWidth } from '../../../text/width';
import type { Role } from '../../theme';

const MUTED: readonly Role[] = ['muted'];
/** Rows of the result drawn in the page; the rest are counted (the SQL screen shows them all). */
export const QUERY_ROWS_SHOWN = 15;

function header(title: string, width: number): PLine {
  const head = `── ${title} `;
  return truncateP([{ text: head, roles: ['accent'] }, { text: '─'.repeat(Math.max(0, width - displayWidth(head))), roles: MUTED }], width);
}

function wrapped(text: string, width: number, roles: readonly Role[], lead: PSeg): PLine[] {
  const pad: PSeg = { text: ' '.repeat(displayWidth(lead.text)) };
  return asP(wrapSegments([{ text, roles }], width, { first: [lead], rest: [pad] }));
}

const sameAnswers = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

export interface QueryRowsInput {
  run: RunState<TaskQueryOutcome>;
  /** The answers on screen now: a run made from others is marked as such. */
  answers: readonly string[];
  width: number;
  /** The key that runs the query, for the hint before the first run. */
  runKey: string;
}

export function queryRows(input: QueryRowsInput): PLine[] {
  const { run, width } = input;
  if (run.status === 'idle') return [];
  const rows: PLine[] = [];
  if (run.status === 'running') {
    return [header('Your query on the system tables', width), [{ text: 'Running… (the SQL engine loads on the first query)', roles: MUTED }]];
  }
  if (run.status === 'error') {
    return [header('Your query on the system tables', width), ...wrapped(run.message, width, ['error'], { text: '✗ ', roles: ['error'] })];
  }
  const outcome = run.value;
  if (outcome.kind === 'incomplete') return [header('Your query on the system tables', width), ...wrapped(outcome.message, width, ['warning'], { text: '! ', roles: ['warning'] })];
  if (outcome.kind === 'error') {
    const stale = sameAnswers(outcome.answers, input.answers) ? '' : ' · answers changed since';
    return [
      header(`Your query on the system tables${stale}`, width),
      ...wrapped(`The engine refused the query: ${outcome.message}`, width, ['error'], { text: '✗ ', roles: ['error'] }),
    ];
  }
  const q = outcome.run;
  const stale = sameAnswers(q.answers, input.answers) ? '' : ` · answers changed since (${input.runKey} runs it again)`;
  rows.push(header(`Your query on the system tables${stale}`, width));
  for (const note of q.result.notes) rows.push(...wrapped(note, width, MUTED, { text: '· ', roles: MUTED }));
  rows.push(...layoutResultTable(q.result, TABLE_START, { width, maxRows: QUERY_ROWS_SHOWN, scroll: false }).lines);
  if (q.agrees) {
    rows.push(...wrapped(`Same rows as the lab's reference query (${q.reference.result.rows.length}).`, width, ['success'], { text: '✓ ', roles: ['success'] }));
  } else {
    for (const f of q.findings) rows.push(...wrapped(f, width, ['warning'], { text: '! ', roles: ['warning'] }));
  }
  if (q.result.rows.length > QUERY_ROWS_SHOWN) {
    rows.push(...wrapped('Every row, and any other query: lakeflow-lab sql (or Home → SQL).', width, MUTED, { text: '  ', roles: MUTED }));
  }
  if (q.renamed.length > 0) {
    rows.push([]);
    rows.push(header('The same query on Databricks', width));
    const names = q.renamed.map(([lab, real]) => `${lab} is ${real}`).join(', ');
    rows.push(
      ...wrapped(
        `The real system.lakeflow.job_run_timeline has no ${q.renamed.map(([lab]) => lab).join(' or ')}: ${names}. A run longer than an hour is split into hourly rows there, and result_state is set only on the row that ends the run (${SYSTEM_TABLES_DOC}).`,
        width,
        [],
        { text: '  ' },
      ),
    );
    for (const line of highlight(q.realSql, 'sql')) rows.push(...guttered(line as PLine, width));
  }
  return rows;
}

export interface PassedNote {
  text: string;
  tone: 'warning' | 'success' | 'muted';
}

/**
 * The lines under a PASSED verdict for a SQL task: what running the query showed (it replaces the
 * cautions guessed from the query's text), or how to find out. The verdict itself is unchanged.
 */
export function passedQueryNotes(run: RunState<TaskQueryOutcome>, verdictAnswers: readonly string[] | undefined, runKey: string): { notes: PassedNote[]; replaceCautions: boolean } {
  if (run.status === 'done' && run.value.kind === 'ran' && verdictAnswers !== undefined && sameAnswers(run.value.run.answers, verdictAnswers)) {
    const q = run.value.run;
    if (q.agrees) {
      const n = q.reference.result.rows.length;
      const same = n === 1 ? 'the same row' : `the same ${n} rows`;
      return { notes: [{ text: `Run on the system tables, your query returns ${same} as the lab's reference query.`, tone: 'success' }], replaceCautions: true };
    }
    return {
      notes: [{ text: 'But on the system tables your query does not return what the task asks for:', tone: 'warning' }, ...q.findings.map((text) => ({ text, tone: 'warning' as const }))],
      replaceCautions: true,
    };
  }
  if (run.status === 'running') return { notes: [], replaceCautions: false };
  return { notes: [{ text: `${runKey} runs the query on the system tables: see what it returns on data like Databricks'.`, tone: 'muted' }], replaceCautions: false };
}
