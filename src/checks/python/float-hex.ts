// float.hex() and float.fromhex(): C99's %a as CPython writes it, and CPython's hexadecimal float parser.

import { overflowError, typeError, valueError } from './errors';
import { roundToDouble } from './libm';
import type { Kwargs, PyVal } from './values';

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
