// The checks CPython makes after parsing, while it builds the symbol table (Python/symtable.c)
// and generates code (compile.c's forbidden_name): `global` after a use or an assignment,
// assignment expressions that rebind a comprehension's iteration variable or sit in its
// iterable, and binding `__debug__`. A symbol-table error wins over a code-generation error,
// whatever their order in the source.

import type { Comprehension, Expr, FuncScope, Params, Stmt } from '../ast';

export interface SymtableError {
  message: string;
  line: number;
}

const USE = 1;
const DEF_LOCAL = 2;
const DEF_ANNOT = 4;
const DEF_GLOBAL = 8;
const DEF_COMP_ITER = 16;
const DEF_PARAM = 32;
const DEF_NONLOCAL = 64;

interface Scope {
  syms: Map<string, number>;
  /** The function's own scope analysis (null for the module and comprehensions). */
  fn: FuncScope | null;
  comprehension: boolean;
  /** Inside a comprehension's iterable expression (ste_comp_iter_expr). */
  iterExpr: number;
  /** Visiting a comprehension's target (ste_comp_iter_target). */
  iterTarget: boolean;
}

class Found {
  constructor(readonly error: SymtableError) {}
}

class Walker {
  private readonly stack: Scope[] = [{ syms: new Map(), fn: null, comprehension: false, iterExpr: 0, iterTarget: false }];
  /** `nonlocal` without a binding in an enclosing function (found after the whole pass). */
  unbound: SymtableError | null = null;
  /** First code-generation error (binding __debug__), reported when the symbol table is clean. */
  debugError: SymtableError | null = null;

  private get cur(): Scope {
    return this.stack[this.stack.length - 1] as Scope;
  }

  private fail(message: string, line: number): never {
    throw new Found({ message, line });
  }

  private debug(name: string, line: number, del = false): void {
    if (name === '__debug__' && this.debugError === null) {
      this.debugError = { message: del ? 'cannot delete __debug__' : 'cannot assign to __debug__', line };
    }
  }

  private addDef(name: string, flag: number, line: number): void {
    const s = this.cur;
    let val = s.syms.get(name) ?? 0;
    if (s.iterTarget) {
      if (val & DEF_GLOBAL) this.fail(`comprehension inner loop cannot rebind assignment expression target '${name}'`, line);
      val |= DEF_COMP_ITER;
    }
    s.syms.set(name, val | flag);
  }

