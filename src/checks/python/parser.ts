// A recursive-descent parser for Python 3.11's grammar. It accepts the full statement and
// expression syntax (so syntax errors are found as CPython finds them); constructs outside the
// trainer's subset become `unsupported` nodes that raise NotSupportedError only when executed.
//
// CPython parses twice: a fast pass, then (on failure) a pass with extra "invalid_*" rules that
// produce the friendly messages. This parser does one pass and applies those rules eagerly at
// the points where the code is already known to be invalid, which yields the same message for
// the common mistakes.

import type { Alias, Comprehension, Expr, Keyword, Stmt } from './ast';
import {
  DEDENT,
  ENDMARKER,
  ERRORTOKEN,
  INDENT,
  NAME,
  NEWLINE,
  NUMBER,
  OP,
  STRING,
  type LexError,
  type Tokens,
  tokenize,
} from './lexer';
import { ELLIPSIS, type PyVal } from './values';
import { INT_MAX_STR_DIGITS, MAX_INT_BITS } from './numbers';
import { UNICODE_NAMES } from './unicode-names';

export interface CompileError {
  type: string;
  message: string;
  line?: number;
}

export type ParseResult = { ok: true; body: Stmt[] } | { ok: false; error: CompileError };

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
const SOFT_KEYWORDS = new Set(['_', 'match', 'case']);
const AUG_OPS = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '>>=', '<<=', '&=', '^=', '|=', '@=']);
const COMPARE_OPS = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** CPython: AST deeper than this fails with RecursionError during compilation. */
const MAX_AST_DEPTH = 2990;
/** CPython's parser stack (MAXSTACK) in its own units; beyond it: MemoryError. */
const MAX_PARSER_LEVEL = 6000;

class Fail {
  constructor(
    readonly type: string,
    readonly message: string,
    readonly line: number | undefined,
    /** True for tokenizer errors: they propagate through tentative parses. */
    readonly fromLexer = false,
  ) {}
}

type TargetsKind = 'star' | 'del' | 'for';

/** _PyPegen_get_expr_name */
function exprName(e: Expr): string {
  switch (e.k) {
    case 'attr':
      return 'attribute';
    case 'sub':
      return 'subscript';
    case 'starred':
      return 'starred';
    case 'name':
      return 'name';
    case 'list':
      return 'list';
    case 'tuple':
      return 'tuple';
    case 'call':
      return 'function call';
    case 'bool':
    case 'bin':
      return 'expression';
    case 'unary':
      return 'expression';
    case 'comp':
      return e.kind === 'gen'
        ? 'generator expression'
        : e.kind === 'list'
          ? 'list comprehension'
          : e.kind === 'set'
            ? 'set comprehension'
            : 'dict comprehension';
    case 'dict':
      return 'dict literal';
    case 'set':
      return 'set display';
    case 'fstr':
    case 'fval':
      return 'f-string expression';
    case 'const':
      if (e.value === null && e.kind === undefined) return 'None';
      if (e.value === true) return 'True';
      if (e.value === false) return 'False';
      if (e.kind === 'ellipsis') return 'ellipsis';
      return 'literal';
    case 'cmp':
      return 'comparison';
    case 'ifexp':
      return 'conditional expression';
    case 'walrus':
      return 'named expression';
    case 'unsupported':
      return e.what === '`lambda`' ? 'lambda' : e.what === 'yield' ? 'yield expression' : e.what === 'await' ? 'await expression' : 'expression';
    default:
      return 'expression';
  }
}

/** _PyPegen_get_invalid_target */
function invalidTarget(e: Expr, kind: TargetsKind): Expr | null {
  switch (e.k) {
    case 'list':
    case 'tuple':
      for (const el of e.elts) {
        const bad = invalidTarget(el, kind);
        if (bad) return bad;
      }
      return null;
    case 'starred':
      if (kind === 'del') return e;
      return invalidTarget(e.value, kind);
    case 'cmp':
      if (kind === 'for') {
        if (e.ops[0] === 'in') return invalidTarget(e.left, kind);
        return null;
      }
      return e;
    case 'name':
    case 'sub':
    case 'attr':
      return null;
    default:
      return e;
  }
}

function isBitwiseOrLevel(e: Expr): boolean {
  if (e.paren) return true;
  switch (e.k) {
    case 'cmp':
    case 'bool':
    case 'ifexp':
    case 'walrus':
    case 'starred':
      return false;
    case 'unary':
      return e.op !== 'not';
    case 'tuple':
      return false;
    case 'unsupported':
      return e.what !== '`lambda`' && e.what !== 'yield';
    default:
      return true;
  }
}

interface Prefix {
  raw: boolean;
  bytes: boolean;
  f: boolean;
}

const PRECHECK = /[\0\ud800-\udfff]/;
const SIMPLE_NAME = /^[ \t\f\n]*([A-Za-z_][A-Za-z0-9_]*)[ \t\f\n]*$/;

export function parseCell(src: string): ParseResult {
  // Checks CPython's compile() makes before tokenizing.
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
  const lex = tokenize(src);
  const p = new Parser(lex.tokens, lex.error, false, 0);
  try {
    const body = p.parseFile();
    if (p.compileErrors.length > 0) {
      const e = p.compileErrors[0] as Fail;
      return { ok: false, error: { type: e.type, message: e.message, line: e.line } };
    }
    return { ok: true, body };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    return { ok: false, error: p.finalError(e) };
  }
}

class Parser {
  i = 0;
  furthest = 0;
  readonly compileErrors: Fail[] = [];
  /** Disables the eager invalid_* checks (CPython's expression_without_invalid). */
  private noInvalid = 0;
  private nest = 0;
  /** Starts where a statement's expression sits in CPython's parser stack. */
  private plevel = 32;
  /** Furthest token fetched including tentative parses (CPython's p->fill after both passes). */
  private furthestAll = 0;
  private inLoop = 0;
  private inFunc = 0;
  private tooDeep = false;

