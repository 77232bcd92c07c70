// The builtins namespace. Functions that exist in CPython but are outside the trainer's
// subset are present (so the name is defined) and raise NotSupportedError when called.

import { fromhexCall } from './float-hex';
import { bytesNew, decodeBytes } from './bytes';
import { complexAbs, complexFromString, complexNew, toComplex } from './complex';
import { bindArgs, checkPositional, noKwargs, oneArg, positional, toIndex, toSsize } from './args';
import { divmod, unsupportedOperands, binaryOp } from './arith';
import { PyException, notSupported, overflowError, typeError, valueError, zeroDivision } from './errors';
import { formatValue, pyAscii } from './format';
import { dictFromKeys, dictUpdate, getAttr, makeDate, makeDatetime, rangeContains, sortArgs, sortList, toList } from './methods';
import {
  INT_MAX_STR_DIGITS,
  floatToInt,
  intToFloat,
  modInt,
  roundFloat,
  roundFloatToInt,
  checkIntSize,
} from './numbers';
import {
  COST_SET_ITEM,
  type Ctx,
  checkSize,
  iterate,
  pyHash,
  pyLen,
  pyOrder,
  pyRepr,
  pyStr,
  setFromItems,
  setUpdateFrom,
  truthy,
} from './objects';
import { decimalValue, isSpaceCode } from './strings';
import {
  BOOL,
  BYTES,
  COMPLEX,
  DATE,
  DATETIME,
  DICT,
  ENUMERATE,
  EXCEPTION_ALIASES,
  EXCEPTION_NAMES,
  FILTER,
  FLOAT,
  FROZENSET,
  INT,
  LIST,
  MAP,
  OBJECT,
  RANGE,
  REVERSED,
  SET,
  SLICE,
  STR,
  TUPLE,
  TYPE,
  ZIP,
  typeByName,
  typeOf,
} from './types';
import {
  PyDate,
  PyDatetime,
  PyBytes,
  PyComplex,
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
  type NativeFn,
  type PyVal,
  asInt,
  typeName,
} from './values';

// ---------------------------------------------------------------------------------------------
// numeric conversions from text

/** Python's str.strip() on whitespace plus Unicode digits mapped to ASCII. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** PyLong_FromString and float() strip only C's isspace (ASCII): `\x1c`-`\x1f` stay and fail. */
function stripAsciiSpace(s: string): string {
  return s.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII without the strip; null if a character has no ASCII form. */
function complexText(s: string): string | null {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 128) out += ch;
    else if (isSpaceCode(c)) out += ' ';
    else {
      const d = decimalValue(ch);
      if (d < 0) return null;
      out += String(d);
    }
  }
  return out;
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII, then the ASCII strip. */
function normaliseNumberText(s: string): string | null {
  if (isAscii(s)) return stripAsciiSpace(s);
  const out = complexText(s);
  return out === null ? null : stripAsciiSpace(out);
}

/**
 * CPython scans the digits before converting: past 4,300 of them (leading zeros and digits
 * before an invalid character count) a base that is not a power of two fails on the limit.
 */
