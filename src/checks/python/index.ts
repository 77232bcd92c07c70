// The Python-subset interpreter's public surface.

import type { Expr } from './ast';
import type { PyVal } from './values';
import { PyException } from './errors';
import { Interp } from './interp';
import { parseCell, type ParseResult } from './parser';

export interface PyError {
  /** Python exception class name, e.g. `NameError`, `SyntaxError`, `AssertionError`. */
  type: string;
  /** str(exc) as CPython 3.11 gives it (for AssertionError: the message, '' if none). */
  message: string;
  /** 0-based index of the cell that raised. */
  cell: number;
  /** 1-based line within that cell, when known. */
  line?: number;
  /** With `detail`, for a failed `assert`: its test and the values it compared, to explain the failure. */
  assertion?: { test: Expr; values: PyVal[] };
}

export interface RunOutcome {
  /** Printed text split into lines (a trailing newline does not add an empty line). */
  output: string[];
  /** The first uncaught exception, or null when every cell ran to the end. */
  error: PyError | null;
  /** With `detail`: the names the cells defined (globals), for CPython's "Did you mean" suggestions. */
  names?: string[];
}

export interface RunOptions {
  /** What `datetime.now()` returns (local time, naive). Defaults to the real clock. */
  now?: Date;
  /** Also return what explains a failure (PyError.assertion, RunOutcome.names). */
  detail?: boolean;
  /**
   * Parses a cell; defaults to parseCell. The checks engine passes a cache (src/checks/parse-cache.ts):
   * the interpreter never changes a syntax tree, so one tree can run any number of times.
   */
  parse?: (source: string) => ParseResult;
}

/**
 * Runs notebook cells in order in one shared namespace, like CPython 3.11 would. Each cell is
 * parsed whole before it runs; execution stops at the first uncaught exception. Never throws.
 * For SyntaxError (and its subclasses) `message` is the error's own text (`exc.msg`), without
 * CPython's "(<cell>, line N)" suffix; the line is in `line`.
 */
export function runCells(cells: string[], options: RunOptions = {}): RunOutcome {
  return run(cells, options).outcome;
}

function run(cells: string[], options: RunOptions): { outcome: RunOutcome; interp: Interp } {
  let interp: Interp | undefined;
  const outcome = runIn(cells, options, (created) => (interp = created));
  return { outcome, interp: interp as Interp };
}

function runIn(cells: string[], options: RunOptions, seen: (interp: Interp) => void): RunOutcome {
  const now = options.now ?? new Date();
  const interp = new Interp(Number.isNaN(now.getTime()) ? new Date(0) : now);
  seen(interp);
  const parse = options.parse ?? parseCell;
  for (let i = 0; i < cells.length; i++) {
    try {
      const parsed = parse(String(cells[i] ?? ''));
      if (!parsed.ok) {
        const { type, message, line } = parsed.error;
        return withNames({ output: interp.output(), error: withLine({ type, message, cell: i }, line) }, interp, options);
      }
      interp.line = 0;
      interp.runCell(parsed.body);
    } catch (e) {
      return withNames({ output: safeOutput(interp), error: toPyError(e, i, interp.line, options.detail === true) }, interp, options);
    }
  }
  return withNames({ output: interp.output(), error: null }, interp, options);
}

/** What `valueAfter` read: the expression's value, or the error that stopped the cells or it. */
export type ValueRead = { ok: true; value: PyVal } | { ok: false; error: PyError };

/**
 * Runs `cells` like runCells, then evaluates `expression` in their namespace: the value a cell
 * left behind, read by the same interpreter that judges it (for the live helpers). Never throws.
 */
export function valueAfter(cells: string[], expression: string, options: RunOptions = {}): ValueRead {
  const probe = '__lakeflow_value__';
  const { outcome, interp } = run([...cells, `${probe} = (${expression})`], options);
  if (outcome.error) return { ok: false, error: outcome.error };
  return { ok: true, value: interp.globals.get(probe) ?? null };
}

function withLine(err: PyError, line: number | undefined): PyError {
  if (line !== undefined && line > 0) err.line = line;
  return err;
}

function withNames(outcome: RunOutcome, interp: Interp, options: RunOptions): RunOutcome {
  if (options.detail === true) outcome.names = [...interp.globals.keys()];
  return outcome;
}

function toPyError(e: unknown, cell: number, line: number, withDetail: boolean): PyError {
  if (e instanceof PyException) {
    const err = withLine({ type: e.type, message: e.message, cell }, e.line ?? line);
    if (withDetail && e.assertion) err.assertion = e.assertion;
    return err;
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    // Only reachable through pathological nesting; CPython would also run out of stack.
    return withLine({ type: 'RecursionError', message: 'maximum recursion depth exceeded', cell }, line);
  }
  if (e instanceof RangeError && /Invalid (string|array|typed array) length|BigInt|Array buffer allocation/i.test(e.message)) {
    // A value the JS engine cannot hold: past the trainer's size cap, which is a MemoryError
    // here as in a CPython that runs out of memory. Kept as a net; the operations check first.
    return withLine({ type: 'MemoryError', message: '', cell }, line);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return withLine({ type: 'InternalError', message: `the trainer's Python engine failed: ${detail}`, cell }, line);
}

function safeOutput(interp: Interp): string[] {
  try {
    return interp.output();
  } catch {
    return [];
  }
}