  constructor(
    private readonly toks: Tokens,
    private readonly lexError: LexError | null,
    /** Parsing the expression inside an f-string replacement field. */
    private readonly fstringMode: boolean,
    /** Line offset for f-string sub-parsers. */
    private readonly lineOffset: number,
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

  // ------------------------------------------------------------------ token access

  /** Validates a token index (recording how far the parser looked) and returns it. */
  private tokAt(idx: number): number {
    if (idx > this.furthest) this.furthest = idx;
    const last = this.toks.count - 1;
    const i = idx < last ? idx : last;
    if (this.toks.types[i] === ERRORTOKEN) throw this.lexFail();
    return i;
  }

  private ty(i: number): number {
    return this.toks.types[i] as number;
  }

  private va(i: number): string {
    return this.toks.value(i);
  }

  private li(i: number): number {
    return (this.toks.lines[i] as number) + this.lineOffset;
  }

  private lexFail(): Fail {
    const e = this.lexError as LexError;
    if (this.fstringMode && !e.hard) {
      return new Fail(e.type, 'f-string: ' + e.message, e.line + this.lineOffset, true);
    }
    return new Fail(e.type, e.message, e.line + this.lineOffset, true);
  }

  /** Index of the current token. */
  private peek(): number {
    return this.tokAt(this.i);
  }

  private peekAt(k: number): number {
    return this.tokAt(this.i + k);
  }

  private next(): number {
    const t = this.tokAt(this.i);
    this.i++;
    return t;
  }

  private peekType(): number {
    return this.ty(this.tokAt(this.i));
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return this.ty(t) === OP && this.va(t) === v;
  }

  private isKw(v: string): boolean {
    const t = this.peek();
    return this.ty(t) === NAME && this.va(t) === v;
  }

  private eatOp(v: string): boolean {
    if (this.isOp(v)) {
      this.i++;
      return true;
    }
    return false;
  }

  private eatKw(v: string): boolean {
    if (this.isKw(v)) {
      this.i++;
      return true;
    }
    return false;
  }

  private line(): number {
    return this.li(this.peek());
  }

  private err(message: string, line?: number, type = 'SyntaxError'): Fail {
    const msg = this.fstringMode ? 'f-string: ' + message : message;
    return new Fail(type, msg, line ?? this.line());
  }

  /** The generic failure: "invalid syntax" at the furthest token reached. */
  private generic(): Fail {
    const t = Math.min(this.furthest, this.toks.count - 1);
    if (this.ty(t) === INDENT) return new Fail('IndentationError', 'unexpected indent', this.li(t));
    if (this.ty(t) === DEDENT) return new Fail('IndentationError', 'unexpected unindent', this.li(t));
    return this.err('invalid syntax', this.li(t));
  }

  private expectOp(v: string): number {
    if (!this.isOp(v)) throw this.generic();
    return this.next();
  }

  private expectColon(): void {
    if (this.isOp(':')) {
      this.i++;
      return;
    }
    if (this.peekType() === NEWLINE) throw this.err("expected ':'");
    throw this.generic();
  }

  private expectName(): string {
    const t = this.peek();
    if (this.ty(t) !== NAME || KEYWORDS.has(this.va(t))) throw this.generic();
    this.i++;
    return this.va(t);
  }

  private compileError(message: string, line: number): void {
    this.compileErrors.push(new Fail('SyntaxError', message, line));
  }

  // ------------------------------------------------------------------ depth accounting

  private enter(weight: number): void {
    this.nest++;
    this.plevel += weight;
    if (this.plevel > MAX_PARSER_LEVEL) throw new Fail('MemoryError', '', undefined);
    if (this.nest > MAX_AST_DEPTH) {
      throw new Fail('RecursionError', 'maximum recursion depth exceeded during compilation', undefined);
    }
  }

  private leave(weight: number): void {
    this.nest--;
    this.plevel -= weight;
  }

  /**
   * A long chain (a+b+…, ---x, a.b.c…) makes a deep tree. CPython only notices when compiling,
   * after the whole cell parsed, so a later syntax error still wins: record, don't throw.
   */
  private checkChain(len: number): void {
    if (this.nest + len > MAX_AST_DEPTH && !this.tooDeep) {
      this.tooDeep = true;
      this.compileErrors.push(new Fail('RecursionError', 'maximum recursion depth exceeded during compilation', undefined));
    }
  }

  // ------------------------------------------------------------------ statements

  parseFile(): Stmt[] {
    const body: Stmt[] = [];
    while (this.peekType() !== ENDMARKER) this.parseStatement(body);
    return body;
  }

  private parseStatement(out: Stmt[]): void {
    const t = this.peek();
    if (this.ty(t) === NAME) {
      switch (this.va(t)) {
        case 'if':
          out.push(this.parseIf('if'));
          return;
        case 'while':
          out.push(this.parseWhile());
          return;
        case 'for':
          out.push(this.parseFor());
          return;
        case 'def':
          out.push(this.parseDef());
          return;
        case 'class':
          out.push(this.parseClass());
          return;
        case 'with':
          out.push(this.parseWith());
          return;
        case 'try':
          out.push(this.parseTry());
          return;
        case 'async': {
          const nt = this.peekAt(1);
          if (this.ty(nt) === NAME && (this.va(nt) === 'def' || this.va(nt) === 'with' || this.va(nt) === 'for')) {
            const line = this.line();
            this.i++;
            if (this.va(nt) === 'def') this.parseDef();
            else if (this.va(nt) === 'with') this.parseWith();
            else this.parseFor();
            out.push({ k: 'unsupported', line, what: `\`async ${this.va(nt)}\`` });
            return;
          }
          break;
        }
      }
    } else if (this.ty(t) === OP && this.va(t) === '@') {
      const line = this.line();
      while (this.eatOp('@')) {
        this.parseNamedExpression();
        if (this.peekType() !== NEWLINE) throw this.generic();
        this.i++;
      }
      if (this.isKw('def')) this.parseDef();
      else if (this.isKw('class')) this.parseClass();
      else if (this.isKw('async') && this.va(this.peekAt(1)) === 'def') {
        this.i++;
        this.parseDef();
      } else throw this.generic();
      out.push({ k: 'unsupported', line, what: 'decorators' });
      return;
    } else if (this.ty(t) === INDENT) {
      throw new Fail('IndentationError', 'unexpected indent', this.li(t));
    }
    this.parseSimpleStmts(out);
  }

  private parseSimpleStmts(out: Stmt[]): void {
    for (;;) {
      out.push(this.parseSimpleStmt());
      if (this.eatOp(';')) {
        if (this.peekType() === NEWLINE) {
          this.i++;
          return;
        }
        continue;
      }
      if (this.peekType() === NEWLINE) {
        this.i++;
        return;
      }
      throw this.generic();
    }
  }

  private parseBlock(what: string, headerLine: number): Stmt[] {
    if (this.peekType() === NEWLINE) {
      this.i++;
      const t = this.peek();
      if (this.ty(t) !== INDENT) {
        throw new Fail(
          'IndentationError',
          `expected an indented block after ${what} on line ${headerLine}`,
          this.li(t),
        );
      }
      this.i++;
      const body: Stmt[] = [];
      this.enter(1);
      while (this.peekType() !== DEDENT) this.parseStatement(body);
      this.leave(1);
      this.i++;
      return body;
    }
    const body: Stmt[] = [];
    this.parseSimpleStmts(body);
    return body;
  }

  private parseIf(kw: 'if' | 'elif'): Stmt {
    const line = this.line();
    this.i++;
    const test = this.parseNamedExpression();
    this.expectColon();
    const body = this.parseBlock(`'${kw}' statement`, line);
    let orelse: Stmt[] = [];
    if (this.isKw('elif')) orelse = [this.parseIf('elif')];
    else if (this.isKw('else')) {
      const eline = this.line();
      this.i++;
      this.expectColon();
      orelse = this.parseBlock("'else' statement", eline);
    }
    return { k: 'if', line, test, body, orelse };
  }

  private parseWhile(): Stmt {
    const line = this.line();
    this.i++;
    const test = this.parseNamedExpression();
    this.expectColon();
    this.inLoop++;
    const body = this.parseBlock("'while' statement", line);
    this.inLoop--;
    const orelse = this.parseElse();
    return { k: 'while', line, test, body, orelse };
  }

  private parseElse(): Stmt[] {
    if (!this.isKw('else')) return [];
    const eline = this.line();
    this.i++;
    this.expectColon();
    return this.parseBlock("'else' statement", eline);
  }

  private parseFor(): Stmt {
    const line = this.line();
    this.i++;
    const target = this.parseTargetList('for');
    if (!this.eatKw('in')) throw this.generic();
    const iter = this.parseStarExpressions();
    this.expectColon();
    this.inLoop++;
    const body = this.parseBlock("'for' statement", line);
    this.inLoop--;
    const orelse = this.parseElse();
    return { k: 'for', line, target, iter, body, orelse };
  }

  /** star_targets for `for` and comprehensions: parsed as bitwise_or items, then validated. */
  private parseTargetList(kind: TargetsKind): Expr {
    const line = this.line();
    const items: Expr[] = [];
    let trailingComma = false;
    for (;;) {
      if (this.isOp('*')) {
        const sl = this.line();
        this.i++;
        items.push({ k: 'starred', line: sl, value: this.parseBitOr() });
      } else items.push(this.parseBitOr());
      if (!this.isOp(',')) break;
      this.i++;
      trailingComma = true;
      const t = this.peek();
      if (this.ty(t) === NAME && this.va(t) === 'in') break;
      if (this.ty(t) === OP && (this.va(t) === '=' || this.va(t) === ':')) break;
      trailingComma = false;
    }
    const target: Expr = items.length === 1 && !trailingComma ? (items[0] as Expr) : { k: 'tuple', line, elts: items };
    const bad = invalidTarget(target, kind);
    if (bad) throw this.err(`cannot assign to ${exprName(bad)}`, bad.line);
    return target;
  }

  private parseParams(lambda: boolean): void {
    const close = lambda ? ':' : ')';
    const seen = new Set<string>();
    let line = this.line();
    while (!this.isOp(close)) {
      line = this.line();
      if (this.eatOp('/')) {
        // positional-only marker
      } else if (this.eatOp('**')) {
        this.paramName(lambda, seen, line);
      } else if (this.eatOp('*')) {
        if (!this.isOp(',') && !this.isOp(close)) this.paramName(lambda, seen, line);
      } else {
        this.paramName(lambda, seen, line);
        if (this.eatOp('=')) this.parseExpression();
      }
      if (!this.eatOp(',')) break;
    }
    if (!this.isOp(close)) throw this.generic();
  }

  private paramName(lambda: boolean, seen: Set<string>, line: number): void {
    const name = this.expectName();
    if (seen.has(name)) this.compileError(`duplicate argument '${name}' in function definition`, line);
    seen.add(name);
    if (!lambda && this.eatOp(':')) this.parseExpression();
  }

  private parseDef(): Stmt {
    const line = this.line();
    this.i++;
    this.expectName();
    this.expectOp('(');
    this.parseParams(false);
    this.expectOp(')');
    if (this.eatOp('->')) this.parseExpression();
    this.expectColon();
    const savedLoop = this.inLoop;
    this.inLoop = 0;
    this.inFunc++;
    this.parseBlock('function definition', line);
    this.inFunc--;
    this.inLoop = savedLoop;
    return { k: 'unsupported', line, what: '`def` (defining functions)' };
  }

  private parseClass(): Stmt {
    const line = this.line();
    this.i++;
    this.expectName();
    if (this.eatOp('(')) this.parseCallArgs(line);
    this.expectColon();
    const savedLoop = this.inLoop;
    const savedFunc = this.inFunc;
    this.inLoop = 0;
    this.inFunc = 0;
    this.parseBlock('class definition', line);
    this.inLoop = savedLoop;
    this.inFunc = savedFunc;
    return { k: 'unsupported', line, what: '`class`' };
  }

  private parseWith(): Stmt {
    const line = this.line();
    this.i++;
    const item = (): void => {
      this.parseExpression();
      if (this.eatKw('as')) {
        const t = this.parseBitOr();
        const bad = invalidTarget(t, 'star');
        if (bad) throw this.err(`cannot assign to ${exprName(bad)}`, bad.line);
      }
    };
    if (this.isOp('(')) {
      // parenthesized with-items or just an expression: parse as an expression first
      this.parseStarExpressions();
      if (this.eatKw('as')) this.parseBitOr();
      while (this.eatOp(',')) item();
    } else {
      item();
      while (this.eatOp(',')) item();
    }
    this.expectColon();
    this.parseBlock("'with' statement", line);
    return { k: 'unsupported', line, what: '`with`' };
  }

  private parseTry(): Stmt {
    const line = this.line();
    this.i++;
    this.expectColon();
    this.parseBlock("'try' statement", line);
    let handlers = 0;
    while (this.isKw('except')) {
      const eline = this.line();
      this.i++;
      const star = this.eatOp('*');
      if (!this.isOp(':')) {
        this.parseExpression();
        if (this.eatOp(',')) {
          // `except A, B:` needs parentheses in Python 3
          this.parseExpression();
          throw this.err('multiple exception types must be parenthesized', eline);
        }
        if (this.eatKw('as')) this.expectName();
      }
      this.expectColon();
      this.parseBlock(star ? "'except*' statement" : "'except' statement", eline);
      handlers++;
    }
    if (handlers > 0) this.parseElse();
    let fin = false;
    if (this.isKw('finally')) {
      const fline = this.line();
      this.i++;
      this.expectColon();
      this.parseBlock("'finally' statement", fline);
      fin = true;
    }
    if (handlers === 0 && !fin) throw this.err("expected 'except' or 'finally' block");
    return { k: 'unsupported', line, what: '`try`' };
  }

  private parseSimpleStmt(): Stmt {
    const t = this.peek();
    const line = this.li(t);
    if (this.ty(t) === NAME) {
      switch (this.va(t)) {
        case 'pass':
          this.i++;
          return { k: 'pass', line };
        case 'break':
          this.i++;
          if (!this.inLoop) this.compileError("'break' outside loop", line);
          return { k: 'break', line };
        case 'continue':
          this.i++;
          if (!this.inLoop) this.compileError("'continue' not properly in loop", line);
          return { k: 'continue', line };
        case 'return':
          this.i++;
          if (!this.atStmtEnd()) this.parseStarExpressions();
          if (!this.inFunc) this.compileError("'return' outside function", line);
          return { k: 'unsupported', line, what: '`return`' };
        case 'raise': {
          this.i++;
          let exc: Expr | null = null;
          let cause: Expr | null = null;
          if (!this.atStmtEnd()) {
            exc = this.parseExpression();
            if (this.eatKw('from')) cause = this.parseExpression();
          }
          return { k: 'raise', line, exc, cause };
        }
        case 'global':
        case 'nonlocal': {
          this.i++;
          const names = [this.expectName()];
          while (this.eatOp(',')) names.push(this.expectName());
          if (this.va(t) === 'nonlocal') {
            if (!this.inFunc) this.compileError('nonlocal declaration not allowed at module level', line);
            return { k: 'unsupported', line, what: '`nonlocal`' };
          }
          return { k: 'global', line, names };
        }
        case 'del': {
          this.i++;
          const targets: Expr[] = [];
          for (;;) {
            const e = this.parseBitOr();
            const bad = invalidTarget(e, 'del');
            if (bad) throw this.err(`cannot delete ${exprName(bad)}`, bad.line);
            targets.push(e);
            if (!this.eatOp(',')) break;
            if (this.atStmtEnd()) break;
          }
          return { k: 'del', line, targets };
        }
        case 'assert': {
          this.i++;
          const test = this.parseExpression();
          let msg: Expr | null = null;
          if (this.eatOp(',')) msg = this.parseExpression();
          return { k: 'assert', line, test, msg };
        }
        case 'import':
          return this.parseImport();
        case 'from':
          return this.parseFromImport();
      }
    }
    return this.parseExprOrAssign();
  }

  private atStmtEnd(): boolean {
    const t = this.peek();
    return this.ty(t) === NEWLINE || (this.ty(t) === OP && this.va(t) === ';');
  }

  private dottedName(): string {
    let name = this.expectName();
    while (this.eatOp('.')) name += '.' + this.expectName();
    return name;
  }

  private parseImport(): Stmt {
    const line = this.line();
    this.i++;
    const names: Alias[] = [];
    do {
      const name = this.dottedName();
      const asname = this.eatKw('as') ? this.expectName() : null;
      names.push({ name, asname });
    } while (this.eatOp(','));
    return { k: 'import', line, names };
  }

  private parseFromImport(): Stmt {
    const line = this.line();
    this.i++;
    let level = 0;
    for (;;) {
      if (this.eatOp('.')) level++;
      else if (this.eatOp('...')) level += 3;
      else break;
    }
    let module = '';
    if (!this.isKw('import')) module = this.dottedName();
    else if (level === 0) throw this.generic();
    if (!this.eatKw('import')) throw this.generic();
    const names: Alias[] = [];
    if (this.eatOp('*')) {
      names.push({ name: '*', asname: null });
    } else {
      const paren = this.eatOp('(');
      do {
        if (paren && this.isOp(')')) break;
        const name = this.expectName();
        const asname = this.eatKw('as') ? this.expectName() : null;
        names.push({ name, asname });
      } while (this.eatOp(','));
      if (paren) this.expectOp(')');
      else if (this.isOp(',')) throw this.err('trailing comma not allowed without surrounding parentheses');
    }
    return { k: 'importfrom', line, module, names, level };
  }

  private parseExprOrAssign(): Stmt {
    const startIdx = this.i;
    const line = this.line();
    const first = this.parseStarExpressionsOrYield();
    const t = this.peek();
    if (this.ty(t) === OP) {
      if (this.va(t) === '=') {
        const targets: Expr[] = [first];
        while (this.eatOp('=')) targets.push(this.parseStarExpressionsOrYield());
        const value = targets.pop() as Expr;
        if (value.k === 'starred') this.compileError("can't use starred expression here", value.line);
        for (const target of targets) {
          if (target.k === 'unsupported' && target.what === 'yield') {
            throw this.err('assignment to yield expression not possible', target.line);
          }
          const bad = invalidTarget(target, 'star');
          if (bad) throw this.assignmentError(startIdx, bad, first);
          this.checkStarredTarget(target);
        }
        return { k: 'assign', line, targets, value };
      }
      if (AUG_OPS.has(this.va(t))) {
        this.i++;
        const value = this.parseStarExpressionsOrYield();
        if (!(first.k === 'name' || first.k === 'attr' || first.k === 'sub')) {
          throw this.err(`'${exprName(first)}' is an illegal expression for augmented assignment`, first.line);
        }
        return { k: 'augassign', line, target: first, op: this.va(t).slice(0, -1), value };
      }
      if (this.va(t) === ':') {
        this.i++;
        if (first.k === 'tuple' || first.k === 'list') {
          throw this.err(`only single target (not ${first.k}) can be annotated`, first.line);
        }
        if (!(first.k === 'name' || first.k === 'attr' || first.k === 'sub')) {
          throw this.err('illegal target for annotation', first.line);
        }
        const annotation = this.parseExpression();
        let value: Expr | null = null;
        if (this.eatOp('=')) value = this.parseStarExpressionsOrYield();
        return { k: 'annassign', line, target: first, annotation, value, simple: first.k === 'name' && !first.paren };
      }
    }
    if (first.k === 'starred') throw this.err("can't use starred expression here", first.line);
    return { k: 'expr', line, value: first };
  }

  private checkStarredTarget(target: Expr): void {
    if (target.k === 'starred') {
      this.compileError('starred assignment target must be in a list or tuple', target.line);
      return;
    }
    if (target.k === 'tuple' || target.k === 'list') {
      let stars = 0;
      for (const e of target.elts) {
        if (e.k === 'starred') stars++;
        else this.checkStarredTarget(e);
      }
      if (stars > 1) this.compileError('multiple starred expressions in assignment', target.line);
    }
  }

  /** The message CPython's second pass produces for `<invalid target> = ...`. */
  private assignmentError(startIdx: number, bad: Expr, first: Expr): Fail {
    const saved = this.i;
    const savedFurthest = this.furthest;
    try {
      this.i = startIdx;
      if (first.k === 'tuple' && !first.paren && first.elts.length > 1) {
        // invalid_assignment parses the tuple's items as named expressions: the one
        // directly before '=' gets the hint.
        const last = first.elts[first.elts.length - 1] as Expr;
        const lastStart = this.findTokenIndex(last, startIdx);
        if (lastStart >= 0) startIdx = lastStart;
        this.i = startIdx;
      }
      const t0 = this.peek();
      // invalid_named_expression: NAME '=' bitwise_or !('='|':=')
      if (this.ty(t0) === NAME && !KEYWORDS.has(this.va(t0)) && this.ty(this.peekAt(1)) === OP && this.va(this.peekAt(1)) === '=') {
        this.i += 2;
        if (this.tryParse(() => this.parseBitOr()) && !this.isOp('=') && !this.isOp(':=')) {
          return this.err("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.li(t0));
        }
        this.i = startIdx;
      }
      // !(list|tuple|genexp|True|None|False) bitwise_or '=' bitwise_or !('='|':=')
      if (!this.startsWithExcludedAtom()) {
        let a: Expr | null = null;
        this.tryParse(() => {
          a = this.parseBitOr();
        });
        if (a !== null && this.isOp('=')) {
          this.i++;
          if (this.tryParse(() => this.parseBitOr()) && !this.isOp('=') && !this.isOp(':=')) {
            const ae = a as Expr;
            return this.err(`cannot assign to ${exprName(ae)} here. Maybe you meant '==' instead of '='?`, ae.line);
          }
        }
      }
    } catch (e) {
      if (e instanceof Fail && e.fromLexer) throw e;
    } finally {
      this.i = saved;
      this.furthest = Math.max(this.furthest, savedFurthest);
    }
    return this.err(`cannot assign to ${exprName(bad)}`, bad.line);
  }

  /** Index of the token where `e` starts: the first token after the last top-level comma of the first target. */
  private findTokenIndex(_e: Expr, from: number): number {
    let depth = 0;
    let lastComma = -1;
    for (let k = from; k < this.toks.count; k++) {
      const t = k;
      if (this.ty(t) !== OP) {
        if (this.ty(t) === NEWLINE || this.ty(t) === ENDMARKER || this.ty(t) === ERRORTOKEN) return -1;
        continue;
      }
      if (this.va(t) === '(' || this.va(t) === '[' || this.va(t) === '{') depth++;
      else if (this.va(t) === ')' || this.va(t) === ']' || this.va(t) === '}') depth--;
      else if (depth === 0 && this.va(t) === ',') lastComma = k;
      else if (depth === 0 && this.va(t) === '=') return lastComma >= 0 ? lastComma + 1 : -1;
    }
    return -1;
  }

  private startsWithExcludedAtom(): boolean {
    const t = this.peek();
    if (this.ty(t) === NAME) return this.va(t) === 'True' || this.va(t) === 'None' || this.va(t) === 'False';
    if (this.ty(t) !== OP) return false;
    if (this.va(t) !== '[' && this.va(t) !== '(') return false;
    const saved = this.i;
    let excluded = false;
    this.tryParse(() => {
      const e = this.parseAtom();
      excluded =
        (e.k === 'list') ||
        (e.k === 'tuple' && this.va(t) === '(') ||
        (e.k === 'comp' && e.kind === 'gen' && this.va(t) === '(');
    });
    this.i = saved;
    return excluded;
  }

  /** Runs a tentative parse; parser failures are swallowed, tokenizer errors are not. */
  private tryParse(fn: () => unknown): boolean {
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

  // ------------------------------------------------------------------ expressions

  private parseStarExpressionsOrYield(): Expr {
    if (this.isKw('yield')) return this.parseYield();
    return this.parseStarExpressions();
  }

  private parseYield(): Expr {
    const line = this.line();
    this.i++;
    if (this.eatKw('from')) this.parseExpression();
    else if (!this.atExprEnd()) this.parseStarExpressions();
    if (!this.inFunc) this.compileError("'yield' outside function", line);
    return { k: 'unsupported', line, what: 'yield' };
  }

  private atExprEnd(): boolean {
    const t = this.peek();
    if (this.ty(t) === NEWLINE || this.ty(t) === ENDMARKER) return true;
    return this.ty(t) === OP && (this.va(t) === ')' || this.va(t) === ']' || this.va(t) === '}' || this.va(t) === ';' || this.va(t) === '=');
  }

  /** star_expressions: a tuple when there is a comma. */
  private parseStarExpressions(): Expr {
    const line = this.line();
    const first = this.parseStarExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.canStartExpression(true)) break;
      elts.push(this.parseStarExpression());
    }
    return { k: 'tuple', line, elts };
  }

  private parseStarExpression(): Expr {
    if (this.isOp('*')) {
      const line = this.line();
      this.i++;
      return { k: 'starred', line, value: this.parseBitOr() };
    }
    return this.parseExpression();
  }

  private parseStarNamedExpression(): Expr {
    if (this.isOp('*')) {
      const line = this.line();
      this.i++;
      return { k: 'starred', line, value: this.parseBitOr() };
    }
    return this.parseNamedExpression();
  }

  /** Whether the next token can begin an expression (used to end comma lists and for hints). */
  private canStartExpression(allowStar = false): boolean {
    const t = this.peek();
    switch (this.ty(t)) {
      case NAME:
        return !KEYWORDS.has(this.va(t)) || EXPR_START_KEYWORDS.has(this.va(t));
      case NUMBER:
      case STRING:
        return true;
      case OP:
        return (
          this.va(t) === '(' || this.va(t) === '[' || this.va(t) === '{' || this.va(t) === '-' || this.va(t) === '+' ||
          this.va(t) === '~' || this.va(t) === '...' || (allowStar && this.va(t) === '*')
        );
      default:
        return false;
    }
  }

  private parseNamedExpression(): Expr {
    const t = this.peek();
    if (this.ty(t) === NAME && !KEYWORDS.has(this.va(t))) {
      const nt = this.peekAt(1);
      if (this.ty(nt) === OP && this.va(nt) === ':=') {
        const line = this.line();
        this.i += 2;
        const value = this.parseExpression();
        return { k: 'walrus', line, target: this.va(t), value };
      }
    }
    const startIdx = this.i;
    const e = this.parseExpression();
    if (this.noInvalid === 0 && this.isOp('=')) this.namedExpressionHints(startIdx, e);
    if (this.isOp(':=')) throw this.err(`cannot use assignment expressions with ${exprName(e)}`, e.line);
    return e;
  }

  /** invalid_named_expression, for a stray `=` where an expression is expected. */
  private namedExpressionHints(startIdx: number, e: Expr): void {
    const saved = this.i;
    const t0 = startIdx;
    if (e.k === 'name' && !e.paren && this.ty(t0) === NAME) {
      this.i++;
      const ok = this.tryParse(() => this.parseBitOr());
      if (ok && !this.isOp('=') && !this.isOp(':=')) {
        throw this.err("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.line);
      }
      this.i = saved;
      return;
    }
    if (isBitwiseOrLevel(e)) {
      this.i = startIdx;
      const excluded = this.startsWithExcludedAtom();
      this.i = saved + 1;
      const ok = this.tryParse(() => this.parseBitOr());
      if (!excluded && ok && !this.isOp('=') && !this.isOp(':=')) {
        throw this.err(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e.line);
      }
      this.i = saved;
    }
  }

  parseExpression(): Expr {
    const t = this.peek();
    if (this.ty(t) === NAME && this.va(t) === 'lambda') return this.parseLambda();
    const startIdx = this.i;
    this.enter(1);
    const a = this.parseDisjunction();
    if (this.noInvalid === 0 && this.canStartExpression()) this.expressionHints(startIdx, a);
    if (this.isKw('if')) {
      this.i++;
      const test = this.parseDisjunction();
      if (!this.isKw('else')) {
        if (!this.isOp(':') && this.noInvalid === 0) throw this.err("expected 'else' after 'if' expression", a.line);
        throw this.generic();
      }
      this.i++;
      const orelse = this.parseExpression();
      this.leave(1);
      return { k: 'ifexp', line: a.line, test, body: a, orelse };
    }
    this.leave(1);
    return a;
  }

  /** invalid_expression / invalid_legacy_expression: two expressions in a row. */
  private expressionHints(startIdx: number, a: Expr): void {
    const t0 = startIdx;
    const t1 = startIdx + 1 < this.toks.count ? startIdx + 1 : undefined;
    const saved = this.i;
    const isLegacy = a.k === 'name' && (a.id === 'print' || a.id === 'exec');
    if (isLegacy) {
      if (this.ty(t0) === NAME && !(t1 && this.ty(t1) === OP && this.va(t1) === '(')) {
        if (this.tryParse(() => this.parseStarExpressions())) {
          this.i = saved;
          const id = (a as { id: string }).id;
          throw this.err(`Missing parentheses in call to '${id}'. Did you mean ${id}(...)?`, a.line);
        }
      }
      this.i = saved;
      return;
    }
    if (this.ty(t0) === NAME && t1 && this.ty(t1) === STRING) return;
    if (this.ty(t0) === NAME && SOFT_KEYWORDS.has(this.va(t0))) return;
    if (this.tryParse(() => this.parseExpression())) {
      const last = this.i - 1;
      this.i = saved;
      if ((this.toks.levels[last] as number) > 0) throw this.err('invalid syntax. Perhaps you forgot a comma?', a.line);
    }
    this.i = saved;
  }

  private parseLambda(): Expr {
    const line = this.line();
    this.i++;
    this.enter(1);
    this.parseParams(true);
    this.expectColon();
    const savedLoop = this.inLoop;
    this.inLoop = 0;
    this.inFunc++;
    this.parseExpression();
    this.inFunc--;
    this.inLoop = savedLoop;
    this.leave(1);
    return { k: 'unsupported', line, what: '`lambda`' };
  }

  private parseDisjunction(): Expr {
    const first = this.parseConjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.parseConjunction());
    return { k: 'bool', line: first.line, op: 'or', values };
  }

  private parseConjunction(): Expr {
    const first = this.parseInversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.parseInversion());
    return { k: 'bool', line: first.line, op: 'and', values };
  }

