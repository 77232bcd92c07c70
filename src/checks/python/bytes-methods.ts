// The methods of bytes as Objects/bytesobject.c and bytes_methods.c define them: case mapping and
// character classes are ASCII-only, a byte argument is a bytes object or (for find/count/index)
// an int in range(256), and the errors are CPython's. A bytes value is a JS string of char codes
// 0-255, so positions are byte positions.

import { adjustIndices, bindArgs, checkPositional, noArgs, noKwargs, oneArg, parseTupleArity, positional, toSsize } from './args';
import { PyException, typeError, valueError } from './errors';
import { type Ctx, checkSize, iterate, truthy } from './objects';
import { rsplitSep, splitSep } from './strings';
import { type Kwargs, PyBytes, PyList, PyTuple, type PyVal, asInt, typeName } from './values';

type Method = (ctx: Ctx, self: PyVal, args: PyVal[], kwargs: Kwargs) => PyVal;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isAlpha = (c: number): boolean => isUpper(c) || isLower(c);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

const bytesOf = (self: PyVal): string => (self as PyBytes).s;
const wrap = (s: string): PyBytes => new PyBytes(s);

/** A bytes-like argument (only bytes exist here). */
function needBytes(v: PyVal): string {
  if (v instanceof PyBytes) return v.s;
  throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

/** find/count/index's needle: bytes, or an int that is one byte. */
function needle(v: PyVal): string {
  if (v instanceof PyBytes) return v.s;
  const n = asInt(v);
  if (n === null) throw typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
  if (n < 0n || n > 255n) throw valueError('byte must be in range(0, 256)');
  return String.fromCharCode(Number(n));
}

function find(self: string, name: string, args: PyVal[], kwargs: Kwargs, reverse: boolean): number {
  parseTupleArity(name, args, kwargs, 1, 3);
  // CPython reads start and end before it looks at the needle
  const [s, e] = adjustIndices(args[1], args[2], self.length);
  const sub = needle(args[0] as PyVal);
  if (s > self.length || e - s < sub.length) return -1;
  if (reverse) {
    const i = self.lastIndexOf(sub, e - sub.length);
    return i >= s ? i : -1;
  }
  const i = self.indexOf(sub, s);
  return i >= 0 && i + sub.length <= e ? i : -1;
}

function count(self: string, args: PyVal[], kwargs: Kwargs): number {
  parseTupleArity('count', args, kwargs, 1, 3);
  const [s, e] = adjustIndices(args[1], args[2], self.length);
  const sub = needle(args[0] as PyVal);
  if (s > self.length) return 0;
  if (sub.length === 0) return e >= s ? e - s + 1 : 0;
  let n = 0;
  for (let i = self.indexOf(sub, s); i >= 0 && i + sub.length <= e; i = self.indexOf(sub, i + sub.length)) n++;
  return n;
}

function startsEnds(self: string, name: string, args: PyVal[], kwargs: Kwargs, ends: boolean): boolean {
  parseTupleArity(name, args, kwargs, 1, 3);
  const prefix = args[0] as PyVal;
  const [s, e] = adjustIndices(args[1], args[2], self.length);
  const test = (p: string): boolean => {
    if (s > self.length || e - s < p.length) return false;
    return self.startsWith(p, ends ? e - p.length : s);
  };
  if (prefix instanceof PyBytes) return test(prefix.s);
  if (prefix instanceof PyTuple) {
    for (const p of prefix.items) {
      if (!(p instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeName(p)}'`);
      if (test(p.s)) return true;
    }
    return false;
  }
  throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(prefix)}`);
}

function strip(self: string, name: string, args: PyVal[], kwargs: Kwargs, left: boolean, right: boolean): PyBytes {
  positional(name, args, kwargs, 0, 1);
  const c = args[0];
  const chars = c === undefined || c === null ? null : needBytes(c);
  const drop = (ch: number): boolean => (chars === null ? isSpace(ch) : chars.includes(String.fromCharCode(ch)));
  let i = 0;
  let j = self.length;
  if (left) while (i < j && drop(self.charCodeAt(i))) i++;
  if (right) while (j > i && drop(self.charCodeAt(j - 1))) j--;
  return wrap(self.slice(i, j));
}

function splitArgs(name: string, args: PyVal[], kwargs: Kwargs): [string | null, number] {
  const a = bindArgs(name, args, kwargs, ['sep', 'maxsplit'], 0);
  const sepArg = a.get('sep');
  const sep = sepArg === undefined || sepArg === null ? null : needBytes(sepArg);
  if (sep === '') throw valueError('empty separator');
  const ms = a.get('maxsplit');
  return [sep, ms === undefined ? -1 : toSsize(ms)];
}

function splitWhitespace(s: string, maxsplit: number, reverse: boolean): string[] {
  const out: string[] = [];
  if (!reverse) {
    let i = 0;
    const n = s.length;
    while (i < n) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) break;
      // maxsplit reached: the rest as it is, trailing whitespace included
      if (maxsplit >= 0 && out.length >= maxsplit) {
        out.push(s.slice(i));
        break;
      }
      let j = i;
      while (j < n && !isSpace(s.charCodeAt(j))) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    return out;
  }
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isSpace(s.charCodeAt(j - 1))) j--;
    if (j <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}

function split(ctx: Ctx, self: string, name: string, args: PyVal[], kwargs: Kwargs, reverse: boolean): PyList {
  const [sep, max] = splitArgs(name, args, kwargs);
  ctx.charge(self.length >> 3);
  const parts = sep === null ? splitWhitespace(self, max, reverse) : (reverse ? rsplitSep : splitSep)(self, sep, max);
  return new PyList(parts.map(wrap));
}

function pad(ctx: Ctx, self: string, name: string, args: PyVal[], kwargs: Kwargs, where: 'l' | 'r' | 'c'): PyBytes {
  positional(name, args, kwargs, 1, 2);
  const width = toSsize(args[0] as PyVal);
  let fill = ' ';
  if (args.length > 1) {
    const f = args[1] as PyVal;
    if (!(f instanceof PyBytes) || f.s.length !== 1) throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${typeName(f)}`);
    fill = f.s;
  }
  if (width <= self.length) return wrap(self);
  checkSize(width);
  ctx.charge(width >> 4);
  const marg = width - self.length;
  if (where === 'l') return wrap(self + fill.repeat(marg));
  if (where === 'r') return wrap(fill.repeat(marg) + self);
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return wrap(fill.repeat(left) + self + fill.repeat(marg - left));
}

