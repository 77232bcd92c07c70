// The `math` module: the functions a learner reaches for (rounding, roots, logs, gcd…), with
// CPython's errors. exp, log, log2, log10 and pow give glibc's results bit for bit (libm.ts); the
// trigonometric functions are left out rather than risk a last-digit difference.

import { binaryOp } from './arith';
import { bindArgs, checkPositional, noKwargs, toIndex } from './args';
import { PyException, notSupported, overflowError, typeError, valueError } from './errors';
import { floatToInt, intToFloat } from './numbers';
import { type Ctx, iterate } from './objects';
import { glibcExp, glibcLog, glibcLog2, glibcPow, roundToDouble } from './libm';
import { PyFunc, PyModule, type Kwargs, type NativeFn, type PyVal, asInt, typeName } from './values';

const domain = (): PyException => valueError('math domain error');
const range = (): PyException => overflowError('math range error');

/** PyFloat_AsDouble for a math argument. */
function toFloat(v: PyVal): number {
  if (typeof v === 'number') return v;
  const n = asInt(v);
  if (n !== null) return intToFloat(n);
  throw typeError(`must be real number, not ${typeName(v)}`);
}

function one(name: string, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs(name, kwargs);
  checkPositional(name, args.length, 1, 1);
  return args[0] as PyVal;
}

/** math_1: a float function with CPython's domain/range errors for finite input. */
function unary(name: string, f: (x: number) => number, canOverflow: boolean): NativeFn {
  return (_ctx, args, kwargs) => {
    const x = toFloat(one(name, args, kwargs));
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
    if (!Number.isFinite(r) && Number.isFinite(x) && canOverflow) throw range();
    return r;
  };
}

function log(x: number, base: 'e' | '2' | '10'): number {
  if (Number.isNaN(x)) return x;
  if (x <= 0) throw domain();
  if (x === Infinity) return x;
  return base === '10' ? glibcLog10(x) : base === '2' ? glibcLog2(x) : glibcLog(x);
}

/**
 * glibc's __ieee754_log10 (built without fma, around the FMA build's log): the exponent k and the
 * mantissa scaled into [1, 2) (or [0.5, 1) when k < 0), then z + k * log10(2)hi.
 */
function glibcLog10(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  let k = 0;
  if (x < 2 ** -1022) {
    k -= 54;
    x *= 2 ** 54;
  }
  view.setFloat64(0, x);
  let hx = view.getInt32(0);
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  view.setInt32(0, hx);
  const m = view.getFloat64(0);
  const ivln10 = 4.34294481903251816668e-1;
  const log10of2hi = 3.01029995663611771306e-1;
  const log10of2lo = 3.69423907715893078616e-13;
  const z = y * log10of2lo + ivln10 * glibcLog(m);
  return z + y * log10of2hi;
}

/**
 * loghelper: an int too large for a float is frexp'd (x in [0.5, 1), correctly rounded, times
 * 2**e) and its log taken as log(x) + log(2.0) * e.
 */
function logOf(v: PyVal, base: 'e' | '2' | '10'): number {
  const n = asInt(v);
  if (n !== null && n > 0n && !Number.isFinite(Number(n))) {
    let e = n.toString(2).length;
    let x = roundToDouble(n, -e);
    if (x === 1) {
      x = 0.5;
      e += 1;
    }
    return log(x, base) + log(2.0, base) * e;
  }
  return log(toFloat(v), base);
}