function checkDigitLimit(s: string, base: number): void {
  if ((base & (base - 1)) === 0) return;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : c >= 65 && c <= 90 ? c - 55 : c === 95 ? -2 : -1;
    if (d === -2) {
      if (count === 0 || s.charCodeAt(i + 1) === 95) break;
      continue;
    }
    if (d < 0 || d >= base) break;
    count++;
  }
  if (count > INT_MAX_STR_DIGITS) {
    throw valueError(
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${count} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
}

const DIGIT_RE: Record<number, RegExp> = {};

export function intFromString(orig: string, base: number): bigint {
  const fail = (): PyException => {
    const r = Array.from(pyRepr(orig)).slice(0, 200).join('');
    return valueError(`invalid literal for int() with base ${base}: ${r}`);
  };
  let s = normaliseNumberText(orig);
  if (s === null) throw fail();
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let b = base;
  const lower = s.slice(0, 2).toLowerCase();
  let prefixed = false;
  if (b === 0) {
    if (lower === '0x') b = 16;
    else if (lower === '0o') b = 8;
    else if (lower === '0b') b = 2;
    else b = 10;
    if (b !== 10) prefixed = true;
    else {
      checkDigitLimit(s, 10);
      if (/^0/.test(s) && !/^0(_?0)*$/.test(s)) throw fail();
    }
  } else if ((b === 16 && lower === '0x') || (b === 8 && lower === '0o') || (b === 2 && lower === '0b')) prefixed = true;
  if (prefixed) {
    s = s.slice(2);
    if (s[0] === '_') s = s.slice(1);
  }
  checkDigitLimit(s, b);
  if (s === '' || s[0] === '_' || s[s.length - 1] === '_' || s.includes('__')) throw fail();
  const digits = s.split('_').join('').toLowerCase();
  const re = DIGIT_RE[b] ?? new RegExp(`^[${'0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b)}]+$`);
  if (!re.test(digits)) throw fail();
  let v: bigint;
  if (b === 10) v = BigInt(digits);
  else if (b === 16) v = BigInt('0x' + digits);
  else if (b === 8) v = BigInt('0o' + digits);
  else if (b === 2) v = BigInt('0b' + digits);
  else {
    if (digits.length > 20000) throw notSupported('int() of very long strings in this base');
    v = 0n;
    const bb = BigInt(b);
    for (const ch of digits) v = v * bb + BigInt(parseInt(ch, 36));
  }
  return checkIntSize(neg ? -v : v);
}

const FLOAT_RE = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i;

export function floatFromString(orig: string): number {
  const fail = (): PyException => valueError(`could not convert string to float: ${pyRepr(orig)}`);
  let s = normaliseNumberText(orig);
  if (s === null) throw fail();
  if (s.includes('_')) {
    // underscores only between digits
    if (!/^[+-]?(?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?$/.test(s) || /(^|[^\d])_|_($|[^\d])/.test(s)) {
      throw fail();
    }
    s = s.split('_').join('');
  }
  if (!FLOAT_RE.test(s)) throw fail();
  const low = s.toLowerCase();
  const sign = low[0] === '-' ? -1 : 1;
  const body = low[0] === '-' || low[0] === '+' ? low.slice(1) : low;
  if (body === 'nan') return NaN;
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  return Number(s);
}

// ---------------------------------------------------------------------------------------------
// constructors (called through the type objects)

function intCall(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  if (args.length > 2) throw typeError(`int() takes at most 2 arguments (${args.length} given)`);
  // x is positional-only (int(x="30") is a TypeError); base may be a keyword
  if (kwargs?.has('x')) throw typeError("'x' is an invalid keyword argument for int()");
  const b = bindArgs('int', args, kwargs, ['x', 'base'], 0);
  const x = b.get('x');
  const baseArg = b.get('base');
  if (x === undefined) {
    if (baseArg !== undefined) throw typeError("int() missing string argument");
    return 0n;
  }
  if (baseArg !== undefined) {
    const base = toIndex(baseArg);
    if (typeof x !== 'string' && !(x instanceof PyBytes)) throw typeError("int() can't convert non-string with explicit base");
    if (!(base === 0n || (base >= 2n && base <= 36n))) throw valueError('int() base must be >= 2 and <= 36, or 0');
    if (x instanceof PyBytes) return fromBytesText(x, `invalid literal for int() with base ${base}: `, () => intFromString(x.s, Number(base)));
    return intFromString(x, Number(base));
  }
  if (typeof x === 'string') return intFromString(x, 10);
  if (x instanceof PyBytes) return fromBytesText(x, 'invalid literal for int() with base 10: ', () => intFromString(x.s, 10));
  const n = asInt(x);
  if (n !== null) return n;
  if (typeof x === 'number') return floatToInt(x);
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

/**
 * int()/float() of bytes parse the bytes as ASCII text with the str parser; a byte >= 0x80 can
 * never be part of a number there (as Latin-1 it could read as a space), and the error message
 * shows the bytes' repr.
 */
function fromBytesText<T>(x: PyBytes, what: string, parse: () => T): T {
  const fail = (): PyException => valueError(what + pyRepr(x));
  if (/[\x80-\xff]/.test(x.s)) throw fail();
  try {
    return parse();
  } catch (e) {
    if (e instanceof PyException && e.type === 'ValueError' && e.message.startsWith(what)) throw fail();
    throw e;
  }
}

function floatCall(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('float', kwargs);
  checkPositional('float', args.length, 0, 1);
  if (args.length === 0) return 0.0;
  const x = args[0] as PyVal;
  if (typeof x === 'number') return x;
  if (typeof x === 'string') return floatFromString(x);
  if (x instanceof PyBytes) return fromBytesText(x, 'could not convert string to float: ', () => floatFromString(x.s));
  const n = asInt(x);
  if (n !== null) return intToFloat(n);
  throw typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

function strCall(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  if (args.length > 3) throw typeError(`str() takes at most 3 arguments (${args.length} given)`);
  const b = bindArgs('str', args, kwargs, ['object', 'encoding', 'errors'], 0);
  if (b.has('encoding') || b.has('errors')) {
    const enc = b.get('encoding');
    if (enc !== undefined && typeof enc !== 'string') throw typeError(`str() argument 'encoding' must be str, not ${typeName(enc)}`);
    const err = b.get('errors');
    if (err !== undefined && typeof err !== 'string') throw typeError(`str() argument 'errors' must be str, not ${typeName(err)}`);
    const o = b.get('object');
    if (o === undefined) return '';
    if (o instanceof PyBytes) return decodeBytes(o, (enc as string | undefined) ?? 'utf-8', (err as string | undefined) ?? 'strict');
    throw typeError(`decoding to str: need a bytes-like object, ${typeName(o)} found`);
  }
  const o = b.get('object');
  return o === undefined ? '' : pyStr(o, _ctx);
}

function boolCall(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('bool', kwargs);
  checkPositional('bool', args.length, 0, 1);
  return args.length === 0 ? false : truthy(args[0] as PyVal);
}

function listCall(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('list', kwargs);
  checkPositional('list', args.length, 0, 1);
  return new PyList(args.length === 0 ? [] : toList(ctx, args[0] as PyVal));
}

function tupleCall(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('tuple', kwargs);
  checkPositional('tuple', args.length, 0, 1);
  if (args[0] instanceof PyTuple) return args[0];
  return new PyTuple(args.length === 0 ? [] : toList(ctx, args[0] as PyVal));
}

function dictCall(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  checkPositional('dict', args.length, 0, 1);
  const d = new PyDict();
  if (args.length === 1) dictUpdate(ctx, d, args[0] as PyVal);
  if (kwargs) for (const [k, v] of kwargs) d.map.set(k, { k, v });
  return d;
}

function setCall(frozen: boolean): NativeFn {
  const name = frozen ? 'frozenset' : 'set';
  return (ctx, args, kwargs) => {
    noKwargs(name, kwargs);
    checkPositional(name, args.length, 0, 1);
    const s = new PySet(frozen);
    if (args.length === 1) {
      const src = args[0] as PyVal;
      if (frozen && src instanceof PySet && src.frozen) return src;
      setUpdateFrom(s, src, () => toList(ctx, src));
      ctx.charge(s.used * COST_SET_ITEM);
    }
    return s;
  };
}

function rangeCall(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('range', kwargs);
  checkPositional('range', args.length, 1, 3);
  const nums = args.map((a) => toIndex(a));
  if (nums.length === 1) return new PyRange(0n, nums[0] as bigint, 1n);
  const step = nums.length === 3 ? (nums[2] as bigint) : 1n;
  if (step === 0n) throw valueError('range() arg 3 must not be zero');
  return new PyRange(nums[0] as bigint, nums[1] as bigint, step);
}

function typeCall(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  if (args.length === 1 && !(kwargs && kwargs.size)) return typeOf(args[0] as PyVal);
  if (args.length === 3) throw notSupported('creating classes with type()');
  throw typeError('type() takes 1 or 3 arguments');
}

function sliceCall(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('slice', kwargs);
  checkPositional('slice', args.length, 1, 3);
  if (args.length === 1) return new PySlice(null, args[0] as PyVal, null);
  return new PySlice(args[0] as PyVal, args[1] as PyVal, args.length > 2 ? (args[2] as PyVal) : null);
}

function enumerateCall(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  // enumerate's own vectorcall refuses these before the general argument parser sees them
  for (const k of kwargs?.keys() ?? []) {
    if (k !== 'iterable' && k !== 'start') throw typeError(`'${k}' is an invalid keyword argument for enumerate()`);
  }
  if (kwargs && args.length === 0 && kwargs.has('start') && !kwargs.has('iterable')) {
    throw typeError("'start' is an invalid keyword argument for enumerate()");
  }
  if (kwargs && args.length > 0 && kwargs.has('iterable')) throw typeError("'iterable' is an invalid keyword argument for enumerate()");
  const b = bindArgs('enumerate', args, kwargs, ['iterable', 'start'], 1);
  const next = iterate(b.get('iterable') as PyVal);
  const st = b.get('start');
  let i = st === undefined ? 0n : toIndex(st);
  return new PyIter('enumerate', () => {
    const x = next();
    if (x === undefined) return undefined;
    ctx.charge(1);
    return new PyTuple([i++, x]);
  });
}

function zipCall(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  let strict = false;
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k !== 'strict') throw typeError(`'${k}' is an invalid keyword argument for zip()`);
      strict = truthy(v);
    }
  }
  const nexts = args.map((a) => iterate(a));
  let done = false;
  return new PyIter('zip', () => {
    if (done || nexts.length === 0) return undefined;
    const items: PyVal[] = [];
    for (let i = 0; i < nexts.length; i++) {
      const x = (nexts[i] as () => PyVal | undefined)();
      if (x === undefined) {
        done = true;
        if (strict) {
          if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? `s 1-${i}` : ' 1'}`);
          for (let j = 1; j < nexts.length; j++) {
            if ((nexts[j] as () => PyVal | undefined)() !== undefined) {
              throw valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? `s 1-${j}` : ' 1'}`);
            }
          }
        }
        return undefined;
      }
      items.push(x);
    }
    ctx.charge(1);
    return new PyTuple(items);
  });
}

