import type { Ctx } from './objects';

// Python values. JS primitives stand for Python's immutable scalars so the hot path allocates
// nothing: null = None, boolean = bool, bigint = int, number = float, string = str.
// Everything else is an instance of one of the classes below.

export type PyVal = null | boolean | bigint | number | string | PyObj;

/** What a builtin callable receives. kwargs is null when the call had no keyword arguments. */
export type Kwargs = Map<string, PyVal> | null;
export type NativeFn = (ctx: Ctx, args: PyVal[], kwargs: Kwargs) => PyVal;

export abstract class PyObj {
  abstract readonly tname: string;
}

export class PyList extends PyObj {
  readonly tname = 'list';
  constructor(public items: PyVal[]) {
    super();
  }
}

export class PyTuple extends PyObj {
  readonly tname = 'tuple';
  constructor(readonly items: PyVal[]) {
    super();
  }
}

export interface DictEntry {
  k: PyVal;
  v: PyVal;
}

/**
 * Insertion-ordered like CPython's dict. Keys are normalised so that 1, 1.0 and True collide
 * (see hashKey in collections.ts); composite keys (tuples…) are interned per dict.
 */
export class PyDict extends PyObj {
  readonly tname = 'dict';
  readonly map = new Map<unknown, DictEntry>();
  intern: Map<string, object> | null = null;
}

export interface SetEntry {
  key: PyVal;
  /** CPython's hash as an unsigned 64-bit value (drives the table order). */
  hash: bigint;
}

/** Marks a deleted slot, like CPython's `dummy`. */
export const DUMMY: SetEntry = { key: null, hash: -1n };

/** An emulation of CPython's open-addressing set table, so iteration order matches. */
export class PySet extends PyObj {
  table: (SetEntry | null)[] = new Array<SetEntry | null>(8).fill(null);
  mask = 7;
  fill = 0;
  used = 0;
  /** Where set.pop() resumes its search, as in CPython. */
  finger = 0;
  constructor(readonly frozen: boolean) {
    super();
  }
  get tname(): string {
    return this.frozen ? 'frozenset' : 'set';
  }
}

export class PyType extends PyObj {
  readonly tname = 'type';
  /** Class attributes reachable as `int.x` (e.g. `dict.fromkeys`, `datetime.now`). */
  readonly attrs = new Map<string, PyVal>();
  constructor(
    readonly name: string,
    /** Called for `name(...)`; null when instances cannot be created this way. */
    public call: NativeFn | null,
    readonly base: PyType | null = null,
    /** The module shown in repr (`<class 'datetime.datetime'>`). */
    readonly module: string | null = null,
  ) {
    super();
  }
  /** A second base (CPython's ExceptionGroup derives from BaseExceptionGroup and Exception). */
  extraBase: PyType | null = null;
  isSubclassOf(other: PyType): boolean {
    if (this === other) return true;
    if (this.extraBase !== null && this.extraBase.isSubclassOf(other)) return true;
    return this.base !== null && this.base.isSubclassOf(other);
  }
}

export class PyFunc extends PyObj {
  readonly tname = 'builtin_function_or_method';
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** For bound methods: the receiver (shown in repr). */
    readonly self: PyVal | undefined = undefined,
    /** For unbound methods reached through a class (`str.upper`): the class name. */
    readonly ownerType: string | null = null,
  ) {
    super();
  }
}

/** A function defined by `def` or `lambda` in the learner's code. */
export class PyUserFunc extends PyObj {
  readonly tname = 'function';
  constructor(
    readonly name: string,
    readonly qualname: string,
    /** The parameters, the body and the scope analysis (ast nodes, typed loosely to keep values.ts free of ast). */
    readonly node: unknown,
    /** Default values of the positional parameters that have one (the last ones). */
    readonly defaults: PyVal[],
    readonly kwdefaults: Map<string, PyVal>,
    /** The scope the function was defined in (its closure). */
    readonly closure: unknown,
  ) {
    super();
  }
}

/** A data descriptor found on a type (`int.real`, `range.start`): only its repr and type matter here. */
export class PyDescriptor extends PyObj {
  constructor(
    /** 'attribute' for a getset_descriptor, 'member' for a member_descriptor. */
    readonly kind: 'attribute' | 'member',
    readonly name: string,
    /** The class that defines it, as CPython names it. */
    readonly owner: string,
  ) {
    super();
  }
  get tname(): string {
    return this.kind === 'attribute' ? 'getset_descriptor' : 'member_descriptor';
  }
}

export class PyModule extends PyObj {
  readonly tname = 'module';
  constructor(
    readonly name: string,
    readonly attrs: Map<string, PyVal>,
  ) {
    super();
  }
}

/** Any iterator. next() returns undefined when exhausted (StopIteration). */
export class PyIter extends PyObj {
  constructor(
    readonly tname: string,
    readonly next: () => PyVal | undefined,
  ) {
    super();
  }
}

export class PyRange extends PyObj {
  readonly tname = 'range';
  constructor(
    readonly start: bigint,
    readonly stop: bigint,
    readonly step: bigint,
  ) {
    super();
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
    return start > stop ? (start - stop - step - 1n) / -step : 0n;
  }
}

export class PyDictView extends PyObj {
  constructor(
    readonly dict: PyDict,
    readonly kind: 'keys' | 'values' | 'items',
  ) {
    super();
  }
  get tname(): string {
    return `dict_${this.kind}`;
  }
}

export class PySlice extends PyObj {
  readonly tname = 'slice';
  constructor(
    readonly start: PyVal,
    readonly stop: PyVal,
    readonly step: PyVal,
  ) {
    super();
  }
}

export class PyEllipsis extends PyObj {
  readonly tname = 'ellipsis';
}
export const ELLIPSIS = new PyEllipsis();

/** An exception instance that exists as a value (e.g. `e = ValueError("x")`). */
export class PyExcInstance extends PyObj {
  /** Attributes set by the constructor (errno, filename, msg, lineno, name, …). */
  readonly attrs = new Map<string, PyVal>();
  /** str(exc) when the interpreter raised it (its message, e.g. KeyError's repr of the key). */
  message: string | null = null;
  constructor(
    readonly cls: PyType,
    readonly args: PyVal[],
  ) {
    super();
  }
  get tname(): string {
    return this.cls.name;
  }
}

export class PyDatetime extends PyObj {
  /** CPython's tp_name, which error messages show. */
  readonly tname = 'datetime.datetime';
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly microsecond: number,
  ) {
    super();
  }
}

export class PyDate extends PyObj {
  readonly tname = 'datetime.date';
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {
    super();
  }
}

export function typeName(v: PyVal): string {
  switch (typeof v) {
    case 'string':
      return 'str';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'boolean':
      return 'bool';
    default:
      return v === null ? 'NoneType' : v.tname;
  }
}

/** int or bool (bool is an int subclass) as a bigint, else null. */
export function asInt(v: PyVal): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return null;
}

/** bytes: each byte is one char code 0..255 of `s`, so slicing, search and ordering reuse JS strings. */
export class PyBytes extends PyObj {
  readonly tname = 'bytes';
  constructor(readonly s: string) {
    super();
  }
}

/** complex: two doubles, as CPython's Py_complex. */
export class PyComplex extends PyObj {
  readonly tname = 'complex';
  constructor(
    readonly re: number,
    readonly im: number,
  ) {
    super();
  }
}
