// x ** y for doubles as CPython computes it: with the C library's pow(), which in glibc is
// correctly rounded (up to a few hard cases no test has met). JavaScript's Math.pow is not
// (`0.9 ** 4` is 0.6561000000000001 in V8, 0.6561 in CPython), so the power is computed here
// exactly for small integer exponents and in BigInt fixed point (log, exp, Ziv's rounding test)
// otherwise.

import { overflowError, typeError, valueError } from './errors';
import type { Kwargs, PyVal } from './values';

const bitLength = (n: bigint): number => (n === 0n ? 0 : n.toString(2).length);

/** The double nearest to n * 2**e (n > 0), ties to even, with subnormals; Infinity past the range. */
export function roundToDouble(n: bigint, e: number): number {
  const bl = bitLength(n);
  const top = bl - 1 + e; // exponent of the leading bit
  if (top > 1023) return Infinity;
  let keep = 53;
  if (top < -1022) keep = 53 - (-1022 - top);
  if (keep <= 0) {
    // below half the smallest subnormal rounds to zero; exactly half ties to even (zero)
    if (keep < 0) return 0;
    const half = 1n << BigInt(bl - 1);
    return n > half ? 2 ** -1074 : 0;
  }
  const shift = bl - keep;
  let q: bigint;
  if (shift > 0) {
    q = n >> BigInt(shift);
    const rem = n - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else q = n << BigInt(-shift);
  return scale(Number(q), e + shift);
}

/** v * 2**k without an intermediate overflow or underflow. */
function scale(v: number, k: number): number {
  while (k > 1000) {
    v *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    v *= 2 ** -1000;
    k += 1000;
  }
  return v * 2 ** k;
}

/** A finite positive double as (odd or zero mantissa, exponent): x = m * 2**e exactly. */
function decompose(x: number): [bigint, number] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  while (m !== 0n && (m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  return [m, e];
}

/** x ** n for an integer n, exactly rounded: (m * 2**e) ** n computed as a big integer. */
function intPow(x: number, n: number): number {
  const [m, e] = decompose(x);
  if (n > 0) return roundToDouble(m ** BigInt(n), e * n);
  const d = m ** BigInt(-n);
  // 1 / d with 64 more bits than d has, plus a sticky bit for the remainder
  const k = bitLength(d) + 64;
  const q = (1n << BigInt(k)) / d;
  const sticky = q * d === 1n << BigInt(k) ? 0n : 1n;
  return roundToDouble((q << 1n) | sticky, -k - 1 - e * -n);
}

const lnTwoCache = new Map<number, bigint>();

/** 2 * atanh(z) for z = num/den in fixed point with w fractional bits. */
function atanh2(zf: bigint, w: number): bigint {
  const W = BigInt(w);
  const unit = 1n << W;
  const z2 = (zf * zf) >> W;
  let term = zf;
  let sum = zf;
  // division truncates toward zero, so a negative z's terms reach 0 too (>> would stop at -1)
  for (let k = 3n; term !== 0n; k += 2n) {
    term = (term * z2) / unit;
    sum += term / k;
  }
  return 2n * sum;
}

function lnTwo(w: number): bigint {
  let v = lnTwoCache.get(w);
  if (v === undefined) {
    v = atanh2((1n << BigInt(w)) / 3n, w);
    lnTwoCache.set(w, v);
  }
  return v;
}

/** ln(m * 2**e) in fixed point with w fractional bits. */
function lnFixed(m: bigint, e: number, w: number): bigint {
  const one = 1n << BigInt(w);
  const bl = bitLength(m);
  // m * 2**e = f * 2**k with f in [1/sqrt2, sqrt2)
  let f = bl - 1 <= w ? m << BigInt(w - (bl - 1)) : m >> BigInt(bl - 1 - w);
  let k = e + bl - 1;
  const sqrt2 = 1.4142135623730951;
  if (Number(f >> BigInt(w - 52)) / 2 ** 52 > sqrt2) {
    f >>= 1n;
    k++;
  }
  const z = ((f - one) << BigInt(w)) / (f + one);
  return BigInt(k) * lnTwo(w) + atanh2(z, w);
}

/** exp(t) for t in fixed point (w bits) as [a, e]: exp(t) ~ a * 2**e. */
function expFixed(t: bigint, w: number): [bigint, number] {
  const W = BigInt(w);
  const one = 1n << W;
  const ln2 = lnTwo(w);
  // t = k ln2 + r, |r| <= ln2 / 2
  let k = t / ln2;
  let r = t - k * ln2;
  if (r > ln2 / 2n) {
    r -= ln2;
    k++;
  } else if (r < -ln2 / 2n) {
    r += ln2;
    k--;
  }
  const s = 12;
  r >>= BigInt(s);
  let term = one;
  let sum = one;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * r) / (n << W);
    sum += term;
  }
  for (let i = 0; i < s; i++) sum = (sum * sum) >> W;
  return [sum, Number(k) - w];
}

