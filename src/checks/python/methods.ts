// Attribute access and the methods of the built-in types.

import { BYTES_TEXT_METHODS } from './bytes-methods';
import { floatHex, fromhexCall } from './float-hex';
import { excAttr } from './exceptions';
import { decodeBytes, encodeStr } from './bytes';
import { MATH_UNSUPPORTED } from './mathmod';
import {
  adjustIndices,
  bindArgs,
  checkPositional,
  noArgs,
  noKwargs,
  oneArg,
  parseTupleArity,
  positional,
  toCInt,
  toIndex,
  toSsize,
} from './args';
import { PyException, attributeError, indexError, notSupported, typeError, valueError } from './errors';
import { type FormatHooks, formatValue, strFormat, strftime, weekday } from './format';
import {
  COST_HASHED_ITEM,
  COST_LIST_ITEM,
  COST_SET_ITEM,
  type Ctx,
  checkSize,
  datetimeIso,
  dateIso,
  dictDelete,
  dictGet,
  dictLookup,
  dictSet,
  iterate,
  keyError,
  pyRepr,
  sameOrEqual,
  setAdd,
  setClear,
  setCopy,
  setDifference,
  setDiscard,
  setFromItems,
  setHas,
  setIntersection,
  setItems,
  setSymmetricDifference,
  setUnion,
  setUpdateFrom,
  truthy,
} from './objects';
import { timsort } from './sort';
import {
  codePoints,
  isIdentifier,
  isPrintableChar,
  rsplitSep,
  rsplitWhitespace,
  splitSep,
  splitWhitespace,
  strCapitalize,
  strIsAlnum,
  strIsAlpha,
  strIsDecimal,
  strIsDigit,
  strIsLower,
  strIsNumeric,
  strIsSpace,
  strIsTitle,
  strIsUpper,
  strSwapcase,
  strTitle,
  stripChars,
} from './strings';
import { DATE, DATETIME, typeDescriptor, typeOf } from './types';
import {
  DUMMY,
  PyBytes,
  PyComplex,
  PyDate,
  PyDatetime,
  PyDict,
  PyDictView,
  PyExcInstance,
  PyFunc,
  PyList,
  PyModule,
  PyUserFunc,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  PyType,
  type Kwargs,
  type PyVal,
  asInt,
  typeName,
} from './values';

export type Method = (ctx: Ctx, self: PyVal, args: PyVal[], kwargs: Kwargs) => PyVal;

export function toList(ctx: Ctx, v: PyVal): PyVal[] {
  if (v instanceof PyList || v instanceof PyTuple) {
    ctx.charge(v.items.length);
    return v.items.slice();
  }
  const next = iterate(v);
  const out: PyVal[] = [];
  for (let x = next(); x !== undefined; x = next()) {
    out.push(x);
    if ((out.length & 1023) === 0) {
      ctx.charge(1024 * COST_LIST_ITEM);
      checkSize(out.length);
    }
  }
  ctx.charge((out.length & 1023) * COST_LIST_ITEM);
  return out;
}

// ---------------------------------------------------------------------------------------------
// str helpers (code-point aware)

interface CpStr {
  /** code points, or null when the string is all BMP (then JS indices are code point indices) */
  cps: string[] | null;
  len: number;
}

const cpStr = (s: string): CpStr => {
  const cps = codePoints(s);
  return { cps, len: cps ? cps.length : s.length };
};

function needStr(v: PyVal, msg?: string): string {
  if (typeof v !== 'string') throw typeError(msg ?? `must be str, not ${typeName(v)}`);
  return v;
}

/** find/rfind/count over [start, end). */
function strFind(self: string, sub: string, start: PyVal | undefined, end: PyVal | undefined, reverse: boolean): number {
  const h = cpStr(self);
  const [s, e] = adjustIndices(start, end, h.len);
  if (!h.cps && !codePoints(sub)) {
    if (e - s < sub.length) return s <= h.len && sub.length === 0 && s <= e ? (reverse ? e : s) : -1;
    if (reverse) {
      const i = self.lastIndexOf(sub, e - sub.length);
      return i >= s ? i : -1;
    }
    const i = self.indexOf(sub, s);
    return i >= 0 && i + sub.length <= e ? i : -1;
  }
  const hay = h.cps ?? self.split('');
  const nd = Array.from(sub);
  const match = (i: number): boolean => nd.every((c, k) => hay[i + k] === c);
  if (s > h.len) return -1;
  if (reverse) {
    for (let i = e - nd.length; i >= s; i--) if (match(i)) return i;
  } else {
    for (let i = s; i + nd.length <= e; i++) if (match(i)) return i;
  }
  return -1;
}

function strCount(self: string, sub: string, start: PyVal | undefined, end: PyVal | undefined): number {
  const h = cpStr(self);
  const [s, e] = adjustIndices(start, end, h.len);
  if (s > h.len) return 0;
  const nd = Array.from(sub);
  if (nd.length === 0) return e >= s ? e - s + 1 : 0;
  const hay = h.cps ?? self.split('');
  let n = 0;
  for (let i = s; i + nd.length <= e; ) {
    if (nd.every((c, k) => hay[i + k] === c)) {
      n++;
      i += nd.length;
    } else i++;
  }
  return n;
}

const LINE_BREAKS = new Set(['\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']);

function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  let start = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (LINE_BREAKS.has(c)) {
      let eol = i + 1;
      if (c === '\r' && s[i + 1] === '\n') eol = i + 2;
      out.push(s.slice(start, keepends ? eol : i));
      start = eol;
      i = eol;
    } else i++;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

function padTo(ctx: Ctx, self: string, name: string, args: PyVal[], kwargs: Kwargs, where: 'l' | 'r' | 'c'): string {
  positional(name, args, kwargs, 1, 2);
  const width = toSsize(args[0] as PyVal);
  let fill = ' ';
  if (args.length > 1) {
    const f = args[1] as PyVal;
    if (typeof f !== 'string') throw typeError(`${name}() argument 2 must be str, not ${typeName(f)}`);
    if (Array.from(f).length !== 1) throw typeError('The fill character must be exactly one character long');
    fill = f;
  }
  const len = cpStr(self).len;
  if (width <= len) return self;
  checkSize(width);
  ctx.charge(width >> 4);
  const marg = width - len;
  if (where === 'l') return self + fill.repeat(marg);
  if (where === 'r') return fill.repeat(marg) + self;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return fill.repeat(left) + self + fill.repeat(marg - left);
}