  stmts(body: Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: Stmt): void {
    switch (s.k) {
      case 'expr':
        this.expr(s.value);
        return;
      case 'assign':
        for (const t of s.targets) this.target(t, false);
        this.expr(s.value);
        return;
      case 'augassign':
        if (s.target.k === 'name') this.debug(s.target.id, s.target.line);
        this.store(s.target, false, true);
        this.expr(s.value);
        return;
      case 'annassign':
        if (s.target.k === 'name') {
          this.debug(s.target.id, s.target.line);
          const cur = this.cur.syms.get(s.target.id) ?? 0;
          if (cur & DEF_GLOBAL && s.simple) this.fail(`annotated name '${s.target.id}' can't be global`, s.line);
          this.addDef(s.target.id, s.simple ? DEF_ANNOT | (s.value ? DEF_LOCAL : 0) : DEF_LOCAL, s.line);
        } else this.target(s.target, false);
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        return;
      case 'assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'del':
        for (const t of s.targets) this.target(t, true);
        return;
      case 'import':
      case 'importfrom':
        for (const a of s.names) this.debug(a.asname ?? (a.name.split('.')[0] as string), s.line);
        return;
      case 'if':
      case 'while':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'for':
        this.target(s.target, false);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'global':
      case 'nonlocal': {
        const kind = s.k;
        for (const name of s.names) {
          const cur = this.cur.syms.get(name) ?? 0;
          if (cur & DEF_PARAM) this.fail(`name '${name}' is parameter and ${kind}`, s.line);
          if (cur & DEF_ANNOT) this.fail(`annotated name '${name}' can't be ${kind}`, s.line);
          if (cur & USE) this.fail(`name '${name}' is used prior to ${kind} declaration`, s.line);
          if (cur & DEF_LOCAL) this.fail(`name '${name}' is assigned to before ${kind} declaration`, s.line);
          this.cur.syms.set(name, cur | (kind === 'global' ? DEF_GLOBAL : DEF_NONLOCAL));
          if (kind === 'nonlocal' && this.unbound === null && !this.enclosingBinds(name)) {
            this.unbound = { message: `no binding for nonlocal '${name}' found`, line: s.line };
          }
        }
        return;
      }
      case 'def':
        this.debug(s.name, s.line);
        this.defaults(s.params);
        if (s.returns) this.expr(s.returns);
        this.addDef(s.name, DEF_LOCAL, s.line);
        this.func(s.params, s.scope, () => this.stmts(s.body));
        return;
      case 'return':
        if (s.value) this.expr(s.value);
        return;
      case 'try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) {
            this.debug(h.name, h.line);
            this.addDef(h.name, DEF_LOCAL, h.line);
          }
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      default:
        return;
    }
  }

  /** An assignment or del target. */
  private target(t: Expr, del: boolean): void {
    if (t.k === 'name') this.debug(t.id, t.line, del);
    else if (t.k === 'attr' && !del) this.debug(t.attr, t.line);
    else if (t.k === 'tuple' || t.k === 'list') {
      for (const e of t.elts) this.target(e, del);
      return;
    } else if (t.k === 'starred') {
      this.target(t.value, del);
      return;
    }
    this.store(t, del, false);
  }

  private store(t: Expr, _del: boolean, _aug: boolean): void {
    if (t.k === 'name') this.addDef(t.id, DEF_LOCAL, t.line);
    else this.expr(t, true);
  }

  private expr(e: Expr, storeCtx = false): void {
    switch (e.k) {
      case 'name':
        if (!storeCtx) this.addDef(e.id, USE, e.line);
        return;
      case 'bin':
        this.expr(e.left);
        this.expr(e.right);
        return;
      case 'unary':
        this.expr(e.operand);
        return;
      case 'bool':
        for (const v of e.values) this.expr(v);
        return;
      case 'cmp':
        this.expr(e.left);
        for (const c of e.comparators) this.expr(c);
        return;
      case 'ifexp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        return;
      case 'call':
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        for (const k of e.keywords) {
          if (k.arg !== null) this.debug(k.arg, k.value.line);
          this.expr(k.value);
        }
        return;
      case 'attr':
        this.expr(e.value);
        return;
      case 'sub':
        this.expr(e.value);
        this.expr(e.index);
        return;
      case 'slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        return;
      case 'list':
      case 'tuple':
      case 'set':
        for (const x of e.elts) {
          if (storeCtx) this.target(x, false);
          else this.expr(x);
        }
        return;
      case 'dict':
        for (const k of e.keys) if (k) this.expr(k);
        for (const v of e.values) this.expr(v);
        return;
      case 'starred':
        if (storeCtx) this.target(e.value, false);
        else this.expr(e.value);
        return;
      case 'fstr':
        for (const p of e.parts) this.expr(p);
        return;
      case 'fval':
        this.expr(e.value);
        if (e.spec) this.expr(e.spec);
        return;
      case 'walrus':
        this.walrus(e);
        return;
      case 'comp':
        this.comprehension(e);
        return;
      case 'lambda':
        this.defaults(e.params);
        this.func(e.params, e.scope, () => this.expr(e.body));
        return;
      default:
        return;
    }
  }

  /** Defaults and annotations run in the enclosing scope, when the function is defined. */
  private defaults(p: Params): void {
    for (const a of [...p.posonly, ...p.args]) if (a.default) this.expr(a.default);
    for (const a of p.kwonly) if (a.default) this.expr(a.default);
    for (const a of allParams(p)) if (a.annotation) this.expr(a.annotation);
  }

  private func(p: Params, fn: FuncScope, body: () => void): void {
    this.stack.push({ syms: new Map(), fn, comprehension: false, iterExpr: 0, iterTarget: false });
    for (const a of allParams(p)) {
      this.debug(a.name, a.line);
      this.cur.syms.set(a.name, DEF_PARAM);
    }
    body();
    this.stack.pop();
  }

  /** Whether a function around the current one binds `name` (what `nonlocal` needs). */
  private enclosingBinds(name: string): boolean {
    for (let i = this.stack.length - 2; i >= 0; i--) {
      const fn = (this.stack[i] as Scope).fn;
      if (fn && fn.locals.has(name)) return true;
    }
    return false;
  }

  private walrus(e: Expr & { k: 'walrus' }): void {
    const name = e.target;
    for (const s of this.stack) {
      if (s.iterExpr > 0) this.fail('assignment expression cannot be used in a comprehension iterable expression', e.line);
    }
    if (this.cur.comprehension) {
      for (let i = this.stack.length - 1; i >= 0; i--) {
        const s = this.stack[i] as Scope;
        if (!s.comprehension) break;
        if ((s.syms.get(name) ?? 0) & DEF_COMP_ITER) {
          this.fail(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e.line);
        }
      }
      this.cur.syms.set(name, (this.cur.syms.get(name) ?? 0) | DEF_GLOBAL);
    }
    this.expr(e.value);
    this.debug(name, e.line);
    if (!this.cur.comprehension) this.addDef(name, DEF_LOCAL, e.line);
    else {
      // the name binds in the nearest enclosing function (a global at module level)
      for (let i = this.stack.length - 1; i >= 0; i--) {
        const sc = this.stack[i] as Scope;
        if (sc.comprehension) continue;
        if (sc.fn) sc.syms.set(name, (sc.syms.get(name) ?? 0) | DEF_LOCAL);
        break;
      }
    }
  }

  private comprehension(e: Expr & { k: 'comp' }): void {
    const outer = e.gens[0] as Comprehension;
    this.cur.iterExpr++;
    this.expr(outer.iter);
    this.cur.iterExpr--;
    this.stack.push({ syms: new Map(), fn: null, comprehension: true, iterExpr: 0, iterTarget: false });
    this.compTarget(outer.target);
    for (const c of outer.ifs) this.expr(c);
    for (let i = 1; i < e.gens.length; i++) {
      const g = e.gens[i] as Comprehension;
      this.compTarget(g.target);
      this.cur.iterExpr++;
      this.expr(g.iter);
      this.cur.iterExpr--;
      for (const c of g.ifs) this.expr(c);
    }
    if (e.value) this.expr(e.value);
    this.expr(e.elt);
    this.stack.pop();
  }

  private compTarget(t: Expr): void {
    this.cur.iterTarget = true;
    this.target(t, false);
    this.cur.iterTarget = false;
  }
}