  private parseInversion(): Expr {
    if (!this.isKw('not')) return this.parseComparison();
    // iterative, so long `not not not …` chains cannot exhaust the JS stack
    const lines: number[] = [];
    while (this.isKw('not')) {
      lines.push(this.line());
      this.i++;
      if (this.plevel + lines.length > MAX_PARSER_LEVEL) throw new Fail('MemoryError', '', undefined);
    }
    this.checkChain(lines.length);
    this.plevel += lines.length;
    this.nest += lines.length;
    let e = this.parseComparison();
    this.nest -= lines.length;
    this.plevel -= lines.length;
    for (let k = lines.length - 1; k >= 0; k--) e = { k: 'unary', line: lines[k] as number, op: 'not', operand: e };
    return e;
  }

  private parseComparison(): Expr {
    const left = this.parseBitOr();
    let op = this.compareOp();
    if (op === null) return left;
    const ops: string[] = [];
    const comparators: Expr[] = [];
    while (op !== null) {
      ops.push(op);
      comparators.push(this.parseBitOr());
      op = this.compareOp();
    }
    return { k: 'cmp', line: left.line, left, ops, comparators };
  }

  private compareOp(): string | null {
    const t = this.peek();
    if (this.ty(t) === OP) {
      if (COMPARE_OPS.has(this.va(t))) {
        this.i++;
        return this.va(t);
      }
      return null;
    }
    if (this.ty(t) !== NAME) return null;
    if (this.va(t) === 'in') {
      this.i++;
      return 'in';
    }
    if (this.va(t) === 'is') {
      this.i++;
      if (this.eatKw('not')) return 'is not';
      return 'is';
    }
    if (this.va(t) === 'not') {
      const nt = this.peekAt(1);
      if (this.ty(nt) === NAME && this.va(nt) === 'in') {
        this.i += 2;
        return 'not in';
      }
    }
    return null;
  }

