// complex numbers as Objects/complexobject.c computes them: repr, arithmetic (Smith's division,
// integer powers by repeated squaring, other powers through glibc's functions), equality with
// int/float, hash, the constructor.

import { type PyException, overflowError, typeError, valueError, zeroDivision } from './errors';
import { strRepr } from './strings';
import { glibcAtan2, glibcCos, glibcExp, glibcHypot, glibcLog, glibcPow, glibcSin } from './libm';
import { floatRepr, hashFloat, intToFloat } from './numbers';
import { PyComplex, type PyVal, asInt, typeName } from './values';

const U64 = (1n << 64n) - 1n;

/** PyOS_double_to_string(x, 'r', 0, flags): the float repr without the added ".0". */
function part(x: number, sign: boolean): string {
  let s = Number.isNaN(x) ? 'nan' : floatRepr(x);
  if (s.endsWith('.0')) s = s.slice(0, -2);
  if (sign && !s.startsWith('-')) s = '+' + s;
  return s;
}

export function complexRepr(c: PyComplex): string {
  if (c.re === 0 && !Object.is(c.re, -0)) return part(c.im, false) + 'j';
  return '(' + part(c.re, false) + part(c.im, true) + 'j)';
}

/** complex_hash: hash(real) + 1000003 * hash(imag) in unsigned 64-bit arithmetic. */
export function complexHash(c: PyComplex): bigint {
  const combined = BigInt.asIntN(64, (hashFloat(c.re) + 1000003n * hashFloat(c.im)) & U64);
  return combined === -1n ? -2n : combined;
}

/** TO_COMPLEX: int, bool, float or complex as a complex; null for anything else. */
export function toComplex(v: PyVal): PyComplex | null {
  if (v instanceof PyComplex) return v;
  if (typeof v === 'number') return new PyComplex(v, 0);
  const n = asInt(v);
  if (n !== null) return new PyComplex(intToFloat(n), 0);
  return null;
}

function prod(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}

/** _Py_c_quot; null stands for errno = EDOM (division by zero). */
function quot(a: PyComplex, b: PyComplex): PyComplex | null {
  const absBr = Math.abs(b.re);
  const absBi = Math.abs(b.im);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return new PyComplex((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return new PyComplex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
  }
  return new PyComplex(NaN, NaN);
}

const ONE = new PyComplex(1, 0);

function powu(x: PyComplex, n: number): PyComplex {
  let r = ONE;
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (n & mask) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

const isInf = (x: number): boolean => x === Infinity || x === -Infinity;

/**
 * _Py_c_pow: |a| ** b.real, turned by b.real * arg(a), through glibc's hypot, pow, atan2, exp,
 * log, cos and sin (libm.ts). null stands for errno = EDOM (a zero base to a negative or complex
 * power, or the cosine of an infinite phase).
 */
function cPow(a: PyComplex, b: PyComplex): PyComplex | null {
  const vabs = glibcHypot(a.re, a.im);
  let len = glibcPow(vabs, b.re);
  const at = glibcAtan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= glibcExp(at * b.im);
    phase += b.im * glibcLog(vabs);
  }
  if (isInf(phase)) return null;
  return new PyComplex(len * glibcCos(phase), len * glibcSin(phase));
}

/** complex_pow: integer exponents up to 100 by repeated squaring, others by _Py_c_pow, as CPython. */
export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  let p: PyComplex | null;
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    p = n > 0 ? powu(a, n) : quot(ONE, powu(a, -n));
  } else if (b.re === 0 && b.im === 0) p = ONE;
  else if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) p = null;
    else p = new PyComplex(0, 0);
  } else p = cPow(a, b);
  if (p === null) throw zeroDivision('0.0 to a negative or complex power');
  if (isInf(p.re) || isInf(p.im)) {
    // Py_ADJUST_ERANGE2: any infinite part of the result is reported as an overflow
    throw overflowError('complex exponentiation');
  }
  return p;
}

/** A binary operator with a complex operand; undefined when CPython has no such operation. */
export function complexOp(op: string, x: PyVal, y: PyVal): PyVal | undefined {
  if (op !== '+' && op !== '-' && op !== '*' && op !== '/' && op !== '**') return undefined;
  const a = toComplex(x);
  const b = toComplex(y);
  if (a === null || b === null) return undefined;
  switch (op) {
    case '+':
      return new PyComplex(a.re + b.re, a.im + b.im);
    case '-':
      return new PyComplex(a.re - b.re, a.im - b.im);
    case '*':
      return prod(a, b);
    case '/': {
      const q = quot(a, b);
      if (q === null) throw zeroDivision('complex division by zero');
      return q;
    }
    case '**':
      return complexPow(a, b);
  }
  return undefined;
}

