// Subscripts: obj[key], obj[key] = v, del obj[key], with CPython's slice arithmetic.

import { PyException, indexError, notSupported, typeError, valueError } from './errors';
import { type Ctx, MAX_SIZE, checkSize, dictDelete, dictLookup, dictSet, iterate, keyError } from './objects';
import { codePoints } from './strings';
import { PyBytes, PyDict, PyList, PyRange, PySlice, PyTuple, PyType, type PyVal, asInt, typeName } from './values';

const SSIZE_MAX = (1n << 63n) - 1n;

/** An int used as an index; CPython raises IndexError for ones that do not fit ssize_t. */
function indexValue(n: bigint): number {
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) throw indexError("cannot fit 'int' into an index-sized integer");
  return Number(n);
}

function sliceIndex(v: PyVal): bigint | null {
  if (v === null) return null;
  const n = asInt(v);
  if (n === null) throw typeError('slice indices must be integers or None or have an __index__ method');
  return n;
}

/** PySlice_Unpack + PySlice_AdjustIndices: returns start, stop, step and the slice length. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  const stepB = sliceIndex(s.step);
  let step = 1;
  if (stepB !== null) {
    if (stepB === 0n) throw valueError('slice step cannot be zero');
    step = stepB > SSIZE_MAX ? Number.MAX_SAFE_INTEGER : stepB < -SSIZE_MAX ? -Number.MAX_SAFE_INTEGER : Number(stepB);
  }
  const clamp = (b: bigint): number =>
    b > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : b < -BigInt(Number.MAX_SAFE_INTEGER) ? -Number.MAX_SAFE_INTEGER : Number(b);
  const startB = sliceIndex(s.start);
  const stopB = sliceIndex(s.stop);
  let start = startB === null ? (step < 0 ? Number.MAX_SAFE_INTEGER : 0) : clamp(startB);
  let stop = stopB === null ? (step < 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : clamp(stopB);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

function sliceOf<T>(items: T[], s: PySlice): T[] {
  const [start, , step, n] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + n);
  const out: T[] = new Array<T>(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j] as T;
  return out;
}

function seqIndex(items: { length: number }, key: bigint, what: string): number {
  let i = indexValue(key);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError(what ? `${what} index out of range` : 'index out of range');
  return i;
}

export function getItem(ctx: Ctx, obj: PyVal, key: PyVal): PyVal {
  if (obj instanceof PyDict) {
    const e = dictLookup(obj, key);
    if (e === undefined) throw keyError(key);
    return e.v;
  }
  if (obj instanceof PyList || obj instanceof PyTuple) {
    const what = obj instanceof PyList ? 'list' : 'tuple';
    const n = asInt(key);
    if (n !== null) return obj.items[seqIndex(obj.items, n, what)] as PyVal;
    if (key instanceof PySlice) {
      const items = sliceOf(obj.items, key);
      ctx.charge(items.length >> 3);
      return obj instanceof PyList ? new PyList(items) : new PyTuple(items);
    }
    throw typeError(`${what} indices must be integers or slices, not ${typeName(key)}`);
  }
  if (typeof obj === 'string') {
    const n = asInt(key);
    const cps = codePoints(obj);
    if (n !== null) {
      if (!cps) return obj[seqIndex(obj, n, 'string')] as string;
      return cps[seqIndex(cps, n, 'string')] as string;
    }
    if (key instanceof PySlice) {
      if (!cps) {
        const [start, , step, len] = sliceIndices(key, obj.length);
        if (step === 1) return obj.slice(start, start + len);
        ctx.charge(len >> 4);
        let out = '';
        for (let i = 0, j = start; i < len; i++, j += step) out += obj[j];
        return out;
      }
      return sliceOf(cps, key).join('');
    }
    throw typeError(`string indices must be integers, not '${typeName(key)}'`);
  }
  if (obj instanceof PyBytes) {
    const s = obj.s;
    const n = asInt(key);
    if (n !== null) return BigInt(s.charCodeAt(seqIndex(s, n, '')));
    if (key instanceof PySlice) {
      const [start, , step, len] = sliceIndices(key, s.length);
      if (step === 1) return new PyBytes(s.slice(start, start + len));
      ctx.charge(len >> 4);
      let out = '';
      for (let i = 0, j = start; i < len; i++, j += step) out += s[j];
      return new PyBytes(out);
    }
    throw typeError(`byte indices must be integers or slices, not ${typeName(key)}`);
  }
  if (obj instanceof PyRange) {
    const n = asInt(key);
    if (n !== null) {
      const len = obj.length;
      let i = n;
      if (i < 0n) i += len;
      if (i < 0n || i >= len) throw indexError('range object index out of range');
      return obj.start + i * obj.step;
    }
    if (key instanceof PySlice) {
      const len = obj.length;
      if (len > BigInt(MAX_SIZE)) throw notSupported('slicing ranges this large');
      const [start, stop, step] = sliceIndices(key, Number(len));
      const at = (i: number): bigint => obj.start + BigInt(i) * obj.step;
      return new PyRange(at(start), at(stop), obj.step * BigInt(step));
    }
    throw typeError(`range indices must be integers or slices, not ${typeName(key)}`);
  }
  if (obj instanceof PyType) throw notSupported(`subscripting types (\`${obj.name}[...]\`)`);
  throw typeError(`'${typeName(obj)}' object is not subscriptable`);
}

function toItems(ctx: Ctx, v: PyVal): PyVal[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  let next;
  try {
    next = iterate(v);
  } catch (e) {
    if (e instanceof PyException && e.type === 'TypeError') throw typeError('can only assign an iterable');
    throw e;
  }
  const out: PyVal[] = [];
  for (let x = next(); x !== undefined; x = next()) {
    out.push(x);
    ctx.charge(1);
  }
  return out;
}

export function setItem(ctx: Ctx, obj: PyVal, key: PyVal, value: PyVal): void {
  if (obj instanceof PyDict) {
    dictSet(obj, key, value);
    return;
  }
  if (obj instanceof PyList) {
    const n = asInt(key);
    if (n !== null) {
      let i = indexValue(n);
      if (i < 0) i += obj.items.length;
      if (i < 0 || i >= obj.items.length) throw indexError('list assignment index out of range');
      obj.items[i] = value;
      return;
    }
    if (key instanceof PySlice) {
      const [start, stop, step, len] = sliceIndices(key, obj.items.length);
      const seq = toItems(ctx, value);
      if (step === 1) {
        const end = Math.max(start, stop);
        checkSize(obj.items.length - (end - start) + seq.length);
        obj.items.splice(start, end - start, ...seq);
        return;
      }
      if (seq.length !== len) {
        throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${len}`);
      }
      for (let i = 0, j = start; i < len; i++, j += step) obj.items[j] = seq[i] as PyVal;
      return;
    }
    throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
  }
  throw typeError(`'${typeName(obj)}' object does not support item assignment`);
}

export function delItem(obj: PyVal, key: PyVal): void {
  if (obj instanceof PyDict) {
    if (!dictDelete(obj, key)) throw keyError(key);
    return;
  }
  if (obj instanceof PyList) {
    const n = asInt(key);
    if (n !== null) {
      let i = indexValue(n);
      if (i < 0) i += obj.items.length;
      if (i < 0 || i >= obj.items.length) throw indexError('list assignment index out of range');
      obj.items.splice(i, 1);
      return;
    }
    if (key instanceof PySlice) {
      const [start, , step, len] = sliceIndices(key, obj.items.length);
      if (step === 1) {
        obj.items.splice(start, len);
        return;
      }
      const drop = new Set<number>();
      for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
      obj.items = obj.items.filter((_, idx) => !drop.has(idx));
      return;
    }
    throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
  }
  throw typeError(`'${typeName(obj)}' object does not support item deletion`);
}