/**
 * The first error CPython's symbol table pass raises for a cell that parsed, else the first
 * `__debug__` binding (code generation), else null.
 */
export function checkSymbols(body: Stmt[]): { symtable: SymtableError | null; codegen: SymtableError | null } {
  const w = new Walker();
  try {
    w.stmts(body);
  } catch (e) {
    if (e instanceof Found) return { symtable: e.error, codegen: null };
    if (e instanceof RangeError) return { symtable: null, codegen: null };
    throw e;
  }
  if (w.unbound) return { symtable: w.unbound, codegen: null };
  return { symtable: null, codegen: w.debugError };
}

/**
 * True when `body` holds none of what the Walker above fails or records at: `global`/`nonlocal`
 * statements, assignment expressions, comprehension targets, names bound to `__debug__` (no
 * identifier `__debug__` at all). checkSymbols then finds nothing in a cell made only of such
 * statements (not so beside others: `x = 1` before a `global x` is an error). Keep in step with
 * the Walker.
 */
export function symbolsInert(body: readonly Stmt[]): boolean {
  try {
    return body.every(inertStmt);
  } catch (e) {
    if (e instanceof RangeError) return false;
    throw e;
  }
}

const DEBUG = '__debug__';

function inertStmt(s: Stmt): boolean {
  switch (s.k) {
    case 'global':
    case 'nonlocal':
      return false;
    case 'expr':
      return inertExpr(s.value);
    case 'assign':
      return s.targets.every(inertExpr) && inertExpr(s.value);
    case 'augassign':
      return inertExpr(s.target) && inertExpr(s.value);
    case 'annassign':
      return inertExpr(s.target) && inertExpr(s.annotation) && (s.value === null || inertExpr(s.value));
    case 'assert':
      return inertExpr(s.test) && (s.msg === null || inertExpr(s.msg));
    case 'del':
      return s.targets.every(inertExpr);
    case 'import':
    case 'importfrom':
      return s.names.every((a) => a.name !== DEBUG && a.asname !== DEBUG && (a.name.split('.')[0] as string) !== DEBUG);
    case 'if':
    case 'while':
      return inertExpr(s.test) && s.body.every(inertStmt) && s.orelse.every(inertStmt);
    case 'for':
      return inertExpr(s.target) && inertExpr(s.iter) && s.body.every(inertStmt) && s.orelse.every(inertStmt);
    case 'raise':
      return (s.exc === null || inertExpr(s.exc)) && (s.cause === null || inertExpr(s.cause));
    case 'def':
      return s.name !== DEBUG && inertParams(s.params) && (s.returns === null || inertExpr(s.returns)) && s.body.every(inertStmt);
    case 'return':
      return s.value === null || inertExpr(s.value);
    case 'try':
      return (
        s.body.every(inertStmt) &&
        s.handlers.every((h) => h.name !== DEBUG && (h.type === null || inertExpr(h.type)) && h.body.every(inertStmt)) &&
        s.orelse.every(inertStmt) &&
        s.finalbody.every(inertStmt)
      );
    case 'pass':
    case 'break':
    case 'continue':
    case 'unsupported':
      return true;
  }
}