function floorOrCeil(name: string, up: boolean): NativeFn {
  return (_ctx, args, kwargs) => {
    const v = one(name, args, kwargs);
    const n = asInt(v);
    if (n !== null) return n;
    const x = toFloat(v);
    return floatToInt(up ? Math.ceil(x) : Math.floor(x));
  };
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function intArgs(args: PyVal[]): bigint[] {
  return args.map((a) => toIndex(a));
}

function factorial(ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  const v = one('factorial', args, kwargs);
  if (typeof v === 'number') throw typeError("'float' object cannot be interpreted as an integer");
  const n = toIndex(v);
  if (n < 0n) throw valueError('factorial() not defined for negative values');
  if (n > 9223372036854775807n) throw overflowError('factorial() argument should not exceed 9223372036854775807');
  if (n > 3000n) throw notSupported('math.factorial of numbers this large');
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  ctx.charge(Number(n));
  return r;
}

function isqrt(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  const n = toIndex(one('isqrt', args, kwargs));
  if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function comb(perm: boolean): NativeFn {
  return (ctx, args, kwargs) => {
    noKwargs(perm ? 'perm' : 'comb', kwargs);
    checkPositional(perm ? 'perm' : 'comb', args.length, perm ? 1 : 2, 2);
    const n = toIndex(args[0] as PyVal);
    const k = args.length > 1 && args[1] !== null ? toIndex(args[1] as PyVal) : n;
    if (n < 0n) throw valueError('n must be a non-negative integer');
    if (k < 0n) throw valueError('k must be a non-negative integer');
    if (k > n) return 0n;
    if (n > 5000n) throw notSupported('math.comb and math.perm of numbers this large');
    let r = 1n;
    const kk = perm ? k : k < n - k ? k : n - k;
    for (let i = 0n; i < kk; i++) {
      r *= n - i;
      if (!perm) r /= i + 1n;
    }
    ctx.charge(Number(kk));
    return r;
  };
}

function isclose(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  const b = bindArgs('isclose', args, kwargs, ['a', 'b'], 2, ['rel_tol', 'abs_tol']);
  const a = toFloat(b.get('a') as PyVal);
  const c = toFloat(b.get('b') as PyVal);
  const rel = b.has('rel_tol') ? toFloat(b.get('rel_tol') as PyVal) : 1e-9;
  const abs = b.has('abs_tol') ? toFloat(b.get('abs_tol') as PyVal) : 0;
  if (rel < 0 || abs < 0) throw valueError('tolerances must be non-negative');
  if (a === c) return true;
  if (!Number.isFinite(a) || !Number.isFinite(c)) return false;
  const diff = Math.abs(c - a);
  return diff <= Math.abs(rel * c) || diff <= Math.abs(rel * a) || diff <= abs;
}

function mathPow(_ctx: Ctx, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs('pow', kwargs);
  checkPositional('pow', args.length, 2, 2);
  const x = toFloat(args[0] as PyVal);
  const y = toFloat(args[1] as PyVal);
  // math_pow's special cases, then libm's pow
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    // C's pow: 1 ** anything and anything ** 0 are 1; (-1) ** ±inf is 1 (JS gives NaN)
    if (x === 1 || y === 0 || (x === -1 && !Number.isFinite(y))) return 1;
    return x ** y;
  }
  if (x === 0) {
    if (y < 0) throw domain();
    return Number.isInteger(y) && Math.abs(y % 2) === 1 ? x : y === 0 ? 1 : 0;
  }
  if (y === 0 || x === 1) return 1;
  if (x < 0 && !Number.isInteger(y)) throw domain();
  const neg = x < 0 && Math.abs(y % 2) === 1;
  const r = glibcPow(Math.abs(x), y);
  if (!Number.isFinite(r)) throw range();
  return neg ? -r : r;
}

const FUNCS: [string, NativeFn][] = [
  ['sqrt', (_c, a, k) => {
    const x = toFloat(one('sqrt', a, k));
    if (x < 0) throw domain();
    return Math.sqrt(x);
  }],
  ['floor', floorOrCeil('floor', false)],
  ['ceil', floorOrCeil('ceil', true)],
  ['trunc', (_c, a, k) => {
    const v = one('trunc', a, k);
    const n = asInt(v);
    if (n !== null) return n;
    if (typeof v !== 'number') throw typeError(`type ${typeName(v)} doesn't define __trunc__ method`);
    return floatToInt(Math.trunc(v));
  }],
  ['fabs', unary('fabs', Math.abs, false)],
  ['exp', unary('exp', glibcExp, true)],
  ['log', (_c, a, k) => {
    noKwargs('log', k);
    checkPositional('log', a.length, 1, 2);
    const num = logOf(a[0] as PyVal, 'e');
    if (a.length === 1) return num;
    const den = logOf(a[1] as PyVal, 'e');
    if (den === 0) throw new PyException('ZeroDivisionError', 'float division by zero');
    return num / den;
  }],
  ['log2', (_c, a, k) => logOf(one('log2', a, k), '2')],
  ['log10', (_c, a, k) => logOf(one('log10', a, k), '10')],
  ['pow', mathPow],
  ['isclose', isclose],
  ['isnan', (_c, a, k) => Number.isNaN(toFloat(one('isnan', a, k)))],
  ['isinf', (_c, a, k) => {
    const x = toFloat(one('isinf', a, k));
    return x === Infinity || x === -Infinity;
  }],
  ['isfinite', (_c, a, k) => Number.isFinite(toFloat(one('isfinite', a, k)))],
  ['copysign', (_c, a, k) => {
    noKwargs('copysign', k);
    checkPositional('copysign', a.length, 2, 2);
    const x = Math.abs(toFloat(a[0] as PyVal));
    const y = toFloat(a[1] as PyVal);
    return y < 0 || Object.is(y, -0) || (Number.isNaN(y) && false) ? -x : x;
  }],
  ['degrees', unary('degrees', (x) => x * (180 / Math.PI), true)],
  ['radians', unary('radians', (x) => x * (Math.PI / 180), false)],
  ['gcd', (_c, a, k) => {
    noKwargs('gcd', k);
    return intArgs(a).reduce((x, y) => gcd2(x, y), 0n);
  }],
  ['lcm', (_c, a, k) => {
    noKwargs('lcm', k);
    return intArgs(a).reduce((x, y) => (x === 0n || y === 0n ? 0n : (((x * y) / gcd2(x, y)) < 0n ? -((x * y) / gcd2(x, y)) : (x * y) / gcd2(x, y))), 1n);
  }],
  ['factorial', factorial],
  ['isqrt', isqrt],
  ['comb', comb(false)],
  ['perm', comb(true)],
  ['prod', (ctx, a, k) => {
    const b = bindArgs('prod', a, k, ['iterable'], 1, ['start']);
    let acc = b.has('start') ? (b.get('start') as PyVal) : 1n;
    const next = iterate(b.get('iterable') as PyVal);
    for (let x = next(); x !== undefined; x = next()) {
      ctx.charge(1);
      acc = binaryOp(ctx, '*', acc, x);
    }
    return acc;
  }],
];

/** Names the real module has that this one leaves out (refused, not an AttributeError). */
export const MATH_UNSUPPORTED = new Set([
  'acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'cos', 'cosh', 'dist', 'erf', 'erfc', 'exp2',
  'expm1', 'fmod', 'frexp', 'fsum', 'gamma', 'hypot', 'ldexp', 'lgamma', 'log1p', 'modf', 'nextafter', 'remainder',
  'sin', 'sinh', 'tan', 'tanh', 'ulp',
]);

export function mathModule(): PyModule {
  const attrs = new Map<string, PyVal>([
    ['pi', Math.PI],
    ['e', Math.E],
    ['tau', 2 * Math.PI],
    ['inf', Infinity],
    ['nan', NaN],
  ]);
  for (const [name, f] of FUNCS) attrs.set(name, new PyFunc(name, f));
  return new PyModule('math', attrs);
}