function startsEnds(self: string, name: string, args: PyVal[], kwargs: Kwargs, ends: boolean): boolean {
  parseTupleArity(name, args, kwargs, 1, 3);
  const prefix = args[0] as PyVal;
  const h = cpStr(self);
  const [s, e] = adjustIndices(args[1], args[2], h.len);
  const test = (p: string): boolean => {
    const chars = h.cps ?? self.split('');
    const pc = Array.from(p);
    if (s > h.len) return false;
    if (e - s < pc.length) return false;
    const at = ends ? e - pc.length : s;
    return pc.every((c, k) => chars[at + k] === c);
  };
  if (typeof prefix === 'string') return test(prefix);
  if (prefix instanceof PyTuple) {
    for (const p of prefix.items) {
      if (typeof p !== 'string') throw typeError(`tuple for ${name} must only contain str, not ${typeName(p)}`);
      if (test(p)) return true;
    }
    return false;
  }
  throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
}

function stripArg(name: string, args: PyVal[], kwargs: Kwargs): string | null {
  positional(name, args, kwargs, 0, 1);
  const c = args[0];
  if (c === undefined || c === null) return null;
  if (typeof c !== 'string') throw typeError(`${name} arg must be None or str`);
  return c;
}

function splitArgs(name: string, args: PyVal[], kwargs: Kwargs): [string | null, number] {
  const a = bindArgs(name, args, kwargs, ['sep', 'maxsplit'], 0);
  const sep = a.get('sep') ?? null;
  if (sep !== null && typeof sep !== 'string') throw typeError(`must be str or None, not ${typeName(sep)}`);
  if (sep === '') throw valueError('empty separator');
  const ms = a.get('maxsplit');
  return [sep, ms === undefined ? -1 : toSsize(ms)];
}

const strList = (items: string[]): PyList => new PyList(items);

function joinStr(ctx: Ctx, sep: string, iterable: PyVal): string {
  let items: PyVal[];
  try {
    items = toList(ctx, iterable);
  } catch (e) {
    if (e instanceof PyException && e.type === 'TypeError' && e.message.endsWith('is not iterable')) {
      throw typeError('can only join an iterable');
    }
    throw e;
  }
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as PyVal;
    if (typeof it !== 'string') throw typeError(`sequence item ${i}: expected str instance, ${typeName(it)} found`);
    total += it.length + sep.length;
  }
  checkSize(total);
  ctx.charge(total >> 4);
  return (items as string[]).join(sep);
}

/** Case mapping, replace and friends touch every character: charge by length, before the work. */
function pre(ctx: Ctx, s: PyVal): string {
  const str = s as string;
  if (str.length > 64) ctx.charge(str.length >> 2);
  return str;
}

/** For results that can be longer than the input (replace, padding…): charge the result too. */
function chargeLen(ctx: Ctx, s: string): string {
  if (s.length > 64) ctx.charge(s.length >> 3);
  return s;
}