/** _Py_c_abs: hypot, with CPython's inf/nan rules and overflow error. */
export function complexAbs(c: PyComplex): number {
  if (!Number.isFinite(c.re) || !Number.isFinite(c.im)) {
    if (isInf(c.re) || isInf(c.im)) return Infinity;
    return NaN;
  }
  const r = glibcHypot(c.re, c.im);
  if (!Number.isFinite(r)) throw overflowError('absolute value too large');
  return r;
}

const FLOAT_PREFIX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)/i;

/** PyOS_string_to_double on a prefix: the value and the length it read (0: no float there). */
function floatPrefix(s: string): [number, number] {
  const m = FLOAT_PREFIX.exec(s);
  if (!m) return [0, 0];
  const t = m[0].toLowerCase();
  const body = t.replace(/^[+-]/, '');
  const sign = t.startsWith('-') ? -1 : 1;
  if (body === 'nan') return [NaN, t.length];
  if (body === 'inf' || body === 'infinity') return [sign * Infinity, t.length];
  return [Number(t), t.length];
}

/**
 * complex_subtype_from_string: `text` is the string after CPython's transform of Unicode digits
 * and spaces (null when a character had no ASCII stand-in), `orig` the argument for messages.
 */
export function complexFromString(orig: string, text: string | null): PyComplex {
  const malformed = (): PyException => valueError('complex() arg is a malformed string');
  if (text === null) throw malformed();
  let s = text;
  if (s.includes('_')) {
    // _Py_string_to_number_with_underscores: only between digits
    let prev = '';
    let out = '';
    for (const ch of s) {
      const digit = ch >= '0' && ch <= '9';
      if (ch === '_') {
        if (!(prev >= '0' && prev <= '9' && prev !== '')) throw valueError(`could not convert string to complex: ${strRepr(orig)}`);
      } else {
        if (prev === '_' && !digit) throw valueError(`could not convert string to complex: ${strRepr(orig)}`);
        out += ch;
      }
      prev = ch;
    }
    if (prev === '_') throw valueError(`could not convert string to complex: ${strRepr(orig)}`);
    s = out;
  }
  const isSpace = (ch: string | undefined): boolean => ch === ' ' || (ch !== undefined && ch >= '\t' && ch <= '\r');
  let i = 0;
  while (isSpace(s[i])) i++;
  let bracket = false;
  if (s[i] === '(') {
    bracket = true;
    i++;
    while (isSpace(s[i])) i++;
  }
  let x = 0;
  let y = 0;
  const isJ = (): boolean => s[i] === 'j' || s[i] === 'J';
  const [z, n] = floatPrefix(s.slice(i));
  if (n > 0) {
    i += n;
    if (s[i] === '+' || s[i] === '-') {
      x = z;
      const [w, m] = floatPrefix(s.slice(i));
      if (m > 0) {
        y = w;
        i += m;
      } else {
        y = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (!isJ()) throw malformed();
      i++;
    } else if (isJ()) {
      i++;
      y = z;
    } else x = z;
  } else {
    if (s[i] === '+' || s[i] === '-') {
      y = s[i] === '+' ? 1 : -1;
      i++;
    } else y = 1;
    if (!isJ()) throw malformed();
    i++;
  }
  while (isSpace(s[i])) i++;
  if (bracket) {
    if (s[i] !== ')') throw malformed();
    i++;
    while (isSpace(s[i])) i++;
  }
  if (i !== s.length) throw malformed();
  return new PyComplex(x, y);
}

/** complex(real=0, imag=0); a string is parsed by the caller through complexFromString. */
export function complexNew(real: PyVal | undefined, imag: PyVal | undefined): PyComplex {
  if (real === undefined) real = 0n;
  if (typeof real === 'string') throw typeError("complex() can't take second arg if first is a string");
  if (typeof imag === 'string') throw typeError("complex() second arg can't be a string");
  const r = toComplex(real);
  if (r === null) throw typeError(`complex() first argument must be a string or a number, not '${typeName(real)}'`);
  let crRe = r.re;
  let ciRe: number;
  if (imag === undefined) ciRe = r.im;
  else {
    const i = toComplex(imag);
    if (i === null) throw typeError(`complex() second argument must be a number, not '${typeName(imag)}'`);
    if (imag instanceof PyComplex) crRe -= i.im;
    ciRe = i.re;
    if (real instanceof PyComplex) ciRe += r.im;
  }
  return new PyComplex(crRe, ciRe);
}

export function complexEq(a: PyComplex, b: PyVal): boolean | undefined {
  if (b instanceof PyComplex) return a.re === b.re && a.im === b.im;
  if (typeof b === 'number') return a.re === b && a.im === 0;
  const n = asInt(b);
  if (n !== null) {
    if (a.im !== 0) return false;
    // int == float compares exactly
    return Number.isFinite(a.re) && Number.isInteger(a.re) && BigInt(a.re) === n;
  }
  return undefined;
}
