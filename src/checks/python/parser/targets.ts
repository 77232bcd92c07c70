// What may stand where a target is expected (acorn's lval.js): CPython's names for
// expressions in "cannot assign to …" messages and its invalid-target search.

import type { Expr } from '../ast';

export type TargetsKind = 'star' | 'del' | 'for';

/** _PyPegen_get_expr_name */
export function exprName(e: Expr): string {
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
export function invalidTarget(e: Expr, kind: TargetsKind): Expr | null {
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

export function isBitwiseOrLevel(e: Expr): boolean {
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
