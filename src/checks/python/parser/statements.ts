// Statements (acorn's statement.js): simple and compound statements, blocks and indentation,
// assignment targets and CPython's messages for invalid ones.

import type { Alias, Expr, Handler, Stmt } from '../ast';
import { functionScope } from './symtable';
import { DEDENT, ENDMARKER, ERRORTOKEN, INDENT, NAME, NEWLINE, OP } from '../lexer';
import { ExpressionParser } from './expressions';
import { AUG_OPS, Fail, KEYWORDS } from './state';
import { exprName, invalidTarget } from './targets';

/**
 * Top-level statements already parsed, keyed by their tokens (statementKey). parseCell takes one
 * to skip statements it has seen before: the checks engine's cells differ from one check to the
 * next only where the learner typed, so most of a TODO cell's statements repeat.
 */
export interface StatementCache {
  get(key: string): Stmt[] | undefined;
  set(key: string, stmts: Stmt[]): void;
}

export class StatementParser extends ExpressionParser {
  /**
   * The cell's statements. With a cache, a top-level statement whose tokens (up to its NEWLINE)
   * were parsed before takes that parse's statements; the result is the same as without: see
   * reusableStatement for why.
   */
  parseFile(cache?: StatementCache): Stmt[] {
    const body: Stmt[] = [];
    while (this.peekType() !== ENDMARKER) {
      if (cache === undefined || !this.atModuleTop()) {
        this.parseStatement(body);
        continue;
      }
      const start = this.i;
      const end = this.newlineFrom(start);
      const key = end < 0 ? null : this.statementKey(start, end);
      const hit = key === null ? undefined : cache.get(key);
      if (hit !== undefined) {
        for (const s of hit) body.push(s);
        this.i = end + 1;
        continue;
      }
      const from = body.length;
      const errors = this.compileErrors.length;
      this.parseStatement(body);
      if (key !== null && this.reusableStatement(end, errors)) cache.set(key, body.slice(from));
    }
    return body;
  }

  /**
   * parseFile, noting whether every top-level statement passed reusableStatement with no compile
   * error recorded: the statements then, null otherwise. The whole cell is parsed either way, so a
   * syntax error anywhere is thrown as parseFile throws it.
   */
  parseFileNoting(): Stmt[] | null {
    const body: Stmt[] = [];
    let reusable = true;
    while (this.peekType() !== ENDMARKER) {
      const end = reusable && this.atModuleTop() ? this.newlineFrom(this.i) : -1;
      const errors = this.compileErrors.length;
      this.parseStatement(body);
      if (end < 0 || !this.reusableStatement(end, errors)) reusable = false;
    }
    return reusable && this.compileErrors.length === 0 ? body : null;
  }

  /**
   * Whether the statement just parsed (from a module-top state up to token `end`, its NEWLINE) may
   * stand in for parsing the same tokens again. Its result is a function of the tokens it looked
   * at and of the parser's state when it started, so it may when:
   * - it started in the module-top state (atModuleTop, checked by the caller) and is back in it
   *   (depth, loop and function counters balanced);
   * - it consumed exactly the tokens up to `end` and looked at none beyond (furthest and
   *   furthestAll cover every token fetched, tentative parses included; a compound statement
   *   peeks past its block for `else`, so it is never kept);
   * - it recorded no compile error (those depend on the order of the whole cell's errors).
   * What a skipped statement would have left in the state: `furthest`/`furthestAll` at most
   * `end`, below any token a later statement fetches (the loop fetches its first one), so no later
   * error message changes; `yields` is only compared before and after one function or lambda.
   */
  private reusableStatement(end: number, errorsBefore: number): boolean {
    return (
      this.i === end + 1 &&
      this.compileErrors.length === errorsBefore &&
      this.furthest <= end &&
      this.furthestAll <= end &&
      this.atModuleTop()
    );
  }

  /** Index of the first NEWLINE token at or after `from` (-1 when there is none). */
  private newlineFrom(from: number): number {
    const types = this.toks.types;
    for (let k = from; k < this.toks.count; k++) {
      const t = types[k];
      if (t === NEWLINE) return k;
      if (t === ENDMARKER || t === ERRORTOKEN) return -1;
    }
    return -1;
  }

  /**
   * Everything the parser can read of tokens from..to: type, line and text of each (bracket
   * levels follow from the texts, a statement starting at level 0). No token text holds a NUL
   * (parseCell refuses such sources), so the NUL-separated fields cannot run into each other.
   */
  private statementKey(from: number, to: number): string {
    const { types, lines } = this.toks;
    let key = '';
    for (let k = from; k <= to; k++) key += String.fromCharCode(65 + (types[k] as number)) + (lines[k] as number) + '\0' + this.toks.value(k) + '\0';
    return key;
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


  private parseDef(): Stmt {
    const line = this.line();
    this.i++;
    const name = this.expectName();
    this.expectOp('(');
    const params = this.parseParams(false);
    this.expectOp(')');
    const returns = this.eatOp('->') ? this.parseExpression() : null;
    this.expectColon();
    const savedLoop = this.inLoop;
    const yields = this.yields;
    this.inLoop = 0;
    this.inFunc++;
    const body = this.parseBlock('function definition', line);
    this.inFunc--;
    this.inLoop = savedLoop;
    if (this.yields !== yields) return { k: 'unsupported', line, what: 'generator functions (`yield`)' };
    return { k: 'def', line, name, params, returns, body, scope: functionScope(params, body) };
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
    const body = this.parseBlock("'try' statement", line);
    const handlers: Handler[] = [];
    let star = false;
    while (this.isKw('except')) {
      const eline = this.line();
      this.i++;
      star = this.eatOp('*');
      let type: Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(':')) {
        type = this.parseExpression();
        if (this.eatOp(',')) {
          // `except A, B:` needs parentheses in Python 3
          this.parseExpression();
          throw this.err('multiple exception types must be parenthesized', eline);
        }
        if (this.eatKw('as')) name = this.expectName();
      }
      this.expectColon();
      const hbody = this.parseBlock(star ? "'except*' statement" : "'except' statement", eline);
      const previous = handlers[handlers.length - 1];
      if (previous && previous.type === null) this.compileError("default 'except:' must be last", previous.line);
      handlers.push({ line: eline, type, name, body: hbody });
    }
    const orelse = handlers.length > 0 ? this.parseElse() : [];
    let finalbody: Stmt[] = [];
    let fin = false;
    if (this.isKw('finally')) {
      const fline = this.line();
      this.i++;
      this.expectColon();
      finalbody = this.parseBlock("'finally' statement", fline);
      fin = true;
    }
    if (handlers.length === 0 && !fin) throw this.err("expected 'except' or 'finally' block");
    if (star) return { k: 'unsupported', line, what: '`except*`' };
    return { k: 'try', line, body, handlers, orelse, finalbody };
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
        case 'return': {
          this.i++;
          const value = this.atStmtEnd() ? null : this.parseStarExpressions();
          if (!this.inFunc) this.compileError("'return' outside function", line);
          return { k: 'return', line, value };
        }
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
            return { k: 'nonlocal', line, names };
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
}