function inertParams(p: Params): boolean {
  return allParams(p).every((a) => a.name !== DEBUG && (a.annotation === null || inertExpr(a.annotation))) &&
    [...p.posonly, ...p.args, ...p.kwonly].every((a) => a.default === null || inertExpr(a.default));
}

function inertExpr(e: Expr): boolean {
  switch (e.k) {
    case 'walrus':
    case 'comp':
      return false;
    case 'name':
      return e.id !== DEBUG;
    case 'const':
    case 'unsupported':
      return true;
    case 'bin':
      return inertExpr(e.left) && inertExpr(e.right);
    case 'unary':
      return inertExpr(e.operand);
    case 'bool':
      return e.values.every(inertExpr);
    case 'cmp':
      return inertExpr(e.left) && e.comparators.every(inertExpr);
    case 'ifexp':
      return inertExpr(e.test) && inertExpr(e.body) && inertExpr(e.orelse);
    case 'call':
      return inertExpr(e.func) && e.args.every(inertExpr) && e.keywords.every((k) => k.arg !== DEBUG && inertExpr(k.value));
    case 'attr':
      return e.attr !== DEBUG && inertExpr(e.value);
    case 'sub':
      return inertExpr(e.value) && inertExpr(e.index);
    case 'slice':
      return (e.lower === null || inertExpr(e.lower)) && (e.upper === null || inertExpr(e.upper)) && (e.step === null || inertExpr(e.step));
    case 'list':
    case 'tuple':
    case 'set':
      return e.elts.every(inertExpr);
    case 'dict':
      return e.keys.every((k) => k === null || inertExpr(k)) && e.values.every(inertExpr);
    case 'starred':
      return inertExpr(e.value);
    case 'fstr':
      return e.parts.every(inertExpr);
    case 'fval':
      return inertExpr(e.value) && (e.spec === null || inertExpr(e.spec));
    case 'lambda':
      return inertParams(e.params) && inertExpr(e.body);
  }
}