function reversedCall(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('reversed', kwargs);
  checkPositional('reversed', args.length, 1, 1);
  const v = args[0] as PyVal;
  let items: PyVal[];
  let tname = 'reversed';
  if (v instanceof PyList) {
    // a list_reverseiterator walks the live list
    const l = v;
    let i = l.items.length - 1;
    return new PyIter('list_reverseiterator', () => {
      if (i >= 0 && i < l.items.length) return l.items[i--] as PyVal;
      i = -1;
      return undefined;
    });
  }
  if (v instanceof PyTuple) items = v.items;
  else if (typeof v === 'string') items = Array.from(v);
  else if (v instanceof PyRange) {
    const r = v;
    const len = r.length;
    let k = len - 1n;
    return new PyIter('range_iterator', () => (k >= 0n ? r.start + r.step * k-- : undefined));
  } else if (v instanceof PyDict || v instanceof PyDictView) {
    const d = v instanceof PyDict ? v : v.dict;
    const kind = v instanceof PyDict ? 'keys' : v.kind;
    const entries = Array.from(d.map.values());
    items = entries.map((e) => (kind === 'keys' ? e.k : kind === 'values' ? e.v : new PyTuple([e.k, e.v])));
    tname = `dict_reverse${kind === 'keys' ? 'key' : kind === 'values' ? 'value' : 'item'}iterator`;
  } else throw typeError(`'${typeName(v)}' object is not reversible`);
  let i = items.length - 1;
  return new PyIter(tname, () => (i >= 0 ? (items[i--] as PyVal) : undefined));
}

