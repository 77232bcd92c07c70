// Argument checking with CPython's wording (the messages differ by how each builtin is declared).

import { PyException, typeError } from './errors';
import { type Kwargs, type PyVal, asInt, typeName } from './values';

const plural = (n: number, word = 'argument'): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function noKwargs(name: string, kwargs: Kwargs): void {
  if (kwargs && kwargs.size > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** METH_NOARGS: `str.upper() takes no arguments (1 given)`. */
export function noArgs(qual: string, args: PyVal[], kwargs: Kwargs): void {
  noKwargs(qual, kwargs);
  if (args.length > 0) throw typeError(`${qual}() takes no arguments (${args.length} given)`);
}

/** METH_O: `list.append() takes exactly one argument (0 given)`. */
export function oneArg(qual: string, args: PyVal[], kwargs: Kwargs): PyVal {
  noKwargs(qual, kwargs);
  if (args.length !== 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
  return args[0] as PyVal;
}

/** _PyArg_CheckPositional: `replace expected at least 2 arguments, got 1`. */
export function positional(name: string, args: PyVal[], kwargs: Kwargs, min: number, max: number): void {
  noKwargs(name, kwargs);
  checkPositional(name, args.length, min, max);
}

export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) {
    throw typeError(`${name} expected ${min === max ? '' : 'at least '}${plural(min)}, got ${n}`);
  }
  if (n > max) {
    throw typeError(`${name} expected ${min === max ? '' : 'at most '}${plural(max)}, got ${n}`);
  }
}

/** PyArg_ParseTuple style: `count() takes at least 1 argument (0 given)`. */
export function parseTupleArity(name: string, args: PyVal[], kwargs: Kwargs, min: number, max: number): void {
  noKwargs(name, kwargs);
  if (args.length < min) {
    throw typeError(`${name}() takes ${min === max ? 'exactly' : 'at least'} ${plural(min)} (${args.length} given)`);
  }
  if (args.length > max) {
    throw typeError(`${name}() takes ${min === max ? 'exactly' : 'at most'} ${plural(max)} (${args.length} given)`);
  }
}

/**
 * Argument Clinic with keywords (_PyArg_UnpackKeywords). `names` are the positional-or-keyword
 * parameters in order, `kwOnly` the keyword-only ones. Returns values by name.
 */
export function bindArgs(
  fname: string,
  args: PyVal[],
  kwargs: Kwargs,
  names: string[],
  required: number,
  kwOnly: string[] = [],
): Map<string, PyVal> {
  const out = new Map<string, PyVal>();
  const maxPos = names.length;
  // C functions parsed without a name say "function …" instead of "name() …"
  const who = fname === '' ? 'function' : `${fname}()`;
  if (args.length > maxPos) {
    if (maxPos === 0) throw typeError(`${who} takes no positional arguments`);
    const total = args.length + (kwargs ? kwargs.size : 0);
    throw typeError(`${who} takes ${required < maxPos ? 'at most' : 'exactly'} ${plural(maxPos)} (${total} given)`);
  }
  for (let i = 0; i < args.length; i++) out.set(names[i] as string, args[i] as PyVal);
  // _PyArg_UnpackKeywords: parameters past the positional ones are matched first (a missing
  // required one fails there); keywords left over are then reported
  for (let i = args.length; i < names.length; i++) {
    const n = names[i] as string;
    const v = kwargs?.get(n);
    if (v !== undefined) out.set(n, v);
    else if (i < required) throw typeError(`${who} missing required argument '${n}' (pos ${i + 1})`);
  }
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const pos = names.indexOf(k);
      if (pos >= 0 && pos < args.length) throw typeError(`argument for ${who} given by name ('${k}') and position (${pos + 1})`);
      if (pos < 0 && !kwOnly.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${who}`);
      out.set(k, v);
    }
  }
  return out;
}

/** An object used as an integer (PyNumber_Index): int or bool. */
export function toIndex(v: PyVal): bigint {
  const n = asInt(v);
  if (n === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return n;
}

/** toIndex, clamped into a JS number for sizes and positions. */
export function toSsize(v: PyVal): number {
  const n = toIndex(v);
  const max = (1n << 63n) - 1n;
  if (n > max || n < -max - 1n) {
    throw new PyException('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  if (n < -BigInt(Number.MAX_SAFE_INTEGER)) return -Number.MAX_SAFE_INTEGER;
  return Number(n);
}

/** An int argument CPython parses as a C int (`i` format): OverflowError outside its range. */
export function toCInt(v: PyVal): number {
  const n = toIndex(v);
  if (n > 2147483647n || n < -2147483648n) throw new PyException('OverflowError', 'Python int too large to convert to C int');
  return Number(n);
}

/**
 * CPython's ADJUST_INDICES for the optional start/end of str and bytes methods (None allowed):
 * negative counts from the end, both clamped to [0, len].
 */
export function adjustIndices(start: PyVal | undefined, end: PyVal | undefined, len: number): [number, number] {
  const idx = (v: PyVal | undefined, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    const n = asInt(v);
    if (n === null) throw typeError('slice indices must be integers or None or have an __index__ method');
    return n > BigInt(len) ? len + 1 : n < -BigInt(len) - 1n ? -len - 1 : Number(n);
  };
  let s = idx(start, 0);
  let e = idx(end, len);
  if (e > len) e = len;
  else if (e < 0) e = Math.max(0, e + len);
  if (s < 0) s = Math.max(0, s + len);
  return [s, e];
}
