// Task 7's live helper: the SQL query as it will run — the triple-quoted string of the TODO cell
// with the learner's text in its blanks — plus where each typed value sits, so the view can
// highlight the query and mark what the learner wrote.

import { BLANK, splitBlanks } from '../checks/engine';
import type { PracticeTask } from '../lessons/types';
import { readBlankValue } from '../checks/blank-value';
import { explainError } from '../checks/explain';

export interface SqlSpan {
  /** 0-based line of the preview text. */
  line: number;
  /** Column range in UTF-16 units of that line, end exclusive. */
  start: number;
  end: number;
  blank: number;
  /** Nothing typed yet: the span holds `______`. */
  empty: boolean;
}

export interface SqlPreview {
  /** The query, without the newline that follows the opening quotes and precedes the closing ones. */
  text: string;
  spans: SqlSpan[];
  /** Things that would change what runs, in words. */
  issues: string[];
}

/**
 * What Python makes of the text typed in one SQL blank: the engine's own words when the cell no
 * longer runs (a quote that ends the string), or what the query really holds when an escape
 * changed it. Null when the query holds exactly what was typed.
 */
function throughPython(task: PracticeTask, index: number, typed: string, label: string, variable: string | null): string | null {
  if (typed === '' || variable === null) return null;
  const value = readBlankValue(task, index, typed, variable);
  if (value.state === 'error') {
    const answers = task.blanks.map((b) => b.answer);
    answers[index] = typed;
    return `${label}: ${value.errorType}: ${explainError(value.errorType, value.message, { task, answers, blank: index })}`;
  }
  if (value.state === 'value' && value.text !== null && !value.text.includes(typed)) {
    return `${label}: Python reads a backslash as an escape, so the query does not hold ${typed} as typed.`;
  }
  return null;
}

export function isSqlTask(task: PracticeTask): boolean {
  return task.blanks.some((b) => b.kind === 'sql-text' || b.kind === 'sql-number');
}

/** Offsets of the triple-quoted strings of a cell: [contentStart, contentEnd, quote]. */
function tripleStrings(cell: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  const re = /("""|''')/g;
  let open: { at: number; quote: string } | null = null;
  for (let m = re.exec(cell); m !== null; m = re.exec(cell)) {
    const quote = m[1] as string;
    if (open === null) open = { at: m.index + 3, quote };
    else if (quote === open.quote) {
      out.push([open.at, m.index, quote]);
      open = null;
    }
  }
  return out;
}

export function sqlPreview(task: PracticeTask, answers: readonly string[]): SqlPreview | null {
  if (!isSqlTask(task)) return null;
  const cell = task.todoCell;
  // Where each blank starts in the template.
  const parts = splitBlanks(cell);
  const blankAt: number[] = [];
  let pos = 0;
  for (let i = 0; i < parts.length - 1; i++) {
    pos += (parts[i] as string).length;
    blankAt.push(pos);
    pos += BLANK.length;
  }
  const region = tripleStrings(cell).find(([s, e]) => blankAt.some((b) => b >= s && b < e));
  if (!region) return null;
  const [start, end] = region;
  // The variable the query is assigned to (`query_failed_runs = """`), read back through Python.
  const variable = /(\w+)\s*=\s*[rRuU]?(?:"""|''')\s*$/.exec(cell.slice(0, start))?.[1] ?? null;

  let text = '';
  const spans: Array<{ offset: number; length: number; blank: number; empty: boolean }> = [];
  const issues: string[] = [];
  let cursor = start;
  blankAt.forEach((at, i) => {
    if (at < start || at >= end) return;
    text += cell.slice(cursor, at);
    const typed = answers[i] ?? '';
    const shown = typed === '' ? BLANK : typed;
    spans.push({ offset: text.length, length: shown.length, blank: i, empty: typed === '' });
    text += shown;
    cursor = at + BLANK.length;
    const label = task.blanks[i]?.label ?? `blank ${i + 1}`;
    const issue = throughPython(task, i, typed, label, variable);
    if (issue !== null) issues.push(issue);
  });
  text += cell.slice(cursor, end);

  // The lab's query sits between a newline after the opening quotes and one before the closing ones.
  let cut = 0;
  if (text.startsWith('\n')) cut = 1;
  let body = text.slice(cut);
  if (body.endsWith('\n')) body = body.slice(0, -1);

  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let l = 0;
    while (l + 1 < lineStarts.length && (lineStarts[l + 1] as number) <= offset) l++;
    return l;
  };
  const out: SqlSpan[] = spans.map((s) => {
    const offset = s.offset - cut;
    const line = lineOf(offset);
    const col = offset - (lineStarts[line] as number);
    return { line, start: col, end: col + s.length, blank: s.blank, empty: s.empty };
  });
  return { text: body, spans: out, issues };
}