function mapCall(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('map', kwargs);
  if (args.length < 2) throw typeError('map() must have at least two arguments.');
  const fn = args[0] as PyVal;
  const nexts = args.slice(1).map((a) => iterate(a));
  return new PyIter('map', () => {
    const items: PyVal[] = [];
    for (const n of nexts) {
      const x = n();
      if (x === undefined) return undefined;
      items.push(x);
    }
    return ctx.call(fn, items, null);
  });
}

function filterCall(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('filter', kwargs);
  checkPositional('filter', args.length, 2, 2);
  const fn = args[0] as PyVal;
  const next = iterate(args[1] as PyVal);
  return new PyIter('filter', () => {
    for (;;) {
      const x = next();
      if (x === undefined) return undefined;
      ctx.charge(1);
      if (truthy(fn === null ? x : ctx.call(fn, [x], null))) return x;
    }
  });
}

INT.call = intCall;
BOOL.call = boolCall;
FLOAT.call = floatCall;
STR.call = strCall;
LIST.call = listCall;
TUPLE.call = tupleCall;
DICT.call = dictCall;
SET.call = setCall(false);
FROZENSET.call = setCall(true);
RANGE.call = rangeCall;
TYPE.call = typeCall;
SLICE.call = sliceCall;
ENUMERATE.call = enumerateCall;
ZIP.call = zipCall;
REVERSED.call = reversedCall;
MAP.call = mapCall;
FILTER.call = filterCall;
OBJECT.call = () => {
  throw notSupported('object()');
};
COMPLEX.call = (_ctx, args, kwargs) => {
  const b = bindArgs('complex', args, kwargs, ['real', 'imag'], 0);
  const real = b.get('real');
  if (typeof real === 'string' && b.get('imag') === undefined) return complexFromString(real, complexText(real));
  return complexNew(real, b.get('imag'));
};
BYTES.call = (ctx, args, kwargs) => {
  if (args.length > 3) throw typeError(`bytes() takes at most 3 arguments (${args.length} given)`);
  const b = bindArgs('bytes', args, kwargs, ['source', 'encoding', 'errors'], 0);
  return bytesNew(ctx, b.get('source'), b.get('encoding'), b.get('errors'));
};
DICT.attrs.set('fromkeys', new PyFunc('fromkeys', dictFromKeys, DICT));
FLOAT.attrs.set('fromhex', new PyFunc('fromhex', (_ctx, args, kwargs) => fromhexCall(args, kwargs), FLOAT));

// ---------------------------------------------------------------------------------------------
// datetime

