// Float `**`, math.pow, exp, log, log2, log10, sin, cos, atan2 and abs() of a complex (hypot)
// against python3 bit for bit, on a fixed-seed
// sample of arguments (CPython calls the C library, so these are glibc's results; see
// src/checks/python/libm.ts). LIBM_SAMPLE=<n> runs a bigger sample and prints the counts.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PyException } from '../../../src/checks/python/errors';
import { floatHex } from '../../../src/checks/python/float-hex';
import { complexAbs } from '../../../src/checks/python/complex';
import { fma, glibcAtan2, glibcCos, glibcSin } from '../../../src/checks/python/libm';
import { mathModule } from '../../../src/checks/python/mathmod';
import { floatPow } from '../../../src/checks/python/numbers';
import type { Ctx } from '../../../src/checks/python/objects';
import { type PyFunc, PyComplex } from '../../../src/checks/python/values';
import { pythonInfo } from './cpython';
import { rng } from './snippets';

const OPS = ['**', 'pow', 'exp', 'log', 'log2', 'log10', 'log_base', 'sin', 'cos', 'atan2', 'abs'] as const;
type Op = (typeof OPS)[number];
interface Pair {
  op: Op;
  x: number;
  y: number;
}

/** Arguments of the kinds a learner computes and a random spread over all doubles. */
function pairs(seed: number, n: number): Pair[] {
  const r = rng(seed);
  const bits = (): number => {
    const v = new DataView(new ArrayBuffer(8));
    v.setUint32(0, Math.floor(r() * 2 ** 32));
    v.setUint32(4, Math.floor(r() * 2 ** 32));
    return v.getFloat64(0);
  };
  const xs = [
    () => Math.floor(r() * 1000) / 100, () => r() * 10, () => 1 + (r() - 0.5) * 0.2, () => 1 + (r() - 0.5) * 1e-7,
    () => Math.exp((r() - 0.5) * 1400), () => Math.abs(bits()), () => Math.floor(r() * 50), () => r() * 1e-310,
    () => -Math.floor(r() * 20) / 10, () => Number((r() * 100).toPrecision(3)),
  ];
  const ys = [
    () => r() * 40 - 20, () => Math.floor(r() * 61) - 30, () => r() * 2000, () => bits(), () => Math.floor(r() * 17) - 8 + 0.5,
    () => (r() - 0.5) * 4, () => (r() - 0.5) * 1e-10, () => r() * 1400 - 700, () => Number((r() * 4).toPrecision(2)),
  ];
  const out: Pair[] = [];
  for (let i = 0; i < n; i++) {
    const op = OPS[i % OPS.length] as Op;
    let x = (xs[Math.floor(r() * xs.length)] as () => number)();
    let y = (ys[Math.floor(r() * ys.length)] as () => number)();
    // a negative base to a fractional power is complex (complex.test covers it)
    if (op === '**' && x < 0) y = Math.round(y);
    if (op === 'exp') x = r() < 0.5 ? (r() - 0.5) * 1500 : y;
    // past 105414350 glibc reduces the angle with __branred
    if (op === 'sin' || op === 'cos') x = r() < 0.3 ? y : r() < 0.5 ? (r() - 0.5) * 2 * Math.PI * Math.floor(r() * 1000) : (r() - 0.5) * 10 ** Math.floor(r() * 300);
    if (op === 'atan2' && r() < 0.5) x = -x;
    out.push({ op, x, y });
  }
  return out;
}

const PY = String.raw`
import sys, json, math
out = []
for op, x, y in json.loads(sys.stdin.read()):
    x, y = float.fromhex(x), float.fromhex(y)
    try:
        if op == '**': r = x ** y
        elif op == 'pow': r = math.pow(x, y)
        elif op == 'exp': r = math.exp(x)
        elif op == 'log': r = math.log(x)
        elif op == 'log2': r = math.log2(x)
        elif op == 'log10': r = math.log10(x)
        elif op == 'log_base': r = math.log(x, y)
        elif op == 'sin': r = math.sin(x)
        elif op == 'cos': r = math.cos(x)
        elif op == 'atan2': r = math.atan2(y, x)
        else: r = abs(complex(x, y))
        out.append(r.hex() if isinstance(r, float) else 'complex')
    except Exception as e:
        out.append(type(e).__name__)
print(json.dumps(out))
`;

const hex = (v: number): string => {
  // float.hex(), enough to compare: the exact bits as CPython prints them
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  return `${view.getUint32(0).toString(16)}:${view.getUint32(4).toString(16)}`;
};
const pyHexToBits = (s: string): string => (/^-?0x/.test(s) || s === 'nan' || /inf/.test(s) ? hex(s === 'nan' ? NaN : /inf/.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : fromPyHex(s)) : s);

