// int and float semantics that JS does not give for free: CPython's float repr and formatting
// (exact, round-half-even), floor division/modulo rules, exact int/float conversion, hashing.

import { glibcPow } from './libm';
import type { PyException} from './errors';
import { notSupported, overflowError, valueError, zeroDivision } from './errors';

/** Ints are capped so one expression cannot eat the time budget (CPython has no cap). */
export const MAX_INT_BITS = 66_440; // about 20,000 decimal digits
/** CPython 3.11's default sys.get_int_max_str_digits(). */
export const INT_MAX_STR_DIGITS = 4300;

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n <= SAFE) return n === 0n ? 0 : Math.floor(Math.log2(Number(n))) + 1;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0] ?? '0', 16)));
}

/** CPython would compute such an int; saying the trainer cannot is the honest verdict, not an OverflowError. */
export function tooBigInt(): PyException {
  return notSupported('an integer of more than about 20000 digits');
}

export function checkIntSize(n: bigint): bigint {
  if ((n > SAFE || n < -SAFE) && bitLength(n) > MAX_INT_BITS) throw tooBigInt();
  return n;
}

/** Anything that can be charged for work (the interpreter). */
export interface Meter {
  charge(n: number): void;
}

/** 64-bit words in |n|, or 0 for ints a double holds exactly (their arithmetic is cheap). */
export function bigWords(n: bigint): number {
  if (n <= SAFE && n >= -SAFE) return 0;
  return (bitLength(n) + 63) >> 6;
}

/** Decimal digits of an int above this many bits always exceed the str() limit. */
const STR_LIMIT_BITS = Math.ceil(INT_MAX_STR_DIGITS * Math.log2(10)) + 1;