const STR_METHODS: Record<string, Method> = {
  encode: (ctx, s, a, k) => {
    const [enc, err] = codecArgs('encode', a, k);
    ctx.charge((s as string).length >> 3);
    return encodeStr(s as string, enc, err);
  },
  upper: (ctx, s, a, k) => (noArgs('str.upper', a, k), pre(ctx, s).toUpperCase()),
  lower: (ctx, s, a, k) => (noArgs('str.lower', a, k), pre(ctx, s).toLowerCase()),
  casefold: (ctx, s, a, k) => (noArgs('str.casefold', a, k), Array.from(pre(ctx, s), caseFoldChar).join('')),
  title: (ctx, s, a, k) => (noArgs('str.title', a, k), strTitle(pre(ctx, s))),
  capitalize: (ctx, s, a, k) => (noArgs('str.capitalize', a, k), strCapitalize(pre(ctx, s))),
  swapcase: (ctx, s, a, k) => (noArgs('str.swapcase', a, k), strSwapcase(pre(ctx, s))),
  strip: (ctx, s, a, k) => stripChars(pre(ctx, s), stripArg('strip', a, k), true, true),
  lstrip: (ctx, s, a, k) => stripChars(pre(ctx, s), stripArg('lstrip', a, k), true, false),
  rstrip: (ctx, s, a, k) => stripChars(pre(ctx, s), stripArg('rstrip', a, k), false, true),
  split: (ctx, s, a, k) => {
    const [sep, max] = splitArgs('split', a, k);
    pre(ctx, s);
    return strList(sep === null ? splitWhitespace(s as string, max) : splitSep(s as string, sep, max));
  },
  rsplit: (ctx, s, a, k) => {
    const [sep, max] = splitArgs('rsplit', a, k);
    pre(ctx, s);
    return strList(sep === null ? rsplitWhitespace(s as string, max) : rsplitSep(s as string, sep, max));
  },
  splitlines: (_c, s, a, k) => {
    const b = bindArgs('splitlines', a, k, ['keepends'], 0);
    const ke = b.get('keepends');
    return strList(splitlines(s as string, ke === undefined ? false : truthy(ke)));
  },
  join: (ctx, s, a, k) => joinStr(ctx, s as string, oneArg('str.join', a, k)),
  replace: (ctx, s, a, k) => {
    noKwargs('str.replace', k);
    checkPositional('replace', a.length, 2, 3);
    const old = needStr(a[0] as PyVal, `replace() argument 1 must be str, not ${typeName(a[0] as PyVal)}`);
    const rep = needStr(a[1] as PyVal, `replace() argument 2 must be str, not ${typeName(a[1] as PyVal)}`);
    const count = a.length > 2 ? toSsize(a[2] as PyVal) : -1;
    const self = pre(ctx, s);
    if (old === '') {
      const cps = Array.from(self);
      const n = count < 0 ? cps.length + 1 : Math.min(count, cps.length + 1);
      let out = '';
      for (let i = 0; i < cps.length; i++) out += (i < n ? rep : '') + cps[i];
      if (n > cps.length) out += rep;
      checkSize(out.length);
      return chargeLen(ctx, out);
    }
    let parts = count < 0 ? self.split(old) : splitSep(self, old, count);
    const total = self.length + (parts.length - 1) * (rep.length - old.length);
    checkSize(total);
    const out = parts.join(rep);
    parts = [];
    return chargeLen(ctx, out);
  },
  startswith: (_c, s, a, k) => startsEnds(s as string, 'startswith', a, k, false),
  endswith: (_c, s, a, k) => startsEnds(s as string, 'endswith', a, k, true),
  find: (_c, s, a, k) => {
    parseTupleArity('find', a, k, 1, 3);
    return BigInt(strFind(s as string, needStr(a[0] as PyVal), a[1], a[2], false));
  },
  rfind: (_c, s, a, k) => {
    parseTupleArity('rfind', a, k, 1, 3);
    return BigInt(strFind(s as string, needStr(a[0] as PyVal), a[1], a[2], true));
  },
  index: (_c, s, a, k) => {
    parseTupleArity('index', a, k, 1, 3);
    const r = strFind(s as string, needStr(a[0] as PyVal), a[1], a[2], false);
    if (r < 0) throw valueError('substring not found');
    return BigInt(r);
  },
  rindex: (_c, s, a, k) => {
    parseTupleArity('rindex', a, k, 1, 3);
    const r = strFind(s as string, needStr(a[0] as PyVal), a[1], a[2], true);
    if (r < 0) throw valueError('substring not found');
    return BigInt(r);
  },
  count: (_c, s, a, k) => {
    parseTupleArity('count', a, k, 1, 3);
    return BigInt(strCount(s as string, needStr(a[0] as PyVal), a[1], a[2]));
  },
  format: (ctx, s, a, k) => strFormat(s as string, a, k, formatHooks(ctx)),
  format_map: (ctx, s, a, k) => {
    const m = oneArg('str.format_map', a, k);
    if (!(m instanceof PyDict)) throw notSupported('format_map with a non-dict mapping');
    const kw = new Map<string, PyVal>();
    for (const e of m.map.values()) if (typeof e.k === 'string') kw.set(e.k, e.v);
    return strFormat(s as string, [], kw, formatHooks(ctx));
  },
  center: (ctx, s, a, k) => padTo(ctx, s as string, 'center', a, k, 'c'),
  ljust: (ctx, s, a, k) => padTo(ctx, s as string, 'ljust', a, k, 'l'),
  rjust: (ctx, s, a, k) => padTo(ctx, s as string, 'rjust', a, k, 'r'),
  zfill: (ctx, s, a, k) => {
    const width = toSsize(oneArg('str.zfill', a, k));
    const self = s as string;
    const len = cpStr(self).len;
    if (width <= len) return self;
    checkSize(width);
    ctx.charge(width >> 4);
    const fill = '0'.repeat(width - len);
    if (self[0] === '+' || self[0] === '-') return self[0] + fill + self.slice(1);
    return fill + self;
  },
  partition: (_c, s, a, k) => {
    const sep = needStr(oneArg('str.partition', a, k));
    if (sep === '') throw valueError('empty separator');
    const self = s as string;
    const i = self.indexOf(sep);
    if (i < 0) return new PyTuple([self, '', '']);
    return new PyTuple([self.slice(0, i), sep, self.slice(i + sep.length)]);
  },
  rpartition: (_c, s, a, k) => {
    const sep = needStr(oneArg('str.rpartition', a, k));
    if (sep === '') throw valueError('empty separator');
    const self = s as string;
    const i = self.lastIndexOf(sep);
    if (i < 0) return new PyTuple(['', '', self]);
    return new PyTuple([self.slice(0, i), sep, self.slice(i + sep.length)]);
  },
  removeprefix: (_c, s, a, k) => {
    const p = needStr(oneArg('str.removeprefix', a, k), `removeprefix() argument must be str, not ${typeName(a[0] as PyVal)}`);
    const self = s as string;
    return self.startsWith(p) ? self.slice(p.length) : self;
  },
  removesuffix: (_c, s, a, k) => {
    const p = needStr(oneArg('str.removesuffix', a, k), `removesuffix() argument must be str, not ${typeName(a[0] as PyVal)}`);
    const self = s as string;
    return p && self.endsWith(p) ? self.slice(0, self.length - p.length) : self;
  },
  expandtabs: (ctx, s, a, k) => {
    const b = bindArgs('expandtabs', a, k, ['tabsize'], 0);
    const ts = b.has('tabsize') ? toCInt(b.get('tabsize') as PyVal) : 8;
    let out = '';
    let col = 0;
    for (const ch of s as string) {
      if (ch === '\t') {
        if (ts > 0) {
          const n = ts - (col % ts);
          checkSize(out.length + n);
          out += ' '.repeat(n);
          col += n;
        }
      } else {
        out += ch;
        col = ch === '\n' || ch === '\r' ? 0 : col + 1;
      }
      if (out.length > 10_000_000) checkSize(out.length);
    }
    return chargeLen(ctx, out);
  },
  isdigit: (_c, s, a, k) => (noArgs('str.isdigit', a, k), strIsDigit(s as string)),
  isdecimal: (_c, s, a, k) => (noArgs('str.isdecimal', a, k), strIsDecimal(s as string)),
  isnumeric: (_c, s, a, k) => (noArgs('str.isnumeric', a, k), strIsNumeric(s as string)),
  isalpha: (_c, s, a, k) => (noArgs('str.isalpha', a, k), strIsAlpha(s as string)),
  isalnum: (_c, s, a, k) => (noArgs('str.isalnum', a, k), strIsAlnum(s as string)),
  isspace: (_c, s, a, k) => (noArgs('str.isspace', a, k), strIsSpace(s as string)),
  isupper: (_c, s, a, k) => (noArgs('str.isupper', a, k), strIsUpper(s as string)),
  islower: (_c, s, a, k) => (noArgs('str.islower', a, k), strIsLower(s as string)),
  istitle: (_c, s, a, k) => (noArgs('str.istitle', a, k), strIsTitle(s as string)),
  isascii: (_c, s, a, k) => {
    noArgs('str.isascii', a, k);
    const str = s as string;
    for (let i = 0; i < str.length; i++) if (str.charCodeAt(i) > 0x7f) return false;
    return true;
  },
  isidentifier: (_c, s, a, k) => (noArgs('str.isidentifier', a, k), isIdentifier(s as string)),
  isprintable: (_c, s, a, k) => {
    noArgs('str.isprintable', a, k);
    for (const ch of s as string) if (!isPrintableChar(ch)) return false;
    return true;
  },
};
const STR_UNSUPPORTED = ['maketrans', 'translate'];

// ---------------------------------------------------------------------------------------------
// list / tuple

function seqIndex(ctx: Ctx, items: PyVal[], a: PyVal[], k: Kwargs, what: string): bigint {
  noKwargs('index', k);
  checkPositional('index', a.length, 1, 3);
  const x = a[0] as PyVal;
  const idx = (v: PyVal | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    const n = asInt(v);
    if (n === null) throw typeError('slice indices must be integers or have an __index__ method');
    const len = items.length;
    let i = n > BigInt(len) ? len : n < -BigInt(len) ? -len : Number(n);
    if (i < 0) {
      i += len;
      if (i < 0) i = 0;
    }
    return i;
  };
  const start = idx(a[1], 0);
  const stop = Math.min(idx(a[2], items.length), items.length);
  for (let i = start; i < stop; i++) {
    ctx.charge(1);
    const it = items[i] as PyVal;
    if (sameOrEqual(it, x)) return BigInt(i);
  }
  if (what === 'list') throw valueError(`${pyRepr(x)} is not in list`);
  throw valueError('tuple.index(x): x not in tuple');
}