export function allParams(p: Params): { name: string; line: number; annotation: Expr | null }[] {
  const out = [...p.posonly, ...p.args];
  if (p.vararg) out.push(p.vararg);
  out.push(...p.kwonly);
  if (p.kwarg) out.push(p.kwarg);
  return out;
}

/** The names a function body binds, minus those it declares global or nonlocal (symtable's analysis). */
export function functionScope(params: Params, body: Stmt[]): FuncScope {
  const scope: FuncScope = { locals: new Set(allParams(params).map((a) => a.name)), globals: new Set(), nonlocals: new Set() };
  const bind = (t: Expr): void => {
    if (t.k === 'name') scope.locals.add(t.id);
    else if (t.k === 'tuple' || t.k === 'list') t.elts.forEach(bind);
    else if (t.k === 'starred') bind(t.value);
  };
  // walrus targets bind in the function, even inside comprehensions (not inside lambdas)
  const walk = (e: Expr | null): void => {
    if (e === null) return;
    if (e.k === 'walrus') scope.locals.add(e.target);
    if (e.k === 'lambda') {
      for (const a of [...e.params.posonly, ...e.params.args, ...e.params.kwonly]) walk(a.default);
      return;
    }
    walkChildren(e);
  };
  const walkChildren = (node: object): void => {
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) {
        for (const x of v) if (x !== null && typeof x === 'object') visit(x as object);
      } else if (v !== null && typeof v === 'object') visit(v as object);
    }
  };
  // ast nodes carry `k`; comprehension clauses and keywords are plain objects holding nodes
  const visit = (x: object): void => {
    if ('k' in x) walk(x as Expr);
    else if (Object.getPrototypeOf(x) === Object.prototype) walkChildren(x);
  };
  const stmts = (ss: Stmt[]): void => {
    for (const s of ss) {
      switch (s.k) {
        case 'assign':
          s.targets.forEach(bind);
          s.targets.forEach(walk);
          walk(s.value);
          break;
        case 'augassign':
        case 'annassign':
          bind(s.target);
          walk(s.target);
          walk(s.value);
          break;
        case 'del':
          s.targets.forEach(bind);
          break;
        case 'for':
          bind(s.target);
          walk(s.iter);
          stmts(s.body);
          stmts(s.orelse);
          break;
        case 'while':
        case 'if':
          walk(s.test);
          stmts(s.body);
          stmts(s.orelse);
          break;
        case 'import':
          for (const a of s.names) scope.locals.add(a.asname ?? (a.name.split('.')[0] as string));
          break;
        case 'importfrom':
          for (const a of s.names) scope.locals.add(a.asname ?? a.name);
          break;
        case 'def':
          scope.locals.add(s.name);
          for (const a of [...s.params.posonly, ...s.params.args, ...s.params.kwonly]) walk(a.default);
          break;
        case 'try':
          stmts(s.body);
          for (const h of s.handlers) {
            if (h.name) scope.locals.add(h.name);
            walk(h.type);
            stmts(h.body);
          }
          stmts(s.orelse);
          stmts(s.finalbody);
          break;
        case 'global':
          s.names.forEach((n) => scope.globals.add(n));
          break;
        case 'nonlocal':
          s.names.forEach((n) => scope.nonlocals.add(n));
          break;
        case 'expr':
        case 'return':
          walk(s.value);
          break;
        case 'assert':
          walk(s.test);
          walk(s.msg);
          break;
        case 'raise':
          walk(s.exc);
          walk(s.cause);
          break;
        default:
          break;
      }
    }
  };
  stmts(body);
  for (const n of scope.globals) scope.locals.delete(n);
  for (const n of scope.nonlocals) scope.locals.delete(n);
  return scope;
}