export function intToStr(n: bigint, meter?: Meter): string {
  const w = bigWords(n);
  if (w > 0) {
    if (bitLength(n) > STR_LIMIT_BITS) throw strLimitError();
    // BigInt to decimal is quadratic in the size
    if (meter) meter.charge((w * w) >> 5);
  }
  const s = n.toString();
  if (s.length - (n < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) throw strLimitError();
  return s;
}

function strLimitError(): PyException {
  return valueError(
    `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** Budget units for an int operation on big operands (V8's BigInt is schoolbook-quadratic). */
export function bigOpCost(op: string, a: bigint, b: bigint): number {
  const wa = bigWords(a);
  const wb = bigWords(b);
  if (wa === 0 && wb === 0) return 0;
  switch (op) {
    case '*':
    case '/':
    case '//':
    case '%':
      return ((Math.max(wa, 1) * Math.max(wb, 1)) >> 4) + wa + wb;
    default:
      return (wa + wb) >> 2;
  }
}

export function intToFloat(n: bigint): number {
  const f = Number(n);
  if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
  return f;
}

// ---------------------------------------------------------------------------------------------
// int arithmetic

export function floorDivInt(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDivision('integer division or modulo by zero');
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function modInt(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDivision('integer modulo by zero');
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** int / int, correctly rounded like CPython's long_true_divide. */
export function trueDivInt(a: bigint, b: bigint): number {
  if (b === 0n) throw zeroDivision('division by zero');
  if (a >= -SAFE && a <= SAFE && b >= -SAFE && b <= SAFE) return Number(a) / Number(b);
  const negative = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return negative ? -0 : 0;
  const shift = 55 - (bitLength(a) - bitLength(b));
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const num = a << BigInt(shift);
    q = num / b;
    r = num % b;
  } else {
    const den = b << BigInt(-shift);
    q = a / den;
    r = a % den;
  }
  if (r !== 0n) q |= 1n; // sticky bit below the rounding position
  let x = Number(q);
  // scale by 2**-shift in two steps so the intermediate cannot overflow or underflow early
  const half = Math.trunc(shift / 2);
  x = x * 2 ** -half * 2 ** -(shift - half);
  if (!Number.isFinite(x)) throw overflowError('integer division result too large for a float');
  return negative ? -x : x;
}

export function powInt(base: bigint, exp: bigint): bigint {
  // exp >= 0 here
  if (base === 0n || base === 1n) return exp === 0n ? 1n : base;
  if (base === -1n) return exp % 2n === 0n ? 1n : -1n;
  if (exp > BigInt(MAX_INT_BITS)) throw tooBigInt();
  const abs = base < 0n ? -base : base;
  const log2 = abs <= SAFE ? Math.log2(Number(abs)) : bitLength(abs);
  if (log2 * Number(exp) > MAX_INT_BITS + 1) throw tooBigInt();
  return checkIntSize(base ** exp);
}

export function shiftLeft(a: bigint, n: bigint): bigint {
  if (n < 0n) throw valueError('negative shift count');
  if (a === 0n) return 0n;
  if (n > BigInt(MAX_INT_BITS) || bitLength(a) + Number(n) > MAX_INT_BITS) throw tooBigInt();
  return a << n;
}

export function shiftRight(a: bigint, n: bigint): bigint {
  if (n < 0n) throw valueError('negative shift count');
  if (n > BigInt(MAX_INT_BITS)) return a < 0n ? -1n : 0n;
  return a >> n;
}

export function mulInt(a: bigint, b: bigint): bigint {
  const r = a * b;
  return r > SAFE || r < -SAFE ? checkIntSize(r) : r;
}

// ---------------------------------------------------------------------------------------------
// float arithmetic

export function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) throw zeroDivision('float floor division by zero');
  return floatDivMod(vx, wx)[0];
}

export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw zeroDivision('float modulo');
  let mod = vx % wx;
  if (mod) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  return mod;
}

export function floatDivMod(vx: number, wx: number): [number, number] {
  if (wx === 0) throw zeroDivision('float divmod()');
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

const isOddInteger = (x: number): boolean => Number.isInteger(x) && Math.abs(x % 2) === 1;

/** float ** float following CPython's float_pow. Returns null when the result would be complex. */
export function floatPow(iv: number, iw: number): number | null {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if (iw > 0 === a > 1.0) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw zeroDivision('0.0 cannot be raised to a negative power');
    return odd ? iv : 0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return null;
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  let ix = glibcPow(iv, iw);
  if (!Number.isFinite(ix)) throw overflowError("(34, 'Numerical result out of range')");
  if (negate) ix = -ix;
  return ix;
}

// ---------------------------------------------------------------------------------------------
// exact int/float comparison

/** Sign of (n - f) for int n and float f, exactly; NaN compares as null. */
export function cmpIntFloat(n: bigint, f: number): number | null {
  if (Number.isNaN(f)) return null;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  if (Number.isInteger(f)) {
    const g = BigInt(f);
    return n < g ? -1 : n > g ? 1 : 0;
  }
  // f has a fractional part: compare n with floor(f)
  const fl = BigInt(Math.floor(f));
  return n <= fl ? -1 : 1;
}

// ---------------------------------------------------------------------------------------------
// float -> decimal digits

interface Digits {
  /** Significant digits, no leading zeros, no trailing zeros ('' means zero after rounding). */
  digits: string;
  /** Value = 0.<digits> x 10**decpt. */
  decpt: number;
}

/** The exact decimal expansion of a finite, positive double. */
function exactDigits(x: number): Digits {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  let s: string;
  let decpt: number;
  if (e >= 0) {
    s = (mant << BigInt(e)).toString();
    decpt = s.length;
  } else {
    s = (mant * 5n ** BigInt(-e)).toString();
    decpt = s.length + e;
  }
  return { digits: stripZeros(s), decpt };
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Round to `keep` leading digits, half to even on the exact value. */
function roundDigits(d: Digits, keep: number): Digits {
  const { digits, decpt } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: '', decpt };
  const rd = digits.charCodeAt(keep) - 48;
  let up: boolean;
  if (rd > 5) up = true;
  else if (rd < 5) up = false;
  else if (keep + 1 < digits.length) up = true; // digits are stripped, so anything after is nonzero
  else up = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1;
  let kept = digits.slice(0, keep);
  if (!up) return { digits: stripZeros(kept), decpt };
  // increment the decimal string
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return { digits: '1', decpt: decpt + 1 };
  kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  return { digits: kept, decpt };
}

/** The shortest round-tripping digits (dtoa mode 0); JS computes the same digits. */
function shortestDigits(x: number): Digits {
  const s = String(x);
  const ei = s.indexOf('e');
  let mant = s;
  let exp = 0;
  if (ei >= 0) {
    mant = s.slice(0, ei);
    exp = Number(s.slice(ei + 1));
  }
  const dot = mant.indexOf('.');
  let intPart = mant;
  let frac = '';
  if (dot >= 0) {
    intPart = mant.slice(0, dot);
    frac = mant.slice(dot + 1);
  }
  let all = intPart + frac;
  let decpt = intPart.length + exp;
  let lead = 0;
  while (lead < all.length - 1 && all.charCodeAt(lead) === 48) lead++;
  all = all.slice(lead);
  decpt -= lead;
  return { digits: stripZeros(all), decpt };
}

/** _Py_dg_dtoa for |x| (finite): mode 0 shortest, 2 = ndigits significant, 3 = ndigits after the point. */
function dtoa(x: number, mode: 0 | 2 | 3, ndigits: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  if (mode === 0) return shortestDigits(x);
  const exact = exactDigits(x);
  if (mode === 2) return roundDigits(exact, Math.max(1, ndigits));
  const keep = exact.decpt + ndigits;
  const r = roundDigits(exact, keep);
  if (r.digits === '') return { digits: '', decpt: -ndigits };
  return r;
}

export interface FloatFlags {
  sign?: boolean;
  addDot0?: boolean;
  alt?: boolean;
  noNeg0?: boolean;
}

/** PyOS_double_to_string: code is one of e E f F g G r. */
export function doubleToString(val: number, code: string, precision: number, flags: FloatFlags = {}): string {
  let upper = false;
  let mode: 0 | 2 | 3;
  let fc = code;
  switch (code) {
    case 'E':
      upper = true;
      fc = 'e';
      mode = 2;
      precision++;
      break;
    case 'e':
      mode = 2;
      precision++;
      break;
    case 'F':
      upper = true;
      fc = 'f';
      mode = 3;
      break;
    case 'f':
      mode = 3;
      break;
    case 'G':
      upper = true;
      fc = 'g';
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    case 'g':
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    default:
      mode = 0;
      fc = 'r';
  }
  let neg = val < 0 || Object.is(val, -0);
  if (Number.isNaN(val)) {
    const s = upper ? 'NAN' : 'nan';
    return flags.sign ? '+' + s : s;
  }
  if (!Number.isFinite(val)) {
    const s = upper ? 'INF' : 'inf';
    return neg ? '-' + s : flags.sign ? '+' + s : s;
  }
  const d = dtoa(Math.abs(val), mode, precision);
  const digits = d.digits;
  let decpt = d.decpt;
  const digitsLen = digits.length;
  if (flags.noNeg0 && neg && (digitsLen === 0 || digits === '0')) neg = false;
  let vEnd = digitsLen;
  let useExp = false;
  const addDot0 = !!flags.addDot0;
  switch (fc) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (flags.alt) vEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out = neg ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) {
    out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  } else {
    out += '0'.repeat(-vStart);
  }
  if (decpt > 0 && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vEnd - decpt);
  } else {
    out += '0'.repeat(vEnd - digitsLen);
  }
  if (out.endsWith('.') && !flags.alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return out;
}

export function floatRepr(x: number): string {
  // Fast paths for the common cases before the general routine.
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return Object.is(x, -0) ? '-0.0' : x.toFixed(1);
  return doubleToString(x, 'r', 0, { addDot0: true });
}

/** round(x, ndigits) for floats: dtoa mode 3, then back to a double. */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  const d = dtoa(Math.abs(x), 3, ndigits);
  if (d.digits === '') return x < 0 ? -0 : 0;
  const r = Number(`0.${d.digits}e${d.decpt}`);
  if (!Number.isFinite(r)) throw overflowError('rounded value too large to represent');
  return x < 0 ? -r : r;
}

/** round(x) for floats: nearest int, ties to even. */
export function roundFloatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  let r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
  return BigInt(r);
}

export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

// ---------------------------------------------------------------------------------------------
// hashing (used for set ordering, which CPython derives from hash values)

const HASH_MODULUS = (1n << 61n) - 1n;
const U64 = (1n << 64n) - 1n;

export function hashInt(n: bigint): bigint {
  let h = (n < 0n ? -n : n) % HASH_MODULUS;
  if (n < 0n) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

export function hashFloat(x: number): bigint {
  if (Number.isNaN(x)) return 0n; // CPython hashes nan by identity
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return hashInt(BigInt(x));
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  const e61 = ((e % 61) + 61) % 61;
  let h = ((mant % HASH_MODULUS) << BigInt(e61)) % HASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

/** Stand-in for CPython's per-process randomised str hash: any stable value will do. */
export function hashString(s: string): bigint {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
  }
  return BigInt.asIntN(64, (BigInt(h1 >>> 0) << 32n) | BigInt(h2 >>> 0));
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

export function hashTupleOf(lanes: bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const lane of lanes) {
    acc = (acc + (lane & U64) * XXPRIME_2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * XXPRIME_1) & U64;
  }
  acc = (acc + (BigInt(lanes.length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
  if (acc === U64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

export const toUnsigned64 = (h: bigint): bigint => h & U64;
