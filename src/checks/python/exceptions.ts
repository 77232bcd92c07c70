// Exception instances as CPython 3.11's Objects/exceptions.c builds and prints them: which
// arguments each class accepts, the attributes it sets (OSError's errno/strerror/filename,
// SyntaxError's msg and location, the Unicode errors' fields) and its str().

import { toIndex } from './args';
import type { PyException} from './errors';
import { typeError, valueError } from './errors';
import { iterate, pyRepr, pyStr, type Ctx } from './objects';
import { typeByName } from './types';
import type { PyType} from './values';
import { PyExcInstance, PyList, PyTuple, type Kwargs, type PyVal, asInt, typeName } from './values';

const cls = (name: string): PyType => typeByName(name) as PyType;

/** Keyword arguments each class's __init__ accepts (all others: none). */
const KWARGS: Record<string, string[]> = {
  ImportError: ['name', 'path'],
  AttributeError: ['name', 'obj'],
  NameError: ['name'],
};

/** OSError(errno, …) picks a subclass by errno (errmap in exceptions.c, Linux numbers). */
const ERRNO_CLASS = new Map<number, string>([
  [11, 'BlockingIOError'], [114, 'BlockingIOError'], [115, 'BlockingIOError'],
  [10, 'ChildProcessError'],
  [32, 'BrokenPipeError'], [108, 'BrokenPipeError'],
  [103, 'ConnectionAbortedError'], [111, 'ConnectionRefusedError'], [104, 'ConnectionResetError'],
  [17, 'FileExistsError'], [2, 'FileNotFoundError'], [21, 'IsADirectoryError'], [20, 'NotADirectoryError'],
  [4, 'InterruptedError'], [13, 'PermissionError'], [1, 'PermissionError'], [3, 'ProcessLookupError'],
  [110, 'TimeoutError'],
]);

function kwargsClass(t: PyType): string | null {
  for (const name of Object.keys(KWARGS)) if (t.isSubclassOf(cls(name))) return name;
  return null;
}

function requireStr(v: PyVal, pos: number, fn = ''): string {
  if (typeof v !== 'string') throw typeError(`${fn}argument ${pos} must be str, not ${v === null ? 'None' : typeName(v)}`);
  return v;
}

