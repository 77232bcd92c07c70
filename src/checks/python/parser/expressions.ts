// Expressions (acorn's expression.js): from star_expressions down to atoms, with CPython's
// invalid_* hints, number and string literals, lambda parameters and comprehension targets.

import type { Comprehension, Expr, Keyword, Param, Params } from '../ast';
import { ENDMARKER, NAME, NEWLINE, NUMBER, OP, STRING, tokenize } from '../lexer';
import { INT_MAX_STR_DIGITS, MAX_INT_BITS } from '../numbers';
import { ELLIPSIS, PyBytes, PyComplex } from '../values';
import { COMPARE_OPS, Fail, KEYWORDS, MAX_PARSER_LEVEL, ParserState, SOFT_KEYWORDS } from './state';
import { FStringParser, decodeEscapes, type FStringHost } from './string-literals';
import { functionScope } from './symtable';
import { exprName, invalidTarget, isBitwiseOrLevel, type TargetsKind } from './targets';

const BINARY_LEVEL: ReadonlyMap<string, number> = new Map([
  ['|', 0], ['^', 1], ['&', 2], ['<<', 3], ['>>', 3], ['+', 4], ['-', 4], ['*', 5], ['/', 5], ['//', 5], ['%', 5], ['@', 5],
]);
const EXPR_START_KEYWORDS = new Set(['True', 'False', 'None', 'lambda', 'not', 'await']);

interface Prefix {
  raw: boolean;
  bytes: boolean;
  f: boolean;
}

const SIMPLE_NAME = /^[ \t\f\n]*([A-Za-z_][A-Za-z0-9_]*)[ \t\f\n]*$/;

