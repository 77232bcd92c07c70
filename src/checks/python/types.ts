// The built-in classes as values (`int`, `str`, `ValueError`…): type(), isinstance() and the
// exception hierarchy. Built once at module load and never changed afterwards.

import { newException } from './exceptions';
import { PyDescriptor, PyExcInstance, PyType, type PyVal, type NativeFn } from './values';

const registry = new Map<string, PyType>();

function def(name: string, base: PyType | null, call: NativeFn | null = null, module: string | null = null): PyType {
  const t = new PyType(name, call, base, module);
  registry.set(module ? `${module}.${name}` : name, t);
  return t;
}

export const OBJECT = def('object', null);
export const TYPE = def('type', OBJECT);
export const INT = def('int', OBJECT);
export const BOOL = def('bool', INT);
export const FLOAT = def('float', OBJECT);
export const STR = def('str', OBJECT);
export const LIST = def('list', OBJECT);
export const TUPLE = def('tuple', OBJECT);
export const DICT = def('dict', OBJECT);
export const SET = def('set', OBJECT);
export const FROZENSET = def('frozenset', OBJECT);
export const RANGE = def('range', OBJECT);
export const NONETYPE = def('NoneType', OBJECT);
export const SLICE = def('slice', OBJECT);
export const ENUMERATE = def('enumerate', OBJECT);
export const ZIP = def('zip', OBJECT);
export const MAP = def('map', OBJECT);
export const FILTER = def('filter', OBJECT);
export const REVERSED = def('reversed', OBJECT);
export const COMPLEX = def('complex', OBJECT);
export const BYTES = def('bytes', OBJECT);
export const DATE = def('date', OBJECT, null, 'datetime');
export const DATETIME = def('datetime', DATE, null, 'datetime');

for (const name of [
  'builtin_function_or_method', 'function', 'getset_descriptor', 'member_descriptor', 'module', 'ellipsis', 'generator', 'list_iterator', 'tuple_iterator',
  'str_ascii_iterator', 'str_iterator', 'set_iterator', 'dict_keyiterator', 'dict_valueiterator',
  'dict_itemiterator', 'range_iterator', 'list_reverseiterator', 'dict_keys', 'dict_values', 'dict_items',
  'callable_iterator',
]) {
  def(name, OBJECT);
}

// Exceptions: the CPython 3.11 hierarchy (the parts a learner can reach).
const EXC_TREE: [string, string][] = [
  ['BaseException', 'object'],
  ['Exception', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['FloatingPointError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['FileNotFoundError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopIteration', 'Exception'],
  ['StopAsyncIteration', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['BaseExceptionGroup', 'BaseException'],
  ['ExceptionGroup', 'BaseExceptionGroup'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['DeprecationWarning', 'Warning'],
  ['UserWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
];

export const EXCEPTION_NAMES: string[] = [];
for (const [name, baseName] of EXC_TREE) {
  const base = registry.get(baseName) ?? OBJECT;
  const t = def(name, base);
  t.call = (ctx, args, kwargs) => newException(ctx, t, args, kwargs);
  EXCEPTION_NAMES.push(name);
}
export const BASE_EXCEPTION = registry.get('BaseException') as PyType;
(registry.get('ExceptionGroup') as PyType).extraBase = registry.get('Exception') as PyType;
/** Other names CPython binds to an exception class (aliases of OSError). */
export const EXCEPTION_ALIASES: [string, PyType][] = [
  ['IOError', registry.get('OSError') as PyType],
  ['EnvironmentError', registry.get('OSError') as PyType],
];

export function typeByName(name: string): PyType | undefined {
  return registry.get(name);
}

const PRIMITIVE_TYPES: Record<string, PyType> = {
  string: STR,
  bigint: INT,
  number: FLOAT,
  boolean: BOOL,
};

export function typeOf(v: PyVal): PyType {
  if (v === null) return NONETYPE;
  const prim = PRIMITIVE_TYPES[typeof v];
  if (prim) return prim;
  if (v instanceof PyExcInstance) return v.cls;
  if (v instanceof PyType) return TYPE;
  const t = registry.get((v as { tname: string }).tname);
  if (t) return t;
  return OBJECT;
}

/** Data descriptors of the built-in classes: [defining class, kind, names]. */
const DESCRIPTORS: [string, 'attribute' | 'member', string[]][] = [
  ['int', 'attribute', ['real', 'imag', 'numerator', 'denominator']],
  ['float', 'attribute', ['real', 'imag']],
  ['range', 'member', ['start', 'stop', 'step']],
  ['slice', 'member', ['start', 'stop', 'step']],
  ['BaseException', 'attribute', ['args']],
  ['OSError', 'member', ['errno', 'strerror', 'filename', 'filename2']],
  ['OSError', 'attribute', ['characters_written']],
  ['SyntaxError', 'member', ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']],
  ['StopIteration', 'member', ['value']],
  ['SystemExit', 'member', ['code']],
  ['ImportError', 'member', ['msg', 'name', 'path']],
  ['AttributeError', 'member', ['name', 'obj']],
  ['NameError', 'member', ['name']],
  ['UnicodeEncodeError', 'member', ['encoding', 'object', 'start', 'end', 'reason']],
  ['UnicodeDecodeError', 'member', ['encoding', 'object', 'start', 'end', 'reason']],
  ['UnicodeTranslateError', 'member', ['encoding', 'object', 'start', 'end', 'reason']],
  ['BaseExceptionGroup', 'member', ['message', 'exceptions']],
  ['datetime.date', 'attribute', ['year', 'month', 'day']],
  ['datetime.datetime', 'attribute', ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold']],
];

const descriptorCache = new Map<string, PyDescriptor>();

/** `T.name` for a data descriptor T or a base class defines, else undefined. */
export function typeDescriptor(t: PyType, name: string): PyDescriptor | undefined {
  for (const [owner, kind, names] of DESCRIPTORS) {
    if (!names.includes(name)) continue;
    const ot = registry.get(owner);
    if (!ot || !t.isSubclassOf(ot)) continue;
    const key = `${owner}.${name}`;
    let d = descriptorCache.get(key);
    if (!d) {
      d = new PyDescriptor(kind, name, owner);
      descriptorCache.set(key, d);
    }
    return d;
  }
  return undefined;
}