  /** Binary operators by precedence level: 0 is `|`, 5 is `* / // % @`; level 6 is a factor. */
  private parseBinary(level: number): Expr {
    if (level === 6) return this.parseFactor();
    let left = this.parseBinary(level + 1);
    let len = 0;
    for (;;) {
      const t = this.peek();
      if (this.ty(t) !== OP || BINARY_LEVEL.get(this.va(t)) !== level) return left;
      this.i++;
      const right = this.parseBinary(level + 1);
      if (++len > 64) this.checkChain(len);
      left = { k: 'bin', line: left.line, op: this.va(t), left, right };
    }
  }

  private parseBitOr(): Expr {
    return this.parseBinary(0);
  }

  private parseFactor(): Expr {
    const t = this.peek();
    if (this.ty(t) !== OP || (this.va(t) !== '-' && this.va(t) !== '+' && this.va(t) !== '~')) return this.parsePower();
    const ops: number[] = [];
    for (;;) {
      const u = this.peek();
      if (this.ty(u) !== OP || (this.va(u) !== '-' && this.va(u) !== '+' && this.va(u) !== '~')) break;
      ops.push(u);
      this.i++;
      // each unary operator is one level of CPython's recursive parser
      if (this.plevel + ops.length > MAX_PARSER_LEVEL) throw new Fail('MemoryError', '', undefined);
    }
    this.checkChain(ops.length);
    this.plevel += ops.length;
    this.nest += ops.length;
    let e = this.parsePower();
    this.nest -= ops.length;
    this.plevel -= ops.length;
    for (let k = ops.length - 1; k >= 0; k--) {
      const u = ops[k] as number;
      e = { k: 'unary', line: this.li(u), op: this.va(u) as '-' | '+' | '~', operand: e };
    }
    return e;
  }