function fromPyHex(s: string): number {
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(s);
  if (!m) throw new Error(`unexpected hex ${s}`);
  const mant = Number.parseInt(`${m[2]}${m[3]}`, 16) / 16 ** (m[3] as string).length;
  const e = Number(m[4]);
  // exact: the mantissa has at most 53 bits; scale in two steps for subnormals
  const v = e < -1000 ? mant * 2 ** (e + 1000) * 2 ** -1000 : mant * 2 ** e;
  return m[1] ? -v : v;
}

const ctx = {} as Ctx;
const math = mathModule();
const call = (name: string, args: number[]): string => {
  try {
    const f = math.attrs.get(name) as PyFunc;
    return hex(f.fn(ctx, args, null) as number);
  } catch (e) {
    if (e instanceof PyException) return e.type;
    throw e;
  }
};

function ours(p: Pair): string {
  switch (p.op) {
    case '**':
      try {
        const r = floatPow(p.x, p.y);
        return r === null ? 'complex' : hex(r);
      } catch (e) {
        if (e instanceof PyException) return e.type;
        throw e;
      }
    case 'pow':
      return call('pow', [p.x, p.y]);
    case 'log_base':
      return call('log', [p.x, p.y]);
    case 'sin':
      return hex(glibcSin(p.x));
    case 'cos':
      return hex(glibcCos(p.x));
    case 'atan2':
      return hex(glibcAtan2(p.y, p.x));
    case 'abs':
      try {
        return hex(complexAbs(new PyComplex(p.x, p.y)));
      } catch (e) {
        if (e instanceof PyException) return e.type;
        throw e;
      }
    default:
      return call(p.op, [p.x]);
  }
}

function compare(sample: Pair[]): { counts: Record<string, [number, number]>; diffs: string[] } {
  const r = spawnSync('python3', ['-c', PY], { input: JSON.stringify(sample.map((p) => [p.op, floatHex(p.x), floatHex(p.y)])), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(r.stderr);
  const theirs = JSON.parse(r.stdout) as string[];
  const counts: Record<string, [number, number]> = {};
  const diffs: string[] = [];
  sample.forEach((p, i) => {
    const want = pyHexToBits(theirs[i] as string);
    const got = ours(p);
    const c = (counts[p.op] ??= [0, 0]);
    c[0]++;
    if (got !== want) {
      c[1]++;
      if (diffs.length < 10) diffs.push(`${p.op}(${p.x}, ${p.y}): CPython ${theirs[i]}, ours ${got}`);
    }
  });
  return { counts, diffs };
}

describe('fma', () => {
  it('rounds once, where a * b + c in doubles rounds twice', () => {
    // (1 + 2**-30)(1 - 2**-30) = 1 - 2**-60 exactly; minus 1 leaves -2**-60
    expect(fma(1 + 2 ** -30, 1 - 2 ** -30, -1)).toBe(-(2 ** -60));
    expect((1 + 2 ** -30) * (1 - 2 ** -30) - 1).toBe(0);
    // the product's low bits decide the last bit: 2**-50 + 3 * 2**-104 rounds to 2**-50 + 2**-102
    expect(fma(1 + 2 ** -52, 1 + 3 * 2 ** -52, -1)).toBe(2 ** -50 + 2 ** -102);
    expect((1 + 2 ** -52) * (1 + 3 * 2 ** -52) - 1).toBe(2 ** -50);
    // near the underflow and overflow thresholds the exact path still rounds once
    expect(fma(2 ** -600, 2 ** -500, 2 ** -1074)).toBe(2 ** -1074);
    expect(fma(2 ** 600, 2 ** 500, -(2 ** 1023))).toBe(Infinity);
    // a product past the double range, brought back by c
    expect(fma(2 ** 1000, 2 ** 24, -(2 ** 1023))).toBe(2 ** 1023);
  });
});

const info = pythonInfo();

describe('float ** and math.pow/exp/log/log2/log10/sin/cos/atan2, complex abs, against python3', () => {
  if (!info.available) {
    it.skip(`needs python3 3.11 (skipped: ${info.reason})`, () => {});
    return;
  }
  const n = Number(process.env.LIBM_SAMPLE ?? 5500);
  it(`agrees bit for bit on ${n} fixed-seed arguments`, { timeout: 600_000 }, () => {
    const { counts, diffs } = compare(pairs(20261203, n));
    console.log(Object.entries(counts).map(([op, [t, d]]) => `${op}: ${t} arguments, ${d} differ`).join('; '));
    expect(diffs).toEqual([]);
  });
});