export class ExpressionParser extends ParserState {
  /** star_targets for `for` and comprehensions: parsed as bitwise_or items, then validated. */
  protected parseTargetList(kind: TargetsKind): Expr {
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

  protected parseParams(lambda: boolean): Params {
    const close = lambda ? ':' : ')';
    const seen = new Set<string>();
    const params: Params = { posonly: [], args: [], vararg: null, kwonly: [], kwarg: null };
    let sawStar = false;
    let sawDefault = false;
    while (!this.isOp(close)) {
      const line = this.line();
      if (params.kwarg) throw this.err('arguments cannot follow var-keyword argument', line);
      if (this.eatOp('/')) {
        if (params.args.length === 0) throw this.err('at least one argument must precede /', line);
        if (params.posonly.length > 0) throw this.err('/ may appear only once', line);
        if (sawStar) throw this.err('/ must be ahead of *', line);
        params.posonly = params.args;
        params.args = [];
      } else if (this.eatOp('**')) {
        params.kwarg = this.param(lambda, seen, line);
      } else if (this.eatOp('*')) {
        if (sawStar) throw this.err('* argument may appear only once', line);
        sawStar = true;
        if (!this.isOp(',') && !this.isOp(close)) params.vararg = this.param(lambda, seen, line);
        else if (this.isOp(close) || (this.isOp(',') && (this.isOpAt(1, close) || this.isOpAt(1, '**')))) {
          throw this.err('named arguments must follow bare *', line);
        }
      } else {
        const p = this.param(lambda, seen, line);
        if (this.eatOp('=')) p.default = this.parseExpression();
        if (sawStar) params.kwonly.push(p);
        else {
          if (p.default) sawDefault = true;
          else if (sawDefault) throw this.err('non-default argument follows default argument', line);
          params.args.push(p);
        }
      }
      if (!this.eatOp(',')) break;
    }
    if (!this.isOp(close)) throw this.generic();
    return params;
  }

  private isOpAt(k: number, v: string): boolean {
    const t = this.peekAt(k);
    return this.ty(t) === OP && this.va(t) === v;
  }

  private param(lambda: boolean, seen: Set<string>, line: number): Param {
    const name = this.expectName();
    if (seen.has(name)) this.compileError(`duplicate argument '${name}' in function definition`, line);
    seen.add(name);
    const annotation = !lambda && this.eatOp(':') ? this.parseExpression() : null;
    return { name, default: null, annotation, line };
  }

  protected startsWithExcludedAtom(): boolean {
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

  // ------------------------------------------------------------------ expressions

  protected parseStarExpressionsOrYield(): Expr {
    if (this.isKw('yield')) return this.parseYield();
    return this.parseStarExpressions();
  }

  protected parseYield(): Expr {
    const line = this.line();
    this.i++;
    if (this.eatKw('from')) this.parseExpression();
    else if (!this.atExprEnd()) this.parseStarExpressions();
    if (!this.inFunc) this.compileError("'yield' outside function", line);
    this.yields++;
    return { k: 'unsupported', line, what: 'yield' };
  }

  protected atExprEnd(): boolean {
    const t = this.peek();
    if (this.ty(t) === NEWLINE || this.ty(t) === ENDMARKER) return true;
    return this.ty(t) === OP && (this.va(t) === ')' || this.va(t) === ']' || this.va(t) === '}' || this.va(t) === ';' || this.va(t) === '=');
  }

  /** star_expressions: a tuple when there is a comma. */
  protected parseStarExpressions(): Expr {
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

  protected parseStarExpression(): Expr {
    if (this.isOp('*')) {
      const line = this.line();
      this.i++;
      return { k: 'starred', line, value: this.parseBitOr() };
    }
    return this.parseExpression();
  }

  protected parseStarNamedExpression(): Expr {
    if (this.isOp('*')) {
      const line = this.line();
      this.i++;
      return { k: 'starred', line, value: this.parseBitOr() };
    }
    return this.parseNamedExpression();
  }

  /** Whether the next token can begin an expression (used to end comma lists and for hints). */
  protected canStartExpression(allowStar = false): boolean {
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

  protected parseNamedExpression(): Expr {
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
  protected namedExpressionHints(startIdx: number, e: Expr): void {
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
  protected expressionHints(startIdx: number, a: Expr): void {
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

  protected parseLambda(): Expr {
    const line = this.line();
    this.i++;
    this.enter(1);
    const params = this.parseParams(true);
    this.expectColon();
    const savedLoop = this.inLoop;
    const yields = this.yields;
    this.inLoop = 0;
    this.inFunc++;
    const body = this.parseExpression();
    this.inFunc--;
    this.inLoop = savedLoop;
    this.leave(1);
    if (this.yields !== yields) return { k: 'unsupported', line, what: '`yield` in a lambda' };
    return { k: 'lambda', line, params, body, scope: functionScope(params, [{ k: 'return', line, value: body }]) };
  }

  protected parseDisjunction(): Expr {
    const first = this.parseConjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.parseConjunction());
    return { k: 'bool', line: first.line, op: 'or', values };
  }

  protected parseConjunction(): Expr {
    const first = this.parseInversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.parseInversion());
    return { k: 'bool', line: first.line, op: 'and', values };
  }

  protected parseInversion(): Expr {
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

  protected parseComparison(): Expr {
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

  protected compareOp(): string | null {
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
  protected parseBinary(level: number): Expr {
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

  protected parseBitOr(): Expr {
    return this.parseBinary(0);
  }

  protected parseFactor(): Expr {
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

  protected parsePower(): Expr {
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

  protected parsePrimary(): Expr {
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

  protected parseSlices(): Expr {
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

  protected parseSlice(): Expr {
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

  protected parseCallArgs(line: number): { args: Expr[]; keywords: Keyword[] } {
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

  protected parseComprehension(kind: 'list' | 'set' | 'dict' | 'gen', elt: Expr, value: Expr | null, line: number): Expr {
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

  protected parseAtom(): Expr {
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

  protected numberLiteral(text: string, line: number): Expr {
    const last = text.charCodeAt(text.length - 1);
    if (last === 106 || last === 74) {
      const body = text.slice(0, -1);
      return { k: 'const', line, value: new PyComplex(0, Number(body.indexOf('_') >= 0 ? body.split('_').join('') : body)) };
    }
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

  protected parseParen(): Expr {
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

  protected parseListDisplay(): Expr {
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
  protected checkUnparenthesizedTarget(first: Expr): void {
    if (this.noInvalid === 0 && (this.isKw('for') || (this.isKw('async') && this.va(this.peekAt(1)) === 'for'))) {
      throw this.err('did you forget parentheses around the comprehension target?', first.line);
    }
  }

  protected parseBraceDisplay(): Expr {
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
  protected checkDictValue(): void {
    if (this.isOp('}') || this.isOp(',')) throw this.err("expression expected after dictionary key and ':'");
  }

  protected parseDictRest(line: number, firstKey: Expr | null, firstValue: Expr | null): Expr {
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

  protected parseStrings(): Expr {
    const line = this.line();
    const parts: Expr[] = [];
    let text = '';
    let sawBytes = false;
    let bytesText = '';
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
        bytesText += prefix.raw ? body : (decodeEscapes(body, true, (m) => this.err(m, tokLine)) as string);
        continue;
      }
      sawStr = true;
      if (prefix.f) {
        isF = true;
        if (text) {
          parts.push({ k: 'const', line, value: text });
          text = '';
        }
        const fparts = new FStringParser(this.fstringHost, body, prefix.raw, tokLine).parse();
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
        const value = prefix.raw ? body : decodeEscapes(body, false, (m) => this.err(m, tokLine));
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
    if (sawBytes) return { k: 'const', line, value: new PyBytes(bytesText), kind: 'bytes' };
    if (isF) return { k: 'fstr', line, parts };
    return { k: 'const', line, value: text };
  }

  // ------------------------------------------------------------------ f-string support

  /** fstring_compile_expr: parses `(expr)` with a fresh tokenizer. */
  protected compileFStringExpr(text: string, line: number): Expr {
    const simple = SIMPLE_NAME.exec(text);
    if (simple && !KEYWORDS.has(simple[1] as string)) {
      // the common `{name}` needs no tokenizer
      const lead = text.slice(0, text.indexOf(simple[1] as string));
      return { k: 'name', line: line + (lead.split('\n').length - 1), id: simple[1] as string, paren: true };
    }
    const lex = tokenize('(' + text + ')');
    const sub = new ExpressionParser(lex.tokens, lex.error, true, line - 1);
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

  private readonly fstringHost: FStringHost = {
    compile: (text, line) => this.compileFStringExpr(text, line),
    err: (message, line) => this.err(message, line),
  };
}