  private parsePower(): Expr {
    let base: Expr;
    if (this.isKw('await')) {
      const line = this.line();
      this.i++;
      this.parsePrimary();
      if (!this.inFunc) this.compileError("'await' outside function", line);
      base = { k: 'unsupported', line, what: 'await' };
    } else base = this.parsePrimary();
    if (!this.isOp('**')) return base;
    this.i++;
    this.enter(2);
    const right = this.parseFactor();
    this.leave(2);
    return { k: 'bin', line: base.line, op: '**', left: base, right };
  }

  private parsePrimary(): Expr {
    let e = this.parseAtom();
    let len = 0;
    for (;;) {
      const t = this.peek();
      if (this.ty(t) !== OP) return e;
      if (this.va(t) === '.') {
        this.i++;
        const name = this.expectName();
        e = { k: 'attr', line: e.line, value: e, attr: name };
      } else if (this.va(t) === '(') {
        this.i++;
        const line = this.li(t);
        const { args, keywords } = this.parseCallArgs(line);
        e = { k: 'call', line: e.line, func: e, args, keywords };
      } else if (this.va(t) === '[') {
        this.i++;
        const index = this.parseSlices();
        this.expectOp(']');
        e = { k: 'sub', line: e.line, value: e, index };
      } else return e;
      if (++len > 64) this.checkChain(len);
    }
  }