function datetimeArgs(fname: string, names: string[], required: number, args: PyVal[], kwargs: Kwargs): number[] {
  const b = bindArgs(fname, args, kwargs, names, required, ['tzinfo', 'fold']);
  if (b.has('tzinfo') && b.get('tzinfo') !== null) throw notSupported('time zones');
  return names.map((n, i) => {
    const v = b.get(n);
    if (v === undefined) return i < 3 ? 1 : 0;
    const x = asInt(v);
    if (x === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    if (x > 2147483647n || x < -2147483648n) throw overflowError('signed integer is greater than maximum');
    return Number(x);
  });
}

DATETIME.call = (_ctx, args, kwargs) => {
  const f = datetimeArgs('', ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond'], 3, args, kwargs);
  return makeDatetime(f);
};
DATE.call = (_ctx, args, kwargs) => {
  const f = datetimeArgs('', ['year', 'month', 'day'], 3, args, kwargs);
  return makeDate(f[0] as number, f[1] as number, f[2] as number);
};
const nowFn = new PyFunc(
  'now',
  (ctx, args, kwargs) => {
    const b = bindArgs('now', args, kwargs, ['tz'], 0);
    if (b.has('tz') && b.get('tz') !== null) throw notSupported('time zones');
    return ctx.now();
  },
  DATETIME,
);
DATETIME.attrs.set('now', nowFn);
DATETIME.attrs.set(
  'utcnow',
  new PyFunc('utcnow', (ctx, args, kwargs) => (positional('utcnow', args, kwargs, 0, 0), ctx.utcnow()), DATETIME),
);
DATETIME.attrs.set(
  'today',
  new PyFunc('today', (ctx, args, kwargs) => (positional('today', args, kwargs, 0, 0), ctx.now()), DATETIME),
);
DATE.attrs.set(
  'today',
  new PyFunc(
    'today',
    (ctx, args, kwargs) => {
      positional('today', args, kwargs, 0, 0);
      const n = ctx.now();
      return new PyDate(n.year, n.month, n.day);
    },
    DATE,
  ),
);
const fromIso = (isDatetime: boolean): NativeFn => (_ctx, args, kwargs) => {
  const s = oneArg('fromisoformat', args, kwargs);
  if (typeof s !== 'string') throw typeError('fromisoformat: argument must be str');
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{3}|\d{6}))?)?)?)?$/.exec(s);
  if (!m || (!isDatetime && m[4] !== undefined)) throw valueError(`Invalid isoformat string: ${pyRepr(s)}`);
  const us = m[7] === undefined ? 0 : m[7].length === 3 ? Number(m[7]) * 1000 : Number(m[7]);
  const f = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? 0 : Number(x)));
  if (!isDatetime) return makeDate(f[0] as number, f[1] as number, f[2] as number);
  return makeDatetime([...f, us]);
};
DATETIME.attrs.set('fromisoformat', new PyFunc('fromisoformat', fromIso(true), DATETIME));
DATE.attrs.set('fromisoformat', new PyFunc('fromisoformat', fromIso(false), DATE));

export function datetimeModule(): PyModule {
  return new PyModule(
    'datetime',
    new Map<string, PyVal>([
      ['datetime', DATETIME],
      ['date', DATE],
      ['MINYEAR', 1n],
      ['MAXYEAR', 9999n],
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// builtin functions

function fn(name: string, f: NativeFn): [string, PyFunc] {
  return [name, new PyFunc(name, f)];
}

function printFn(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  let sep = ' ';
  let end = '\n';
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k === 'sep' || k === 'end') {
        if (v !== null && typeof v !== 'string') throw typeError(`${k} must be None or a string, not ${typeName(v)}`);
        if (v !== null) {
          if (k === 'sep') sep = v;
          else end = v;
        }
      } else if (k === 'file') {
        if (v !== null) throw notSupported('print(file=...)');
      } else if (k !== 'flush') throw typeError(`'${k}' is an invalid keyword argument for print()`);
    }
  }
  let text = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) text += sep;
    text += pyStr(args[i] as PyVal, ctx);
    checkSize(text.length);
  }
  ctx.write(text + end);
  return null;
}

function lenFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  return BigInt(pyLen(oneArg('len', args, kwargs)));
}

function reprFn(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  return pyRepr(oneArg('repr', args, kwargs), ctx);
}

function sortedFn(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
  const items = toList(ctx, args[0] as PyVal);
  const [key, reverse] = sortArgs('sort', [], kwargs);
  return new PyList(sortList(ctx, items, key, reverse));
}

