// The tree-walking evaluator. One Interp runs all cells of one runCells() call; every value it
// creates lives in that run, so runs never share mutable state.

import { byteValue } from './bytes';
import { instanceOf, raisedMessage } from './exceptions';
import { mathModule } from './mathmod';
import type { Comprehension, Expr, FuncScope, Keyword, Param, Params, Stmt } from './ast';
import { allParams } from './parser/symtable';
import { binaryOp, unaryOp } from './arith';
import { BUILTINS, UNSUPPORTED_BUILTIN_NAMES, datetimeModule } from './builtins';
import { PyException, memoryError, notSupported, typeError } from './errors';
import { applyConversion, formatValue } from './format';
import { delItem, getItem, setItem } from './items';
import { type Method, delAttr, findMethod, getAttr, moduleHasUnsupported, setAttr, rangeContains, toList } from './methods';
import {
  COST_HASHED_ITEM,
  COST_LIST_ITEM,
  COST_SET_ITEM,
  type Ctx,
  MAX_SIZE,
  dictLookup,
  dictSet,
  dictViewItems,
  iterate,
  pyEq,
  pyOrder,
  pyRepr,
  pyStr,
  sameOrEqual,
  setAdd,
  setFromItems,
  setHas,
  setItems,
  setMerge,
  setUpdateFrom,
  truthy,
  unhashable,
} from './objects';
import { BASE_EXCEPTION } from './types';
import {
  ELLIPSIS,
  PyDatetime,
  PyBytes,
  PyDict,
  PyDictView,
  PyExcInstance,
  PyFunc,
  PyIter,
  PyList,
  PyModule,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  PyType,
  PyUserFunc,
  type Kwargs,
  type PyVal,
  asInt,
  typeName,
} from './values';

/** Evaluation steps one runCells() call may take. */
export const STEP_BUDGET = 600_000;

const NORMAL = 0;
const BREAK = 1;
const CONTINUE = 2;

const RETURN = 3;

/** A function call's locals (fn set) or a comprehension's own variables (fn null). */
class Scope {
  readonly vars = new Map<string, PyVal>();
  constructor(
    readonly parent: Scope | null,
    readonly fn: FuncScope | null = null,
  ) {}
}

/** CPython's default recursion limit, less the frames its harness and the module use. */
const MAX_CALL_DEPTH = 996;

/**
 * The builtins module as `__builtins__` shows it. One for every run: a cell can neither read it
 * (lookup refuses `__builtins__` while it holds this module) nor change it, so nothing can tell
 * runs' modules apart, and copying the builtins into a new module for each run was a quarter of a
 * batch's time.
 */
const BUILTINS_MODULE = new PyModule('builtins', new Map(BUILTINS));

export class Interp implements Ctx {
  readonly globals = new Map<string, PyVal>([['__name__', '__main__']]);
  private out: string[] = [];
  private outLen = 0;
  private steps: number;
  /** Line of the construct being evaluated (1-based, within the current cell). */
  line = 0;
  private nowCalls = 0;
  /** The value of the `return` that ended the running function. */
  private retVal: PyVal = null;
  /** Exceptions being handled by `except` blocks, innermost last (what a bare `raise` re-raises). */
  private readonly handling: PyException[] = [];
  private depth = 0;
  private readonly builtinsModule = BUILTINS_MODULE;
  /** Where this cell looks builtins up: null for the real ones, else what __builtins__ was set to. */
  private builtins: PyVal | Map<string, PyVal> = null;
  /** The qualified name of the running function (for `outer.<locals>.inner`). */
  private qualname = '';

  constructor(
    private readonly nowDate: Date,
    budget = STEP_BUDGET,
  ) {
    this.steps = budget;
  }

  // ------------------------------------------------------------------ Ctx

  charge(n: number): void {
    this.steps -= n;
    if (this.steps < 0) this.outOfSteps();
  }

  private outOfSteps(): never {
    this.steps = 0;
    const e = new PyException(
      'RuntimeError',
      `the cell took too many steps (this trainer stops after ${STEP_BUDGET.toLocaleString('en-US')}); is there an endless loop?`,
    );
    // the trainer's own limit: no `except` may catch it
    e.fatal = true;
    throw e;
  }

  write(text: string): void {
    this.outLen += text.length;
    if (this.outLen > MAX_SIZE) throw memoryError();
    this.charge(8 + (text.length >> 4));
    this.out.push(text);
  }

  output(): string[] {
    const text = this.out.join('');
    if (text === '') return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
  }

  call(fn: PyVal, args: PyVal[], kwargs: Kwargs): PyVal {
    if (fn instanceof PyFunc) return fn.fn(this, args, kwargs);
    if (fn instanceof PyUserFunc) return this.callUser(fn, args, kwargs);
    if (fn instanceof PyType) {
      if (!fn.call) throw typeError(`cannot create '${fn.name}' instances`);
      return fn.call(this, args, kwargs);
    }
    throw typeError(`'${typeName(fn)}' object is not callable`);
  }

  now(): PyDatetime {
    return this.clock(false);
  }

  utcnow(): PyDatetime {
    return this.clock(true);
  }