  private parseSlices(): Expr {
    const line = this.line();
    const first = this.parseSlice();
    if (!this.isOp(',')) return first.k === 'starred' ? { k: 'tuple', line, elts: [first] } : first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.parseSlice());
    }
    return { k: 'tuple', line, elts };
  }

  private parseSlice(): Expr {
    const line = this.line();
    if (this.isOp('*')) {
      this.i++;
      return { k: 'starred', line, value: this.parseBitOr() };
    }
    let lower: Expr | null = null;
    if (!this.isOp(':')) {
      lower = this.parseNamedExpression();
      if (!this.isOp(':')) return lower;
    }
    this.i++;
    let upper: Expr | null = null;
    let step: Expr | null = null;
    if (!this.isOp(':') && !this.isOp(']') && !this.isOp(',')) upper = this.parseExpression();
    if (this.eatOp(':')) {
      if (!this.isOp(']') && !this.isOp(',')) step = this.parseExpression();
    }
    return { k: 'slice', line, lower, upper, step };
  }

  private parseCallArgs(line: number): { args: Expr[]; keywords: Keyword[] } {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    const seen = new Set<string>();
    let sawKeyword = false;
    let sawDoubleStar = false;
    this.enter(1);
    while (!this.isOp(')')) {
      const t = this.peek();
      if (this.ty(t) === OP && this.va(t) === '**') {
        this.i++;
        keywords.push({ arg: null, value: this.parseExpression() });
        sawDoubleStar = true;
      } else if (this.ty(t) === OP && this.va(t) === '*') {
        const sl = this.line();
        this.i++;
        const value = this.parseExpression();
        if (sawDoubleStar) throw this.err('iterable argument unpacking follows keyword argument unpacking', sl);
        args.push({ k: 'starred', line: sl, value });
      } else {
        const nt = this.peekAt(1);
        if (this.ty(t) === NAME && this.ty(nt) === OP && this.va(nt) === '=' && !KEYWORDS.has(this.va(t))) {
          this.i += 2;
          const value = this.parseExpression();
          if (this.isKw('for')) {
            throw this.err("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.li(t));
          }
          if (seen.has(this.va(t))) this.compileError(`keyword argument repeated: ${this.va(t)}`, this.li(t));
          seen.add(this.va(t));
          keywords.push({ arg: this.va(t), value });
          sawKeyword = true;
        } else {
          if (this.ty(t) === NAME && (this.va(t) === 'True' || this.va(t) === 'False' || this.va(t) === 'None') && this.ty(nt) === OP && this.va(nt) === '=') {
            throw this.err(`cannot assign to ${this.va(t)}`, this.li(t));
          }
          const startIdx = this.i;
          let value: Expr;
          if (this.ty(t) === NAME && !KEYWORDS.has(this.va(t)) && this.ty(nt) === OP && this.va(nt) === ':=') {
            value = this.parseNamedExpression();
          } else {
            value = this.parseExpression();
          }
          if (this.isKw('for') || this.isKw('async')) {
            const gen = this.parseComprehension('gen', value, null, value.line);
            if (args.length > 0 || keywords.length > 0 || !this.isOp(')')) {
              if (this.isOp(',') && this.ty(this.peekAt(1)) === OP && this.va(this.peekAt(1)) === ')' && args.length === 0 && keywords.length === 0) {
                // f(x for x in y,) is allowed
              } else {
                throw this.err('Generator expression must be parenthesized', value.line);
              }
            }
            args.push(gen);
          } else {
            if (this.isOp('=')) {
              this.i = startIdx;
              const e = this.parseExpression();
              throw this.err('expression cannot contain assignment, perhaps you meant "=="?', e.line);
            }
            if (sawDoubleStar) throw this.err('positional argument follows keyword argument unpacking', value.line);
            if (sawKeyword) throw this.err('positional argument follows keyword argument', value.line);
            args.push(value);
          }
        }
      }
      if (!this.eatOp(',')) break;
    }
    this.leave(1);
    this.expectOp(')');
    void line;
    return { args, keywords };
  }

  private parseComprehension(kind: 'list' | 'set' | 'dict' | 'gen', elt: Expr, value: Expr | null, line: number): Expr {
    const gens: Comprehension[] = [];
    while (this.isKw('for') || (this.isKw('async') && this.va(this.peekAt(1)) === 'for')) {
      if (this.eatKw('async')) {
        // parsed, then refused at run time
        elt = { k: 'unsupported', line, what: '`async for`' };
      }
      this.i++;
      const target = this.parseTargetList('for');
      if (!this.eatKw('in')) throw this.generic();
      const iter = this.parseDisjunction();
      const ifs: Expr[] = [];
      while (this.eatKw('if')) ifs.push(this.parseDisjunction());
      gens.push({ target, iter, ifs });
    }
    return { k: 'comp', line, kind, elt, value, gens };
  }

  // ------------------------------------------------------------------ atoms

  private parseAtom(): Expr {
    const t = this.peek();
    const line = this.li(t);
    switch (this.ty(t)) {
      case NAME: {
        const v = this.va(t);
        if (KEYWORDS.has(v)) {
          if (v === 'True' || v === 'False') {
            this.i++;
            return { k: 'const', line, value: v === 'True' };
          }
          if (v === 'None') {
            this.i++;
            return { k: 'const', line, value: null };
          }
          throw this.generic();
        }
        this.i++;
        return { k: 'name', line, id: v };
      }
      case NUMBER:
        this.i++;
        return this.numberLiteral(this.va(t), line);
      case STRING:
        return this.parseStrings();
      case OP:
        switch (this.va(t)) {
          case '(':
            return this.parseParen();
          case '[':
            return this.parseListDisplay();
          case '{':
            return this.parseBraceDisplay();
          case '...':
            this.i++;
            return { k: 'const', line, value: ELLIPSIS, kind: 'ellipsis' };
        }
        throw this.generic();
      default:
        throw this.generic();
    }
  }

  private numberLiteral(text: string, line: number): Expr {
    const last = text.charCodeAt(text.length - 1);
    if (last === 106 || last === 74) return { k: 'unsupported', line, what: 'complex numbers' };
    const clean = text.indexOf('_') >= 0 ? text.split('_').join('') : text;
    const c1 = clean.charCodeAt(1);
    const isPrefixed = clean.length > 1 && clean.charCodeAt(0) === 48 && (c1 === 120 || c1 === 88 || c1 === 111 || c1 === 79 || c1 === 98 || c1 === 66);
    if (isPrefixed) {
      const digits = clean.length - 2;
      const bitsPerDigit = c1 === 120 || c1 === 88 ? 4 : c1 === 111 || c1 === 79 ? 3 : 1;
      if (digits * bitsPerDigit > MAX_INT_BITS + 4) return { k: 'unsupported', line, what: 'integer literals this large' };
      return { k: 'const', line, value: BigInt(clean) };
    }
    if (/^[0-9]+$/.test(clean)) {
      let start = 0;
      while (start < clean.length - 1 && clean.charCodeAt(start) === 48) start++;
      const nd = clean.length - start;
      if (nd > INT_MAX_STR_DIGITS) {
        throw this.err(
          `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${nd} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
          line,
        );
      }
      return { k: 'const', line, value: BigInt(clean.slice(start)) };
    }
    return { k: 'const', line, value: Number(clean) };
  }

  private parseParen(): Expr {
    const open = this.next();
    const line = this.li(open);
    this.enter(28);
    try {
      if (this.isOp(')')) {
        this.i++;
        return { k: 'tuple', line, elts: [], paren: true };
      }
      if (this.isKw('yield')) {
        const y = this.parseYield();
        this.expectOp(')');
        return { ...y, paren: true };
      }
      const first = this.parseStarNamedExpression();
      if (this.isKw('for') || this.isKw('async')) {
        if (first.k === 'starred') throw this.err('iterable unpacking cannot be used in comprehension', first.line);
        const comp = this.parseComprehension('gen', first, null, line);
        this.expectOp(')');
        return { ...comp, paren: true };
      }
      if (this.isOp(')')) {
        this.i++;
        if (first.k === 'starred') throw this.err('cannot use starred expression here', first.line);
        return { ...first, paren: true };
      }
      if (!this.isOp(',')) throw this.generic();
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.isOp(')')) break;
        elts.push(this.parseStarNamedExpression());
      }
      this.expectOp(')');
      return { k: 'tuple', line, elts, paren: true };
    } finally {
      this.leave(28);
    }
  }

  private parseListDisplay(): Expr {
    const open = this.next();
    const line = this.li(open);
    this.enter(28);
    try {
      if (this.eatOp(']')) return { k: 'list', line, elts: [] };
      const first = this.parseStarNamedExpression();
      if (this.isKw('for') || this.isKw('async')) {
        if (first.k === 'starred') throw this.err('iterable unpacking cannot be used in comprehension', first.line);
        const comp = this.parseComprehension('list', first, null, line);
        this.expectOp(']');
        return comp;
      }
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.isOp(']')) break;
        this.checkUnparenthesizedTarget(first);
        elts.push(this.parseStarNamedExpression());
      }
      this.checkUnparenthesizedTarget(first);
      this.expectOp(']');
      return { k: 'list', line, elts };
    } finally {
      this.leave(28);
    }
  }

  /** `[a, b for a, b in x]`: invalid_comprehension's hint. */
  private checkUnparenthesizedTarget(first: Expr): void {
    if (this.noInvalid === 0 && (this.isKw('for') || (this.isKw('async') && this.va(this.peekAt(1)) === 'for'))) {
      throw this.err('did you forget parentheses around the comprehension target?', first.line);
    }
  }

  private parseBraceDisplay(): Expr {
    const open = this.next();
    const line = this.li(open);
    this.enter(28);
    try {
      if (this.eatOp('}')) return { k: 'dict', line, keys: [], values: [] };
      if (this.isOp('**')) {
        const save = this.i;
        this.i++;
        if (this.tryParse(() => this.parseBitOr()) && this.isKw('for')) {
          throw this.err('dict unpacking cannot be used in dict comprehension', this.li(save));
        }
        this.i = save;
        return this.parseDictRest(line, null, null);
      }
      const first = this.parseStarNamedExpression();
      if (this.isOp(':') && first.k !== 'starred') {
        this.i++;
        this.checkDictValue();
        const value = this.parseExpression();
        if (this.isKw('for') || this.isKw('async')) {
          const comp = this.parseComprehension('dict', first, value, line);
          this.expectOp('}');
          return comp;
        }
        return this.parseDictRest(line, first, value);
      }
      if (this.isKw('for') || this.isKw('async')) {
        if (first.k === 'starred') throw this.err('iterable unpacking cannot be used in comprehension', first.line);
        const comp = this.parseComprehension('set', first, null, line);
        this.expectOp('}');
        return comp;
      }
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.isOp('}')) break;
        this.checkUnparenthesizedTarget(first);
        elts.push(this.parseStarNamedExpression());
      }
      this.checkUnparenthesizedTarget(first);
      this.expectOp('}');
      return { k: 'set', line, elts };
    } finally {
      this.leave(28);
    }
  }

  /** invalid_kvpair: `{1: }` */
  private checkDictValue(): void {
    if (this.isOp('}') || this.isOp(',')) throw this.err("expression expected after dictionary key and ':'");
  }

  private parseDictRest(line: number, firstKey: Expr | null, firstValue: Expr | null): Expr {
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    const item = (): void => {
      if (this.eatOp('**')) {
        keys.push(null);
        values.push(this.parseBitOr());
        return;
      }
      const k = this.parseExpression();
      if (!this.isOp(':')) {
        if (this.isOp('}') || this.isOp(',')) throw this.err("':' expected after dictionary key", k.line);
        throw this.generic();
      }
      this.i++;
      keys.push(k);
      this.checkDictValue();
      values.push(this.parseExpression());
    };
    if (firstValue !== null) {
      keys.push(firstKey);
      values.push(firstValue);
    } else item();
    while (this.eatOp(',')) {
      if (this.isOp('}')) break;
      item();
    }
    this.expectOp('}');
    return { k: 'dict', line, keys, values };
  }

  // ------------------------------------------------------------------ string literals

  private parseStrings(): Expr {
    const line = this.line();
    const parts: Expr[] = [];
    let text = '';
    let sawBytes = false;
    let sawStr = false;
    let isF = false;
    let unsupported: string | null = null;
    while (this.peekType() === STRING) {
      const tok = this.next();
      const raw = this.va(tok);
      let q = 0;
      while (raw[q] !== '"' && raw[q] !== "'") q++;
      const prefixText = raw.slice(0, q).toLowerCase();
      const prefix: Prefix = { raw: prefixText.includes('r'), bytes: prefixText.includes('b'), f: prefixText.includes('f') };
      const quoteLen = raw.startsWith(raw[q]!.repeat(3), q) && raw.length - q >= 6 ? 3 : 1;
      const body = raw.slice(q + quoteLen, raw.length - quoteLen);
      const tokLine = this.li(tok);
      if (prefix.bytes) {
        sawBytes = true;
        for (let k = 0; k < body.length; k++) {
          if (body.charCodeAt(k) >= 128) throw this.err('bytes can only contain ASCII literal characters', tokLine);
        }
        if (!prefix.raw) this.decodeEscapes(body, tokLine, true);
        unsupported = 'bytes literals';
        continue;
      }
      sawStr = true;
      if (prefix.f) {
        isF = true;
        if (text) {
          parts.push({ k: 'const', line, value: text });
          text = '';
        }
        const fparts = new FStringParser(this, body, prefix.raw, tokLine).parse();
        for (const fp of fparts) {
          if (fp.k === 'const' && typeof fp.value === 'string') {
            const prev = parts[parts.length - 1];
            if (prev && prev.k === 'const' && typeof prev.value === 'string') {
              parts[parts.length - 1] = { k: 'const', line, value: prev.value + fp.value };
              continue;
            }
          }
          parts.push(fp);
        }
      } else {
        const value = prefix.raw ? body : this.decodeEscapes(body, tokLine, false);
        if (value === null) unsupported = '`\\N{...}` escapes';
        else if (isF) {
          const prev = parts[parts.length - 1];
          if (prev && prev.k === 'const' && typeof prev.value === 'string') {
            parts[parts.length - 1] = { k: 'const', line, value: prev.value + value };
          } else parts.push({ k: 'const', line, value });
        } else text += value;
      }
    }
    if (sawBytes && sawStr) throw this.err('cannot mix bytes and nonbytes literals', line);
    if (unsupported) return { k: 'unsupported', line, what: unsupported };
    if (isF) return { k: 'fstr', line, parts };
    return { k: 'const', line, value: text };
  }

  /**
   * Decodes backslash escapes like CPython's decode_unicode_with_escapes. Returns null for
   * `\N{...}` (a valid name lookup needs the Unicode name database, which we do not ship).
   * Error positions count each non-ASCII character as 10 bytes, as CPython's do.
   */
  decodeEscapes(body: string, line: number, bytes: boolean): string | null {
    if (body.indexOf('\\') < 0) return body;
    let out = '';
    let i = 0;
    let bpos = 0;
    let named = false;
    const n = body.length;
    const fail = (start: number, end: number, msg: string): Fail => {
      const codec = bytes ? 'unicodeescape' : 'unicodeescape';
      const where = end - start === 1 ? `byte 0x5c in position ${start}` : `bytes in position ${start}-${end - 1}`;
      return this.err(`(unicode error) '${codec}' codec can't decode ${where}: ${msg}`, line);
    };
    while (i < n) {
      const c = body.charCodeAt(i);
      if (c !== 92) {
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
          out += body[i]! + body[i + 1]!;
          i += 2;
        } else {
          out += body[i];
          i++;
        }
        bpos += c >= 128 ? 10 : 1;
        continue;
      }
      const start = bpos;
      if (i + 1 >= n || body.charCodeAt(i + 1) >= 128) {
        out += '\\';
        i++;
        bpos += 6;
        continue;
      }
      const e = body[i + 1] as string;
      i += 2;
      bpos += 2;
      switch (e) {
        case '\n':
          break;
        case '\\':
          out += '\\';
          break;
        case "'":
          out += "'";
          break;
        case '"':
          out += '"';
          break;
        case 'a':
          out += '\x07';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'v':
          out += '\v';
          break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
          let v = e.charCodeAt(0) - 48;
          for (let k = 0; k < 2 && i < n; k++) {
            const d = body.charCodeAt(i);
            if (d < 48 || d > 55) break;
            v = v * 8 + (d - 48);
            i++;
            bpos++;
          }
          out += String.fromCharCode(bytes ? v & 0xff : v);
          break;
        }
        case 'x':
        case 'u':
        case 'U': {
          if (bytes && e !== 'x') {
            out += '\\' + e;
            break;
          }
          const count = e === 'x' ? 2 : e === 'u' ? 4 : 8;
          const msg = e === 'x' ? 'truncated \\xXX escape' : e === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
          let v = 0;
          for (let k = 0; k < count; k++) {
            const d = i < n ? body.charCodeAt(i) : -1;
            const hv = d >= 48 && d <= 57 ? d - 48 : d >= 97 && d <= 102 ? d - 87 : d >= 65 && d <= 70 ? d - 55 : -1;
            if (hv < 0) throw fail(start, bpos, bytes ? `invalid \\x escape at position ${start}` : msg);
            v = v * 16 + hv;
            i++;
            bpos++;
          }
          if (v > 0x10ffff) throw fail(start, bpos, 'illegal Unicode character');
          out += String.fromCodePoint(v);
          break;
        }
        case 'N': {
          if (bytes) {
            out += '\\N';
            break;
          }
          if (i < n && body[i] === '{') {
            const close = body.indexOf('}', i + 1);
            if (close > i + 1) {
              const name = body.slice(i + 1, close);
              const code = UNICODE_NAMES.get(name.toUpperCase());
              bpos += close + 1 - i;
              i = close + 1;
              if (code !== undefined) out += String.fromCodePoint(code);
              else if (!/^[A-Za-z0-9 -]+$/.test(name) || name.length > 100) {
                throw fail(start, bpos, 'unknown Unicode character name');
              } else named = true;
              break;
            }
            if (close < 0) {
              throw fail(start, bpos + (n - i), 'malformed \\N character escape');
            }
            throw fail(start, bpos + 1, 'malformed \\N character escape');
          }
          throw fail(start, bpos, 'malformed \\N character escape');
        }
        default:
          // Unknown escapes keep the backslash (a DeprecationWarning in 3.11).
          out += '\\' + e;
      }
    }
    return named ? null : out;
  }

  // ------------------------------------------------------------------ f-string support

  /** fstring_compile_expr: parses `(expr)` with a fresh tokenizer. */
  compileFStringExpr(text: string, line: number): Expr {
    const simple = SIMPLE_NAME.exec(text);
    if (simple && !KEYWORDS.has(simple[1] as string)) {
      // the common `{name}` needs no tokenizer
      const lead = text.slice(0, text.indexOf(simple[1] as string));
      return { k: 'name', line: line + (lead.split('\n').length - 1), id: simple[1] as string, paren: true };
    }
    const lex = tokenize('(' + text + ')');
    const sub = new Parser(lex.tokens, lex.error, true, line - 1);
    sub.inFunc = this.inFunc;
    sub.nest = this.nest;
    try {
      const e = sub.parseStarExpressions();
      if (sub.peekType() !== NEWLINE) throw sub.generic();
      for (const ce of sub.compileErrors) this.compileErrors.push(ce);
      return e.paren ? e : { ...e, paren: true };
    } catch (e) {
      if (!(e instanceof Fail)) throw e;
      const fe = sub.finalError(e);
      throw new Fail(fe.type, fe.message, fe.line ?? line);
    }
  }

  fstringError(message: string, line: number): Fail {
    return new Fail('SyntaxError', message, line);
  }
}

