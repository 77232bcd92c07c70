// A recursive-descent parser for Python 3.11's grammar, split the way acorn splits its parser:
// state.ts (token cursor, errors, depth accounting), statements.ts, expressions.ts,
// targets.ts (what may be assigned to), string-literals.ts (escapes and f-strings).
// It accepts the full statement and expression syntax (so syntax errors are found as CPython
// finds them); constructs outside the trainer's subset become `unsupported` nodes that raise
// NotSupportedError only when executed.

import { tokenize } from '../lexer';
import type { Stmt } from '../ast';
import type { PyVal } from '../values';
import { type CompileError, Fail, type ParseResult } from './state';
import { type StatementCache, StatementParser } from './statements';
import { checkSymbols } from './symtable';

export type { CompileError, ParseResult } from './state';
export type { StatementCache } from './statements';

const PRECHECK = /[\0\ud800-\udfff]/;

/** Errors the parser records that CPython raises in its symbol-table pass. */
const SYMTABLE_MESSAGE = /^(nonlocal declaration not allowed|duplicate argument)/;

const asCompileError = (e: Fail): CompileError => ({ type: e.type, message: e.message, line: e.line });

/** The error on the lowest line (the first recorded among equals). */
function earliest(errors: CompileError[]): CompileError | undefined {
  let best: CompileError | undefined;
  for (const e of errors) if (!best || (e.line ?? 0) < (best.line ?? 0)) best = e;
  return best;
}

/**
 * Parses a cell as CPython 3.11's compile() would. `statements` (optional) keeps top-level
 * statements between calls: the same result, less work when cells share statements.
 */
export function parseCell(src: string, statements?: StatementCache): ParseResult {
  const refused = precheck(src);
  if (refused !== null) return refused;
  const lex = tokenize(src);
  const p = new StatementParser(lex.tokens, lex.error, false, 0);
  try {
    return finishParse(p.parseFile(statements), p.compileErrors);
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    return { ok: false, error: p.finalError(e) };
  }
}

/** What one parse of a cell says for reusing it (parseForReuse). */
export interface ReuseParse {
  /**
   * Its top-level statements, when it parses and each of them passes the parser's reuse test
   * (StatementParser.parseFileNoting: the same statements whatever cell they are part of, at the
   * same lines) with no compile error recorded; else null. No symbol-table pass: finishStatements
   * runs it on the whole cell these statements go into.
   */
  stmts: Stmt[] | null;
  /**
   * parseCell's result when the cell fails before its end is parsed: a check made before
   * tokenizing, or a syntax error the tokenizer or parser raises, which stops the parse there.
   * null when the cell is parsed to its end, whatever the result: compile errors recorded on the
   * way and the symbol-table pass then decide it, and they depend on every statement of the cell.
   */
  failure: ParseResult | null;
}

/** Parses `src` once for what todo-parse.ts reuses of it (ReuseParse). */
export function parseForReuse(src: string): ReuseParse {
  const refused = precheck(src);
  if (refused !== null) return { stmts: null, failure: refused };
  const lex = tokenize(src);
  const p = new StatementParser(lex.tokens, lex.error, false, 0);
  try {
    const body = p.parseFileNoting();
    return { stmts: body, failure: null };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    return { stmts: null, failure: { ok: false, error: p.finalError(e) } };
  }
}

/** parseForReuse's statements. */
export function reusableStatements(src: string): Stmt[] | null {
  return parseForReuse(src).stmts;
}

/** parseForReuse's failure. */
export function parseCellFailure(src: string): ParseResult | null {
  return parseForReuse(src).failure;
}

/** The checks CPython's compile() makes before tokenizing: their error, or null. */
function precheck(src: string): ParseResult | null {
  for (let i = PRECHECK.test(src) ? 0 : src.length; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 0) return { ok: false, error: { type: 'SyntaxError', message: 'source code string cannot contain null bytes' } };
    if (c >= 0xd800 && c <= 0xdfff) {
      const paired =
        c <= 0xdbff ? (src.charCodeAt(i + 1) & 0xfc00) === 0xdc00 : i > 0 && (src.charCodeAt(i - 1) & 0xfc00) === 0xd800;
      if (!paired) {
        const pos = Array.from(src.slice(0, i)).length;
        return {
          ok: false,
          error: {
            type: 'UnicodeEncodeError',
            message: `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${pos}: surrogates not allowed`,
          },
        };
      }
      if (c <= 0xdbff) i++;
    }
  }
  return null;
}

/** What parseCell makes of a cell's statements once they parsed, given the compile errors recorded. */
function finishParse(body: Stmt[], compileErrors: readonly Fail[]): ParseResult {
  const first = compileErrors[0];
  if (first && first.type !== 'SyntaxError') return { ok: false, error: { type: first.type, message: first.message, line: first.line } };
  // CPython's symbol-table pass runs before code generation: its errors win, then the
  // first code-generation error in source order.
  const sym = checkSymbols(body);
  const symtable = compileErrors.filter((e) => SYMTABLE_MESSAGE.test(e.message)).map(asCompileError);
  if (sym.symtable) symtable.push({ type: 'SyntaxError', ...sym.symtable });
  const codegen = compileErrors.filter((e) => !SYMTABLE_MESSAGE.test(e.message)).map(asCompileError);
  if (sym.codegen) codegen.push({ type: 'SyntaxError', ...sym.codegen });
  const chosen = earliest(symtable) ?? earliest(codegen);
  if (chosen) return { ok: false, error: chosen };
  return { ok: true, body };
}

/**
 * parseCell's result for a cell whose top-level statements, parsed, are `body` and recorded no
 * compile error: what is left is CPython's symbol-table pass over the whole cell.
 */
export function finishStatements(body: Stmt[]): ParseResult {
  return finishParse(body, []);
}

export type { PyVal };
