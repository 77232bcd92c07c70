// The syntax tree. Nodes are plain objects tagged by `k`; every node carries the 1-based line
// where it starts so runtime errors can report CPython's line.

import type { PyVal } from './values';

export type Expr = ExprNode & {
  /** Set when the expression was written in parentheses (CPython's error rules look at that). */
  paren?: boolean;
};

type ExprNode =
  | { k: 'const'; line: number; value: PyVal; kind?: 'ellipsis' | 'bytes' }
  | { k: 'name'; line: number; id: string }
  | { k: 'bin'; line: number; op: string; left: Expr; right: Expr }
  | { k: 'unary'; line: number; op: '-' | '+' | '~' | 'not'; operand: Expr }
  | { k: 'bool'; line: number; op: 'and' | 'or'; values: Expr[] }
  | { k: 'cmp'; line: number; left: Expr; ops: string[]; comparators: Expr[] }
  | { k: 'ifexp'; line: number; test: Expr; body: Expr; orelse: Expr }
  | { k: 'call'; line: number; func: Expr; args: Expr[]; keywords: Keyword[] }
  | { k: 'attr'; line: number; value: Expr; attr: string }
  | { k: 'sub'; line: number; value: Expr; index: Expr }
  | { k: 'slice'; line: number; lower: Expr | null; upper: Expr | null; step: Expr | null }
  | { k: 'list'; line: number; elts: Expr[] }
  | { k: 'tuple'; line: number; elts: Expr[]; parens?: boolean }
  | { k: 'set'; line: number; elts: Expr[] }
  | { k: 'dict'; line: number; keys: (Expr | null)[]; values: Expr[] }
  | { k: 'starred'; line: number; value: Expr }
  | { k: 'comp'; line: number; kind: 'list' | 'set' | 'dict' | 'gen'; elt: Expr; value: Expr | null; gens: Comprehension[] }
  | { k: 'fstr'; line: number; parts: Expr[] }
  | { k: 'fval'; line: number; value: Expr; conv: number; spec: Expr | null }
  | { k: 'walrus'; line: number; target: string; value: Expr }
  | { k: 'lambda'; line: number; params: Params; body: Expr; scope: FuncScope }
  | { k: 'unsupported'; line: number; what: string };

export interface Keyword {
  /** null for `**mapping`. */
  arg: string | null;
  value: Expr;
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}

export type Stmt =
  | { k: 'expr'; line: number; value: Expr }
  | { k: 'assign'; line: number; targets: Expr[]; value: Expr }
  | { k: 'augassign'; line: number; target: Expr; op: string; value: Expr }
  | { k: 'annassign'; line: number; target: Expr; annotation: Expr; value: Expr | null; simple: boolean }
  | { k: 'assert'; line: number; test: Expr; msg: Expr | null }
  | { k: 'pass'; line: number }
  | { k: 'break'; line: number }
  | { k: 'continue'; line: number }
  | { k: 'del'; line: number; targets: Expr[] }
  | { k: 'import'; line: number; names: Alias[] }
  | { k: 'importfrom'; line: number; module: string; names: Alias[]; level: number }
  | { k: 'if'; line: number; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { k: 'for'; line: number; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
  | { k: 'while'; line: number; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { k: 'raise'; line: number; exc: Expr | null; cause: Expr | null }
  | { k: 'global'; line: number; names: string[] }
  | { k: 'nonlocal'; line: number; names: string[] }
  | { k: 'def'; line: number; name: string; params: Params; returns: Expr | null; body: Stmt[]; scope: FuncScope }
  | { k: 'return'; line: number; value: Expr | null }
  | { k: 'try'; line: number; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; finalbody: Stmt[] }
  | { k: 'unsupported'; line: number; what: string };

export interface Alias {
  name: string;
  asname: string | null;
}

export interface Param {
  name: string;
  default: Expr | null;
  annotation: Expr | null;
  line: number;
}

/** A function's parameters in CPython's order (posonly / normal, *args, keyword-only, **kwargs). */
export interface Params {
  posonly: Param[];
  args: Param[];
  vararg: Param | null;
  kwonly: Param[];
  kwarg: Param | null;
}

/** Which names a function body binds (its locals), and those it declares global or nonlocal. */
export interface FuncScope {
  locals: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
}

export interface Handler {
  line: number;
  /** null for a bare `except:`. */
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}
