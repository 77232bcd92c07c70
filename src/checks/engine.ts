// One engine for all eight tasks: the lesson's TODO cell with the learner's text in place of each
// blank, then the verification cell, both verbatim, through the Python-subset interpreter. No check
// here knows a particular task, so the notebook's own asserts stay the single source of truth.
import type { PracticeTask } from '../lessons/types';
import type { Verdict } from './types';
import { runCells } from './python/index';
import { explainError } from './explain';
import { parseCellCached } from './parse-cache';

export const BLANK = '______';

export interface CheckOptions {
  /** What `datetime.now()` returns inside the cells (tests pin it; the app uses the real clock). */
  now?: Date;
}

/** Splits a TODO cell around its blanks; `parts.length === blanks + 1`. */
export function splitBlanks(todoCell: string): string[] {
  return todoCell.split(BLANK);
}

export function countBlanks(todoCell: string): number {
  return splitBlanks(todoCell).length - 1;
}

/** The TODO cell as the notebook would hold it after typing `answers` into its blanks. */
export function fillBlanks(todoCell: string, answers: readonly string[]): string {
  const parts = splitBlanks(todoCell);
  if (answers.length !== parts.length - 1) {
    throw new RangeError(`expected ${parts.length - 1} answers, got ${answers.length}`);
  }
  let out = parts[0] ?? '';
  for (let i = 0; i < answers.length; i++) out += answers[i] + (parts[i + 1] ?? '');
  return out;
}

/** Which blank a 1-based line of the filled TODO cell belongs to, if any (for error pointers). */
export function blankAtLine(todoCell: string, answers: readonly string[], line: number): number | null {
  const parts = splitBlanks(todoCell);
  let current = 1;
  for (let i = 0; i < answers.length; i++) {
    current += countNewlines(parts[i] ?? '');
    const start = current;
    current += countNewlines(answers[i] ?? '');
    if (line >= start && line <= current) return i;
  }
  return null;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

export function checkTask(task: PracticeTask, answers: readonly string[], options: CheckOptions = {}): Verdict {
  return judgeCells(task, fillBlanks(task.todoCell, answers), answers, options);
}

/**
 * The verdict on a TODO cell as a notebook holds it, whatever the learner wrote in it (not only the
 * blanks), followed by the task's own verification cell. Errors are not pinned to a blank.
 */
export function checkCell(task: PracticeTask, todoCell: string, options: CheckOptions = {}): Verdict {
  return judgeCells(task, todoCell, null, options);
}

function judgeCells(task: PracticeTask, todo: string, blankAnswers: readonly string[] | null, options: CheckOptions): Verdict {
  const answers = blankAnswers ?? [];
  const result = runCells([todo, task.verifyCell], options.now ? { now: options.now, parse: parseCellCached } : { parse: parseCellCached });
  const output = result.output;
  const error = result.error;
  if (!error) {
    return { outcome: 'passed', output, message: output[0] ?? '' };
  }
  if (error.type === 'AssertionError') {
    return { outcome: 'failed', output, message: error.message };
  }
  const cell = error.cell === 0 ? 'todo' : 'verify';
  const blank =
    blankAnswers !== null && cell === 'todo' && error.line !== undefined ? blankAtLine(task.todoCell, answers, error.line) : null;
  const verdict: Verdict = {
    outcome: 'error',
    output,
    errorType: error.type,
    pythonMessage: error.message,
    message: explainError(error.type, error.message, { task, answers, blank }),
    cell,
  };
  if (error.line !== undefined) verdict.line = error.line;
  return verdict;
}

/** The notebook-style line for a verdict: what the cell's output area would end with. */
export function verdictHeadline(verdict: Verdict): string {
  switch (verdict.outcome) {
    case 'passed':
      return verdict.message;
    case 'failed':
      return verdict.message === '' ? 'AssertionError' : `AssertionError: ${verdict.message}`;
    case 'error':
      return verdict.pythonMessage === '' ? verdict.errorType : `${verdict.errorType}: ${verdict.pythonMessage}`;
  }
}
