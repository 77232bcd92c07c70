// One engine for all eight tasks: the lesson's TODO cell with the learner's text in place of each
// blank, then the verification cell, both verbatim, through the Python-subset interpreter. No check
// here knows a particular task, so the notebook's own asserts stay the single source of truth.
import type { PracticeTask } from '../lessons/types';
import type { Verdict } from './types';
import { runCells, type PyError } from './python/index';
import type { ParseResult } from './python/parser';
import type { Expr } from './python/ast';
import type { PyVal } from './python/values';
import { BUILTINS } from './python/builtins';
import { explainError } from './explain';
import { introspectAssert } from './introspect';
import { passCautions } from './cautions';
import { parseCellCached, parseCellOf } from './parse-cache';
import { parseTodoCell } from './todo-parse';

export const BLANK = '______';

export interface CheckOptions {
  /** What `datetime.now()` returns inside the cells (tests pin it; the app uses the real clock). */
  now?: Date;
}

/** Splits a TODO cell around its blanks; `parts.length === blanks + 1`. */
export function splitBlanks(todoCell: string): string[] {
  return todoCell.split(BLANK);
}

/**
 * splitBlanks, kept for the last few TODO cells: every check splits its task's cell again (to fill
 * it, to count its blanks, to find the blank on an error's line). Callers only read it.
 */
function blankParts(todoCell: string): readonly string[] {
  let parts = partsCache.get(todoCell);
  if (parts === undefined) {
    parts = splitBlanks(todoCell);
    if (partsCache.size >= 16) partsCache.clear();
    partsCache.set(todoCell, parts);
  }
  return parts;
}
const partsCache = new Map<string, readonly string[]>();

export function countBlanks(todoCell: string): number {
  return blankParts(todoCell).length - 1;
}

/** The TODO cell as the notebook would hold it after typing `answers` into its blanks. */
export function fillBlanks(todoCell: string, answers: readonly string[]): string {
  const parts = blankParts(todoCell);
  if (answers.length !== parts.length - 1) {
    throw new RangeError(`expected ${parts.length - 1} answers, got ${answers.length}`);
  }
  let out = parts[0] ?? '';
  for (let i = 0; i < answers.length; i++) out += answers[i] + (parts[i + 1] ?? '');
  return out;
}

/** Which blank a 1-based line of the filled TODO cell belongs to, if any (the first, when several share it). */
export function blankAtLine(todoCell: string, answers: readonly string[], line: number): number | null {
  return blanksAtLine(todoCell, answers, line)[0] ?? null;
}

/** Every blank whose typed text spans the 1-based line of the filled TODO cell. */
export function blanksAtLine(todoCell: string, answers: readonly string[], line: number): number[] {
  const parts = blankParts(todoCell);
  const found: number[] = [];
  let current = 1;
  for (let i = 0; i < answers.length; i++) {
    current += countNewlines(parts[i] ?? '');
    const start = current;
    current += countNewlines(answers[i] ?? '');
    if (line >= start && line <= current) found.push(i);
  }
  return found;
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
  const result = runCells([todo, task.verifyCell], { now: options.now, parse: parserFor(task, blankAnswers, todo), detail: true });
  const output = result.output;
  const error = result.error;
  if (!error) {
    return { outcome: 'passed', output, message: output[0] ?? '', explain: blankAnswers ? passCautions(task, blankAnswers) : [] };
  }
  if (error.type === 'AssertionError') {
    const explain = error.assertion ? explainAssert(error.assertion.test, error.assertion.values, assertSource(task, todo, error)) : [];
    return { outcome: 'failed', output, message: error.message, explain };
  }
  const cell = error.cell === 0 ? 'todo' : 'verify';
  const blank = blankAnswers !== null ? blameBlank(task, blankAnswers, error, options) : null;
  const verdict: Verdict = {
    outcome: 'error',
    output,
    errorType: error.type,
    pythonMessage: error.message,
    message: adviceFor(task, error, answers, blank, result.names ?? []),
    cell,
    explain: [],
  };
  if (error.line !== undefined) verdict.line = error.line;
  return verdict;
}

const BUILTIN_NAMES = [...BUILTINS.keys()];

// A class's batch fails the same way many times (the bench's 4,222 distinct answer sets fail 1,501
// distinct asserts and raise 916 distinct errors), so the explanations are remembered, each by
// exactly what it reads. Bounded: a memo that fills up starts again.
const MAX_MEMO = 2048;

function remember<V>(memo: Map<string, V>, key: string, make: () => V): V {
  let v = memo.get(key);
  if (v === undefined) {
    v = make();
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(key, v);
  }
  return v;
}

/**
 * introspectAssert, remembered per assert when every value it compared is a plain value (None,
 * bool, int, float, str), whose type and exact value are the key: introspectAssert reads nothing
 * else of them. Lists and other objects are explained afresh. A copy is returned each time.
 */
function explainAssert(test: Expr, values: readonly PyVal[], source: string): string[] {
  let key = source.length + ':' + source;
  for (const v of values) {
    const part = plainKey(v);
    if (part === null) return introspectAssert(test, values, source);
    key += '\0' + part;
  }
  let memo = assertMemo.get(test);
  if (memo === undefined) {
    memo = new Map();
    assertMemo.set(test, memo);
  }
  return remember(memo, key, () => introspectAssert(test, values, source)).slice();
}
let assertMemo = new WeakMap<Expr, Map<string, string[]>>();

