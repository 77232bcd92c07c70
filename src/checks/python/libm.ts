// glibc 2.36's exp, log, log2 and pow (sysdeps/ieee754/dbl-64, from ARM's optimized-routines),
// sin and cos (IBM's s_sin.c) and hypot, as
// CPython calls them on x86_64: glibc picks the build compiled with -mfma -mavx2 at run time on
// any CPU with FMA, and there GCC fuses `a * b + c` into one correctly rounded fma wherever its
// contraction pass could. Those results are not always correctly rounded (pow: 0.52 ULP), so each
// step below is the compiled code's, fma for fma (read from GCC 12's widening_mul dump of the
// glibc sources), and `fma` is emulated exactly. Checked bit for bit against the system libm on
// millions of inputs and against python3 in the differential test.

import {
  EXP_INVLN2N, EXP_NEGLN2HIN, EXP_NEGLN2LON, EXP_POLY, EXP_SBITS_HI, EXP_SBITS_LO, EXP_SHIFT, EXP_TAIL,
  LOG2_INVC, LOG2_INVLN2HI, LOG2_INVLN2LO, LOG2_LOGC, LOG2_POLY, LOG2_POLY1,
  LOG_INVC, LOG_LN2HI, LOG_LN2LO, LOG_LOGC, LOG_POLY, LOG_POLY1,
  ATAN_CIJ, POW_INVC, POW_LN2HI, POW_LN2LO, POW_LOGC, POW_LOGCTAIL, POW_POLY, SINCOS_TAB,
} from './libm-data';

// One scratch double seen as two 32-bit words (hi holds the sign and exponent).
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

function hiWord(x: number): number {
  F64[0] = x;
  return U32[HI] as number;
}

function loWord(x: number): number {
  F64[0] = x;
  return U32[LO] as number;
}

function fromWords(hi: number, lo: number): number {
  U32[HI] = hi >>> 0;
  U32[LO] = lo >>> 0;
  return F64[0] as number;
}

// ---------------------------------------------------------------------------------------------
// fma(a, b, c) = a * b + c rounded once

const SPLIT = 134217729; // 2**27 + 1, Veltkamp's splitter
const SAFE_HI = 2 ** 995;
const SAFE_LO = 2 ** -900;

/** The finite nonzero double x as [sign, odd-or-even integer mantissa, exponent]: x = ±m * 2**e. */
function parts(x: number): [boolean, bigint, number] {
  const hi = hiWord(x);
  const lo = loWord(x);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0) return [hi >>> 31 === 1, m, -1074];
  m |= 1n << 52n;
  return [hi >>> 31 === 1, m, bexp - 1075];
}

const bitLength = (n: bigint): number => n.toString(2).length;