function seqCount(ctx: Ctx, items: PyVal[], x: PyVal): bigint {
  let n = 0;
  ctx.charge(items.length);
  for (const it of items) if (sameOrEqual(it, x)) n++;
  return BigInt(n);
}

export function sortList(ctx: Ctx, items: PyVal[], key: PyVal, reverse: boolean): PyVal[] {
  let keys = items;
  let values: PyVal[] | null = null;
  if (key !== null) {
    values = items.slice();
    keys = items.map((x) => ctx.call(key, [x], null));
  } else keys = items.slice();
  if (reverse) {
    keys.reverse();
    if (values) values.reverse();
  }
  if (keys.length > 1) ctx.charge(Math.ceil(keys.length * Math.log2(keys.length)));
  timsort(keys, values, (n) => ctx.charge(n));
  const out = values ?? keys;
  if (reverse) out.reverse();
  return out;
}

export function sortArgs(fname: string, a: PyVal[], k: Kwargs): [PyVal, boolean] {
  const b = bindArgs(fname, a, k, [], 0, ['key', 'reverse']);
  const key = b.get('key') ?? null;
  const rev = b.get('reverse');
  let reverse = false;
  if (rev !== undefined) {
    const n = asInt(rev);
    if (n === null) {
      if (typeof rev === 'number') throw typeError("'float' object cannot be interpreted as an integer");
      throw typeError(`'${typeName(rev)}' object cannot be interpreted as an integer`);
    }
    reverse = n !== 0n;
  }
  return [key, reverse];
}

const LIST_METHODS: Record<string, Method> = {
  append: (ctx, s, a, k) => {
    const l = s as PyList;
    ctx.charge(COST_LIST_ITEM);
    l.items.push(oneArg('list.append', a, k));
    checkSize(l.items.length);
    return null;
  },
  extend: (ctx, s, a, k) => {
    const l = s as PyList;
    const more = toList(ctx, oneArg('list.extend', a, k));
    checkSize(l.items.length + more.length);
    for (const x of more) l.items.push(x);
    return null;
  },
  insert: (_c, s, a, k) => {
    positional('insert', a, k, 2, 2);
    const l = s as PyList;
    let i = toSsize(a[0] as PyVal);
    const n = l.items.length;
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    } else if (i > n) i = n;
    l.items.splice(i, 0, a[1] as PyVal);
    checkSize(l.items.length);
    return null;
  },
  remove: (ctx, s, a, k) => {
    const x = oneArg('list.remove', a, k);
    const l = s as PyList;
    for (let i = 0; i < l.items.length; i++) {
      ctx.charge(1);
      const it = l.items[i] as PyVal;
      if (sameOrEqual(it, x)) {
        l.items.splice(i, 1);
        return null;
      }
    }
    throw valueError('list.remove(x): x not in list');
  },
  pop: (_c, s, a, k) => {
    positional('pop', a, k, 0, 1);
    const l = s as PyList;
    let i = a.length > 0 ? toSsize(a[0] as PyVal) : -1;
    if (l.items.length === 0) throw indexError('pop from empty list');
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw indexError('pop index out of range');
    return l.items.splice(i, 1)[0] as PyVal;
  },
  clear: (_c, s, a, k) => {
    noArgs('list.clear', a, k);
    (s as PyList).items = [];
    return null;
  },
  copy: (_c, s, a, k) => (noArgs('list.copy', a, k), new PyList((s as PyList).items.slice())),
  reverse: (_c, s, a, k) => {
    noArgs('list.reverse', a, k);
    (s as PyList).items.reverse();
    return null;
  },
  index: (ctx, s, a, k) => seqIndex(ctx, (s as PyList).items, a, k, 'list'),
  count: (ctx, s, a, k) => seqCount(ctx, (s as PyList).items, oneArg('list.count', a, k)),
  sort: (ctx, s, a, k) => {
    const [key, reverse] = sortArgs('sort', a, k);
    const l = s as PyList;
    l.items = sortList(ctx, l.items, key, reverse);
    return null;
  },
};

function codecArgs(fname: string, args: PyVal[], kwargs: Kwargs): [string, string] {
  const b = bindArgs(fname, args, kwargs, ['encoding', 'errors'], 0);
  const enc = b.get('encoding');
  const err = b.get('errors');
  if (enc !== undefined && typeof enc !== 'string') throw typeError(`${fname}() argument 'encoding' must be str, not ${typeName(enc)}`);
  if (err !== undefined && typeof err !== 'string') throw typeError(`${fname}() argument 'errors' must be str, not ${typeName(err)}`);
  return [enc ?? 'utf-8', err ?? 'strict'];
}

const BYTES_METHODS: Record<string, Method> = {
  decode: (ctx, s, a, k) => {
    const [enc, err] = codecArgs('decode', a, k);
    ctx.charge((s as PyBytes).s.length >> 3);
    return decodeBytes(s as PyBytes, enc, err);
  },
  ...BYTES_TEXT_METHODS,
};

/** The bytes methods left out: refused by name rather than reported missing. */
const BYTES_UNSUPPORTED = ['expandtabs', 'fromhex', 'maketrans', 'translate'];

const COMPLEX_METHODS: Record<string, Method> = {
  conjugate: (_ctx, s, a, k) => (noArgs('complex.conjugate', a, k), new PyComplex((s as PyComplex).re, -(s as PyComplex).im)),
};

const TUPLE_METHODS: Record<string, Method> = {
  index: (ctx, s, a, k) => seqIndex(ctx, (s as PyTuple).items, a, k, 'tuple'),
  count: (ctx, s, a, k) => seqCount(ctx, (s as PyTuple).items, oneArg('tuple.count', a, k)),
};

// ---------------------------------------------------------------------------------------------
// dict