function minMax(name: 'min' | 'max'): NativeFn {
  const op = name === 'min' ? '<' : '>';
  return (ctx, args, kwargs) => {
    let key: PyVal = null;
    let dflt: PyVal | undefined;
    // CPython checks the positional count before it looks at the keywords
    if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    if (kwargs) {
      for (const [k, v] of kwargs) {
        if (k === 'key') key = v;
        else if (k === 'default') dflt = v;
        else throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
      }
    }
    if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    let items: PyVal[];
    if (args.length === 1) items = toList(ctx, args[0] as PyVal);
    else {
      if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
      items = args;
    }
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw valueError(`${name}() arg is an empty sequence`);
    }
    let best = items[0] as PyVal;
    let bestKey = key === null ? best : ctx.call(key, [best], null);
    for (let i = 1; i < items.length; i++) {
      const it = items[i] as PyVal;
      const k = key === null ? it : ctx.call(key, [it], null);
      if (pyOrder(op, k, bestKey)) {
        best = it;
        bestKey = k;
      }
    }
    ctx.charge(items.length);
    return best;
  };
}

function sumFn(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  if (args.length === 0) throw typeError('sum() takes at least 1 positional argument (0 given)');
  const b = bindArgs('sum', args, kwargs, ['iterable', 'start'], 1);
  let acc: PyVal = b.get('start') ?? 0n;
  if (typeof acc === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (b.has('start') && (b.get('start') instanceof PyList || b.get('start') instanceof PyTuple)) {
    // allowed (concatenation), just slow in CPython too
  }
  const next = iterate(b.get('iterable') as PyVal);
  for (let x = next(); x !== undefined; x = next()) {
    ctx.charge(1);
    acc = binaryOp(ctx, '+', acc, x);
  }
  return acc;
}

function absFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  const x = oneArg('abs', args, kwargs);
  if (typeof x === 'bigint') return x < 0n ? -x : x;
  if (typeof x === 'boolean') return x ? 1n : 0n;
  if (typeof x === 'number') return Math.abs(x);
  if (x instanceof PyComplex) return complexAbs(x);
  throw typeError(`bad operand type for abs(): '${typeName(x)}'`);
}

function roundFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  const b = bindArgs('round', args, kwargs, ['number', 'ndigits'], 1);
  const x = b.get('number') as PyVal;
  const nd = b.get('ndigits');
  const hasDigits = nd !== undefined && nd !== null;
  if (typeof x === 'number') {
    if (!hasDigits) return roundFloatToInt(x);
    const n = toIndex(nd);
    return roundFloat(x, n > 10000n ? 10000 : n < -10000n ? -10000 : Number(n));
  }
  const n = asInt(x);
  if (n !== null) {
    if (!hasDigits) return n;
    const d = toIndex(nd);
    if (d >= 0n) return n;
    if (-d > 30000n) return 0n;
    const pow = 10n ** -d;
    // round half to even at 10**-d
    const q = n / pow;
    const r = n - q * pow;
    let fq = q;
    let rem = r;
    if (rem < 0n) {
      fq -= 1n;
      rem += pow;
    }
    const twice = rem * 2n;
    if (twice > pow || (twice === pow && fq % 2n !== 0n)) fq += 1n;
    return fq * pow;
  }
  throw typeError(`type ${typeName(x)} doesn't define __round__ method`);
}

function isinstanceFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  positional('isinstance', args, kwargs, 2, 2);
  const t = typeOf(args[0] as PyVal);
  const check = (c: PyVal): boolean => {
    if (c instanceof PyType) return t.isSubclassOf(c);
    if (c instanceof PyTuple) return c.items.some(check);
    throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  };
  return check(args[1] as PyVal);
}

function issubclassFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  positional('issubclass', args, kwargs, 2, 2);
  const a = args[0] as PyVal;
  if (!(a instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  const check = (c: PyVal): boolean => {
    if (c instanceof PyType) return a.isSubclassOf(c);
    if (c instanceof PyTuple) return c.items.some(check);
    throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  };
  return check(args[1] as PyVal);
}

function anyAll(name: 'any' | 'all'): NativeFn {
  return (ctx, args, kwargs) => {
    const next = iterate(oneArg(name, args, kwargs));
    for (let x = next(); x !== undefined; x = next()) {
      ctx.charge(1);
      if (truthy(x) === (name === 'any')) return name === 'any';
    }
    return name === 'all';
  };
}

function powFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  const b = bindArgs('pow', args, kwargs, ['base', 'exp', 'mod'], 2);
  const base = b.get('base') as PyVal;
  const exp = b.get('exp') as PyVal;
  const mod = b.get('mod');
  if (mod === undefined || mod === null) return binaryOp(_ctx, '**', base, exp);
  if ([base, exp, mod].some((v) => v instanceof PyComplex) && [base, exp, mod].every((v) => toComplex(v) !== null)) {
    // ternary_op tries each operand's type in turn: int declines, float and complex refuse
    for (const v of [base, exp, mod]) {
      if (typeof v === 'number') throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
      if (v instanceof PyComplex) throw valueError('complex modulo');
    }
  }
  const bi = asInt(base);
  const ei = asInt(exp);
  const mi = asInt(mod);
  if (bi === null || ei === null || mi === null) {
    throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  }
  if (mi === 0n) throw valueError('pow() 3rd argument cannot be 0');
  let e = ei;
  let bb = modInt(bi, mi < 0n ? -mi : mi);
  const m = mi < 0n ? -mi : mi;
  if (e < 0n) {
    // modular inverse
    const [g, x] = egcd(bb, m);
    if (g !== 1n) throw valueError('base is not invertible for the given modulus');
    bb = modInt(x, m);
    e = -e;
    void g;
  }
  let r = 1n % m;
  while (e > 0n) {
    if (e & 1n) r = (r * bb) % m;
    bb = (bb * bb) % m;
    e >>= 1n;
  }
  if (mi < 0n && r !== 0n) r += mi;
  return r;
}