/** The double nearest to n * 2**e (n > 0), ties to even, subnormals included; Infinity past the range. */
export function roundToDouble(n: bigint, e: number): number {
  const bl = bitLength(n);
  const top = bl - 1 + e;
  if (top > 1023) return Infinity;
  let keep = 53;
  if (top < -1022) keep = 53 - (-1022 - top);
  if (keep <= 0) {
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
  return scale2(Number(q), e + shift);
}

/** v * 2**k without an intermediate overflow or underflow. */
function scale2(v: number, k: number): number {
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

/** fma for finite nonzero a, b, c by exact big-integer arithmetic (the slow, always-right path). */
function fmaExact(a: number, b: number, c: number): number {
  const [sa, ma, ea] = parts(a);
  const [sb, mb, eb] = parts(b);
  const [sc, mc, ec] = parts(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  let p = (ma * mb) << BigInt(ep - e);
  let q = mc << BigInt(ec - e);
  if (sa !== sb) p = -p;
  if (sc) q = -q;
  const s = p + q;
  if (s === 0n) return 0;
  return s < 0n ? -roundToDouble(-s, e) : roundToDouble(s, e);
}

/** x + y rounded to odd (Boldo and Melquiond): an inexact sum takes the neighbour with an odd last bit. */
function addRoundToOdd(x: number, y: number): number {
  const s = x + y;
  const bb = s - x;
  const err = x - (s - bb) + (y - bb);
  if (err === 0) return s;
  F64[0] = s;
  const lo = U32[LO] as number;
  if ((lo & 1) === 1) return s;
  // the exact sum lies strictly between s and its neighbour on err's side: step to it
  if (err > 0 === s > 0) U32[LO] = lo + 1;
  else if (lo === 0) {
    U32[LO] = 0xffffffff;
    U32[HI] = (U32[HI] as number) - 1;
  } else U32[LO] = lo - 1;
  return F64[0] as number;
}

/**
 * a * b + c with one rounding, as the fma instruction. Away from overflow and underflow: the
 * exact product by Dekker's algorithm, then Boldo and Melquiond's emulation (round the low parts'
 * sum to odd, add once); otherwise big integers.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || a === 0 || b === 0) return p + c;
  // a nonzero product: an underflow to zero keeps the product's sign
  if (c === 0) return p;
  const ap = Math.abs(p);
  const ac = Math.abs(c);
  const aa = Math.abs(a);
  const ab = Math.abs(b);
  if (!(ap <= SAFE_HI && ap >= SAFE_LO && ac <= SAFE_HI && ac >= SAFE_LO && aa <= SAFE_HI && aa >= SAFE_LO && ab <= SAFE_HI && ab >= SAFE_LO)) {
    return fmaExact(a, b, c);
  }
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const pl = ah * bh - p + ah * bl + al * bh + al * bl;
  // c + p = th + tl exactly
  const th = c + p;
  const bv = th - c;
  const tl = c - (th - bv) + (p - bv);
  return th + addRoundToOdd(tl, pl);
}

// ---------------------------------------------------------------------------------------------
// exp

const [C2, C3, C4, C5] = EXP_POLY as [number, number, number, number];

/** Work shared by exp and pow: the reduced argument's polynomial and the scale's bits. */
let expScaleHi = 0;
let expScaleLo = 0;
let expKiLo = 0;

/** exp's core for |x| < 1024 (pow adds a tail to the reduced argument): tmp, with the scale's bits and k left in the globals above. */
function expTmp(x: number, xtail: number | null, signBias: number): number {
  const kd0 = fma(x, EXP_INVLN2N, EXP_SHIFT);
  const kiLo = loWord(kd0);
  const kd = kd0 - EXP_SHIFT;
  let r = fma(kd, EXP_NEGLN2LON, fma(kd, EXP_NEGLN2HIN, x));
  if (xtail !== null) r = xtail + r;
  const j = kiLo & 127;
  // (ki + sign_bias) << 45 only reaches the high word
  expScaleHi = ((EXP_SBITS_HI[j] as number) + ((kiLo + signBias) << 13)) >>> 0;
  expScaleLo = EXP_SBITS_LO[j] as number;
  expKiLo = kiLo;
  const r2 = r * r;
  const t1 = fma(r2, fma(r, C3, C2), r + (EXP_TAIL[j] as number));
  return fma(r2 * r2, fma(r, C5, C4), t1);
}

/** exp(x) exactly as glibc's FMA build computes it. */
export function glibcExp(x: number): number {
  if (Number.isNaN(x)) return x;
  const abstop = (hiWord(x) >>> 20) & 0x7ff;
  let special = false;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (x === Infinity) return x;
      return x < 0 ? 0 : Infinity;
    }
    special = true;
  }
  const tmp = expTmp(x, null, 0);
  if (!special) {
    const scale = fromWords(expScaleHi, expScaleLo);
    return fma(tmp, scale, scale);
  }
  if ((expKiLo & 0x80000000) === 0) {
    const scale = fromWords(expScaleHi - (1009 << 20), expScaleLo);
    return fma(tmp, scale, scale) * 2 ** 1009;
  }
  const scale = fromWords(expScaleHi + (1022 << 20), expScaleLo);
  const st = tmp * scale;
  let y = scale + st;
  if (y < 1.0) {
    let lo = st + (scale - y);
    const hi = y + 1.0;
    lo = lo + (y + (1.0 - hi));
    y = hi + lo - 1.0;
    if (y === 0) return 0;
  }
  return y * 2 ** -1022;
}

// ---------------------------------------------------------------------------------------------
// log and log2

const B = LOG_POLY1;
const A = LOG_POLY;

/** log(x) exactly as glibc's FMA build computes it. */
export function glibcLog(x: number): number {
  if (x >= 0.9375 && x < 1.064697265625) {
    // within 2**-4 of 1: a polynomial in r = x - 1
    if (x === 1) return 0;
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    const b = (i: number): number => B[i] as number;
    const p14 = fma(b(3), r2, fma(b(2), r, b(1)));
    const p21 = fma(b(6), r2, fma(b(5), r, b(4)));
    const p28 = fma(b(9), r2, fma(b(8), r, b(7)));
    const p35 = fma(fma(fma(b(10), r3, p28), r3, p21), r3, p14);
    const t36 = fma(r, 2 ** 27, r);
    const rhi = fma(-r, 2 ** 27, t36);
    const rlo = r - rhi;
    const rr = rhi * rhi;
    const hi = fma(rr, b(0), r);
    let lo = fma(rr, b(0), r - hi);
    lo = fma(b(0) * rlo, r + rhi, lo);
    return hi + fma(p35, r3, lo);
  }
  let ixHi = hiWord(x);
  let ixLo = loWord(x);
  if (!(x >= 2 ** -1022) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (!(x > 0)) return NaN;
    const s = x * 2 ** 52;
    ixHi = (hiWord(s) - (52 << 20)) >>> 0;
    ixLo = loWord(s);
  }
  const tmpHi = (ixHi - 0x3fe60000) >>> 0;
  const i = (tmpHi >>> 13) & 127;
  const k = (tmpHi | 0) >> 20;
  const z = fromWords(ixHi - (tmpHi & 0xfff00000), ixLo);
  const r = fma(LOG_INVC[i] as number, z, -1.0);
  const w = fma(LOG_LN2HI, k, LOG_LOGC[i] as number);
  const hi = r + w;
  const lo = fma(LOG_LN2LO, k, w - hi + r);
  const r2 = r * r;
  const a = (n: number): number => A[n] as number;
  const t64 = fma(a(0), r2, lo);
  const t75 = fma(fma(a(4), r, a(3)), r2, fma(a(2), r, a(1)));
  return fma(r * r2, t75, t64) + hi;
}

/** log2(x) exactly as glibc's FMA build computes it. */
export function glibcLog2(x: number): number {
  const b = (i: number): number => LOG2_POLY1[i] as number;
  if (x >= 1 - 0x15b51 / 2 ** 21 && x < 1 + 0x16ab2 / 2 ** 21) {
    if (x === 1) return 0;
    const r = x - 1.0;
    const hi = LOG2_INVLN2HI * r;
    let lo = fma(LOG2_INVLN2LO, r, fma(LOG2_INVLN2HI, r, -hi));
    const r2 = r * r;
    const r4 = r2 * r2;
    const p16 = fma(b(1), r, b(0));
    const y = fma(p16, r2, hi);
    lo = fma(p16, r2, hi - y) + lo;
    const p28 = fma(fma(b(5), r, b(4)), r2, fma(b(3), r, b(2)));
    const p38 = fma(fma(b(9), r, b(8)), r2, fma(b(7), r, b(6)));
    lo = fma(fma(p38, r4, p28), r4, lo);
    return y + lo;
  }
  let ixHi = hiWord(x);
  let ixLo = loWord(x);
  if (!(x >= 2 ** -1022) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (!(x > 0)) return NaN;
    const s = x * 2 ** 52;
    ixHi = (hiWord(s) - (52 << 20)) >>> 0;
    ixLo = loWord(s);
  }
  const tmpHi = (ixHi - 0x3fe60000) >>> 0;
  const i = (tmpHi >>> 14) & 63;
  const k = (tmpHi | 0) >> 20;
  const z = fromWords(ixHi - (tmpHi & 0xfff00000), ixLo);
  const r = fma(LOG2_INVC[i] as number, z, -1.0);
  const t1 = LOG2_INVLN2HI * r;
  const t2 = fma(LOG2_INVLN2LO, r, fma(LOG2_INVLN2HI, r, -t1));
  const t3 = (LOG2_LOGC[i] as number) + k;
  const hi = t1 + t3;
  const lo = t3 - hi + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const a = (n: number): number => LOG2_POLY[n] as number;
  const p = fma(fma(a(5), r, a(4)), r4, fma(fma(a(3), r, a(2)), r2, fma(a(1), r, a(0))));
  return fma(r2, p, lo) + hi;
}

// ---------------------------------------------------------------------------------------------
// pow

/** pow's log: log(x) as hi + tail, for the bits of a positive normal (or normalised) x. */
let logTail = 0;

function powLog(ixHi: number, ixLo: number): number {
  const tmpHi = (ixHi - 0x3fe69555) >>> 0;
  const i = (tmpHi >>> 13) & 127;
  const k = (tmpHi | 0) >> 20;
  const z = fromWords(ixHi - (tmpHi & 0xfff00000), ixLo);
  const r = fma(z, POW_INVC[i] as number, -1.0);
  const t1 = fma(k, POW_LN2HI, POW_LOGC[i] as number);
  const t2 = r + t1;
  const lo1 = fma(k, POW_LN2LO, POW_LOGCTAIL[i] as number);
  const lo2 = r + (t1 - t2);
  const a = (n: number): number => POW_POLY[n] as number;
  const ar = r * a(0);
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(r, ar, -ar2);
  const lo4 = ar2 + (t2 - hi);
  const p211 = fma(r, a(2), a(1));
  const p215 = fma(r, a(4), a(3));
  const p219 = fma(r, a(6), a(5));
  const p223 = fma(ar2, fma(ar2, p219, p215), p211);
  const lo = fma(ar3, p223, lo4 + (lo3 + (lo1 + lo2)));
  const y = hi + lo;
  logTail = lo + (hi - y);
  return y;
}

const isOdd = (y: number): boolean => Number.isInteger(y) && Math.abs(y % 2) === 1;

/** pow(x, y) exactly as glibc's FMA build computes it (C99 special cases included). */
export function glibcPow(x: number, y: number): number {
  let signBias = 0;
  let ixHi = hiWord(x);
  let ixLo = loWord(x);
  const topy = hiWord(y) >>> 20;
  let topx = ixHi >>> 20;
  // (unsigned comparisons in C: a top of 0 wraps round)
  if (((topx - 1) >>> 0) >= 0x7ff - 1 || (((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be) {
    if (y === 0 || !Number.isFinite(y)) {
      if (y === 0) return 1.0;
      if (x === 1) return 1.0;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      if (Math.abs(x) === 1) return 1.0;
      if (Math.abs(x) < 1 === y > 0) return 0.0;
      return y * y;
    }
    if (x === 0 || !Number.isFinite(x)) {
      let x2 = x * x;
      if (x < 0 || Object.is(x, -0)) {
        if (isOdd(y)) x2 = -x2;
      }
      return y < 0 ? 1 / x2 : x2;
    }
    if (x < 0) {
      if (!Number.isInteger(y)) return NaN;
      if (isOdd(y)) signBias = 0x800 << 7;
      ixHi &= 0x7fffffff;
      topx &= 0x7ff;
      x = -x;
    }
    if ((((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be) {
      if (x === 1) return 1.0;
      if ((topy & 0x7ff) < 0x3be) return x > 1 ? 1.0 + y : 1.0 - y;
      return x > 1 === topy < 0x800 ? Infinity : 0;
    }
    if (topx === 0) {
      const s = x * 2 ** 52;
      ixHi = ((hiWord(s) & 0x7fffffff) - (52 << 20)) >>> 0;
      ixLo = loWord(s);
    }
  }
  const hi = powLog(ixHi, ixLo);
  const ehi = y * hi;
  const elo = fma(y, logTail, fma(y, hi, -ehi));
  return powExp(ehi, elo, signBias);
}

/** exp(x + xtail), negated when signBias is set, as pow's inlined exp. */
function powExp(x: number, xtail: number, signBias: number): number {
  const abstop = (hiWord(x) >>> 20) & 0x7ff;
  let special = false;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) {
      const one = 1.0 + x;
      return signBias ? -one : one;
    }
    if (abstop >= 0x409) {
      const inf = x < 0 ? 0 : Infinity;
      return signBias ? -inf : inf;
    }
    special = true;
  }
  const tmp = expTmp(x, xtail, signBias);
  if (!special) {
    const scale = fromWords(expScaleHi, expScaleLo);
    return fma(tmp, scale, scale);
  }
  if ((expKiLo & 0x80000000) === 0) {
    const scale = fromWords(expScaleHi - (1009 << 20), expScaleLo);
    return fma(tmp, scale, scale) * 2 ** 1009;
  }
  const sbitsHi = (expScaleHi + (1022 << 20)) >>> 0;
  const scale = fromWords(sbitsHi, expScaleLo);
  const st = tmp * scale;
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    const one = y < 0 ? -1.0 : 1.0;
    let lo = st + (scale - y);
    const hi = y + one;
    lo = lo + (y + (one - hi));
    y = hi + lo - one;
    if (y === 0) return sbitsHi >>> 31 ? -0 : 0;
  }
  return y * 2 ** -1022;
}

// ---------------------------------------------------------------------------------------------
// sin and cos (IBM Accurate Mathematical Library, s_sin.c; FMA build)

const BIG = 52776558133248; // 0x1.8p45: adding it leaves round(|x| * 128) in the low word
const HP0 = 1.5707963267948965579989817342720925807952880859375;
const HP1 = 6.12323399573676603586882014729198302312846062338790031898e-17;
const HPINV = 6.3661977236758138243288840385503135621547698974609375e-1;
const TOINT = 6755399441055744;
const MP1 = 1.5707963407039642333984375;
const MP2NEG = 1.390906756437715330321225337684154510498046875e-8;
const PP3 = -4.97899623147990989791272092856999620380520354956388473511e-17;
const PP4 = -1.90348896201932661116335227284100374573176274961831123692e-25;
const S1 = -1.666666666666666574148081281236954964697360992431640625e-1;
const S2 = 8.3333333333323288127925110302385292015969753265380859375e-3;
const S3 = -1.98412698344146423354295016849846433615311980247497558594e-4;
const S4 = 2.75572980686077103221827584722536386152569320984184741974e-6;
const S5 = -2.50220148483183976603384807016819402214480305701727047563e-8;
const SN3 = -1.666666666666648810579687278732308186590671539306640625e-1;
const SN5 = 8.33333214285722316538862486368088866584002971649169921875e-3;
const CS4 = -4.1666666666666442309097106999615789391100406646728515625e-2;
const CS6 = 1.38888874007937605271900682879504529410041868686676025391e-3;

const tab = (k: number): number => SINCOS_TAB[k] as number;

/** sin(x + dx) by the table at the nearest k/128 (or a Taylor polynomial below 0.126). */
function doSin(x: number, dx: number): number {
  if (Math.abs(x) < 0.126) {
    const xx = x * x;
    const poly = fma(xx, fma(xx, fma(xx, fma(xx, S5, S4), S3), S2), S1);
    return fma(xx, fma(poly, x, -(dx * 0.5)), dx) + x;
  }
  const xold = x;
  if (x <= 0) dx = -dx;
  const ax = Math.abs(x);
  const u = ax + BIG;
  const k = loWord(u) << 2;
  x = ax - (u - BIG);
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
  const c = fma(x, dx, xx * fma(xx, fma(xx, CS6, CS4), 0.5));
  const cor = fma(s, tab(k + 2), fma(-c, tab(k), fma(s, tab(k + 3), tab(k + 1))));
  const r = tab(k) + cor;
  return xold < 0 || Object.is(xold, -0) ? -Math.abs(r) : Math.abs(r);
}

/** cos(x + dx) by the table at the nearest k/128. */
function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = ax + BIG;
  const k = loWord(u) << 2;
  x = ax - (u - BIG) + dx;
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SN5, SN3), x);
  const c = xx * fma(xx, fma(xx, CS6, CS4), 0.5);
  const cor = fma(-s, tab(k), fma(-c, tab(k + 2), fma(-s, tab(k + 1), tab(k + 3))));
  return tab(k + 2) + cor;
}

/** sin (n even) or cos (n odd) of a + da, negated for n & 2. */
function doSinCos(a: number, da: number, n: number): number {
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

let reducedTail = 0;

/** x - n * pi/2 as a + da (returned, tail in reducedTail), for |x| < 105414350; n in the low bits of the result's index. */
function reduceSinCos(x: number): [number, number] {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const n = loWord(t) & 3;
  const y = fma(xn, MP2NEG, fma(-xn, MP1, x));
  const t2 = fma(-xn, PP3, y);
  let db = fma(-xn, PP3, y - t2);
  const b = fma(-xn, PP4, t2);
  db = db + fma(-xn, PP4, t2 - b);
  reducedTail = db;
  return [b, n];
}

// 2/pi in base 2**24 digits, for __branred
const TOVERP = [
  10680707, 7228996, 1387004, 2578385, 16069853, 12639074, 9804092, 4427841, 16666979, 11263675, 12935607, 2387514,
  4345298, 14681673, 3074569, 13734428, 16653803, 1880361, 10960616, 8533493, 3062596, 8710556, 7349940, 6258241,
  3772886, 3769171, 3798172, 8675211, 12450088, 3874808, 9961438, 366607, 15675153, 9132554, 7151469, 3571407,
  2607881, 12013382, 4155038, 6285869, 7677882, 13102053, 15825725, 473591, 9065106, 15363067, 6271263, 9264392,
  5636912, 4652155, 7056368, 13614112, 10155062, 1944035, 9527646, 15080200, 6658437, 6231200, 6832269, 16767104,
  5075751, 3212806, 1398474, 7579849, 6349435, 12618859, 4703257, 12806093, 14477321, 2786137, 12875403, 9837734,
  14528324, 13719321, 343717,
];
const BIG1 = 27021597764222976;
// branred.h's pi/2 - mp1, not the same double as s_sin.c's
const BRANRED_MP2 = -1.3909067675399456e-8;

/** One half of __branred: x * 2/pi for a 26-bit piece of x, as [fraction, its tail, whole quarters]. */
function branredPart(x: number): [number, number, number] {
  let k = Math.trunc((((hiWord(x) >>> 20) & 2047) - 450) / 24);
  if (k < 0) k = 0;
  let gor = 2 ** (576 - 24 * k);
  const r: number[] = [];
  for (let i = 0; i < 6; i++) {
    r.push(x * (TOVERP[k + i] as number) * gor);
    gor *= 2 ** -24;
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = (r[i] as number) + TOINT - TOINT;
    sum += s;
    r[i] = (r[i] as number) - s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += r[5 - i] as number;
  let bb = (r[0] as number) - t + (r[1] as number) + (r[2] as number) + (r[3] as number) + (r[4] as number) + (r[5] as number);
  let s = t + TOINT - TOINT;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = t - b + bb;
  s = sum + BIG1 - BIG1;
  sum -= s;
  return [b, bb, sum];
}

/** glibc's __branred (built without fma): x - n * pi/2 as a + da (da in reducedTail) for huge |x|; returns n mod 4. */
function branred(x: number): [number, number] {
  x *= 2 ** -600;
  const t0 = x * SPLIT;
  const x1 = t0 - (t0 - x);
  const x2 = x - x1;
  const [b1, bb1, sum1] = branredPart(x1);
  const [b2, bb2, sum2] = branredPart(x2);
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? b1 - b + b2 : b2 - b + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  let s = b + (bb + bb1 + bb2);
  let t = b - s + bb + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = t1 * MP1 - b + t1 * BRANRED_MP2 + t2 * MP1 + (t2 * BRANRED_MP2 + s * HP1 + t * HP0);
  s = b + bb;
  t = b - s + bb;
  reducedTail = t;
  return [s, Math.trunc(sum) & 3];
}

/** sin(x) exactly as glibc's FMA build computes it. */
export function glibcSin(x: number): number {
  const k = hiWord(x) & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) {
    const r = doCos(HP0 - Math.abs(x), HP1);
    return x < 0 ? -Math.abs(r) : Math.abs(r);
  }
  if (k < 0x419921fb) {
    const [a, n] = reduceSinCos(x);
    return doSinCos(a, reducedTail, n);
  }
  if (k < 0x7ff00000) {
    const [a, n] = branred(x);
    return doSinCos(a, reducedTail, n);
  }
  return NaN;
}

/** cos(x) exactly as glibc's FMA build computes it. */
export function glibcCos(x: number): number {
  const k = hiWord(x) & 0x7fffffff;
  if (k < 0x3e400000) return 1.0;
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    return doSin(a, y - a + HP1);
  }
  if (k < 0x419921fb) {
    const [a, n] = reduceSinCos(x);
    return doSinCos(a, reducedTail, n + 1);
  }
  if (k < 0x7ff00000) {
    const [a, n] = branred(x);
    return doSinCos(a, reducedTail, n + 1);
  }
  return NaN;
}

// ---------------------------------------------------------------------------------------------
// hypot (e_hypot.c, Borges's correction; glibc builds it without fma)

function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/** hypot(x, y) exactly as glibc 2.36 computes it. */
export function glibcHypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  let ax = x < y ? y : x;
  const ay = x < y ? x : y;
  const SCALE = 2 ** -600;
  if (ax > 2 ** 511) {
    if (ay <= ax * 2 ** -54) return ax + ay;
    return hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < 2 ** -459) {
    if (ax >= ay / 2 ** -54) return ax + ay;
    ax = hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
    return ax;
  }
  if (ay <= ax * 2 ** -54) return ax + ay;
  return hypotKernel(ax, ay);
}