export function dictUpdate(ctx: Ctx, d: PyDict, src: PyVal): void {
  if (src instanceof PyDict) {
    ctx.charge(src.map.size * COST_HASHED_ITEM);
    for (const e of Array.from(src.map.values())) dictSet(d, e.k, e.v);
    return;
  }
  const items = toList(ctx, src);
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as PyVal;
    let pair: PyVal[];
    if (it instanceof PyList || it instanceof PyTuple) pair = it.items;
    else if (typeof it === 'string') pair = Array.from(it);
    else {
      try {
        pair = toList(ctx, it);
      } catch (e) {
        if (e instanceof PyException && e.type === 'TypeError') {
          throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        throw e;
      }
    }
    if (pair.length !== 2) {
      throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    dictSet(d, pair[0] as PyVal, pair[1] as PyVal);
  }
  ctx.charge(items.length * COST_HASHED_ITEM);
}

const DICT_METHODS: Record<string, Method> = {
  keys: (_c, s, a, k) => (noArgs('dict.keys', a, k), new PyDictView(s as PyDict, 'keys')),
  values: (_c, s, a, k) => (noArgs('dict.values', a, k), new PyDictView(s as PyDict, 'values')),
  items: (_c, s, a, k) => (noArgs('dict.items', a, k), new PyDictView(s as PyDict, 'items')),
  get: (_c, s, a, k) => {
    positional('get', a, k, 1, 2);
    const v = dictGet(s as PyDict, a[0] as PyVal);
    return v === undefined ? (a.length > 1 ? (a[1] as PyVal) : null) : v;
  },
  pop: (_c, s, a, k) => {
    positional('pop', a, k, 1, 2);
    const d = s as PyDict;
    const e = dictLookup(d, a[0] as PyVal);
    if (e === undefined) {
      if (a.length > 1) return a[1] as PyVal;
      throw keyError(a[0] as PyVal);
    }
    dictDelete(d, a[0] as PyVal);
    return e.v;
  },
  popitem: (_c, s, a, k) => {
    noArgs('dict.popitem', a, k);
    const d = s as PyDict;
    let last: [unknown, { k: PyVal; v: PyVal }] | undefined;
    for (const kv of d.map) last = kv;
    if (!last) throw keyError('popitem(): dictionary is empty');
    d.map.delete(last[0]);
    return new PyTuple([last[1].k, last[1].v]);
  },
  setdefault: (_c, s, a, k) => {
    positional('setdefault', a, k, 1, 2);
    const d = s as PyDict;
    const v = dictGet(d, a[0] as PyVal);
    if (v !== undefined) return v;
    const dflt = a.length > 1 ? (a[1] as PyVal) : null;
    dictSet(d, a[0] as PyVal, dflt);
    return dflt;
  },
  update: (ctx, s, a, k) => {
    if (a.length > 1) throw typeError(`update expected at most 1 argument, got ${a.length}`);
    const d = s as PyDict;
    if (a.length === 1) dictUpdate(ctx, d, a[0] as PyVal);
    if (k) for (const [key, v] of k) dictSet(d, key, v);
    return null;
  },
  clear: (_c, s, a, k) => {
    noArgs('dict.clear', a, k);
    (s as PyDict).map.clear();
    (s as PyDict).intern = null;
    return null;
  },
  fromkeys: (ctx, _s, a, k) => dictFromKeys(ctx, a, k),
  copy: (_c, s, a, k) => {
    noArgs('dict.copy', a, k);
    const d = new PyDict();
    for (const e of (s as PyDict).map.values()) dictSet(d, e.k, e.v);
    return d;
  },
};

export function dictFromKeys(ctx: Ctx, a: PyVal[], k: Kwargs): PyVal {
  positional('fromkeys', a, k, 1, 2);
  const d = new PyDict();
  const v = a.length > 1 ? (a[1] as PyVal) : null;
  for (const key of toList(ctx, a[0] as PyVal)) dictSet(d, key, v);
  return d;
}

// ---------------------------------------------------------------------------------------------
// set / frozenset

function asSet(ctx: Ctx, v: PyVal): PySet {
  if (v instanceof PySet) return v;
  return setFromItems(toList(ctx, v));
}

const SET_METHODS: Record<string, Method> = {
  add: (ctx, s, a, k) => {
    ctx.charge(COST_SET_ITEM);
    setAdd(s as PySet, oneArg('set.add', a, k));
    return null;
  },
  remove: (_c, s, a, k) => {
    const x = oneArg('set.remove', a, k);
    if (!setDiscard(s as PySet, x)) throw keyError(x);
    return null;
  },
  discard: (_c, s, a, k) => {
    setDiscard(s as PySet, oneArg('set.discard', a, k));
    return null;
  },
  pop: (_c, s, a, k) => {
    noArgs('set.pop', a, k);
    const set = s as PySet;
    if (set.used === 0) throw keyError('pop from an empty set');
    let i = set.finger & set.mask;
    for (;;) {
      const e = set.table[i];
      if (e && e !== DUMMY) {
        set.table[i] = DUMMY;
        set.used--;
        set.finger = i + 1;
        return e.key;
      }
      i = i >= set.mask ? 0 : i + 1;
    }
  },
  clear: (_c, s, a, k) => {
    noArgs('set.clear', a, k);
    setClear(s as PySet);
    return null;
  },
  copy: (_c, s, a, k) => (noArgs('set.copy', a, k), setCopy(s as PySet, (s as PySet).frozen)),
  union: (ctx, s, a, k) => {
    noKwargs('set.union', k);
    let r = setCopy(s as PySet, (s as PySet).frozen);
    for (const o of a) r = setUnion(r, asSet(ctx, o), r.frozen);
    return r;
  },
  intersection: (ctx, s, a, k) => {
    noKwargs('set.intersection', k);
    let r = setCopy(s as PySet, (s as PySet).frozen);
    for (const o of a) r = setIntersection(r, asSet(ctx, o), r.frozen);
    return r;
  },
  difference: (ctx, s, a, k) => {
    noKwargs('set.difference', k);
    let r = setCopy(s as PySet, (s as PySet).frozen);
    for (const o of a) r = setDifference(r, asSet(ctx, o), r.frozen);
    return r;
  },
  symmetric_difference: (ctx, s, a, k) =>
    setSymmetricDifference(s as PySet, asSet(ctx, oneArg('set.symmetric_difference', a, k)), (s as PySet).frozen),
  update: (ctx, s, a, k) => {
    noKwargs('set.update', k);
    for (const o of a) setUpdateFrom(s as PySet, o, () => toList(ctx, o));
    return null;
  },
  intersection_update: (ctx, s, a, k) => {
    noKwargs('set.intersection_update', k);
    replaceSet(s as PySet, a.reduce<PySet>((r, o) => setIntersection(r, asSet(ctx, o), false), setCopy(s as PySet, false)));
    return null;
  },
  difference_update: (ctx, s, a, k) => {
    noKwargs('set.difference_update', k);
    for (const o of a) for (const x of toList(ctx, o)) setDiscard(s as PySet, x);
    return null;
  },
  symmetric_difference_update: (ctx, s, a, k) => {
    const o = asSet(ctx, oneArg('set.symmetric_difference_update', a, k));
    for (const x of setItems(o)) if (!setDiscard(s as PySet, x)) setAdd(s as PySet, x);
    return null;
  },
  issubset: (ctx, s, a, k) => {
    const o = asSet(ctx, oneArg('set.issubset', a, k));
    return setItems(s as PySet).every((x) => setHas(o, x));
  },
  issuperset: (ctx, s, a, k) => {
    const o = toList(ctx, oneArg('set.issuperset', a, k));
    return o.every((x) => setHas(s as PySet, x));
  },
  isdisjoint: (ctx, s, a, k) => {
    const o = toList(ctx, oneArg('set.isdisjoint', a, k));
    return o.every((x) => !setHas(s as PySet, x));
  },
};
const FROZENSET_ONLY = new Set(['copy', 'difference', 'intersection', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference', 'union']);

function replaceSet(target: PySet, src: PySet): void {
  target.table = src.table;
  target.mask = src.mask;
  target.fill = src.fill;
  target.used = src.used;
}

// ---------------------------------------------------------------------------------------------
// numbers, ranges, dates

const INT_METHODS: Record<string, Method> = {
  bit_length: (_c, s, a, k) => {
    noArgs('int.bit_length', a, k);
    const n = asInt(s) as bigint;
    return BigInt((n < 0n ? -n : n).toString(2).replace(/^0$/, '').length);
  },
  bit_count: (_c, s, a, k) => {
    noArgs('int.bit_count', a, k);
    const n = asInt(s) as bigint;
    return BigInt((n < 0n ? -n : n).toString(2).split('').filter((c) => c === '1').length);
  },
  conjugate: (_c, s, a, k) => (noArgs('int.conjugate', a, k), asInt(s) as bigint),
  as_integer_ratio: (_c, s, a, k) => (noArgs('int.as_integer_ratio', a, k), new PyTuple([asInt(s) as bigint, 1n])),
  is_integer: (_c, s, a, k) => (noArgs('int.is_integer', a, k), true),
};

const FLOAT_METHODS: Record<string, Method> = {
  hex: (_c, s, a, k) => (noArgs('float.hex', a, k), floatHex(s as number)),
  fromhex: (_c, _s, a, k) => fromhexCall(a, k),
  is_integer: (_c, s, a, k) => (noArgs('float.is_integer', a, k), Number.isInteger(s as number)),
  conjugate: (_c, s, a, k) => (noArgs('float.conjugate', a, k), s as number),
  as_integer_ratio: (_c, s, a, k) => {
    noArgs('float.as_integer_ratio', a, k);
    const x = s as number;
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) throw valueError('cannot convert NaN to integer ratio');
      throw new PyException('OverflowError', 'cannot convert Infinity to integer ratio');
    }
    let num = x;
    let den = 1n;
    while (!Number.isInteger(num)) {
      num *= 2;
      den *= 2n;
    }
    let n = BigInt(num);
    while (n % 2n === 0n && den > 1n) {
      n /= 2n;
      den /= 2n;
    }
    return new PyTuple([n, den]);
  },
};

const RANGE_METHODS: Record<string, Method> = {
  count: (_c, s, a, k) => {
    const x = oneArg('range.count', a, k);
    return rangeContains(s as PyRange, x) ? 1n : 0n;
  },
  index: (_c, s, a, k) => {
    const x = oneArg('range.index', a, k);
    const r = s as PyRange;
    if (!rangeContains(r, x)) throw valueError(`${pyRepr(x)} is not in range`);
    return ((asInt(x) as bigint) - r.start) / r.step;
  },
};

export function rangeContains(r: PyRange, x: PyVal): boolean {
  const n = typeof x === 'number' && Number.isInteger(x) ? BigInt(x) : asInt(x);
  if (n === null) return false;
  if (r.step > 0n ? n < r.start || n >= r.stop : n > r.start || n <= r.stop) return false;
  return (n - r.start) % r.step === 0n;
}

function intArg(v: PyVal): number {
  const n = asInt(v);
  if (n === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(n);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return 29;
  return DAYS_IN_MONTH[m - 1] as number;
}

export function makeDate(y: number, m: number, d: number): PyDate {
  if (y < 1 || y > 9999) throw valueError(`year ${y} is out of range`);
  if (m < 1 || m > 12) throw valueError('month must be in 1..12');
  if (d < 1 || d > daysInMonth(y, m)) throw valueError('day is out of range for month');
  return new PyDate(y, m, d);
}

export function makeDatetime(f: number[]): PyDatetime {
  const [y, mo, d, h, mi, s, us] = f as [number, number, number, number, number, number, number];
  makeDate(y, mo, d);
  if (h < 0 || h > 23) throw valueError('hour must be in 0..23');
  if (mi < 0 || mi > 59) throw valueError('minute must be in 0..59');
  if (s < 0 || s > 59) throw valueError('second must be in 0..59');
  if (us < 0 || us > 999999) throw valueError('microsecond must be in 0..999999');
  return new PyDatetime(y, mo, d, h, mi, s, us);
}

const DT_FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond'];

function dtFields(v: PyDate | PyDatetime): number[] {
  if (v instanceof PyDatetime) return [v.year, v.month, v.day, v.hour, v.minute, v.second, v.microsecond];
  return [v.year, v.month, v.day];
}

const DATE_METHODS: Record<string, Method> = {
  isoformat: (_c, s, a, k) => {
    if (s instanceof PyDatetime) {
      const b = bindArgs('isoformat', a, k, ['sep', 'timespec'], 0);
      const sep = b.get('sep') ?? 'T';
      if (typeof sep !== 'string' || Array.from(sep).length !== 1) {
        throw typeError(`isoformat() argument 1 must be a unicode character, not ${typeName(sep)}`);
      }
      const ts = b.get('timespec') ?? 'auto';
      if (typeof ts !== 'string' || !['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'].includes(ts)) {
        throw valueError('Unknown timespec value');
      }
      return datetimeIso(s, sep, ts);
    }
    noArgs('date.isoformat', a, k);
    return dateIso(s as PyDate);
  },
  strftime: (_c, s, a, k) => {
    const b = bindArgs('strftime', a, k, ['format'], 1);
    const f = b.get('format') as PyVal;
    if (typeof f !== 'string') throw typeError(`strftime() argument 1 must be str, not ${typeName(f)}`);
    return strftime(s as PyDate, f);
  },
  weekday: (_c, s, a, k) => {
    noArgs('weekday', a, k);
    const d = s as PyDate;
    return BigInt(weekday(d.year, d.month, d.day));
  },
  isoweekday: (_c, s, a, k) => {
    noArgs('isoweekday', a, k);
    const d = s as PyDate;
    return BigInt(weekday(d.year, d.month, d.day) + 1);
  },
  timestamp: (_c, s, a, k) => {
    if (!(s instanceof PyDatetime)) throw attributeError("'datetime.date' object has no attribute 'timestamp'");
    noArgs('datetime.timestamp', a, k);
    // local_to_seconds looks at the local time a day earlier, which does not exist on the first day
    if (s.year === 1 && s.month === 1 && s.day === 1) throw valueError('year 0 is out of range');
    // a naive datetime is local time (CPython's local_to_seconds); whole seconds, then the microseconds
    const d = new Date(0);
    d.setFullYear(s.year, s.month - 1, s.day);
    d.setHours(s.hour, s.minute, s.second, 0);
    // ... and at the local time of the naive value read as UTC, past year 9999 east of Greenwich
    if (s.year === 9999 && s.month === 12 && s.day === 31) {
      const offset = -d.getTimezoneOffset() * 60;
      if (s.hour * 3600 + s.minute * 60 + s.second + offset >= 86400) throw valueError('year 10000 is out of range');
    }
    return d.getTime() / 1000 + s.microsecond / 1e6;
  },
  date: (_c, s, a, k) => {
    noArgs('datetime.date', a, k);
    const d = s as PyDatetime;
    return new PyDate(d.year, d.month, d.day);
  },
  replace: (_c, s, a, k) => {
    const v = s as PyDate;
    const names = v instanceof PyDatetime ? DT_FIELDS : DT_FIELDS.slice(0, 3);
    const b = bindArgs('replace', a, k, names, 0, ['tzinfo', 'fold']);
    if (b.has('tzinfo') || b.has('fold')) throw notSupported('time zones');
    const f = dtFields(v).map((x, i) => (b.has(names[i] as string) ? intArg(b.get(names[i] as string) as PyVal) : x));
    return v instanceof PyDatetime ? makeDatetime(f) : makeDate(f[0] as number, f[1] as number, f[2] as number);
  },
  ctime: (_c, s, a, k) => {
    noArgs('ctime', a, k);
    const v = s as PyDate;
    const dt = v instanceof PyDatetime ? v : null;
    const day = strftime(v, '%a %b');
    const pad = String(v.day).padStart(2, ' ');
    return `${day} ${pad} ${strftime(dt ?? v, '%H:%M:%S')} ${String(v.year).padStart(4, '0')}`;
  },
};
const DATE_UNSUPPORTED = [
  'astimezone', 'dst', 'fold', 'isocalendar', 'time', 'timetuple', 'timetz', 'toordinal', 'tzinfo',
  'tzname', 'utcoffset', 'utctimetuple',
];

// ---------------------------------------------------------------------------------------------
// attribute lookup

interface TypeMethods {
  methods: Record<string, Method>;
  unsupported: string[];
}

function methodsOf(v: PyVal): TypeMethods | null {
  if (typeof v === 'string') return { methods: STR_METHODS, unsupported: STR_UNSUPPORTED };
  if (v instanceof PyList) return { methods: LIST_METHODS, unsupported: [] };
  if (v instanceof PyDict) return { methods: DICT_METHODS, unsupported: [] };
  if (v instanceof PySet) return { methods: SET_METHODS, unsupported: [] };
  if (v instanceof PyTuple) return { methods: TUPLE_METHODS, unsupported: [] };
  if (v instanceof PyBytes) return { methods: BYTES_METHODS, unsupported: BYTES_UNSUPPORTED };
  if (v instanceof PyComplex) return { methods: COMPLEX_METHODS, unsupported: [] };
  if (typeof v === 'bigint' || typeof v === 'boolean') return { methods: INT_METHODS, unsupported: ['to_bytes', 'from_bytes'] };
  if (typeof v === 'number') return { methods: FLOAT_METHODS, unsupported: [] };
  if (v instanceof PyRange) return { methods: RANGE_METHODS, unsupported: [] };
  if (v instanceof PyDatetime || v instanceof PyDate) return { methods: DATE_METHODS, unsupported: DATE_UNSUPPORTED };
  return null;
}

export function findMethod(v: PyVal, name: string): Method | null {
  const tm = methodsOf(v);
  if (!tm) return null;
  if (Object.prototype.hasOwnProperty.call(tm.methods, name)) {
    if (v instanceof PySet && v.frozen && !FROZENSET_ONLY.has(name)) return null;
    if (name === 'date' && !(v instanceof PyDatetime)) return null;
    return tm.methods[name] as Method;
  }
  if (tm.unsupported.includes(name)) {
    return () => {
      throw notSupported(`${typeName(v)}.${name}()`);
    };
  }
  return null;
}

function noAttribute(v: PyVal, name: string): PyException {
  if (v instanceof PyType) return attributeError(`type object '${v.name}' has no attribute '${name}'`);
  if (v instanceof PyModule) return attributeError(`module '${v.name}' has no attribute '${name}'`);
  return attributeError(`'${typeName(v)}' object has no attribute '${name}'`);
}

export function getAttr(ctx: Ctx, v: PyVal, name: string): PyVal {
  const m = findMethod(v, name);
  if (m) return new PyFunc(name, (c, a, k) => m(c, v, a, k), v);
  if (name === '__class__') return typeOf(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') {
    const n = asInt(v) as bigint;
    if (name === 'real' || name === 'numerator') return n;
    if (name === 'imag') return 0n;
    if (name === 'denominator') return 1n;
  } else if (typeof v === 'number') {
    if (name === 'real') return v;
    if (name === 'imag') return 0.0;
  } else if (v instanceof PyComplex) {
    if (name === 'real') return v.re;
    if (name === 'imag') return v.im;
  } else if (v instanceof PyDatetime || v instanceof PyDate) {
    const i = DT_FIELDS.indexOf(name);
    if (i >= 0 && (i < 3 || v instanceof PyDatetime)) return BigInt(dtFields(v)[i] as number);
  } else if (v instanceof PyRange) {
    if (name === 'start') return v.start;
    if (name === 'stop') return v.stop;
    if (name === 'step') return v.step;
  } else if (v instanceof PySlice) {
    if (name === 'start') return v.start;
    if (name === 'stop') return v.stop;
    if (name === 'step') return v.step;
  } else if (v instanceof PyExcInstance) {
    const a = excAttr(v, name);
    if (a !== undefined) return a;
  } else if (v instanceof PyUserFunc) {
    if (name === '__name__') return v.name;
    if (name === '__qualname__') return v.qualname;
  } else if (v instanceof PyModule) {
    const a = v.attrs.get(name);
    if (a !== undefined) return a;
    if (moduleHasUnsupported(`${v.name}.${name}`)) throw notSupported(`${v.name}.${name}`);
  } else if (v instanceof PyType) {
    if (name === '__name__' || name === '__qualname__') return v.name;
    const a = v.attrs.get(name);
    if (a !== undefined) return a;
    const d = typeDescriptor(v, name);
    if (d !== undefined) return d;
    const proto = prototypeOf(v);
    if (proto !== undefined) {
      const pm = findMethod(proto, name);
      if (pm) {
        // the method belongs to the class that defines it (bool.conjugate is int's), once
        const owner = typeOf(proto);
        const key = `${owner.name}.${name}`;
        const cached = UNBOUND_METHODS.get(key);
        if (cached) return cached;
        const made = new PyFunc(
          name,
          (c, a2, k) => {
            if (a2.length === 0) throw typeError(`unbound method ${owner.name}.${name}() needs an argument`);
            const self = a2[0] as PyVal;
            if (!typeOf(self).isSubclassOf(owner)) {
              throw typeError(`descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${typeName(self)}' object`);
            }
            return pm(c, self, a2.slice(1), k);
          },
          undefined,
          owner.name,
        );
        UNBOUND_METHODS.set(key, made);
        return made;
      }
    }
    if (v === DATETIME || v === DATE) {
      if (['fromtimestamp', 'utcfromtimestamp', 'strptime', 'combine', 'fromordinal', 'fromisocalendar', 'min', 'max', 'resolution'].includes(name)) {
        throw notSupported(`${v.name}.${name}`);
      }
    }
  }
  // __debug__ is a builtin name, never an attribute: no object has it
  if (name.startsWith('__') && name.endsWith('__') && name !== '__debug__') throw notSupported(`the attribute \`${name}\``);
  throw noAttribute(v, name);
}

/**
 * Full case folding of one character: upper then lower case (no final-sigma context, so ς folds
 * to σ), except where CaseFolding.txt says otherwise: dotless ı stays, ẞ folds to ss, Cherokee
 * folds to its upper case.
 */
function caseFoldChar(ch: string): string {
  const c = ch.codePointAt(0) as number;
  if (c === 0x131) return ch;
  if (c === 0x1e9e) return 'ss';
  if (c >= 0x13a0 && c <= 0x13f5) return ch;
  if (c >= 0x13f8 && c <= 0x13fd) return String.fromCodePoint(c - 8);
  if (c >= 0xab70 && c <= 0xabbf) return String.fromCodePoint(c - 0xab70 + 0x13a0);
  return ch.toUpperCase().toLowerCase();
}

/** `str.upper` and friends, made once so that `str.upper is str.upper` as in CPython. */
const UNBOUND_METHODS = new Map<string, PyFunc>();

/** A sample instance, so `str.upper` can find the method table for str. */
function prototypeOf(t: PyType): PyVal | undefined {
  switch (t.name) {
    case 'str':
      return '';
    case 'list':
      return new PyList([]);
    case 'dict':
      return new PyDict();
    case 'set':
      return new PySet(false);
    case 'frozenset':
      return new PySet(true);
    case 'tuple':
      return new PyTuple([]);
    case 'int':
    case 'bool':
      return 0n;
    case 'float':
      return 0.0;
    case 'range':
      return new PyRange(0n, 0n, 1n);
    case 'datetime':
      return t.module === 'datetime' ? new PyDatetime(1, 1, 1, 0, 0, 0, 0) : undefined;
    case 'date':
      return t.module === 'datetime' ? new PyDate(1, 1, 1) : undefined;
  }
  return undefined;
}

const MODULE_UNSUPPORTED = new Set([
  'datetime.timedelta', 'datetime.timezone', 'datetime.time', 'datetime.tzinfo', 'datetime.UTC', 'datetime.sys',
  'datetime.datetime_CAPI',
]);

export function moduleHasUnsupported(qual: string): boolean {
  return MODULE_UNSUPPORTED.has(qual) || (qual.startsWith('math.') && MATH_UNSUPPORTED.has(qual.slice(5)));
}

export function setAttr(v: PyVal, name: string, _value: PyVal): void {
  if (v instanceof PyType) throw typeError(`cannot set '${name}' attribute of immutable type '${v.name}'`);
  if (v instanceof PyModule) throw notSupported('changing module attributes');
  if (findMethod(v, name)) throw attributeError(`'${typeName(v)}' object attribute '${name}' is read-only`);
  if (v instanceof PyDatetime || v instanceof PyDate) {
    if (DT_FIELDS.includes(name)) throw attributeError(`attribute '${name}' of '${typeOf(v).module}.${typeName(v)}' objects is not writable`);
  }
  throw noAttribute(v, name);
}

export function delAttr(v: PyVal, name: string): void {
  if (v instanceof PyType) throw typeError(`cannot set '${name}' attribute of immutable type '${v.name}'`);
  if (v instanceof PyModule) throw notSupported('changing module attributes');
  if (findMethod(v, name)) throw attributeError(`'${typeName(v)}' object attribute '${name}' is read-only`);
  throw noAttribute(v, name);
}

export function formatHooks(ctx: Ctx): FormatHooks {
  return {
    charge: (n) => ctx.charge(n),
    getAttr: (o, n) => getAttr(ctx, o, n),
    getItem: (o, key) => {
      // str.format's [key] uses the key as int when all digits, else str
      if (o instanceof PyDict) {
        const e = dictLookup(o, key);
        if (e === undefined) throw keyError(key);
        return e.v;
      }
      if (o instanceof PyList || o instanceof PyTuple) {
        const n = asInt(key);
        if (n === null) throw typeError(`${typeName(o)} indices must be integers or slices, not str`);
        let i = Number(n);
        if (i < 0) i += o.items.length;
        if (i < 0 || i >= o.items.length) throw indexError(`${typeName(o)} index out of range`);
        return o.items[i] as PyVal;
      }
      if (typeof o === 'string') {
        const n = asInt(key);
        if (n === null) throw typeError(`string indices must be integers, not '${typeName(key)}'`);
        const cps = Array.from(o);
        const i = Number(n);
        if (i >= cps.length) throw indexError('string index out of range');
        return cps[i] as string;
      }
      throw typeError(`'${typeName(o)}' object is not subscriptable`);
    },
  };
}

export { formatValue, toIndex };
