// Parser state shared by the statement and expression parsers (acorn's state.js and
// parseutil.js): the token cursor, CPython's error objects and its depth accounting.
//
// CPython parses twice: a fast pass, then (on failure) a pass with extra "invalid_*" rules that
// produce the friendly messages. This parser does one pass and applies those rules eagerly at
// the points where the code is already known to be invalid, which yields the same message for
// the common mistakes.

import type { Stmt } from '../ast';
import { DEDENT, ERRORTOKEN, INDENT, NAME, NEWLINE, OP, type LexError, type Tokens } from '../lexer';

export interface CompileError {
  type: string;
  message: string;
  line?: number;
}

export type ParseResult = { ok: true; body: Stmt[] } | { ok: false; error: CompileError };

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
export const SOFT_KEYWORDS = new Set(['_', 'match', 'case']);
export const AUG_OPS = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '>>=', '<<=', '&=', '^=', '|=', '@=']);
export const COMPARE_OPS = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** CPython: AST deeper than this fails with RecursionError during compilation. */
export const MAX_AST_DEPTH = 2990;
/** CPython's parser stack (MAXSTACK) in its own units; beyond it: MemoryError. */
export const MAX_PARSER_LEVEL = 6000;

/** Where a statement's expression sits in CPython's parser stack, in its own units. */
const PLEVEL_START = 32;

export class Fail {
  constructor(
    readonly type: string,
    readonly message: string,
    readonly line: number | undefined,
    /** True for tokenizer errors: they propagate through tentative parses. */
    readonly fromLexer = false,
  ) {}
}

export class ParserState {
  i = 0;
  furthest = 0;
  readonly compileErrors: Fail[] = [];
  /** Disables the eager invalid_* checks (CPython's expression_without_invalid). */
  protected noInvalid = 0;
  protected nest = 0;
  /** Starts where a statement's expression sits in CPython's parser stack. */
  protected plevel = PLEVEL_START;
  /** Furthest token fetched including tentative parses (CPython's p->fill after both passes). */
  protected furthestAll = 0;
  protected inLoop = 0;
  protected inFunc = 0;
  protected tooDeep = false;
  /** `yield` expressions seen so far (a function containing one is a generator). */
  protected yields = 0;

  constructor(
    protected readonly toks: Tokens,
    protected readonly lexError: LexError | null,
    /** Parsing the expression inside an f-string replacement field. */
    protected readonly fstringMode: boolean,
    /** Line offset for f-string sub-parsers. */
    protected readonly lineOffset: number,
  ) {}

  /** Picks the error CPython would report, given the tokenizer's view of the whole cell. */
  finalError(e: Fail): CompileError {
    const lexErr = this.lexError;
    // Only syntax errors from the parser are checked against the rest of the source.
    if (!e.fromLexer && lexErr && e.type !== 'MemoryError' && e.type !== 'RecursionError') {
      if (lexErr.hard) return { type: lexErr.type, message: lexErr.message, line: lexErr.line + this.lineOffset };
      if (lexErr.unclosedLine !== undefined) {
        const last = Math.min(Math.max(this.furthest, this.furthestAll), this.toks.count - 1);
        if (last >= 0 && this.li(last) > lexErr.unclosedLine) {
          return { type: lexErr.type, message: lexErr.message, line: lexErr.line + this.lineOffset };
        }
      }
    }
    return { type: e.type, message: e.message, line: e.line };
  }

  /**
   * The state every top-level statement of a cell starts in: not in a function, loop, tentative
   * parse or f-string, at depth 0, no recursion error recorded. A statement parsed from it
   * depends on nothing else but its tokens (StatementParser.parseFile).
   */
  protected atModuleTop(): boolean {
    return (
      this.nest === 0 &&
      this.plevel === PLEVEL_START &&
      this.noInvalid === 0 &&
      this.inLoop === 0 &&
      this.inFunc === 0 &&
      !this.tooDeep &&
      !this.fstringMode &&
      this.lineOffset === 0
    );
  }

  // ------------------------------------------------------------------ token access

  /** Validates a token index (recording how far the parser looked) and returns it. */
  protected tokAt(idx: number): number {
    if (idx > this.furthest) this.furthest = idx;
    const last = this.toks.count - 1;
    const i = idx < last ? idx : last;
    if (this.toks.types[i] === ERRORTOKEN) throw this.lexFail();
    return i;
  }