/** BaseException.__new__ + the class's __init__. */
export function newException(ctx: Ctx, t: PyType, args: PyVal[], kwargs: Kwargs): PyExcInstance {
  if (t.isSubclassOf(cls('BaseExceptionGroup'))) return newGroup(ctx, t, args, kwargs);
  if (kwargs && kwargs.size > 0) {
    const owner = kwargsClass(t);
    if (owner === null) throw typeError(`${t.name}() takes no keyword arguments`);
    for (const k of kwargs.keys()) {
      if (!(KWARGS[owner] as string[]).includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${owner}()`);
    }
  }
  if (t.isSubclassOf(cls('OSError'))) return newOSError(t, args);
  const e = new PyExcInstance(t, args);
  if (kwargs) for (const [k, v] of kwargs) e.attrs.set(k, v);
  if (t.isSubclassOf(cls('SyntaxError'))) initSyntaxError(ctx, e, args);
  else if (t.isSubclassOf(cls('UnicodeEncodeError')) || t.isSubclassOf(cls('UnicodeDecodeError'))) {
    if (args.length !== 5) throw typeError(`function takes exactly 5 arguments (${args.length} given)`);
    e.attrs.set('encoding', requireStr(args[0] as PyVal, 1));
    if (t.isSubclassOf(cls('UnicodeDecodeError'))) {
      // the object must be bytes-like, which this trainer has no value for
      throw typeError(`a bytes-like object is required, not '${typeName(args[1] as PyVal)}'`);
    }
    e.attrs.set('object', requireStr(args[1] as PyVal, 2));
    e.attrs.set('start', toIndex(args[2] as PyVal));
    e.attrs.set('end', toIndex(args[3] as PyVal));
    e.attrs.set('reason', requireStr(args[4] as PyVal, 5));
  } else if (t.isSubclassOf(cls('UnicodeTranslateError'))) {
    if (args.length !== 4) throw typeError(`function takes exactly 4 arguments (${args.length} given)`);
    e.attrs.set('object', requireStr(args[0] as PyVal, 1));
    e.attrs.set('start', toIndex(args[1] as PyVal));
    e.attrs.set('end', toIndex(args[2] as PyVal));
    e.attrs.set('reason', requireStr(args[3] as PyVal, 4));
  } else if (t.isSubclassOf(cls('StopIteration'))) {
    e.attrs.set('value', args.length > 0 ? (args[0] as PyVal) : null);
  } else if (t.isSubclassOf(cls('SystemExit'))) {
    e.attrs.set('code', args.length === 0 ? null : args.length === 1 ? (args[0] as PyVal) : new PyTuple(args));
  }
  return e;
}

function newOSError(t: PyType, args: PyVal[]): PyExcInstance {
  const n = args.length;
  let type = t;
  // the errno picks a subclass only when the arguments have OSError's shape (2 to 5)
  const errno = n >= 2 && n <= 5 ? asInt(args[0] as PyVal) : null;
  if (t === cls('OSError') && errno !== null && errno < 1000n) {
    const sub = ERRNO_CLASS.get(Number(errno));
    if (sub) type = cls(sub);
  }
  if (n < 2 || n > 5) return new PyExcInstance(type, args);
  const isBlocking = type.isSubclassOf(cls('BlockingIOError'));
  // BlockingIOError's third argument is characters_written when it is an int
  const written = isBlocking && n >= 3 && (typeof args[2] === 'bigint' || typeof args[2] === 'boolean');
  const hasFilename = n >= 3 && !written;
  const e = new PyExcInstance(type, hasFilename ? args.slice(0, 2) : args);
  e.attrs.set('errno', args[0] as PyVal);
  e.attrs.set('strerror', args[1] as PyVal);
  if (hasFilename) {
    e.attrs.set('filename', args[2] as PyVal);
    if (n === 5) e.attrs.set('filename2', args[4] as PyVal);
  }
  if (written) e.attrs.set('characters_written', args[2] as PyVal);
  return e;
}

function initSyntaxError(ctx: Ctx, e: PyExcInstance, args: PyVal[]): void {
  if (args.length >= 1) e.attrs.set('msg', args[0] as PyVal);
  if (args.length !== 2) return;
  const info: PyVal[] = [];
  const src = args[1] as PyVal;
  if (src instanceof PyTuple || src instanceof PyList) info.push(...src.items);
  else {
    const next = iterate(src);
    for (let x = next(); x !== undefined; x = next()) {
      ctx.charge(1);
      info.push(x);
    }
  }
  if (info.length < 4) throw typeError(`function takes at least 4 arguments (${info.length} given)`);
  if (info.length > 6) throw typeError(`function takes at most 6 arguments (${info.length} given)`);
  ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'].forEach((k, i) => {
    if (i < info.length) e.attrs.set(k, info[i] as PyVal);
  });
}

function newGroup(ctx: Ctx, t: PyType, args: PyVal[], kwargs: Kwargs): PyExcInstance {
  if (args.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  requireStr(args[0] as PyVal, 1, 'BaseExceptionGroup.__new__() ');
  const excs = args[1] as PyVal;
  let items: PyVal[];
  if (excs instanceof PyList || excs instanceof PyTuple) items = excs.items;
  else if (typeof excs === 'string') items = Array.from(excs);
  else throw typeError('second argument (exceptions) must be a sequence');
  if (items.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
  let allExceptions = true;
  items.forEach((x, i) => {
    ctx.charge(1);
    if (!(x instanceof PyExcInstance)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.cls.isSubclassOf(cls('Exception'))) allExceptions = false;
  });
  let type = t;
  if (t === cls('BaseExceptionGroup') && allExceptions) type = cls('ExceptionGroup');
  if (type.isSubclassOf(cls('Exception')) && !allExceptions) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  // __new__ validates everything above; __init__ then refuses keyword arguments
  if (kwargs && kwargs.size > 0) throw typeError(`${type.name}() takes no keyword arguments`);
  const e = new PyExcInstance(type, args);
  e.attrs.set('message', args[0] as PyVal);
  e.attrs.set('exceptions', new PyTuple(items.slice()));
  return e;
}

const escapeChar = (c: number): string =>
  c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : c <= 0xffff ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;

/** str(exc) */
export function excStr(v: PyExcInstance): string {
  if (v.message !== null) return v.message;
  const t = v.cls;
  const a = v.attrs;
  if (t.isSubclassOf(cls('OSError'))) {
    if (a.has('filename2')) {
      return `[Errno ${pyStr(a.get('errno') as PyVal)}] ${pyStr(a.get('strerror') as PyVal)}: ${pyRepr(a.get('filename') as PyVal)} -> ${pyRepr(a.get('filename2') as PyVal)}`;
    }
    if (a.has('filename')) return `[Errno ${pyStr(a.get('errno') as PyVal)}] ${pyStr(a.get('strerror') as PyVal)}: ${pyRepr(a.get('filename') as PyVal)}`;
    if (a.has('errno')) return `[Errno ${pyStr(a.get('errno') as PyVal)}] ${pyStr(a.get('strerror') as PyVal)}`;
  } else if (t.isSubclassOf(cls('SyntaxError'))) {
    const msg = pyStr(a.has('msg') ? (a.get('msg') as PyVal) : null);
    const f = a.get('filename');
    const filename = typeof f === 'string' ? f.slice(f.lastIndexOf('/') + 1) : null;
    const lineno = a.get('lineno');
    const hasLine = typeof lineno === 'bigint';
    if (filename !== null && hasLine) return `${msg} (${filename}, line ${lineno})`;
    if (filename !== null) return `${msg} (${filename})`;
    if (hasLine) return `${msg} (line ${lineno})`;
    return msg;
  } else if (a.has('reason')) {
    const obj = a.get('object') as string;
    const start = a.get('start') as bigint;
    const end = a.get('end') as bigint;
    const reason = a.get('reason') as string;
    const cps = Array.from(obj);
    const translate = t.isSubclassOf(cls('UnicodeTranslateError'));
    const head = translate ? "can't translate" : `'${a.get('encoding') as string}' codec can't encode`;
    if (start >= 0n && start < BigInt(cps.length) && end === start + 1n) {
      return `${head} character '${escapeChar((cps[Number(start)] as string).codePointAt(0) as number)}' in position ${start}: ${reason}`;
    }
    return `${head} characters in position ${start}-${end - 1n}: ${reason}`;
  } else if (a.has('exceptions')) {
    const n = (a.get('exceptions') as PyTuple).items.length;
    return `${pyStr(a.get('message') as PyVal)} (${n} sub-exception${n > 1 ? 's' : ''})`;
  }
  if (v.args.length === 0) return '';
  if (v.args.length === 1) {
    const x = v.args[0] as PyVal;
    return t.isSubclassOf(cls('KeyError')) ? pyRepr(x) : pyStr(x);
  }
  return pyRepr(new PyTuple(v.args));
}

/** Instance attributes of an exception (args plus what its __init__ set), or undefined. */
export function excAttr(v: PyExcInstance, name: string): PyVal | undefined {
  if (name === 'args') return new PyTuple(v.args);
  const own = v.attrs.get(name);
  if (own !== undefined) return own;
  const t = v.cls;
  const none = (names: string[]): PyVal | undefined => (names.includes(name) ? null : undefined);
  if (t.isSubclassOf(cls('OSError'))) return none(['errno', 'strerror', 'filename', 'filename2']);
  if (t.isSubclassOf(cls('SyntaxError'))) return none(['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']);
  if (t.isSubclassOf(cls('ImportError'))) {
    if (name === 'msg') return v.args.length === 1 ? (v.args[0] as PyVal) : null;
    return none(['name', 'path']);
  }
  if (t.isSubclassOf(cls('NameError'))) return none(['name']);
  if (t.isSubclassOf(cls('AttributeError'))) return none(['name', 'obj']);
  if (t.isSubclassOf(cls('StopIteration'))) return none(['value']);
  if (t.isSubclassOf(cls('SystemExit'))) return none(['code']);
  return undefined;
}

/** An exception raised by the interpreter, as the instance `except … as e` binds. */
export function instanceOf(e: PyException): PyExcInstance {
  if (e.instance) return e.instance;
  const t = typeByName(e.type) ?? cls('Exception');
  const inst = new PyExcInstance(t, e.message === '' ? [] : [e.args === undefined ? e.message : e.args]);
  inst.message = e.message;
  e.instance = inst;
  return inst;
}

/** The message runCells reports: str(exc), but a SyntaxError's own msg (as for compile errors). */
export function raisedMessage(v: PyExcInstance): string {
  if (v.cls.isSubclassOf(cls('SyntaxError'))) {
    const msg = v.attrs.get('msg');
    if (typeof msg === 'string') return msg;
  }
  return excStr(v);
}