/** x ** y for finite x > 0, x != 1, finite y != 0; Infinity on overflow. */
export function crPow(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 64) return intPow(x, y);
  const estimate = y * Math.log2(x);
  if (estimate > 1100) return Infinity;
  if (estimate < -1200) return 0;
  const [m, e] = decompose(x);
  const [ym, ye] = decompose(Math.abs(y));
  const ySign = y < 0 ? -1n : 1n;
  for (let p = 96; ; p *= 2) {
    // |y| scales the error of ln x: carry as many more bits as y has above the point
    const extra = Math.max(0, bitLength(ym) + ye);
    const w = p + 48 + extra;
    const lnx = lnFixed(m, e, w);
    let t = lnx * ym * ySign;
    t = ye >= 0 ? t << BigInt(ye) : t >> BigInt(-ye);
    const [a, ae] = expFixed(t, w);
    // a carries about w - 24 good bits; the rounding is sure unless a lies within
    // 2**(bits - p) of a rounding midpoint
    const bl = bitLength(a);
    const top = bl - 1 + ae;
    const keep = top < -1022 ? 53 - (-1022 - top) : 53;
    const shift = bl - keep;
    if (shift > 1 && p < 768) {
      const rem = a & ((1n << BigInt(shift)) - 1n);
      const half = 1n << BigInt(shift - 1);
      const slack = 1n << BigInt(Math.max(0, bl - p));
      const dist = rem > half ? rem - half : half - rem;
      if (dist <= slack) continue;
    }
    return roundToDouble(a, ae);
  }
}

/** A fixed-point value (w fractional bits) to the nearest double. */
function fixedToDouble(t: bigint, w: number): number {
  if (t === 0n) return 0;
  return t < 0n ? -roundToDouble(-t, -w) : roundToDouble(t, -w);
}

const LOG_BITS = 200;

/** log(x) (natural, log2 or log10) for finite x > 0, correctly rounded (glibc's are too, in practice). */
export function crLog(x: number, base: 'e' | '2' | '10'): number {
  if (x === 1) return 0;
  const [m, e] = decompose(x);
  const w = LOG_BITS;
  const ln = lnFixed(m, e, w);
  if (base === 'e') return fixedToDouble(ln, w);
  const lb = base === '2' ? lnTwo(w) : lnFixed(5n, 1, w);
  return fixedToDouble((ln << BigInt(w)) / lb, w);
}

/** exp(x) for finite x, correctly rounded; Infinity past the range. */
export function crExp(x: number): number {
  if (x === 0) return 1;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  const [m, e] = decompose(Math.abs(x));
  const w = LOG_BITS;
  let t = e >= 0 ? m << BigInt(e + w) : (m << BigInt(w)) >> BigInt(-e);
  if (x < 0) t = -t;
  const [a, ae] = expFixed(t, w);
  return roundToDouble(a, ae);
}

/** float.hex(): C99 %a as CPython writes it (13 hex digits, a normalised or subnormal form). */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bexp = (view.getUint32(0) >>> 20) & 0x7ff;
  const mant = ((BigInt(view.getUint32(0) & 0xfffff) << 32n) | BigInt(view.getUint32(4))).toString(16).padStart(13, '0');
  if (bexp === 0) return `${sign}0x0.${mant}p-1022`;
  const e = bexp - 1023;
  return `${sign}0x1.${mant}p${e >= 0 ? '+' : ''}${e}`;
}

const HEX_FLOAT = /^([+-]?)(?:(inf|infinity|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?)$/i;

/** float.fromhex(s); null for text that is not a hexadecimal float, Infinity when too large. */
export function floatFromHex(text: string): number | null {
  const m = HEX_FLOAT.exec(text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, ''));
  if (!m) return null;
  const neg = m[1] === '-';
  if (m[2]) {
    const v = m[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return neg ? -v : v;
  }
  const int = m[3] ?? '';
  const frac = m[4] ?? '';
  if (int === '' && frac === '') return null;
  const mant = BigInt('0x0' + int + frac);
  if (mant === 0n) return neg ? -0 : 0;
  let exp = m[5] === undefined ? 0 : Number(m[5]);
  if (!Number.isFinite(exp) || Math.abs(exp) > 1e7) exp = Math.sign(exp) * 1e7;
  const v = roundToDouble(mant, exp - 4 * frac.length);
  return neg ? -v : v;
}

/** float.fromhex(string), reached through the class or an instance. */
export function fromhexCall(args: PyVal[], kwargs: Kwargs): number {
  if (kwargs && kwargs.size > 0) throw typeError('float.fromhex() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`float.fromhex() takes exactly one argument (${args.length} given)`);
  const s = args[0] as PyVal;
  if (typeof s !== 'string') throw typeError(`bad argument type for built-in operation`);
  const v = floatFromHex(s);
  if (v === null) throw valueError('invalid hexadecimal floating-point string');
  if ((v === Infinity || v === -Infinity) && !/inf/i.test(s)) throw overflowError('hexadecimal value too large to represent as a float');
  return v;
}
