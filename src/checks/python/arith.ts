// Binary and unary operators with CPython's coercion rules and error messages.

import type { PyException} from './errors';
import { complexOp, complexPow } from './complex';
import { memoryError, notSupported, overflowError, typeError, valueError, zeroDivision } from './errors';
import { formatValue, pyAscii } from './format';
import {
  bigOpCost,
  bigWords,
  checkIntSize,
  doubleToString,
  floatDivMod,
  floatFloorDiv,
  floatMod,
  floatPow,
  floorDivInt,
  intToFloat,
  intToStr,
  modInt,
  mulInt,
  powInt,
  shiftLeft,
  shiftRight,
  trueDivInt,
  floatToInt,
} from './numbers';
import {
  type Ctx,
  MAX_SIZE,
  dictSet,
  dictViewItems,
  iterate,
  pyRepr,
  pyStr,
  setDifference,
  setFromItems,
  setIntersection,
  setSymmetricDifference,
  setUnion,
} from './objects';
import { cpLength } from './strings';
import { PyBytes, PyComplex, PyDict, PyDictView, PyList, PyRange, PySet, PyTuple, type PyVal, asInt, typeName } from './values';
import { getItem } from './items';

const SSIZE_MAX = (1n << 63n) - 1n;

export function unsupportedOperands(op: string, a: PyVal, b: PyVal): PyException {
  const shown = op === '**' ? '** or pow()' : op;
  return typeError(`unsupported operand type(s) for ${shown}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** A sequence repeat count: an index-sized int (bool counts as int). */
function repeatCount(n: PyVal): bigint | null {
  const c = asInt(n);
  if (c === null) return null;
  if (c > SSIZE_MAX || c < -SSIZE_MAX - 1n) throw overflowError("cannot fit 'int' into an index-sized integer");
  return c;
}

function repeatStr(ctx: Ctx, s: string, count: bigint): string {
  if (count <= 0n || s.length === 0) return '';
  const len = BigInt(cpLength(s));
  if (len > SSIZE_MAX / count) throw overflowError('repeated string is too long');
  const total = len * count;
  if (total > BigInt(MAX_SIZE)) throw memoryError();
  ctx.charge(Number(total) >> 5);
  return s.repeat(Number(count));
}

function repeatItems(ctx: Ctx, items: PyVal[], count: bigint): PyVal[] {
  if (count <= 0n || items.length === 0) return [];
  const total = BigInt(items.length) * count;
  if (total > BigInt(MAX_SIZE)) throw memoryError();
  const n = Number(count);
  ctx.charge(Number(total));
  const out: PyVal[] = new Array<PyVal>(Number(total));
  let k = 0;
  for (let r = 0; r < n; r++) for (const x of items) out[k++] = x;
  return out;
}

function concatCheck(ctx: Ctx, n: number): void {
  if (n > MAX_SIZE) throw memoryError();
  // V8 concatenates lazily (ropes), so only very long results cost real work
  if (n > 65536) ctx.charge(n >> 8);
}

const isNumber = (v: PyVal): v is number | bigint | boolean =>
  typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';

const toFloat = (v: number | bigint | boolean): number =>
  typeof v === 'number' ? v : typeof v === 'bigint' ? intToFloat(v) : v ? 1 : 0;

export function binaryOp(ctx: Ctx, op: string, a: PyVal, b: PyVal): PyVal {
  // int fast path
  if (typeof a === 'bigint' && typeof b === 'bigint') return meteredIntOp(ctx, op, a, b) ?? generic(ctx, op, a, b);
  if (typeof a === 'number' && typeof b === 'number') return floatOp(op, a, b) ?? generic(ctx, op, a, b);
  if (typeof a === 'string' && typeof b === 'string' && op === '+') {
    concatCheck(ctx, a.length + b.length);
    return a + b;
  }
  return generic(ctx, op, a, b);
}

function meteredIntOp(ctx: Ctx, op: string, a: bigint, b: bigint): PyVal | undefined {
  const cost = bigOpCost(op, a, b);
  if (cost > 0) ctx.charge(cost);
  const r = intOp(op, a, b);
  if (typeof r === 'bigint' && (op === '**' || op === '<<')) {
    const w = bigWords(r);
    if (w > 0) ctx.charge((w * w) >> 4);
  }
  return r;
}

function intOp(op: string, a: bigint, b: bigint): PyVal | undefined {
  switch (op) {
    case '+':
      return checkIntSize(a + b);
    case '-':
      return checkIntSize(a - b);
    case '*':
      return mulInt(a, b);
    case '/':
      return trueDivInt(a, b);
    case '//':
      return floorDivInt(a, b);
    case '%':
      return modInt(a, b);
    case '**':
      if (b >= 0n) return powInt(a, b);
      if (a === 0n) throw zeroDivision('0.0 cannot be raised to a negative power');
      return floatPowOrComplex(intToFloat(a), intToFloat(b));
    case '<<':
      return shiftLeft(a, b);
    case '>>':
      return shiftRight(a, b);
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
  }
  return undefined;
}

/** float_pow; a negative base to a fractional power goes on as complex_pow, as in CPython. */
function floatPowOrComplex(x: number, y: number): PyVal {
  const r = floatPow(x, y);
  if (r === null) return complexPow(new PyComplex(x, 0), new PyComplex(y, 0));
  return r;
}

function floatOp(op: string, a: number, b: number): PyVal | undefined {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw zeroDivision('float division by zero');
      return a / b;
    case '//':
      return floatFloorDiv(a, b);
    case '%':
      return floatMod(a, b);
    case '**':
      return floatPowOrComplex(a, b);
  }
  return undefined;
}

function generic(ctx: Ctx, op: string, a: PyVal, b: PyVal): PyVal {
  if (isNumber(a) && isNumber(b)) {
    const ia = asInt(a);
    const ib = asInt(b);
    if (ia !== null && ib !== null) {
      if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '&' || op === '|' || op === '^')) {
        return op === '&' ? a && b : op === '|' ? a || b : a !== b;
      }
      const r = meteredIntOp(ctx, op, ia, ib);
      if (r !== undefined) return r;
      throw unsupportedOperands(op, a, b);
    }
    const r = floatOp(op, toFloat(a), toFloat(b));
    if (r !== undefined) return r;
    throw unsupportedOperands(op, a, b);
  }
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const r = complexOp(op, a, b);
    if (r !== undefined) return r;
  }
  switch (op) {
    case '+':
      if (typeof a === 'string') throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
      if (a instanceof PyBytes) {
        if (!(b instanceof PyBytes)) throw typeError(`can't concat ${typeName(b)} to bytes`);
        concatCheck(ctx, a.s.length + b.s.length);
        return new PyBytes(a.s + b.s);
      }
      if (a instanceof PyList) {
        if (!(b instanceof PyList)) throw typeError(`can only concatenate list (not "${typeName(b)}") to list`);
        concatCheck(ctx, a.items.length + b.items.length);
        return new PyList(a.items.concat(b.items));
      }
      if (a instanceof PyTuple) {
        if (!(b instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
        concatCheck(ctx, a.items.length + b.items.length);
        return new PyTuple(a.items.concat(b.items));
      }
      break;
    case '*': {
      const seqA = typeof a === 'string' || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytes;
      const seqB = typeof b === 'string' || b instanceof PyList || b instanceof PyTuple || b instanceof PyBytes;
      if (seqA || seqB) {
        const seq = seqA ? a : b;
        const other = seqA ? b : a;
        const n = repeatCount(other);
        if (n === null) {
          if (seqA && seqB) throw typeError(`can't multiply sequence by non-int of type '${typeName(other)}'`);
          if (isNumber(other) || other === null || typeof other === 'object') {
            throw typeError(`can't multiply sequence by non-int of type '${typeName(other)}'`);
          }
        } else {
          if (typeof seq === 'string') return repeatStr(ctx, seq, n);
          if (seq instanceof PyBytes) return new PyBytes(repeatStr(ctx, seq.s, n));
          if (seq instanceof PyList) return new PyList(repeatItems(ctx, seq.items, n));
          return new PyTuple(repeatItems(ctx, (seq as PyTuple).items, n));
        }
      }
      break;
    }
    case '%':
      if (typeof a === 'string') return percentFormat(ctx, a, b);
      if (a instanceof PyBytes) throw notSupported('bytes %-formatting');
      break;
    case '|':
      if (a instanceof PyDict && b instanceof PyDict) {
        const d = new PyDict();
        for (const e of a.map.values()) dictSet(d, e.k, e.v);
        for (const e of b.map.values()) dictSet(d, e.k, e.v);
        return d;
      }
      return setOp(op, a, b);
    case '&':
    case '^':
    case '-':
      return setOp(op, a, b);
  }
  throw unsupportedOperands(op, a, b);
}

function asSetOperand(v: PyVal): PySet | null {
  if (v instanceof PySet) return v;
  if (v instanceof PyDictView && v.kind !== 'values') return setFromItems(dictViewItems(v));
  return null;
}

function setOp(op: string, a: PyVal, b: PyVal): PyVal {
  const viewA = a instanceof PyDictView && a.kind !== 'values';
  const viewB = b instanceof PyDictView && b.kind !== 'values';
  let sa = asSetOperand(a);
  let sb = asSetOperand(b);
  // dict views combine with any iterable
  if (viewA && sb === null && b !== null && typeof b === 'object') sb = setFromIterable(b);
  if (viewB && sa === null && a !== null && typeof a === 'object') sa = setFromIterable(a);
  if (!sa || !sb || (!(viewA || viewB) && !(a instanceof PySet && b instanceof PySet))) throw unsupportedOperands(op, a, b);
  const frozen = a instanceof PySet && a.frozen && !viewA;
  switch (op) {
    case '|':
      return setUnion(sa, sb, frozen);
    case '&':
      return setIntersection(sa, sb, frozen);
    case '-':
      return setDifference(sa, sb, frozen);
    default:
      return setSymmetricDifference(sa, sb, frozen);
  }
}

function setFromIterable(v: PyVal): PySet {
  const next = iterate(v);
  const items: PyVal[] = [];
  for (let x = next(); x !== undefined; x = next()) items.push(x);
  return setFromItems(items);
}

export function unaryOp(op: string, v: PyVal): PyVal {
  switch (op) {
    case '-':
      if (typeof v === 'bigint') return -v;
      if (typeof v === 'number') return -v;
      if (typeof v === 'boolean') return v ? -1n : 0n;
      if (v instanceof PyComplex) return new PyComplex(-v.re, -v.im);
      break;
    case '+':
      if (typeof v === 'bigint' || typeof v === 'number') return v;
      if (typeof v === 'boolean') return v ? 1n : 0n;
      if (v instanceof PyComplex) return v;
      break;
    case '~':
      if (typeof v === 'bigint') return ~v;
      if (typeof v === 'boolean') return v ? -2n : -1n;
      break;
  }
  throw typeError(`bad operand type for unary ${op}: '${typeName(v)}'`);
}

/** divmod() */
export function divmod(a: PyVal, b: PyVal): PyVal {
  if (isNumber(a) && isNumber(b)) {
    const ia = asInt(a);
    const ib = asInt(b);
    if (ia !== null && ib !== null) {
      if (ib === 0n) throw zeroDivision('integer division or modulo by zero');
      return new PyTuple([floorDivInt(ia, ib), modInt(ia, ib)]);
    }
    const [q, r] = floatDivMod(toFloat(a), toFloat(b));
    return new PyTuple([q, r]);
  }
  throw unsupportedOperands('divmod()', a, b);
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting: "%s" % x

function percentFormat(ctx: Ctx, fmt: string, arg: PyVal): string {
  // PyUnicode_Format: a tuple supplies the arguments one by one, anything else is the one
  // argument; any non-str object with item access (dict, list…) also serves for %(key)s.
  const tuple = arg instanceof PyTuple ? arg.items : null;
  const arglen = tuple ? tuple.length : -1;
  let argidx = tuple ? 0 : -2;
  const dict = !tuple && (arg instanceof PyDict || arg instanceof PyList || arg instanceof PyRange) ? arg : null;
  const nextArg = (): PyVal => {
    if (argidx < arglen) {
      argidx++;
      return tuple ? (tuple[argidx - 1] as PyVal) : arg;
    }
    throw typeError('not enough arguments for format string');
  };
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const c = fmt[i];
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    if (i >= n) throw valueError('incomplete format');
    let value: PyVal | undefined;
    if (fmt[i] === '(') {
      if (!dict) throw typeError('format requires a mapping');
      let depth = 1;
      const ks = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === '(') depth++;
        else if (fmt[i] === ')') depth--;
        i++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      value = getItem(ctx, dict, fmt.slice(ks, i - 1));
      argidx = -2;
    }
    let flags = '';
    while (i < n && '-+ #0'.includes(fmt[i] as string)) flags += fmt[i++];
    let width = -1;
    if (fmt[i] === '*') {
      const w = asInt(nextArg());
      if (w === null) throw typeError('* wants int');
      width = Number(w);
      if (width < 0) {
        flags += '-';
        width = -width;
      }
      i++;
    } else {
      let ws = '';
      while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) ws += fmt[i++];
      if (ws) width = Number(ws);
      if (width > 2147483647) throw valueError('width too big');
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const p = asInt(nextArg());
        if (p === null) throw typeError('* wants int');
        prec = Number(p);
        i++;
      } else {
        let ps = '';
        while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) ps += fmt[i++];
        prec = ps ? Number(ps) : 0;
        if (prec > 2147483647) throw valueError('precision too big');
      }
    }
    // CPython would build a string this long; past the trainer's size cap it is a MemoryError
    if (prec > MAX_SIZE && !'sra'.includes(fmt[i] ?? '')) throw memoryError();
    while (i < n && 'hlL'.includes(fmt[i] as string)) i++;
    if (i >= n) throw valueError('incomplete format');
    const conv = fmt[i++] as string;
    if (conv === '%') {
      out += '%';
      continue;
    }
    if (value === undefined) value = nextArg();
    let body: string;
    let sign = '';
    let numeric = false;
    switch (conv) {
      case 's':
      case 'r':
      case 'a': {
        body = conv === 's' ? pyStr(value, ctx) : conv === 'r' ? pyRepr(value, ctx) : pyAscii(value, ctx);
        if (prec >= 0) body = Array.from(body).slice(0, prec).join('');
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        let iv = asInt(value);
        if (iv === null) {
          if (typeof value === 'number' && (conv === 'd' || conv === 'i' || conv === 'u')) iv = floatToInt(value);
          else if (conv === 'd' || conv === 'i' || conv === 'u') {
            throw typeError(`%${conv} format: a real number is required, not ${typeName(value)}`);
          } else throw typeError(`%${conv} format: an integer is required, not ${typeName(value)}`);
        }
        numeric = true;
        if (iv < 0n) {
          sign = '-';
          iv = -iv;
        } else if (flags.includes('+')) sign = '+';
        else if (flags.includes(' ')) sign = ' ';
        body = conv === 'o' ? iv.toString(8) : conv === 'x' ? iv.toString(16) : conv === 'X' ? iv.toString(16).toUpperCase() : intToStr(iv, ctx);
        if (prec > body.length) body = '0'.repeat(prec - body.length) + body;
        if (flags.includes('#')) {
          if (conv === 'o') body = '0o' + body;
          else if (conv === 'x') body = '0x' + body;
          else if (conv === 'X') body = '0X' + body;
        }
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        if (!isNumber(value)) throw typeError(`must be real number, not ${typeName(value)}`);
        const fv = toFloat(value);
        numeric = true;
        let s = doubleToString(fv, conv, prec < 0 ? 6 : prec, { alt: flags.includes('#') });
        if (s[0] === '-') {
          sign = '-';
          s = s.slice(1);
        } else if (flags.includes('+')) sign = '+';
        else if (flags.includes(' ')) sign = ' ';
        body = s;
        break;
      }
      case 'c': {
        const iv = asInt(value);
        if (iv !== null) {
          if (iv < 0n || iv > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
          body = String.fromCodePoint(Number(iv));
        } else if (typeof value === 'string' && cpLength(value) === 1) body = value;
        else throw typeError('%c requires int or char');
        break;
      }
      default: {
        const code = conv.codePointAt(0) ?? 0;
        throw valueError(`unsupported format character '${conv}' (0x${code.toString(16)}) at index ${i - 1}`);
      }
    }
    const len = cpLength(sign + body);
    if (width > len) {
      if (width > MAX_SIZE) throw memoryError();
      if (flags.includes('-')) body = sign + body + ' '.repeat(width - len);
      else if (flags.includes('0') && numeric) body = sign + '0'.repeat(width - len) + body;
      else body = ' '.repeat(width - len) + sign + body;
    } else body = sign + body;
    out += body;
  }
  if (argidx < arglen && !dict) throw typeError('not all arguments converted during string formatting');
  ctx.charge(out.length >> 4);
  return out;
}

export { formatValue };