// ---------------------------------------------------------------------------------------------
// atan2 (IBM Accurate Mathematical Library, e_atan2.c; FMA build)

const PI = 3.141592653589793115997963468544185161590576171875;
const OPI1 = 1.2246467991473532071737640294583966046256921246775800638e-16;
const D3 = -3.33333333333333314829616256247390992939472198486328125e-1;
const D5 = 1.999999999999885480495009915102855302393436431884765625e-1;
const D7 = -1.428571428395316311732443637083633802831172943115234375e-1;
const D9 = 1.1111109821886426540782366600979003123939037322998046875e-1;
const D11 = -9.090424391727987274425260011412319727241992950439453125e-2;
const D13 = 7.60183658438073617258368130933376960456371307373046875e-2;

const cij = (i: number, j: number): number => ATAN_CIJ[i * 7 + j] as number;
const copysign = (z: number, y: number): number => (y < 0 || Object.is(y, -0) ? -Math.abs(z) : Math.abs(z));
const atanPoly = (v: number): number => fma(fma(fma(fma(fma(v, D13, D11), v, D9), v, D7), v, D5), v, D3);
const tableRow = (u: number): number => (fma(u, 256, 2 ** 52) - 2 ** 52) - 16;

/** atan2(y, x) exactly as glibc's FMA build computes it. */
export function glibcAtan2(y: number, x: number): number {
  if (Number.isNaN(x)) return x + y;
  if (Number.isNaN(y)) return y + y;
  const xNeg = x < 0 || Object.is(x, -0);
  if (y === 0) {
    if (!Object.is(y, -0)) return xNeg ? PI : 0;
    return xNeg ? -PI : -0;
  }
  if (x === 0) return y > 0 ? HP0 : -HP0;
  if (x === Infinity) {
    if (y === Infinity) return 7.8539816339744827899949086713604629039764404296875e-1;
    if (y === -Infinity) return -7.8539816339744827899949086713604629039764404296875e-1;
    return y > 0 ? 0 : -0;
  }
  if (x === -Infinity) {
    if (y === Infinity) return 2.35619449019234483699847260140813887119293212890625;
    if (y === -Infinity) return -2.35619449019234483699847260140813887119293212890625;
    return y > 0 ? PI : -PI;
  }
  if (y === Infinity) return HP0;
  if (y === -Infinity) return -HP0;
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  const de = (hiWord(y) & 0x7ff00000) - (hiWord(x) & 0x7ff00000);
  if (de >= 57 << 20) return y > 0 ? HP0 : -HP0;
  if (de <= -(57 << 20)) {
    if (x > 0) return copysign(ay / ax, y);
    return y > 0 ? PI : -PI;
  }
  if (ax < 2 ** -500 || ay < 2 ** -500) {
    ax *= 2 ** 500;
    ay *= 2 ** 500;
  }
  if (ax > 2 ** 500 || ay > 2 ** 500) {
    ax *= 2 ** -500;
    ay *= 2 ** -500;
  }
  let u: number;
  let du: number;
  if (ay < ax) {
    u = ay / ax;
    const v = ax * u;
    du = (ay - v - fma(ax, u, -v)) / ax;
  } else {
    u = ax / ay;
    const v = ay * u;
    du = (ax - v - fma(ay, u, -v)) / ay;
  }
  let z: number;
  if (x > 0) {
    if (ay < ax) {
      if (u < 1 / 16) {
        const v = u * u;
        z = u + fma(u * v, atanPoly(v), du);
      } else {
        const i = tableRow(u);
        const t3 = u - cij(i, 0);
        const v = du + t3;
        const dv = Math.abs(t3) > Math.abs(du) ? t3 - v + du : du - v + t3;
        const t2 = cij(i, 2);
        const tail = v * v * fma(fma(fma(cij(i, 6), v, cij(i, 5)), v, cij(i, 4)), v, cij(i, 3));
        z = cij(i, 1) + fma(v, t2, fma(dv, t2, tail));
      }
    } else if (u < 1 / 16) {
      const v = u * u;
      const zz = u * v * atanPoly(v);
      const t2 = HP0 - u;
      const cor = Math.abs(u) < HP0 ? HP0 - t2 - u : HP0 - (u + t2);
      z = t2 + (cor + HP1 - du - zz);
    } else {
      const i = tableRow(u);
      const v = u - cij(i, 0) + du;
      const p = fma(fma(fma(fma(cij(i, 6), v, cij(i, 5)), v, cij(i, 4)), v, cij(i, 3)), v, cij(i, 2));
      z = fma(-p, v, HP1) + (HP0 - cij(i, 1));
    }
  } else if (ax < ay) {
    if (u < 1 / 16) {
      const v = u * u;
      const zz = v * u * atanPoly(v);
      const t2 = u + HP0;
      const cor = Math.abs(u) < HP0 ? HP0 - t2 + u : u - t2 + HP0;
      z = t2 + (cor + HP1 + du + zz);
    } else {
      const i = tableRow(u);
      const v = u - cij(i, 0) + du;
      const p = fma(fma(fma(fma(cij(i, 6), v, cij(i, 5)), v, cij(i, 4)), v, cij(i, 3)), v, cij(i, 2));
      z = fma(p, v, HP1) + (cij(i, 1) + HP0);
    }
  } else if (u < 1 / 16) {
    const v = u * u;
    const zz = v * u * atanPoly(v);
    const t2 = PI - u;
    const cor = Math.abs(u) < PI ? PI - t2 - u : PI - (t2 + u);
    z = t2 + (cor + OPI1 - du - zz);
  } else {
    const i = tableRow(u);
    const v = u - cij(i, 0) + du;
    const p = fma(fma(fma(fma(cij(i, 6), v, cij(i, 5)), v, cij(i, 4)), v, cij(i, 3)), v, cij(i, 2));
    z = fma(-p, v, OPI1) + (PI - cij(i, 1));
  }
  return copysign(z, y);
}