const BINARY_LEVEL: ReadonlyMap<string, number> = new Map([
  ['|', 0], ['^', 1], ['&', 2], ['<<', 3], ['>>', 3], ['+', 4], ['-', 4], ['*', 5], ['/', 5], ['//', 5], ['%', 5], ['@', 5],
]);
const EXPR_START_KEYWORDS = new Set(['True', 'False', 'None', 'lambda', 'not', 'await']);

/** A port of CPython 3.11's f-string scanner (Parser/string_parser.c). */
class FStringParser {
  private s = 0;
  constructor(
    private readonly p: Parser,
    private readonly body: string,
    private readonly raw: boolean,
    private readonly line: number,
  ) {}

  parse(): Expr[] {
    const parts: Expr[] = [];
    this.concat(parts, 0);
    return parts;
  }

  private fail(msg: string): never {
    throw this.p.fstringError(msg, this.line);
  }

  private addLiteral(parts: Expr[], chunk: string): void {
    if (chunk === '') return;
    const value = this.raw ? chunk : this.p.decodeEscapes(chunk, this.line, false);
    if (value === null) {
      parts.push({ k: 'unsupported', line: this.line, what: '`\\N{...}` escapes' });
      return;
    }
    const prev = parts[parts.length - 1];
    if (prev && prev.k === 'const' && typeof prev.value === 'string') {
      parts[parts.length - 1] = { k: 'const', line: this.line, value: prev.value + value };
    } else parts.push({ k: 'const', line: this.line, value });
  }