  protected ty(i: number): number {
    return this.toks.types[i] as number;
  }

  protected va(i: number): string {
    return this.toks.value(i);
  }

  protected li(i: number): number {
    return (this.toks.lines[i] as number) + this.lineOffset;
  }

  protected lexFail(): Fail {
    const e = this.lexError as LexError;
    if (this.fstringMode && !e.hard) {
      return new Fail(e.type, 'f-string: ' + e.message, e.line + this.lineOffset, true);
    }
    return new Fail(e.type, e.message, e.line + this.lineOffset, true);
  }

  /** Index of the current token. */
  protected peek(): number {
    return this.tokAt(this.i);
  }

  protected peekAt(k: number): number {
    return this.tokAt(this.i + k);
  }

  protected next(): number {
    const t = this.tokAt(this.i);
    this.i++;
    return t;
  }

  protected peekType(): number {
    return this.ty(this.tokAt(this.i));
  }

  protected isOp(v: string): boolean {
    const t = this.peek();
    return this.ty(t) === OP && this.va(t) === v;
  }

  protected isKw(v: string): boolean {
    const t = this.peek();
    return this.ty(t) === NAME && this.va(t) === v;
  }

  protected eatOp(v: string): boolean {
    if (this.isOp(v)) {
      this.i++;
      return true;
    }
    return false;
  }

  protected eatKw(v: string): boolean {
    if (this.isKw(v)) {
      this.i++;
      return true;
    }
    return false;
  }

  protected line(): number {
    return this.li(this.peek());
  }

  protected err(message: string, line?: number, type = 'SyntaxError'): Fail {
    const msg = this.fstringMode ? 'f-string: ' + message : message;
    return new Fail(type, msg, line ?? this.line());
  }

  /** The generic failure: "invalid syntax" at the furthest token reached. */
  protected generic(): Fail {
    const t = Math.min(this.furthest, this.toks.count - 1);
    if (this.ty(t) === INDENT) return new Fail('IndentationError', 'unexpected indent', this.li(t));
    if (this.ty(t) === DEDENT) return new Fail('IndentationError', 'unexpected unindent', this.li(t));
    return this.err('invalid syntax', this.li(t));
  }

  protected expectOp(v: string): number {
    if (!this.isOp(v)) throw this.generic();
    return this.next();
  }

  protected expectColon(): void {
    if (this.isOp(':')) {
      this.i++;
      return;
    }
    if (this.peekType() === NEWLINE) throw this.err("expected ':'");
    throw this.generic();
  }

  protected expectName(): string {
    const t = this.peek();
    if (this.ty(t) !== NAME || KEYWORDS.has(this.va(t))) throw this.generic();
    this.i++;
    return this.va(t);
  }

  protected compileError(message: string, line: number): void {
    this.compileErrors.push(new Fail('SyntaxError', message, line));
  }

  // ------------------------------------------------------------------ depth accounting

  protected enter(weight: number): void {
    this.nest++;
    this.plevel += weight;
    if (this.plevel > MAX_PARSER_LEVEL) throw new Fail('MemoryError', '', undefined);
    if (this.nest > MAX_AST_DEPTH) {
      throw new Fail('RecursionError', 'maximum recursion depth exceeded during compilation', undefined);
    }
  }

  protected leave(weight: number): void {
    this.nest--;
    this.plevel -= weight;
  }

  /**
   * A long chain (a+b+…, ---x, a.b.c…) makes a deep tree. CPython only notices when compiling,
   * after the whole cell parsed, so a later syntax error still wins: record, don't throw.
   */
  protected checkChain(len: number): void {
    if (this.nest + len > MAX_AST_DEPTH && !this.tooDeep) {
      this.tooDeep = true;
      this.compileErrors.push(new Fail('RecursionError', 'maximum recursion depth exceeded during compilation', undefined));
    }
  }

  /** Runs a tentative parse; parser failures are swallowed, tokenizer errors are not. */
  protected tryParse(fn: () => unknown): boolean {
    const saved = this.i;
    const savedFurthest = this.furthest;
    this.noInvalid++;
    try {
      fn();
      return true;
    } catch (e) {
      if (e instanceof Fail && !e.fromLexer) {
        this.i = saved;
        return false;
      }
      throw e;
    } finally {
      this.noInvalid--;
      this.furthestAll = Math.max(this.furthestAll, this.furthest);
      this.furthest = savedFurthest;
    }
  }
}