  private clock(utc: boolean): PyDatetime {
    // Each call is one microsecond later than the previous one: in CPython two calls never
    // return the same instant, so code that calls now() twice must not see equal values.
    const k = this.nowCalls++;
    const d = new Date(this.nowDate.getTime() + Math.floor(k / 1000));
    const us = (utc ? d.getUTCMilliseconds() : d.getMilliseconds()) * 1000 + (k % 1000);
    if (utc) {
      return new PyDatetime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), us);
    }
    return new PyDatetime(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), us);
  }

  // ------------------------------------------------------------------ statements

  runCell(body: Stmt[]): void {
    // exec() puts the builtins module into the globals when they have no __builtins__, and a
    // cell's name look-ups use whatever __builtins__ is when the cell starts (CPython 3.11)
    let b = this.globals.get('__builtins__');
    if (b === undefined) {
      b = this.builtinsModule;
      this.globals.set('__builtins__', b);
    }
    // None fails as soon as the cell's code starts (CPython subscripts it to find its builtins)
    if (b === null) throw typeError("'NoneType' object is not subscriptable");
    this.builtins = b instanceof PyModule ? (b === this.builtinsModule ? null : b.attrs) : b;
    const r = this.execBlock(body, null);
    void r;
  }

  /** A builtin's value, through the mapping the cell's __builtins__ names; undefined when missing. */
  private builtin(id: string, line: number): PyVal | undefined {
    const b = this.builtins;
    if (b === null) return BUILTINS.get(id);
    if (b instanceof Map) return b.get(id);
    if (b instanceof PyDict) return dictLookup(b, id)?.v;
    this.line = line;
    try {
      return getItem(this, b, id);
    } catch (e) {
      if (e instanceof PyException && e.type === 'KeyError') return undefined;
      throw e;
    }
  }

  private execBlock(body: Stmt[], sc: Scope | null): number {
    for (let i = 0; i < body.length; i++) {
      const r = this.exec(body[i] as Stmt, sc);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  }

  private exec(s: Stmt, sc: Scope | null): number {
    this.line = s.line;
    if (--this.steps < 0) this.outOfSteps();
    switch (s.k) {
      case 'expr':
        this.eval(s.value, sc);
        return NORMAL;
      case 'assign': {
        const v = this.eval(s.value, sc);
        for (const t of s.targets) this.assign(t, v, sc);
        return NORMAL;
      }
      case 'augassign':
        this.augAssign(s.target, s.op, s.value, sc);
        return NORMAL;
      case 'annassign':
        this.eval(s.annotation, sc);
        if (s.value !== null) {
          const v = this.eval(s.value, sc);
          this.assign(s.target, v, sc);
        } else if (s.target.k === 'attr') {
          this.eval(s.target.value, sc);
        } else if (s.target.k === 'sub') {
          this.eval(s.target.value, sc);
          this.evalIndex(s.target.index, sc);
        }
        return NORMAL;
      case 'assert': {
        const seen: PyVal[] = [];
        if (!this.assertHolds(s.test, seen, sc)) {
          const msg = s.msg === null ? '' : pyStr(this.eval(s.msg, sc));
          this.line = s.line;
          const exc = new PyException('AssertionError', msg, s.line);
          exc.assertion = { test: s.test, values: seen };
          throw exc;
        }
        return NORMAL;
      }
      case 'pass':
      case 'global':
      case 'nonlocal':
        return NORMAL;
      case 'def':
        this.storeName(s.name, this.makeFunction(s.name, s, sc), sc);
        return NORMAL;
      case 'return':
        this.retVal = s.value === null ? null : this.eval(s.value, sc);
        return RETURN;
      case 'try':
        return this.execTry(s, sc);
      case 'break':
        return BREAK;
      case 'continue':
        return CONTINUE;
      case 'del':
        for (const t of s.targets) this.del(t, sc);
        return NORMAL;
      case 'import':
        for (const a of s.names) {
          const mod = a.name === 'datetime' ? datetimeModule() : a.name === 'math' ? mathModule() : null;
          if (mod === null) throw notSupported(`importing the module '${a.name}'`);
          this.storeName(a.asname ?? a.name, mod, sc);
        }
        return NORMAL;
      case 'importfrom': {
        if (s.level > 0) throw notSupported('relative imports');
        const mod = s.module === 'datetime' ? datetimeModule() : s.module === 'math' ? mathModule() : null;
        if (mod === null) throw notSupported(`importing from the module '${s.module}'`);
        for (const a of s.names) {
          if (a.name === '*') throw notSupported(`\`from ${s.module} import *\``);
          const v = mod.attrs.get(a.name);
          if (v === undefined) {
            if (moduleHasUnsupported(`${s.module}.${a.name}`)) throw notSupported(`${s.module}.${a.name}`);
            // CPython names the file math came from, which depends on the installation
            const where = s.module === 'math' ? '' : ' (unknown location)';
            throw new PyException('ImportError', `cannot import name '${a.name}' from '${s.module}'${where}`);
          }
          this.storeName(a.asname ?? a.name, v, sc);
        }
        return NORMAL;
      }
      case 'if':
        if (truthy(this.eval(s.test, sc))) return this.execBlock(s.body, sc);
        return this.execBlock(s.orelse, sc);
      case 'while':
        for (;;) {
          this.line = s.line;
          if (!truthy(this.eval(s.test, sc))) return this.execBlock(s.orelse, sc);
          const r = this.execBlock(s.body, sc);
          if (r === BREAK) return NORMAL;
        }
      case 'for': {
        const next = iterate(this.eval(s.iter, sc));
        for (;;) {
          this.line = s.line;
          if (--this.steps < 0) this.outOfSteps();
          const x = next();
          if (x === undefined) return this.execBlock(s.orelse, sc);
          this.assign(s.target, x, sc);
          const r = this.execBlock(s.body, sc);
          if (r === BREAK) return NORMAL;
        }
      }
      case 'raise':
        this.raise(s.exc, s.cause, s.line, sc);
        return NORMAL;
      case 'unsupported':
        throw notSupported(s.what);
    }
  }

  /**
   * An assert's test, evaluated once as usual but keeping the operands of a single comparison (or
   * the tested value) so a failure can show what was compared, the way pytest does.
   */
  private assertHolds(test: Expr, seen: PyVal[], sc: Scope | null): boolean {
    if (test.k === 'cmp' && test.ops.length === 1) {
      const a = this.eval(test.left, sc);
      const b = this.eval(test.comparators[0] as Expr, sc);
      this.line = test.line;
      seen.push(a, b);
      return this.compare(test.ops[0] as string, a, b);
    }
    const v = this.eval(test, sc);
    seen.push(v);
    return truthy(v);
  }

  private raise(excExpr: Expr | null, causeExpr: Expr | null, line: number, sc: Scope | null): never {
    if (excExpr === null) {
      const active = this.handling[this.handling.length - 1];
      if (active) throw active;
      throw new PyException('RuntimeError', 'No active exception to reraise', line);
    }
    let exc = this.eval(excExpr, sc);
    if (causeExpr !== null) {
      const cause = this.eval(causeExpr, sc);
      const ok =
        cause === null ||
        cause instanceof PyExcInstance ||
        (cause instanceof PyType && cause.isSubclassOf(BASE_EXCEPTION));
      if (!ok) throw typeError('exception causes must derive from BaseException');
    }
    this.line = line;
    if (exc instanceof PyType && exc.isSubclassOf(BASE_EXCEPTION)) exc = this.call(exc, [], null);
    if (!(exc instanceof PyExcInstance)) throw typeError('exceptions must derive from BaseException');
    const raised = new PyException(exc.cls.name, raisedMessage(exc), line);
    raised.instance = exc;
    throw raised;
  }

  // ------------------------------------------------------------------ names in scopes

  private storeName(id: string, v: PyVal, sc: Scope | null): void {
    if (sc !== null && sc.fn !== null) {
      if (sc.fn.globals.has(id)) {
        this.globals.set(id, v);
        return;
      }
      if (sc.fn.nonlocals.has(id)) {
        for (let p = sc.parent; p !== null; p = p.parent) {
          if (p.fn !== null && p.fn.locals.has(id)) {
            p.vars.set(id, v);
            return;
          }
        }
      }
    }
    if (sc) sc.vars.set(id, v);
    else this.globals.set(id, v);
  }

  private deleteName(id: string, line: number, sc: Scope | null): void {
    this.line = line;
    if (sc !== null && sc.fn !== null && !sc.fn.globals.has(id)) {
      let home: Scope | null = sc;
      if (sc.fn.nonlocals.has(id)) {
        home = sc.parent;
        while (home !== null && !(home.fn !== null && home.fn.locals.has(id))) home = home.parent;
      }
      if (home !== null && home.vars.delete(id)) return;
      if (home === sc) throw new PyException('UnboundLocalError', `cannot access local variable '${id}' where it is not associated with a value`, line);
      throw new PyException('NameError', `cannot access free variable '${id}' where it is not associated with a value in enclosing scope`, line);
    }
    if (sc !== null && sc.fn === null && sc.vars.delete(id)) return;
    if (!this.globals.delete(id)) throw new PyException('NameError', `name '${id}' is not defined`, line);
  }

  // ------------------------------------------------------------------ functions

  private makeFunction(name: string, node: (Stmt & { k: 'def' }) | (Expr & { k: 'lambda' }), sc: Scope | null): PyUserFunc {
    const p = node.params;
    const defaults: PyVal[] = [];
    for (const a of [...p.posonly, ...p.args]) if (a.default) defaults.push(this.eval(a.default, sc));
    const kwdefaults = new Map<string, PyVal>();
    for (const a of p.kwonly) if (a.default) kwdefaults.set(a.name, this.eval(a.default, sc));
    // annotations are evaluated (and may fail) when the function is defined
    for (const a of allParams(p)) if (a.annotation) this.eval(a.annotation, sc);
    if (node.k === 'def' && node.returns) this.eval(node.returns, sc);
    const qualname = (this.qualname ? `${this.qualname}.<locals>.` : '') + name;
    this.charge(4);
    return new PyUserFunc(name, qualname, node, defaults, kwdefaults, sc);
  }

  private callUser(fn: PyUserFunc, args: PyVal[], kwargs: Kwargs): PyVal {
    const node = fn.node as (Stmt & { k: 'def' }) | (Expr & { k: 'lambda' });
    const scope = new Scope(fn.closure as Scope | null, node.scope);
    this.bindParams(fn, node.params, scope.vars, args, kwargs);
    if (this.depth >= MAX_CALL_DEPTH) throw new PyException('RecursionError', 'maximum recursion depth exceeded');
    const savedLine = this.line;
    const savedQual = this.qualname;
    this.depth++;
    this.qualname = fn.qualname;
    this.charge(8);
    try {
      let result: PyVal = null;
      if (node.k === 'lambda') result = this.eval(node.body, scope);
      else if (this.execBlock(node.body, scope) === RETURN) result = this.retVal;
      this.line = savedLine;
      return result;
    } catch (e) {
      // the innermost line is where the traceback points
      if (e instanceof PyException && e.line === undefined) e.line = this.line;
      throw e;
    } finally {
      this.depth--;
      this.qualname = savedQual;
    }
  }

  /** CPython's initialize_locals: the arguments of a call into the function's locals, with its messages. */
  private bindParams(fn: PyUserFunc, p: Params, locals: Map<string, PyVal>, args: PyVal[], kwargs: Kwargs): void {
    const name = fn.qualname;
    const positional = [...p.posonly, ...p.args];
    const n = positional.length;
    for (let i = 0; i < Math.min(args.length, n); i++) locals.set((positional[i] as Param).name, args[i] as PyVal);
    if (p.vararg) locals.set(p.vararg.name, new PyTuple(args.slice(n)));
    const extra = p.kwarg ? new PyDict() : null;
    if (p.kwarg) locals.set(p.kwarg.name, extra as PyDict);
    let kwonlyGiven = 0;
    if (kwargs) {
      for (const [k, v] of kwargs) {
        const param = p.args.find((a) => a.name === k) ?? p.kwonly.find((a) => a.name === k);
        if (param) {
          if (locals.has(k)) throw typeError(`${name}() got multiple values for argument '${k}'`);
          locals.set(k, v);
          if (p.kwonly.includes(param)) kwonlyGiven++;
          continue;
        }
        if (extra) {
          dictSet(extra, k, v);
          continue;
        }
        const posonly = [...kwargs.keys()].filter((key) => p.posonly.some((a) => a.name === key));
        if (posonly.length > 0) {
          throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`);
        }
        throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
      }
    }
    if (args.length > n && !p.vararg) {
      const defcount = fn.defaults.length;
      const sig = defcount ? `from ${n - defcount} to ${n}` : String(n);
      const plural = n === 1 && !defcount ? '' : 's';
      const kwSig = kwonlyGiven
        ? ` positional argument${args.length !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
        : '';
      const verb = args.length === 1 && !kwonlyGiven ? 'was' : 'were';
      throw typeError(`${name}() takes ${sig} positional argument${plural} but ${args.length}${kwSig} ${verb} given`);
    }
    const firstDefault = n - fn.defaults.length;
    const missing: string[] = [];
    positional.forEach((a, i) => {
      if (locals.has(a.name)) return;
      if (i >= firstDefault) locals.set(a.name, fn.defaults[i - firstDefault] as PyVal);
      else missing.push(a.name);
    });
    if (missing.length > 0) throw typeError(`${name}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${nameList(missing)}`);
    const missingKw: string[] = [];
    for (const a of p.kwonly) {
      if (locals.has(a.name)) continue;
      const d = fn.kwdefaults.get(a.name);
      if (d !== undefined) locals.set(a.name, d);
      else missingKw.push(a.name);
    }
    if (missingKw.length > 0) {
      throw typeError(`${name}() missing ${missingKw.length} required keyword-only argument${missingKw.length > 1 ? 's' : ''}: ${nameList(missingKw)}`);
    }
  }

  // ------------------------------------------------------------------ try

  private execTry(s: Stmt & { k: 'try' }, sc: Scope | null): number {
    let r: number;
    try {
      r = this.execHandlers(s, sc);
    } catch (e) {
      if (s.finalbody.length === 0 || !(e instanceof PyException) || e.fatal) throw e;
      if (e.line === undefined) e.line = this.line;
      // a `finally` that breaks, continues or returns swallows the exception
      this.handling.push(e);
      let fr: number;
      try {
        fr = this.execBlock(s.finalbody, sc);
      } finally {
        this.handling.pop();
      }
      if (fr !== NORMAL) return fr;
      throw e;
    }
    if (s.finalbody.length > 0) {
      const saved = this.retVal;
      const fr = this.execBlock(s.finalbody, sc);
      if (fr !== NORMAL) return fr;
      this.retVal = saved;
    }
    return r;
  }

  private execHandlers(s: Stmt & { k: 'try' }, sc: Scope | null): number {
    let r: number;
    try {
      r = this.execBlock(s.body, sc);
    } catch (e) {
      if (!(e instanceof PyException) || e.fatal || s.handlers.length === 0) throw e;
      if (e.line === undefined) e.line = this.line;
      const exc = instanceOf(e);
      for (const h of s.handlers) {
        this.line = h.line;
        if (h.type !== null && !this.matches(exc.cls, this.eval(h.type, sc))) continue;
        if (h.name !== null) this.storeName(h.name, exc, sc);
        this.handling.push(e);
        try {
          return this.execBlock(h.body, sc);
        } finally {
          this.handling.pop();
          if (h.name !== null) this.dropName(h.name, sc);
        }
      }
      throw e;
    }
    if (r !== NORMAL) return r;
    return this.execBlock(s.orelse, sc);
  }

  /** `except T:` matching, with CPython's TypeError for something that is not an exception class. */
  private matches(cls: PyType, t: PyVal): boolean {
    const check = (x: PyVal): boolean => {
      if (!(x instanceof PyType) || !x.isSubclassOf(BASE_EXCEPTION)) {
        throw typeError('catching classes that do not inherit from BaseException is not allowed');
      }
      return cls.isSubclassOf(x);
    };
    if (t instanceof PyTuple) {
      let hit = false;
      for (const x of t.items) if (check(x)) hit = true;
      return hit;
    }
    return check(t);
  }

  /** The implicit `del name` at the end of an `except … as name:` block. */
  private dropName(id: string, sc: Scope | null): void {
    try {
      this.deleteName(id, this.line, sc);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
    }
  }

  // ------------------------------------------------------------------ assignment

  private assign(t: Expr, v: PyVal, sc: Scope | null): void {
    switch (t.k) {
      case 'name':
        this.storeName(t.id, v, sc);
        return;
      case 'sub': {
        const obj = this.eval(t.value, sc);
        const key = this.evalIndex(t.index, sc);
        this.line = t.line;
        if (obj instanceof PyDict) this.charge(key instanceof PyTuple ? 2 * COST_HASHED_ITEM : COST_HASHED_ITEM);
        setItem(this, obj, key, v);
        return;
      }
      case 'attr': {
        const obj = this.eval(t.value, sc);
        this.line = t.line;
        setAttr(obj, t.attr, v);
        return;
      }
      case 'tuple':
      case 'list':
        this.unpack(t.elts, v, sc, t.line);
        return;
      default:
        throw notSupported('this assignment target');
    }
  }

  private unpack(elts: Expr[], v: PyVal, sc: Scope | null, line: number): void {
    let items: PyVal[];
    const star = elts.findIndex((e) => e.k === 'starred');
    const n = elts.length;
    if (v instanceof PyList || v instanceof PyTuple) items = v.items.slice();
    else {
      let next;
      try {
        next = iterate(v);
      } catch (e) {
        if (e instanceof PyException && e.type === 'TypeError') {
          this.line = line;
          throw typeError(`cannot unpack non-iterable ${typeName(v)} object`);
        }
        throw e;
      }
      items = [];
      for (let x = next(); x !== undefined; x = next()) {
        items.push(x);
        this.charge(1);
        if (star < 0 && items.length > n) break;
      }
    }
    this.line = line;
    if (star < 0) {
      if (items.length > n) throw new PyException('ValueError', `too many values to unpack (expected ${n})`);
      if (items.length < n) {
        throw new PyException('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
      }
      for (let i = 0; i < n; i++) this.assign(elts[i] as Expr, items[i] as PyVal, sc);
      return;
    }
    if (items.length < n - 1) {
      throw new PyException('ValueError', `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
    }
    const after = n - star - 1;
    for (let i = 0; i < star; i++) this.assign(elts[i] as Expr, items[i] as PyVal, sc);
    const starred = elts[star] as Expr & { k: 'starred' };
    this.assign(starred.value, new PyList(items.slice(star, items.length - after)), sc);
    for (let i = 0; i < after; i++) {
      this.assign(elts[star + 1 + i] as Expr, items[items.length - after + i] as PyVal, sc);
    }
  }

  private augAssign(t: Expr, op: string, valueExpr: Expr, sc: Scope | null): void {
    switch (t.k) {
      case 'name': {
        const cur = this.lookup(t.id, t.line, sc);
        const v = this.eval(valueExpr, sc);
        this.line = t.line;
        this.storeName(t.id, this.inplace(op, cur, v), sc);
        return;
      }
      case 'sub': {
        const obj = this.eval(t.value, sc);
        const key = this.evalIndex(t.index, sc);
        this.line = t.line;
        const cur = getItem(this, obj, key);
        const v = this.eval(valueExpr, sc);
        this.line = t.line;
        setItem(this, obj, key, this.inplace(op, cur, v));
        return;
      }
      case 'attr': {
        const obj = this.eval(t.value, sc);
        this.line = t.line;
        const cur = getAttr(this, obj, t.attr);
        const v = this.eval(valueExpr, sc);
        const r = this.inplace(op, cur, v);
        this.line = t.line;
        setAttr(obj, t.attr, r);
        return;
      }
      default:
        throw notSupported('this assignment target');
    }
  }

  private inplace(op: string, a: PyVal, b: PyVal): PyVal {
    if (a instanceof PyList && op === '+') {
      const more = toList(this, b);
      if (a.items.length + more.length > MAX_SIZE) throw memoryError();
      for (const x of more) a.items.push(x);
      return a;
    }
    if (
      op === '*' &&
      (a instanceof PyDict || a instanceof PySet || a instanceof PyRange || a instanceof PyDictView) &&
      (typeof b === 'string' || b instanceof PyList || b instanceof PyTuple)
    ) {
      // PyNumber_InPlaceMultiply only tries the left operand's sequence repeat when the left
      // type has sequence methods at all; these have them but cannot repeat
      throw typeError(`unsupported operand type(s) for *=: '${typeName(a)}' and '${typeName(b)}'`);
    }
    if (a instanceof PyList && op === '*') {
      const r = binaryOp(this, '*', a, b) as PyList;
      a.items = r.items;
      return a;
    }
    if (a instanceof PySet && !a.frozen && (op === '|' || op === '&' || op === '-' || op === '^')) {
      if (!(b instanceof PySet)) throw typeError(`unsupported operand type(s) for ${op}=: 'set' and '${typeName(b)}'`);
      const r = binaryOp(this, op, a, b) as PySet;
      a.table = r.table;
      a.mask = r.mask;
      a.fill = r.fill;
      a.used = r.used;
      return a;
    }
    if (a instanceof PyDict && op === '|') {
      if (b instanceof PyDict) for (const e of Array.from(b.map.values())) dictSet(a, e.k, e.v);
      else {
        const d = BUILTINS.get('dict') as PyType;
        const other = this.call(d, [b], null) as PyDict;
        for (const e of other.map.values()) dictSet(a, e.k, e.v);
      }
      return a;
    }
    try {
      return binaryOp(this, op, a, b);
    } catch (e) {
      if (e instanceof PyException && e.type === 'TypeError' && e.message.startsWith(`unsupported operand type(s) for ${op}:`)) {
        throw typeError(e.message.replace(`for ${op}:`, `for ${op}=:`));
      }
      throw e;
    }
  }

  private del(t: Expr, sc: Scope | null): void {
    switch (t.k) {
      case 'name':
        this.deleteName(t.id, t.line, sc);
        return;
      case 'sub': {
        const obj = this.eval(t.value, sc);
        const key = this.evalIndex(t.index, sc);
        this.line = t.line;
        delItem(obj, key);
        return;
      }
      case 'attr': {
        const obj = this.eval(t.value, sc);
        this.line = t.line;
        delAttr(obj, t.attr);
        return;
      }
      case 'tuple':
      case 'list':
        for (const e of t.elts) this.del(e, sc);
        return;
      default:
        throw notSupported('this del target');
    }
  }

  // ------------------------------------------------------------------ expressions

  private lookup(id: string, line: number, sc: Scope | null): PyVal {
    let own = true;
    for (let s = sc; s !== null; s = s.parent) {
      if (s.fn === null) {
        const v = s.vars.get(id);
        if (v !== undefined) return v;
        continue;
      }
      if (s.fn.globals.has(id)) break;
      if (s.fn.locals.has(id)) {
        const v = s.vars.get(id);
        if (v !== undefined) return v;
        this.line = line;
        if (own) throw new PyException('UnboundLocalError', `cannot access local variable '${id}' where it is not associated with a value`, line);
        throw new PyException('NameError', `cannot access free variable '${id}' where it is not associated with a value in enclosing scope`, line);
      }
      own = false;
    }
    const g = this.globals.get(id);
    if (g === this.builtinsModule) {
      // CPython's is the whole builtins dict (its repr shows the interpreter's own objects)
      this.line = line;
      throw notSupported('reading `__builtins__`');
    }
    if (g !== undefined) return g;
    const b = this.builtin(id, line);
    if (b !== undefined) return b;
    this.line = line;
    if (this.builtins === null && id === 'Ellipsis') return ELLIPSIS;
    if (this.builtins === null && UNSUPPORTED_BUILTIN_NAMES.has(id)) throw notSupported(`the builtin \`${id}\``);
    throw new PyException('NameError', `name '${id}' is not defined`, line);
  }

  eval(e: Expr, sc: Scope | null): PyVal {
    // Kept small on purpose: its frame size bounds how deep an expression can nest before the
    // JS stack runs out. Long chains (a+b+c…, ---x, a.b.c…, x**y**z) are evaluated iteratively.
    if (--this.steps < 0) this.outOfSteps();
    switch (e.k) {
      case 'const':
        return e.value;
      case 'name':
        return this.lookup(e.id, e.line, sc);
      case 'bin':
        return e.op === '**' ? this.evalPowChain(e, sc) : this.evalBinChain(e, sc);
      case 'unary':
        return this.evalUnaryChain(e, sc);
      case 'bool':
        return this.evalBool(e, sc);
      case 'cmp':
        return this.evalCompare(e, sc);
      case 'ifexp':
        return this.evalIfExp(e, sc);
      case 'call':
        return this.evalCall(e, sc);
      case 'attr':
      case 'sub':
        return this.evalAccessChain(e, sc);
      default:
        return this.evalOther(e, sc);
    }
  }

  private evalBinChain(e: Expr & { k: 'bin' }, sc: Scope | null): PyVal {
    // left spine of a left-associative chain
    const spine: (Expr & { k: 'bin' })[] = [];
    let cur: Expr = e;
    while (cur.k === 'bin' && cur.op !== '**') {
      spine.push(cur);
      cur = cur.left;
    }
    let acc = this.eval(cur, sc);
    for (let i = spine.length - 1; i >= 0; i--) {
      const node = spine[i] as Expr & { k: 'bin' };
      if (i !== spine.length - 1 && --this.steps < 0) this.outOfSteps();
      const b = this.eval(node.right, sc);
      this.line = node.line;
      if (node.op === '@') throw typeError(`unsupported operand type(s) for @: '${typeName(acc)}' and '${typeName(b)}'`);
      acc = binaryOp(this, node.op, acc, b);
    }
    return acc;
  }

  private evalPowChain(e: Expr & { k: 'bin' }, sc: Scope | null): PyVal {
    // right-associative: a ** b ** c evaluates a, b, c in order, then folds from the right
    const nodes: (Expr & { k: 'bin' })[] = [];
    let cur: Expr = e;
    while (cur.k === 'bin' && cur.op === '**') {
      nodes.push(cur);
      cur = cur.right;
    }
    const values: PyVal[] = [];
    for (const n of nodes) values.push(this.eval(n.left, sc));
    let acc = this.eval(cur, sc);
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i] as Expr & { k: 'bin' };
      this.line = node.line;
      acc = binaryOp(this, '**', values[i] as PyVal, acc);
    }
    return acc;
  }

  private evalUnaryChain(e: Expr & { k: 'unary' }, sc: Scope | null): PyVal {
    const ops: (Expr & { k: 'unary' })[] = [];
    let cur: Expr = e;
    while (cur.k === 'unary') {
      ops.push(cur);
      cur = cur.operand;
    }
    let v = this.eval(cur, sc);
    for (let i = ops.length - 1; i >= 0; i--) {
      const node = ops[i] as Expr & { k: 'unary' };
      if (node.op === 'not') v = !truthy(v);
      else {
        this.line = node.line;
        v = unaryOp(node.op, v);
      }
    }
    return v;
  }

  private evalBool(e: Expr & { k: 'bool' }, sc: Scope | null): PyVal {
    let v: PyVal = null;
    const isAnd = e.op === 'and';
    for (const x of e.values) {
      v = this.eval(x, sc);
      if (truthy(v) !== isAnd) return v;
    }
    return v;
  }

  private evalIfExp(e: Expr & { k: 'ifexp' }, sc: Scope | null): PyVal {
    let cur: Expr = e;
    while (cur.k === 'ifexp') {
      if (truthy(this.eval(cur.test, sc))) return this.eval(cur.body, sc);
      cur = cur.orelse;
    }
    return this.eval(cur, sc);
  }

  private evalAccessChain(e: Expr & { k: 'attr' | 'sub' }, sc: Scope | null): PyVal {
    const spine: Expr[] = [];
    let cur: Expr = e;
    while (cur.k === 'attr' || cur.k === 'sub') {
      spine.push(cur);
      cur = cur.value;
    }
    let v = this.eval(cur, sc);
    for (let i = spine.length - 1; i >= 0; i--) {
      const node = spine[i] as Expr & { k: 'attr' | 'sub' };
      if (node.k === 'attr') {
        this.line = node.line;
        v = getAttr(this, v, node.attr);
      } else {
        const key = this.evalIndex(node.index, sc);
        this.line = node.line;
        v = getItem(this, v, key);
      }
    }
    return v;
  }

  private evalOther(e: Expr, sc: Scope | null): PyVal {
    switch (e.k) {
      case 'list':
        return new PyList(this.evalElements(e.elts, sc));
      case 'tuple':
        return new PyTuple(this.evalElements(e.elts, sc));
      case 'set':
        return this.evalSet(e.elts, sc);
      case 'dict':
        return this.evalDict(e.keys, e.values, sc);
      case 'comp':
        return this.evalComp(e, sc);
      case 'fstr': {
        let s = '';
        for (const p of e.parts) {
          s += p.k === 'const' ? (p.value as string) : pyStr(this.eval(p, sc), this);
          if (s.length > MAX_SIZE) throw memoryError();
        }
        return s;
      }
      case 'fval': {
        let v = this.eval(e.value, sc);
        this.line = e.line;
        if (e.conv !== -1) v = applyConversion(v, String.fromCharCode(e.conv), this);
        const spec = e.spec === null ? '' : (this.eval(e.spec, sc) as string);
        this.line = e.line;
        return formatValue(v, spec, this);
      }
      case 'walrus': {
        const v = this.eval(e.value, sc);
        // binds in the nearest function (or the module), never in a comprehension
        let target = sc;
        while (target !== null && target.fn === null) target = target.parent;
        this.storeName(e.target, v, target);
        return v;
      }
      case 'lambda':
        return this.makeFunction('<lambda>', e, sc);
      case 'slice':
        return new PySlice(
          e.lower === null ? null : this.eval(e.lower, sc),
          e.upper === null ? null : this.eval(e.upper, sc),
          e.step === null ? null : this.eval(e.step, sc),
        );
      case 'starred':
        throw notSupported('a starred expression here');
      case 'unsupported':
        this.line = e.line;
        throw notSupported(e.what);
      default:
        throw notSupported(`the expression kind ${e.k}`);
    }
  }

  private evalSet(elts: Expr[], sc: Scope | null): PySet {
    if (elts.length > 2) {
      const folded = this.foldAll(elts);
      if (folded) {
        // CPython compiles a display of constants to a frozenset constant that is then
        // merged into a new set; the merge copies its table, which decides the order. The
        // compiler's constant merging (merge_consts_recursive) first rebuilds that frozenset
        // from its own iteration order, which moves colliding ints.
        const first = setFromItems(folded, true);
        const frozen = setFromItems(setItems(first), true);
        const s = new PySet(false);
        setMerge(s, frozen);
        return s;
      }
    }
    const s = new PySet(false);
    for (const x of elts) {
      if (x.k === 'starred') {
        const src = this.eval(x.value, sc);
        this.line = x.line;
        setUpdateFrom(s, src, () => toList(this, src));
      } else {
        const v = this.eval(x, sc);
        this.line = x.line;
        setAdd(s, v);
      }
    }
    return s;
  }

  private foldAll(elts: Expr[]): PyVal[] | null {
    const out: PyVal[] = [];
    for (const x of elts) {
      const v = this.fold(x);
      if (v === undefined) return null;
      out.push(v);
    }
    return out;
  }

  /** CPython's AST optimizer (constant folding, with its size limits); undefined = not folded. */
  private fold(e: Expr): PyVal | undefined {
    try {
      switch (e.k) {
        case 'const':
          return e.kind === 'bytes' ? undefined : e.value;
        case 'unary': {
          const v = this.fold(e.operand);
          if (v === undefined) return undefined;
          return e.op === 'not' ? !truthy(v) : unaryOp(e.op, v);
        }
        case 'tuple': {
          const items = this.foldAll(e.elts);
          return items && !e.elts.some((x) => x.k === 'starred') ? new PyTuple(items) : undefined;
        }
        case 'sub': {
          if (e.index.k === 'slice') return undefined;
          const v = this.fold(e.value);
          const i = this.fold(e.index);
          if (v === undefined || i === undefined) return undefined;
          return getItem(this, v, i);
        }
        case 'bin': {
          const a = this.fold(e.left);
          const b = this.fold(e.right);
          if (a === undefined || b === undefined || e.op === '@') return undefined;
          if (!foldWithinLimits(e.op, a, b)) return undefined;
          return binaryOp(this, e.op, a, b);
        }
        default:
          return undefined;
      }
    } catch (err) {
      if (err instanceof PyException) return undefined;
      throw err;
    }
  }

  private evalIndex(e: Expr, sc: Scope | null): PyVal {
    return this.eval(e, sc);
  }

  private evalElements(elts: Expr[], sc: Scope | null): PyVal[] {
    const out: PyVal[] = [];
    this.charge((elts.length + 1) * COST_LIST_ITEM);
    for (const x of elts) {
      if (x.k === 'starred') {
        const src = this.eval(x.value, sc);
        this.line = x.line;
        for (const item of toList(this, src)) out.push(item);
        if (out.length > MAX_SIZE) throw memoryError();
      } else out.push(this.eval(x, sc));
    }
    return out;
  }

  private evalDict(keys: (Expr | null)[], values: Expr[], sc: Scope | null): PyDict {
    const d = new PyDict();
    for (let i = 0; i < keys.length; i++) {
      const ke = keys[i];
      if (ke === null || ke === undefined) {
        const src = this.eval(values[i] as Expr, sc);
        if (!(src instanceof PyDict)) {
          this.line = (values[i] as Expr).line;
          throw typeError(`'${typeName(src)}' object is not a mapping`);
        }
        for (const en of src.map.values()) dictSet(d, en.k, en.v);
        continue;
      }
      const k = this.eval(ke, sc);
      const v = this.eval(values[i] as Expr, sc);
      this.line = ke.line;
      dictSet(d, k, v);
    }
    return d;
  }

  private evalCompare(e: Expr & { k: 'cmp' }, sc: Scope | null): PyVal {
    let left = this.eval(e.left, sc);
    const n = e.ops.length;
    for (let i = 0; i < n; i++) {
      const right = this.eval(e.comparators[i] as Expr, sc);
      this.line = e.line;
      if (!this.compare(e.ops[i] as string, left, right)) return false;
      left = right;
    }
    return true;
  }

  private compare(op: string, a: PyVal, b: PyVal): boolean {
    switch (op) {
      case '==':
        return a === b ? typeof a !== 'number' || !Number.isNaN(a) : pyEq(a, b);
      case '!=':
        return a === b ? typeof a === 'number' && Number.isNaN(a) : !pyEq(a, b);
      case '<':
      case '<=':
      case '>':
      case '>=':
        return pyOrder(op, a, b);
      case 'in':
        return this.contains(b, a);
      case 'not in':
        return !this.contains(b, a);
      case 'is':
        return isSame(a, b);
      default:
        return !isSame(a, b);
    }
  }

  private contains(container: PyVal, x: PyVal): boolean {
    if (typeof container === 'string') {
      if (typeof x !== 'string') throw typeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
      return container.includes(x);
    }
    if (container instanceof PyBytes) {
      if (x instanceof PyBytes) return container.s.includes(x.s);
      if (asInt(x) === null) throw typeError(`a bytes-like object is required, not '${typeName(x)}'`);
      return container.s.includes(String.fromCharCode(byteValue(x, 'byte')));
    }
    if (container instanceof PyList || container instanceof PyTuple) {
      const items = container.items;
      this.charge(items.length >> 2);
      for (let i = 0; i < items.length; i++) {
        if (sameOrEqual(items[i] as PyVal, x)) return true;
      }
      return false;
    }
    if (container instanceof PyDict) return dictLookup(container, x) !== undefined;
    if (container instanceof PySet) return setHas(container, x);
    if (container instanceof PyRange) return rangeContains(container, x);
    if (container instanceof PyDictView) {
      if (container.kind === 'keys') return dictLookup(container.dict, x) !== undefined;
      if (container.kind === 'items') {
        if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
        const en = dictLookup(container.dict, x.items[0] as PyVal);
        return en !== undefined && pyEq(en.v, x.items[1] as PyVal);
      }
      return dictViewItems(container).some((v) => pyEq(v, x));
    }
    if (container instanceof PyIter) {
      for (let v = container.next(); v !== undefined; v = container.next()) {
        this.charge(1);
        if (sameOrEqual(v, x)) return true;
      }
      return false;
    }
    throw typeError(`argument of type '${typeName(container)}' is not iterable`);
  }

  private evalCall(e: Expr & { k: 'call' }, sc: Scope | null): PyVal {
    const f = e.func;
    let fnv: PyVal | undefined;
    let self: PyVal = null;
    let method = '';
    let m: Method | null = null;
    if (f.k === 'attr') {
      // obj.method(...): look the attribute up first (CPython's LOAD_METHOD), then the args;
      // built-in methods are called directly, without a bound-method object.
      self = this.eval(f.value, sc);
      method = f.attr;
      this.line = f.line;
      m = findMethod(self, method);
      if (m === null) fnv = getAttr(this, self, method);
    } else fnv = this.eval(f, sc);
    const args = e.args.length === 0 ? [] : this.evalArgs(e.args, sc, fnv, method);
    const kwargs = e.keywords.length === 0 ? null : this.evalKeywords(e.keywords, sc, fnv, method);
    this.line = e.line;
    if (m !== null) return m(this, self, args, kwargs);
    return this.call(fnv as PyVal, args, kwargs);
  }

  private callName(fnv: PyVal | undefined, method: string): string {
    if (fnv === undefined) return method;
    if (fnv instanceof PyFunc) return fnv.name;
    if (fnv instanceof PyUserFunc) return fnv.qualname;
    if (fnv instanceof PyType) return fnv.name;
    return typeName(fnv) + ' object';
  }

  private evalArgs(list: Expr[], sc: Scope | null, fnv: PyVal | undefined, method: string): PyVal[] {
    const out: PyVal[] = [];
    for (const a of list) {
      if (a.k === 'starred') {
        const src = this.eval(a.value, sc);
        this.line = a.line;
        try {
          for (const x of toList(this, src)) out.push(x);
        } catch (err) {
          if (err instanceof PyException && err.type === 'TypeError' && err.message.endsWith('is not iterable')) {
            throw typeError(`${this.callName(fnv, method)}() argument after * must be an iterable, not ${typeName(src)}`);
          }
          throw err;
        }
      } else out.push(this.eval(a, sc));
    }
    return out;
  }

  private evalKeywords(list: Keyword[], sc: Scope | null, fnv: PyVal | undefined, method: string): Map<string, PyVal> {
    const out = new Map<string, PyVal>();
    for (const kw of list) {
      const v = this.eval(kw.value, sc);
      if (kw.arg !== null) {
        out.set(kw.arg, v);
        continue;
      }
      this.line = kw.value.line;
      if (!(v instanceof PyDict)) {
        throw typeError(`${this.callName(fnv, method)}() argument after ** must be a mapping, not ${typeName(v)}`);
      }
      for (const en of v.map.values()) {
        if (typeof en.k !== 'string') throw typeError('keywords must be strings');
        if (out.has(en.k)) {
          throw typeError(`${this.callName(fnv, method)}() got multiple values for keyword argument '${en.k}'`);
        }
        out.set(en.k, en.v);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ comprehensions

  private evalComp(e: Expr & { k: 'comp' }, sc: Scope | null): PyVal {
    const first = e.gens[0] as Comprehension;
    // The outermost iterable is evaluated in the enclosing scope, immediately.
    const firstIter = this.eval(first.iter, sc);
    this.line = e.line;
    const firstNext = iterate(firstIter);
    const scope = new Scope(sc);
    if (e.kind === 'gen') return this.generator(e, scope, firstNext);
    const list: PyVal[] = [];
    const set = e.kind === 'set' ? new PySet(false) : null;
    const dict = e.kind === 'dict' ? new PyDict() : null;
    const emit = (): void => {
      if (dict) {
        const k = this.eval(e.elt, scope);
        const v = this.eval(e.value as Expr, scope);
        this.line = e.line;
        this.charge(COST_HASHED_ITEM);
        dictSet(dict, k, v);
      } else if (set) {
        const v = this.eval(e.elt, scope);
        this.line = e.line;
        this.charge(COST_SET_ITEM);
        setAdd(set, v);
      } else {
        this.charge(COST_LIST_ITEM);
        list.push(this.eval(e.elt, scope));
        if (list.length > MAX_SIZE) throw memoryError();
      }
    };
    this.loopGen(e.gens, 0, scope, firstNext, emit);
    if (dict) return dict;
    if (set) return set;
    return new PyList(list);
  }

  private loopGen(gens: Comprehension[], i: number, scope: Scope, next: () => PyVal | undefined, emit: () => void): void {
    const g = gens[i] as Comprehension;
    for (let x = next(); x !== undefined; x = next()) {
      this.assign(g.target, x, scope);
      let ok = true;
      for (const c of g.ifs) {
        if (!truthy(this.eval(c, scope))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (i + 1 < gens.length) {
        const inner = gens[i + 1] as Comprehension;
        const it = this.eval(inner.iter, scope);
        this.loopGen(gens, i + 1, scope, iterate(it), emit);
      } else emit();
    }
  }

  private generator(e: Expr & { k: 'comp' }, scope: Scope, firstNext: () => PyVal | undefined): PyIter {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    function* run(i: number, next: () => PyVal | undefined): Generator<PyVal, void, undefined> {
      const g = e.gens[i] as Comprehension;
      for (let x = next(); x !== undefined; x = next()) {
        self.assign(g.target, x, scope);
        let ok = true;
        for (const c of g.ifs) {
          if (!truthy(self.eval(c, scope))) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (i + 1 < e.gens.length) {
          const inner = e.gens[i + 1] as Comprehension;
          yield* run(i + 1, iterate(self.eval(inner.iter, scope)));
        } else yield self.eval(e.elt, scope);
      }
    }
    const it = run(0, firstNext);
    let finished = false;
    return new PyIter('generator', () => {
      if (finished) return undefined;
      this.charge(2);
      const r = it.next();
      if (r.done) {
        finished = true;
        return undefined;
      }
      return r.value;
    });
  }
}

const FOLD_MAX_INT_BITS = 128;

const bits = (n: bigint): number => (n < 0n ? -n : n).toString(2).length;

/** safe_multiply / safe_power / safe_lshift / safe_mod from CPython's ast_opt.c. */
function foldWithinLimits(op: string, a: PyVal, b: PyVal): boolean {
  const ia = asInt(a);
  const ib = asInt(b);
  switch (op) {
    case '*': {
      if (ia !== null && ib !== null) return ia === 0n || ib === 0n || bits(ia) + bits(ib) <= FOLD_MAX_INT_BITS;
      const n = ia ?? ib;
      const other = ia !== null ? b : a;
      if (n === null) return true;
      if (other instanceof PyTuple) return other.items.length === 0 || (n >= 0n && n <= BigInt(Math.floor(256 / other.items.length)));
      if (typeof other === 'string') return other.length === 0 || (n >= 0n && n <= BigInt(Math.floor(4096 / other.length)));
      return true;
    }
    case '**':
      if (ia !== null && ib !== null && ia !== 0n && ib > 0n) return ib <= 128n && bits(ia) <= Math.floor(FOLD_MAX_INT_BITS / Number(ib));
      return true;
    case '<<':
      if (ia !== null && ib !== null && ia !== 0n && ib !== 0n) {
        return ib > 0n && ib <= BigInt(FOLD_MAX_INT_BITS) && bits(ia) <= FOLD_MAX_INT_BITS - Number(ib);
      }
      return true;
    case '%':
      return typeof a !== 'string';
    default:
      return true;
  }
}

/** `is`: identity for objects; for immutable scalars CPython's answer depends on caching. */
function isSame(a: PyVal, b: PyVal): boolean {
  if (a === null || b === null || typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  if (typeof a === 'object' || typeof b === 'object') return a === b;
  if (typeof a !== typeof b) return false;
  return typeof a === 'number' ? Object.is(a, b) : a === b;
}


export { pyRepr, unhashable, ELLIPSIS };

/** 'a'; 'a' and 'b'; 'a', 'b', and 'c' (CPython's missing_arguments). */
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0] as string;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}