  private concat(parts: Expr[], recurse: number): void {
    const end = this.body.length;
    for (;;) {
      const r = this.findLiteral(parts, recurse);
      if (r === 1) continue;
      if (this.s >= end || this.body[this.s] === '}') break;
      parts.push(this.findExpr(recurse));
    }
    if (recurse === 0 && this.s < end - 1) this.fail('f-string: unexpected end of string');
    if (recurse !== 0 && this.body[this.s] !== '}') this.fail("f-string: expecting '}'");
  }

  /** Returns 1 when a doubled brace was consumed (scan again), else 0. */
  private findLiteral(parts: Expr[], recurse: number): number {
    const b = this.body;
    const end = b.length;
    let s = this.s;
    const literalStart = s;
    while (s < end) {
      let ch = b[s++] as string;
      if (!this.raw && ch === '\\' && s < end) {
        ch = b[s++] as string;
        if (ch === 'N') {
          if (s < end && b[s++] === '{') {
            while (s < end && b[s++] !== '}') {
              // skip the character name
            }
          }
          continue;
        }
      }
      if (ch === '{' || ch === '}') {
        if (recurse === 0) {
          if (s < end && b[s] === ch) {
            this.addLiteral(parts, b.slice(literalStart, s));
            this.s = s + 1;
            return 1;
          }
          if (ch === '}') {
            this.s = s - 1;
            this.fail("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    this.s = s;
    this.addLiteral(parts, b.slice(literalStart, s));
    return 0;
  }

  private findExpr(recurse: number): Expr {
    const b = this.body;
    const end = b.length;
    if (recurse >= 2) this.fail('f-string: expressions nested too deeply');
    this.s++; // the '{'
    const exprStart = this.s;
    let quoteChar = '';
    let stringType = 0;
    const parens: string[] = [];
    for (; this.s < end; this.s++) {
      const ch = b[this.s] as string;
      if (ch === '\\') this.fail('f-string expression part cannot include a backslash');
      if (quoteChar) {
        if (ch === quoteChar) {
          if (stringType === 3) {
            if (this.s + 2 < end && b[this.s + 1] === ch && b[this.s + 2] === ch) {
              this.s += 2;
              stringType = 0;
              quoteChar = '';
            }
          } else {
            stringType = 0;
            quoteChar = '';
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (this.s + 2 < end && b[this.s + 1] === ch && b[this.s + 2] === ch) {
          stringType = 3;
          this.s += 2;
        } else stringType = 1;
        quoteChar = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (parens.length >= 200) this.fail('f-string: too many nested parenthesis');
        parens.push(ch);
      } else if (ch === '#') {
        this.fail("f-string expression part cannot include '#'");
      } else if (parens.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
        if (this.s + 1 < end) {
          const nx = b[this.s + 1];
          if ((ch === '!' && nx === '=') || (ch === '=' && nx === '=') || (ch === '<' && nx === '=') || (ch === '>' && nx === '=')) {
            this.s++;
            continue;
          }
        }
        if (ch === '>' || ch === '<') continue;
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        if (parens.length === 0) this.fail(`f-string: unmatched '${ch}'`);
        const opening = parens.pop();
        if (!((opening === '(' && ch === ')') || (opening === '[' && ch === ']') || (opening === '{' && ch === '}'))) {
          this.fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
        }
      }
    }
    const exprEnd = this.s;
    if (quoteChar) this.fail('f-string: unterminated string');
    if (parens.length > 0) this.fail(`f-string: unmatched '${parens[parens.length - 1]}'`);
    if (this.s >= end) this.fail("f-string: expecting '}'");

    const text = b.slice(exprStart, exprEnd);
    if (/^[ \t\n\f]*$/.test(text)) {
      const stop = b[exprEnd] as string;
      if (stop === '!' || stop === ':' || stop === '=') this.fail(`f-string: expression required before '${stop}'`);
      this.fail('f-string: empty expression not allowed');
    }
    const newlinesBefore = b.slice(0, exprStart).split('\n').length - 1;
    const value = this.p.compileFStringExpr(text, this.line + newlinesBefore);

    let exprText: string | null = null;
    if (b[this.s] === '=') {
      this.s++;
      while (this.s < end && ' \t\n\r\f\v'.includes(b[this.s] as string)) this.s++;
      if (this.s >= end) this.fail("f-string: expecting '}'");
      exprText = b.slice(exprStart, this.s);
    }
    let conv = -1;
    if (b[this.s] === '!') {
      this.s++;
      if (this.s >= end) this.fail("f-string: expecting '}'");
      conv = b.charCodeAt(this.s);
      this.s++;
      if (!(conv === 115 || conv === 114 || conv === 97)) {
        this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    let spec: Expr | null = null;
    if (this.s < end && b[this.s] === ':') {
      this.s++;
      if (this.s >= end) this.fail("f-string: expecting '}'");
      const specParts: Expr[] = [];
      this.concat(specParts, recurse + 1);
      spec = { k: 'fstr', line: this.line, parts: specParts };
    }
    if (this.s >= end || b[this.s] !== '}') this.fail("f-string: expecting '}'");
    this.s++;
    if (exprText !== null && spec === null && conv === -1) conv = 114;
    const fval: Expr = { k: 'fval', line: value.line, value, conv, spec };
    if (exprText !== null) {
      return { k: 'fstr', line: this.line, parts: [{ k: 'const', line: this.line, value: exprText }, fval] };
    }
    return fval;
  }
}

export type { PyVal };