/** Type and exact value of a plain value, or null for an object. */
function plainKey(v: PyVal): string | null {
  switch (typeof v) {
    case 'string':
      return 's' + v.length + ':' + v;
    case 'number':
      return 'f' + (Object.is(v, -0) ? '-0' : String(v));
    case 'bigint':
      return 'i' + String(v);
    case 'boolean':
      return v ? 'T' : 'F';
    default:
      return v === null ? 'N' : null;
  }
}

/**
 * explainError, remembered per task by what it reads: the error's type and message, the blame,
 * the text in the blamed blank, and (for a NameError's suggestion) the names defined.
 */
function adviceFor(task: PracticeTask, error: PyError, answers: readonly string[], blank: number | null, names: string[]): string {
  const typed = blank === null ? null : (answers[blank] ?? null);
  const key = JSON.stringify([error.type, error.message, blank, typed, error.type === 'NameError' ? names : null]);
  let memo = adviceMemo.get(task);
  if (memo === undefined) {
    memo = new Map();
    adviceMemo.set(task, memo);
  }
  return remember(memo, key, () => explainError(error.type, error.message, { task, answers, blank, names, builtins: BUILTIN_NAMES }));
}
let adviceMemo = new WeakMap<PracticeTask, Map<string, string>>();

/** The failed assert's line and the two after it (its text may go on), '' when its line is unknown. */
function assertSource(task: PracticeTask, todo: string, error: PyError): string {
  if (error.line === undefined) return '';
  const lines = error.cell === 0 ? todo.split('\n') : verifyLines(task);
  return lines.slice(error.line - 1, error.line + 2).join('\n');
}

/** Each task's verification cell split into lines, once (failed asserts are almost all there). */
const verifyLineCache = new WeakMap<PracticeTask, string[]>();
function verifyLines(task: PracticeTask): string[] {
  let lines = verifyLineCache.get(task);
  if (lines === undefined) {
    lines = task.verifyCell.split('\n');
    verifyLineCache.set(task, lines);
  }
  return lines;
}

/**
 * How the cells are parsed: the verification cell once per task, the TODO cell filled from blanks
 * through its chunks (todo-parse.ts), any other cell (a TODO cell as the learner edited it) whole
 * through the parse cache.
 */
function parserFor(task: PracticeTask, blankAnswers: readonly string[] | null, todo: string): (source: string) => ParseResult {
  return (source) => {
    if (source === task.verifyCell) return parseCellOf(task, source);
    if (blankAnswers !== null && source === todo) return parseTodoCell(task.todoCell, blankAnswers, todo);
    return parseCellCached(source);
  };
}


/**
 * The blank an error comes from. When the error's line holds one blank, that blank. Otherwise
 * (several blanks on the line, or an error the verification cell raises on a value a blank
 * produced) each typed blank is tried alone, the others holding their reference answers: the
 * blank that alone reproduces the same error is the one to blame. Null ("the cell") when no
 * single blank does.
 */
export function blameBlank(task: PracticeTask, answers: readonly string[], error: PyError, options: CheckOptions = {}): number | null {
  const onLine = error.cell === 0 && error.line !== undefined ? blanksAtLine(task.todoCell, answers, error.line) : [];
  if (onLine.length === 1) return onLine[0] as number;
  const candidates = onLine.length > 0 ? onLine : answers.map((_, i) => i);
  const reference = task.blanks.map((b) => b.answer);
  const culprits = candidates.filter((i) => {
    if (answers[i] === reference[i]) return false;
    const alone = trialError(task, i, answers[i] ?? '', options.now);
    return alone !== null && alone.type === error.type && alone.message === error.message && alone.cell === error.cell && alone.line === error.line;
  });
  return culprits.length === 1 ? (culprits[0] as number) : null;
}

/**
 * The error of the task's cells with `answer` in blank i and the reference answers in the others.
 * With a pinned clock (a batch, a test) it is remembered by (blank, instant, answer): nothing else
 * goes into the run.
 */
function trialError(task: PracticeTask, i: number, answer: string, now: Date | undefined): PyError | null {
  const run = (): PyError | null => {
    const trial = task.blanks.map((b) => b.answer);
    trial[i] = answer;
    const todo = fillBlanks(task.todoCell, trial);
    return runCells([todo, task.verifyCell], { now, parse: parserFor(task, trial, todo) }).error;
  };
  if (now === undefined) return run();
  let memo = trialMemo.get(task);
  if (memo === undefined) {
    memo = new Map();
    trialMemo.set(task, memo);
  }
  // The blank and the instant hold no NUL; the answer, whatever it holds, is the rest of the key.
  return remember(memo, `${i}\0${now.getTime()}\0${answer}`, run);
}
let trialMemo = new WeakMap<PracticeTask, Map<string, PyError | null>>();

/** For tests: forget every remembered explanation and blame trial. */
export function clearExplanationMemos(): void {
  assertMemo = new WeakMap();
  adviceMemo = new WeakMap();
  trialMemo = new WeakMap();
}

/** Explanation lines for a verdict: what an assert compared, notes on meaning, cautions (may be empty). */
export function explainLines(verdict: Verdict): string[] {
  return verdict.explain ?? [];
}

/** The notebook's verdict on `answers` and the lines that explain it, for report and drill. */
export function explainAnswers(task: PracticeTask, answers: readonly string[], options: CheckOptions = {}): { verdict: Verdict; explain: string[] } {
  const verdict = checkTask(task, answers, options);
  return { verdict, explain: explainLines(verdict) };
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