function mapBytes(ctx: Ctx, self: PyVal, name: string, args: PyVal[], kwargs: Kwargs, f: (c: number, i: number, prevCased: boolean) => number): PyBytes {
  noArgs(`bytes.${name}`, args, kwargs);
  const s = bytesOf(self);
  ctx.charge(s.length >> 3);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(f(c, i, prevCased));
    prevCased = isAlpha(c);
  }
  return wrap(out);
}

const upper = (c: number): number => (isLower(c) ? c - 32 : c);
const lower = (c: number): number => (isUpper(c) ? c + 32 : c);

/** isalpha/isdigit/...: true when non-empty and every byte is in the class. */
function every(self: PyVal, name: string, args: PyVal[], kwargs: Kwargs, test: (c: number) => boolean): boolean {
  noArgs(`bytes.${name}`, args, kwargs);
  const s = bytesOf(self);
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

/** isupper/islower: some cased byte, none of the other case. */
function oneCase(self: PyVal, name: string, args: PyVal[], kwargs: Kwargs, want: (c: number) => boolean, other: (c: number) => boolean): boolean {
  noArgs(`bytes.${name}`, args, kwargs);
  const s = bytesOf(self);
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (other(c)) return false;
    if (want(c)) cased = true;
  }
  return cased;
}