function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let [oldR, r] = [a, b];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return [oldR, oldS];
}

function baseRepr(name: string, radix: number, prefix: string): NativeFn {
  return (_ctx, args, kwargs) => {
    const n = toIndex(oneArg(name, args, kwargs));
    return n < 0n ? `-${prefix}${(-n).toString(radix)}` : prefix + n.toString(radix);
  };
}

function chrFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  const x = oneArg('chr', args, kwargs);
  if (typeof x === 'number') throw typeError('integer argument expected, got float');
  const n = toIndex(x);
  if (n < 0n || n > 0x10ffffn) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

function ordFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  const x = oneArg('ord', args, kwargs);
  if (typeof x !== 'string') throw typeError(`ord() expected string of length 1, but ${typeName(x)} found`);
  const cps = Array.from(x);
  if (cps.length !== 1) throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
  return BigInt(x.codePointAt(0) ?? 0);
}

function formatFn(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('format', kwargs);
  const b = bindArgs('format', args, kwargs, ['value', 'format_spec'], 1);
  const spec = b.get('format_spec') ?? '';
  if (typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
  return formatValue(b.get('value') as PyVal, spec, ctx);
}

function hashFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  const x = oneArg('hash', args, kwargs);
  if (typeof x === 'bigint' || typeof x === 'boolean' || typeof x === 'number' || x instanceof PyTuple) {
    return pyHash(x);
  }
  // a NaN part is hashed by identity in CPython
  if (x instanceof PyComplex && !Number.isNaN(x.re) && !Number.isNaN(x.im)) return pyHash(x);
  pyHash(x); // raises for unhashable values
  throw notSupported('hash() of this kind of value (CPython randomises it per process)');
}

function callableFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  const x = oneArg('callable', args, kwargs);
  return x instanceof PyFunc || x instanceof PyType || x instanceof PyUserFunc;
}

function iterFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('iter', kwargs);
  checkPositional('iter', args.length, 1, 2);
  if (args.length === 2) throw notSupported('iter(callable, sentinel)');
  const x = args[0] as PyVal;
  if (x instanceof PyIter) return x;
  const next = iterate(x);
  let tname = `${typeName(x)}_iterator`;
  if (typeof x === 'string') tname = isAscii(x) ? 'str_ascii_iterator' : 'str_iterator';
  else if (x instanceof PyDict) tname = 'dict_keyiterator';
  else if (x instanceof PyDictView) tname = `dict_${x.kind.slice(0, -1)}iterator`;
  return new PyIter(tname, next);
}

function nextFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('next', kwargs);
  checkPositional('next', args.length, 1, 2);
  const it = args[0] as PyVal;
  if (!(it instanceof PyIter)) throw typeError(`'${typeName(it)}' object is not an iterator`);
  const v = it.next();
  if (v === undefined) {
    if (args.length > 1) return args[1] as PyVal;
    throw new PyException('StopIteration', '');
  }
  return v;
}

function getattrFn(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('getattr', kwargs);
  checkPositional('getattr', args.length, 2, 3);
  const name = args[1] as PyVal;
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  try {
    return getAttr(ctx, args[0] as PyVal, name);
  } catch (e) {
    if (args.length > 2 && e instanceof PyException && e.type === 'AttributeError') return args[2] as PyVal;
    throw e;
  }
}

function hasattrFn(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  positional('hasattr', args, kwargs, 2, 2);
  const name = args[1] as PyVal;
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  try {
    getAttr(ctx, args[0] as PyVal, name);
    return true;
  } catch (e) {
    if (e instanceof PyException && e.type === 'AttributeError') return false;
    throw e;
  }
}