function istitle(s: string): boolean {
  let cased = false;
  let prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isUpper(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLower(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

function join(ctx: Ctx, sep: string, iterable: PyVal): PyBytes {
  let next: () => PyVal | undefined;
  try {
    next = iterate(iterable);
  } catch (e) {
    if (e instanceof PyException && e.type === 'TypeError') throw typeError('can only join an iterable');
    throw e;
  }
  const parts: string[] = [];
  let total = 0;
  for (let x = next(); x !== undefined; x = next()) {
    if (!(x instanceof PyBytes)) throw typeError(`sequence item ${parts.length}: expected a bytes-like object, ${typeName(x)} found`);
    parts.push(x.s);
    total += x.s.length + sep.length;
    checkSize(total);
  }
  ctx.charge((total >> 4) + parts.length);
  return wrap(parts.join(sep));
}

/** bytes.hex(sep, bytes_per_sep): pairs of hex digits, a separator every n bytes counted from the right (from the left when n < 0). */
function hex(ctx: Ctx, self: string, args: PyVal[], kwargs: Kwargs): string {
  const a = bindArgs('hex', args, kwargs, ['sep', 'bytes_per_sep'], 0);
  const sepArg = a.get('sep');
  const per = a.has('bytes_per_sep') ? toSsize(a.get('bytes_per_sep') as PyVal) : 1;
  let sep = '';
  if (sepArg !== undefined && sepArg !== null) {
    if (typeof sepArg === 'string') sep = sepArg;
    else if (sepArg instanceof PyBytes) sep = sepArg.s;
    else throw typeError(`object of type '${typeName(sepArg)}' has no len()`);
    if (Array.from(sep).length !== 1) throw valueError('sep must be length 1.');
    if (sep.charCodeAt(0) > 127) throw valueError('sep must be ASCII.');
  }
  ctx.charge(self.length >> 2);
  const digits = Array.from(self, (ch) => ch.charCodeAt(0).toString(16).padStart(2, '0'));
  if (sep === '' || per === 0 || digits.length === 0) return digits.join('');
  const n = Math.abs(per);
  const groups: string[] = [];
  if (per < 0) {
    for (let i = 0; i < digits.length; i += n) groups.push(digits.slice(i, i + n).join(''));
  } else {
    for (let j = digits.length; j > 0; j -= n) groups.unshift(digits.slice(Math.max(0, j - n), j).join(''));
  }
  return groups.join(sep);
}

export const BYTES_TEXT_METHODS: Record<string, Method> = {
  upper: (ctx, s, a, k) => mapBytes(ctx, s, 'upper', a, k, upper),
  lower: (ctx, s, a, k) => mapBytes(ctx, s, 'lower', a, k, lower),
  swapcase: (ctx, s, a, k) => mapBytes(ctx, s, 'swapcase', a, k, (c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c)),
  capitalize: (ctx, s, a, k) => mapBytes(ctx, s, 'capitalize', a, k, (c, i) => (i === 0 ? upper(c) : lower(c))),
  title: (ctx, s, a, k) => mapBytes(ctx, s, 'title', a, k, (c, _i, prev) => (prev ? lower(c) : upper(c))),
  isalpha: (_c, s, a, k) => every(s, 'isalpha', a, k, isAlpha),
  isdigit: (_c, s, a, k) => every(s, 'isdigit', a, k, isDigit),
  isalnum: (_c, s, a, k) => every(s, 'isalnum', a, k, (c) => isAlpha(c) || isDigit(c)),
  isspace: (_c, s, a, k) => every(s, 'isspace', a, k, isSpace),
  isupper: (_c, s, a, k) => oneCase(s, 'isupper', a, k, isUpper, isLower),
  islower: (_c, s, a, k) => oneCase(s, 'islower', a, k, isLower, isUpper),
  istitle: (_c, s, a, k) => (noArgs('bytes.istitle', a, k), istitle(bytesOf(s))),
  isascii: (_c, s, a, k) => {
    noArgs('bytes.isascii', a, k);
    const b = bytesOf(s);
    for (let i = 0; i < b.length; i++) if (b.charCodeAt(i) > 127) return false;
    return true;
  },
  strip: (_c, s, a, k) => strip(bytesOf(s), 'strip', a, k, true, true),
  lstrip: (_c, s, a, k) => strip(bytesOf(s), 'lstrip', a, k, true, false),
  rstrip: (_c, s, a, k) => strip(bytesOf(s), 'rstrip', a, k, false, true),
  split: (ctx, s, a, k) => split(ctx, bytesOf(s), 'split', a, k, false),
  rsplit: (ctx, s, a, k) => split(ctx, bytesOf(s), 'rsplit', a, k, true),
  splitlines: (ctx, s, a, k) => {
    const b = bindArgs('splitlines', a, k, ['keepends'], 0);
    const keep = b.has('keepends') && truthy(b.get('keepends') as PyVal);
    const str = bytesOf(s);
    ctx.charge(str.length >> 3);
    const out: PyBytes[] = [];
    let start = 0;
    for (let i = 0; i < str.length; ) {
      const c = str[i];
      if (c === '\n' || c === '\r') {
        const eol = c === '\r' && str[i + 1] === '\n' ? i + 2 : i + 1;
        out.push(wrap(str.slice(start, keep ? eol : i)));
        start = i = eol;
      } else i++;
    }
    if (start < str.length) out.push(wrap(str.slice(start)));
    return new PyList(out);
  },
  join: (ctx, s, a, k) => join(ctx, bytesOf(s), oneArg('bytes.join', a, k)),
  replace: (ctx, s, a, k) => {
    noKwargs('bytes.replace', k);
    checkPositional('replace', a.length, 2, 3);
    const old = needBytes(a[0] as PyVal);
    const rep = needBytes(a[1] as PyVal);
    const max = a.length > 2 ? toSsize(a[2] as PyVal) : -1;
    const self = bytesOf(s);
    let out: string;
    if (old === '') {
      const n = max < 0 ? self.length + 1 : Math.min(max, self.length + 1);
      checkSize(self.length + n * rep.length);
      out = '';
      for (let i = 0; i < self.length; i++) out += (i < n ? rep : '') + self[i];
      if (n > self.length) out += rep;
    } else {
      const parts = splitSep(self, old, max);
      checkSize(self.length + (parts.length - 1) * (rep.length - old.length));
      out = parts.join(rep);
    }
    ctx.charge((self.length + out.length) >> 3);
    return wrap(out);
  },
  startswith: (_c, s, a, k) => startsEnds(bytesOf(s), 'startswith', a, k, false),
  endswith: (_c, s, a, k) => startsEnds(bytesOf(s), 'endswith', a, k, true),
  find: (_c, s, a, k) => BigInt(find(bytesOf(s), 'find', a, k, false)),
  rfind: (_c, s, a, k) => BigInt(find(bytesOf(s), 'rfind', a, k, true)),
  index: (_c, s, a, k) => {
    const r = find(bytesOf(s), 'index', a, k, false);
    if (r < 0) throw valueError('subsection not found');
    return BigInt(r);
  },
  rindex: (_c, s, a, k) => {
    const r = find(bytesOf(s), 'rindex', a, k, true);
    if (r < 0) throw valueError('subsection not found');
    return BigInt(r);
  },
  count: (_c, s, a, k) => BigInt(count(bytesOf(s), a, k)),
  partition: (_c, s, a, k) => {
    const sep = needBytes(oneArg('bytes.partition', a, k));
    if (sep === '') throw valueError('empty separator');
    const self = bytesOf(s);
    const i = self.indexOf(sep);
    if (i < 0) return new PyTuple([s, wrap(''), wrap('')]);
    return new PyTuple([wrap(self.slice(0, i)), a[0] as PyVal, wrap(self.slice(i + sep.length))]);
  },
  rpartition: (_c, s, a, k) => {
    const sep = needBytes(oneArg('bytes.rpartition', a, k));
    if (sep === '') throw valueError('empty separator');
    const self = bytesOf(s);
    const i = self.lastIndexOf(sep);
    if (i < 0) return new PyTuple([wrap(''), wrap(''), s]);
    return new PyTuple([wrap(self.slice(0, i)), a[0] as PyVal, wrap(self.slice(i + sep.length))]);
  },
  removeprefix: (_c, s, a, k) => {
    const p = needBytes(oneArg('bytes.removeprefix', a, k));
    const self = bytesOf(s);
    return p && self.startsWith(p) ? wrap(self.slice(p.length)) : s;
  },
  removesuffix: (_c, s, a, k) => {
    const p = needBytes(oneArg('bytes.removesuffix', a, k));
    const self = bytesOf(s);
    return p && self.endsWith(p) ? wrap(self.slice(0, self.length - p.length)) : s;
  },
  center: (ctx, s, a, k) => pad(ctx, bytesOf(s), 'center', a, k, 'c'),
  ljust: (ctx, s, a, k) => pad(ctx, bytesOf(s), 'ljust', a, k, 'l'),
  rjust: (ctx, s, a, k) => pad(ctx, bytesOf(s), 'rjust', a, k, 'r'),
  zfill: (ctx, s, a, k) => {
    const width = toSsize(oneArg('bytes.zfill', a, k));
    const self = bytesOf(s);
    if (width <= self.length) return s;
    checkSize(width);
    ctx.charge(width >> 4);
    const fill = '0'.repeat(width - self.length);
    if (self[0] === '+' || self[0] === '-') return wrap(self[0] + fill + self.slice(1));
    return wrap(fill + self);
  },
  hex: (ctx, s, a, k) => hex(ctx, bytesOf(s), a, k),
};