function divmodFn(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  positional('divmod', args, kwargs, 2, 2);
  const a = args[0] as PyVal;
  const b = args[1] as PyVal;
  const num = (v: PyVal): boolean => typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'number';
  if (!num(a) || !num(b)) throw unsupportedOperands('divmod()', a, b);
  if (typeof a === 'number' || typeof b === 'number') {
    const fb = typeof b === 'number' ? b : intToFloat(asInt(b) as bigint);
    if (fb === 0) throw zeroDivision('float divmod()');
  }
  return divmod(a, b);
}

function unsupportedFn(name: string, what?: string): [string, PyFunc] {
  return fn(name, () => {
    throw notSupported(what ?? `${name}()`);
  });
}

const BUILTIN_ENTRIES: [string, PyVal][] = [
  fn('print', printFn),
  fn('len', lenFn),
  fn('repr', reprFn),
  fn('sorted', sortedFn),
  fn('min', minMax('min')),
  fn('max', minMax('max')),
  fn('sum', sumFn),
  fn('abs', absFn),
  fn('round', roundFn),
  fn('isinstance', isinstanceFn),
  fn('issubclass', issubclassFn),
  fn('any', anyAll('any')),
  fn('all', anyAll('all')),
  fn('pow', powFn),
  fn('divmod', divmodFn),
  fn('hex', baseRepr('hex', 16, '0x')),
  fn('oct', baseRepr('oct', 8, '0o')),
  fn('bin', baseRepr('bin', 2, '0b')),
  fn('chr', chrFn),
  fn('ord', ordFn),
  fn('format', formatFn),
  fn('ascii', (c, a, k) => pyAscii(oneArg('ascii', a, k), c)),
  fn('hash', hashFn),
  fn('callable', callableFn),
  fn('iter', iterFn),
  fn('next', nextFn),
  fn('getattr', getattrFn),
  fn('hasattr', hasattrFn),
  unsupportedFn('setattr'),
  unsupportedFn('delattr'),
  unsupportedFn('id', 'id() (object addresses)'),
  unsupportedFn('input', 'input()'),
  unsupportedFn('open', 'open() (files)'),
  unsupportedFn('eval'),
  unsupportedFn('exec'),
  unsupportedFn('compile'),
  unsupportedFn('globals'),
  unsupportedFn('locals'),
  unsupportedFn('vars'),
  unsupportedFn('dir'),
  unsupportedFn('help'),
  unsupportedFn('breakpoint'),
  unsupportedFn('__import__', '__import__()'),
  unsupportedFn('memoryview'),
  unsupportedFn('bytearray'),
  unsupportedFn('aiter'),
  unsupportedFn('anext'),
  unsupportedFn('exit'),
  unsupportedFn('quit'),
  unsupportedFn('copyright'),
  unsupportedFn('credits'),
  unsupportedFn('license'),
  unsupportedFn('property'),
  unsupportedFn('classmethod'),
  unsupportedFn('staticmethod'),
  unsupportedFn('super'),
  ['int', INT],
  ['float', FLOAT],
  ['str', STR],
  ['bool', BOOL],
  ['list', LIST],
  ['tuple', TUPLE],
  ['dict', DICT],
  ['set', SET],
  ['frozenset', FROZENSET],
  ['range', RANGE],
  ['type', TYPE],
  ['slice', SLICE],
  ['enumerate', ENUMERATE],
  ['zip', ZIP],
  ['reversed', REVERSED],
  ['map', MAP],
  ['filter', FILTER],
  ['object', OBJECT],
  ['complex', COMPLEX],
  ['bytes', BYTES],
  ['None', null],
  ['__debug__', true],
  ['True', true],
  ['False', false],
  ['Ellipsis', null],
  ['NotImplemented', null],
  ['__name__', 'builtins'],
];

/** The builtins namespace; never modified after load. */
export const BUILTINS: ReadonlyMap<string, PyVal> = (() => {
  const m = new Map<string, PyVal>(BUILTIN_ENTRIES);
  m.delete('Ellipsis');
  m.delete('NotImplemented');
  for (const name of EXCEPTION_NAMES) m.set(name, typeByName(name) as PyType);
  for (const [name, t] of EXCEPTION_ALIASES) m.set(name, t);
  return m;
})();

/** Names CPython has as builtins that this trainer leaves out entirely. */
export const UNSUPPORTED_BUILTIN_NAMES = new Set(['Ellipsis', 'NotImplemented', '__build_class__', '__doc__', '__loader__', '__package__', '__spec__']);

export { setFromItems, rangeContains, toSsize, PyDatetime, PyExcInstance };
