// Core object protocol: truth, repr/str, equality, ordering, hashing, dict and set storage,
// iteration and len(). Everything here is pure; callers pass a Ctx when work must be metered.

import { bytesRepr } from './bytes';
import { complexEq, complexHash, complexRepr } from './complex';
import { excStr } from './exceptions';
import { PyException, memoryError, recursionError, typeError } from './errors';
import {
  type Meter,
  cmpIntFloat,
  floatRepr,
  hashFloat,
  hashInt,
  hashString,
  hashTupleOf,
  intToStr,
  toUnsigned64,
} from './numbers';
import { compareStr, cpLength, strRepr } from './strings';
import type {
  PyObj} from './values';
import {
  DUMMY,
  PyBytes,
  PyComplex,
  PyDate,
  PyDatetime,
  PyDict,
  PyDictView,
  PyEllipsis,
  PyExcInstance,
  PyFunc,
  PyIter,
  PyList,
  PyDescriptor,
  PyModule,
  PyUserFunc,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  PyType,
  type Kwargs,
  type PyVal,
  type SetEntry,
  typeName,
} from './values';

/** What builtins need from the running interpreter. */
export interface Ctx {
  /** Spend `n` units of the step budget (throws when exhausted). */
  charge(n: number): void;
  write(text: string): void;
  call(fn: PyVal, args: PyVal[], kwargs: Kwargs): PyVal;
  now(): PyDatetime;
  /** datetime.utcnow(): the same clock as now() (one microsecond later per call), in UTC. */
  utcnow(): PyDatetime;
}

/**
 * Budget units per element stored in a container, on top of the evaluation steps: building
 * big containers costs far more (allocation, garbage collection) than plain stepping.
 */
export const COST_LIST_ITEM = 3;
export const COST_HASHED_ITEM = 16;
/** Sets emulate CPython's table with 64-bit hash arithmetic in BigInt: slower still. */
export const COST_SET_ITEM = 40;

/** Largest str/list this trainer builds (CPython would go on until memory runs out). */
export const MAX_SIZE = 10_000_000;
/** Containers nested deeper than this make repr/== raise RecursionError, as CPython does. */
export const MAX_NESTING = 995;

export function checkSize(n: number): void {
  if (n > MAX_SIZE) throw memoryError();
}

// ---------------------------------------------------------------------------------------------
// truth

export function truthy(v: PyVal): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0 && !Number.isNaN(v) ? true : Number.isNaN(v);
    default:
      if (v === null) return false;
      if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
      if (v instanceof PyBytes) return v.s.length > 0;
      if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
      if (v instanceof PyDict) return v.map.size > 0;
      if (v instanceof PySet) return v.used > 0;
      if (v instanceof PyRange) return v.length > 0n;
      if (v instanceof PyDictView) return v.dict.map.size > 0;
      return true;
  }
}

// ---------------------------------------------------------------------------------------------
// repr / str

const FAKE_ADDRESS = '0x7f3a2c1b9e40';

/** repr(v); `meter` pays for big-int conversions. */
export function pyRepr(v: PyVal, meter?: Meter): string {
  if (typeof v === 'string') return strRepr(v);
  return reprIn(v, 0, [], meter);
}

function reprIn(v: PyVal, depth: number, seen: PyObj[], meter: Meter | undefined): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'bigint':
      return intToStr(v, meter);
    case 'number':
      return floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyBytes) return bytesRepr(v);
  if (v instanceof PyComplex) return complexRepr(v);
  if (depth > MAX_NESTING) throw recursionError(' while getting the repr of an object');
  if (meter && (v instanceof PyList || v instanceof PyTuple)) meter.charge(v.items.length);
  if (v instanceof PyList) {
    if (seen.includes(v)) return '[...]';
    seen.push(v);
    const s = '[' + v.items.map((x) => reprIn(x, depth + 1, seen, meter)).join(', ') + ']';
    seen.pop();
    return s;
  }
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return '(' + reprIn(v.items[0] as PyVal, depth + 1, seen, meter) + ',)';
    return '(' + v.items.map((x) => reprIn(x, depth + 1, seen, meter)).join(', ') + ')';
  }
  if (v instanceof PyDict) {
    if (meter) meter.charge(v.map.size * 2);
    if (seen.includes(v)) return '{...}';
    seen.push(v);
    const parts: string[] = [];
    for (const e of v.map.values()) parts.push(reprIn(e.k, depth + 1, seen, meter) + ': ' + reprIn(e.v, depth + 1, seen, meter));
    seen.pop();
    return '{' + parts.join(', ') + '}';
  }
  if (v instanceof PySet) {
    const items = setItems(v);
    if (items.length === 0) return v.frozen ? 'frozenset()' : 'set()';
    const inner = '{' + items.map((x) => reprIn(x, depth + 1, seen, meter)).join(', ') + '}';
    return v.frozen ? `frozenset(${inner})` : inner;
  }
  if (v instanceof PyDictView) {
    const items = dictViewItems(v);
    return `dict_${v.kind}([` + items.map((x) => reprIn(x, depth + 1, seen, meter)).join(', ') + '])';
  }
  if (v instanceof PyRange) {
    return v.step === 1n ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  }
  if (v instanceof PyType) {
    return v.module ? `<class '${v.module}.${v.name}'>` : `<class '${v.name}'>`;
  }
  if (v instanceof PyFunc) {
    if (v.ownerType !== null) return `<method '${v.name}' of '${v.ownerType}' objects>`;
    if (v.self !== undefined) {
      if (v.self instanceof PyType) return `<built-in method ${v.name} of type object at ${FAKE_ADDRESS}>`;
      return `<built-in method ${v.name} of ${typeName(v.self)} object at ${FAKE_ADDRESS}>`;
    }
    return `<built-in function ${v.name}>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}' (built-in)>`;
  if (v instanceof PyUserFunc) return `<function ${v.qualname} at ${FAKE_ADDRESS}>`;
  if (v instanceof PyDescriptor) return `<${v.kind} '${v.name}' of '${v.owner}' objects>`;
  if (v instanceof PyIter) {
    if (v.tname === 'generator') return `<generator object <genexpr> at ${FAKE_ADDRESS}>`;
    return `<${v.tname} object at ${FAKE_ADDRESS}>`;
  }
  if (v instanceof PySlice) {
    return `slice(${reprIn(v.start, depth + 1, seen, meter)}, ${reprIn(v.stop, depth + 1, seen, meter)}, ${reprIn(v.step, depth + 1, seen, meter)})`;
  }
  if (v instanceof PyEllipsis) return 'Ellipsis';
  if (v instanceof PyExcInstance) {
    const args = v.args.map((x) => reprIn(x, depth + 1, seen, meter));
    return `${v.cls.name}(${args.join(', ')})`;
  }
  if (v instanceof PyDatetime) {
    const f = [v.year, v.month, v.day, v.hour, v.minute];
    if (v.microsecond) f.push(v.second, v.microsecond);
    else if (v.second) f.push(v.second);
    return `datetime.datetime(${f.join(', ')})`;
  }
  if (v instanceof PyDate) return `datetime.date(${v.year}, ${v.month}, ${v.day})`;
  return `<${v.tname} object at ${FAKE_ADDRESS}>`;
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

export function dateIso(d: PyDate | PyDatetime): string {
  const y = String(d.year).padStart(4, '0');
  return `${y}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function datetimeIso(d: PyDatetime, sep: string, timespec = 'auto'): string {
  let t = `${pad2(d.hour)}`;
  const spec = timespec === 'auto' ? (d.microsecond ? 'microseconds' : 'seconds') : timespec;
  if (spec !== 'hours') t += `:${pad2(d.minute)}`;
  if (spec === 'seconds' || spec === 'milliseconds' || spec === 'microseconds') t += `:${pad2(d.second)}`;
  if (spec === 'milliseconds') t += '.' + String(Math.floor(d.microsecond / 1000)).padStart(3, '0');
  if (spec === 'microseconds') t += '.' + String(d.microsecond).padStart(6, '0');
  return dateIso(d) + sep + t;
}

export function pyStr(v: PyVal, meter?: Meter): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyDatetime) return datetimeIso(v, ' ');
  if (v instanceof PyDate) return dateIso(v);
  if (v instanceof PyExcInstance) return excStr(v);
  return pyRepr(v, meter);
}

// ---------------------------------------------------------------------------------------------
// equality and ordering

export function pyEq(a: PyVal, b: PyVal, depth = 0): boolean {
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a);
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'string' || tb === 'string') return false;
  if ((ta === 'bigint' || ta === 'boolean' || ta === 'number') && (tb === 'bigint' || tb === 'boolean' || tb === 'number')) {
    return numCompare(a as number | bigint | boolean, b as number | bigint | boolean) === 0;
  }
  if (a instanceof PyComplex) return complexEq(a, b) ?? false;
  if (b instanceof PyComplex) return complexEq(b, a) ?? false;
  if (a === null || b === null || ta !== 'object' || tb !== 'object') return false;
  if (depth > MAX_NESTING + 1) throw recursionError(' in comparison');
  if ((a instanceof PyDictView || b instanceof PyDictView) && (a instanceof PyDictView || a instanceof PySet) && (b instanceof PyDictView || b instanceof PySet)) {
    if ((a instanceof PyDictView && a.kind === 'values') || (b instanceof PyDictView && b.kind === 'values')) return false;
    const sa = a instanceof PySet ? a : setFromItems(dictViewItems(a));
    const sb = b instanceof PySet ? b : setFromItems(dictViewItems(b));
    return pyEq(sa, sb, depth + 1);
  }
  if (a instanceof PyBytes) return b instanceof PyBytes && a.s === b.s;
  if (a instanceof PyList) {
    if (!(b instanceof PyList)) return false;
    return seqEq(a.items, b.items, depth);
  }
  if (a instanceof PyTuple) {
    if (!(b instanceof PyTuple)) return false;
    return seqEq(a.items, b.items, depth);
  }
  if (a instanceof PyDict) {
    if (!(b instanceof PyDict) || a.map.size !== b.map.size) return false;
    for (const e of a.map.values()) {
      const other = dictLookup(b, e.k);
      if (other === undefined) return false;
      if (!sameOrEqual(e.v, other.v, depth + 1)) return false;
    }
    return true;
  }
  if (a instanceof PySet) {
    if (!(b instanceof PySet) || a.used !== b.used) return false;
    for (const x of setItems(a)) if (!setHas(b, x)) return false;
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    const la = a.length;
    if (la !== b.length) return false;
    if (la === 0n) return true;
    if (a.start !== b.start) return false;
    return la === 1n || a.step === b.step;
  }
  if (a instanceof PyDatetime && b instanceof PyDatetime) return datetimeCompare(a, b) === 0;
  if (a instanceof PyDate && b instanceof PyDate && !(a instanceof PyDatetime) && !(b instanceof PyDatetime)) {
    return datetimeCompare(a, b) === 0;
  }
  if (a instanceof PySlice && b instanceof PySlice) {
    return pyEq(a.start, b.start, depth + 1) && pyEq(a.stop, b.stop, depth + 1) && pyEq(a.step, b.step, depth + 1);
  }
  return false;
}

function seqEq(x: PyVal[], y: PyVal[], depth: number): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!sameOrEqual(x[i] as PyVal, y[i] as PyVal, depth + 1)) return false;
  return true;
}

/**
 * PyObject_RichCompareBool(a, b, Py_EQ): identity first, so a NaN equals itself inside
 * containers. Floats carry no identity here; two NaNs count as the same object.
 */
export function sameOrEqual(a: PyVal, b: PyVal, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number' && a !== a && b !== b) return true;
  return pyEq(a, b, depth);
}

/** Three-way compare of two numbers (int/bool/float) exactly; NaN gives NaN. */
export function numCompare(a: number | bigint | boolean, b: number | bigint | boolean): number {
  if (typeof a === 'boolean') a = a ? 1n : 0n;
  if (typeof b === 'boolean') b = b ? 1n : 0n;
  if (typeof a === 'bigint') {
    if (typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
    const c = cmpIntFloat(a, b);
    return c === null ? NaN : c;
  }
  if (typeof b === 'bigint') {
    const c = cmpIntFloat(b, a);
    return c === null ? NaN : -c;
  }
  return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
}

function datetimeCompare(a: PyDate | PyDatetime, b: PyDate | PyDatetime): number {
  const fa = [a.year, a.month, a.day];
  const fb = [b.year, b.month, b.day];
  if (a instanceof PyDatetime && b instanceof PyDatetime) {
    fa.push(a.hour, a.minute, a.second, a.microsecond);
    fb.push(b.hour, b.minute, b.second, b.microsecond);
  }
  for (let i = 0; i < fa.length; i++) {
    const d = (fa[i] as number) - (fb[i] as number);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}

const isNum = (v: PyVal): v is number | bigint | boolean =>
  typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';

/** Rich comparison for < <= > >=; throws CPython's TypeError when unsupported. */
export function pyOrder(op: string, a: PyVal, b: PyVal, depth = 0): boolean {
  let c: number;
  if (isNum(a) && isNum(b)) c = numCompare(a, b);
  else if (typeof a === 'string' && typeof b === 'string') c = compareStr(a, b);
  else if (a instanceof PyBytes && b instanceof PyBytes) c = a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  else if (a instanceof PyList && b instanceof PyList) return seqOrder(op, a.items, b.items, depth);
  else if (a instanceof PyTuple && b instanceof PyTuple) return seqOrder(op, a.items, b.items, depth);
  else if (a instanceof PySet && b instanceof PySet) return setOrder(op, a, b);
  else if (a instanceof PyDictView && b instanceof PyDictView && a.kind !== 'values' && b.kind !== 'values') {
    return setOrder(op, setFromItems(dictViewItems(a)), setFromItems(dictViewItems(b)));
  } else if (a instanceof PyDatetime && b instanceof PyDatetime) c = datetimeCompare(a, b);
  else if (a instanceof PyDate && b instanceof PyDate && !(a instanceof PyDatetime) && !(b instanceof PyDatetime)) {
    c = datetimeCompare(a, b);
  } else {
    if (a instanceof PyDatetime && b instanceof PyDate) throw typeError("can't compare datetime.datetime to datetime.date");
    if (a instanceof PyDate && b instanceof PyDatetime) throw typeError("can't compare datetime.date to datetime.datetime");
    throw typeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
  }
  return orderBySign(op, c);
}

/** An ordering comparison's result from the sign of a three-way comparison. */
function orderBySign(op: string, c: number): boolean {
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

function seqOrder(op: string, x: PyVal[], y: PyVal[], depth: number): boolean {
  if (depth > MAX_NESTING + 1) throw recursionError(' in comparison');
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const p = x[i] as PyVal;
    const q = y[i] as PyVal;
    if (!sameOrEqual(p, q, depth + 1)) return pyOrder(op, p, q, depth + 1);
  }
  const c = x.length - y.length;
  return orderBySign(op, c);
}

function setOrder(op: string, a: PySet, b: PySet): boolean {
  const subset = (x: PySet, y: PySet): boolean => x.used <= y.used && setItems(x).every((v) => setHas(y, v));
  switch (op) {
    case '<':
      return a.used < b.used && subset(a, b);
    case '<=':
      return subset(a, b);
    case '>':
      return a.used > b.used && subset(b, a);
    default:
      return subset(b, a);
  }
}

// ---------------------------------------------------------------------------------------------
// hashing

/** KeyError for a missing key: str() shows the key's repr, args holds the key itself. */
export function keyError(key: PyVal): PyException {
  const e = new PyException('KeyError', pyRepr(key));
  e.args = key;
  return e;
}

export function unhashable(v: PyVal): PyException {
  return typeError(`unhashable type: '${typeName(v)}'`);
}

/** CPython's hash() where it is deterministic; stable stand-ins elsewhere. */
export function pyHash(v: PyVal, depth = 0): bigint {
  switch (typeof v) {
    case 'bigint':
      return hashInt(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      return hashFloat(v);
    case 'string':
      return hashString(v);
  }
  if (v === null) return 0x5f3a1bn;
  // CPython hashes bytes like the str of the same code units (both randomised per process)
  if (v instanceof PyBytes) return hashString(v.s);
  if (v instanceof PyComplex) return complexHash(v);
  if (depth > MAX_NESTING) throw recursionError(' while calling a Python object');
  if (v instanceof PyTuple) return hashTupleOf(v.items.map((x) => pyHash(x, depth + 1)));
  if (v instanceof PyList || v instanceof PyDict || v instanceof PyDictView || v instanceof PySlice) throw unhashable(v);
  if (v instanceof PySet) {
    if (!v.frozen) throw unhashable(v);
    let h = 0n;
    for (const x of setItems(v)) h ^= pyHash(x, depth + 1);
    return h;
  }
  if (v instanceof PyDatetime) {
    return hashString(datetimeIso(v, 'T'));
  }
  if (v instanceof PyDate) return hashString(dateIso(v));
  if (v instanceof PyRange) return hashTupleOf([hashInt(v.length), hashInt(v.start), hashInt(v.step)]);
  if (v instanceof PyType) return hashString('type:' + v.name);
  if (v instanceof PyFunc) return hashString('func:' + v.name);
  return hashString('obj:' + v.tname);
}

// ---------------------------------------------------------------------------------------------
// dict storage

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Canonical text for a composite hashable (tuple…) so equal keys share one Map entry. */
function compositeText(v: PyVal, depth: number): string {
  switch (typeof v) {
    case 'string':
      return `s${v.length}:${v}`;
    case 'bigint':
      return `i${v.toString(16)}`;
    case 'boolean':
      return v ? 'i1' : 'i0';
    case 'number':
      if (Number.isInteger(v)) return `i${BigInt(v).toString(16)}`;
      return `f${v}`;
  }
  if (v === null) return 'N';
  if (depth > MAX_NESTING) throw recursionError(' while calling a Python object');
  if (v instanceof PyTuple) return '(' + v.items.map((x) => compositeText(x, depth + 1)).join(',') + ')';
  if (v instanceof PySet) {
    if (!v.frozen) throw unhashable(v);
    return '{' + setItems(v).map((x) => compositeText(x, depth + 1)).sort().join(',') + '}';
  }
  if (v instanceof PyDatetime) return 'D' + datetimeIso(v, 'T');
  if (v instanceof PyDate) return 'd' + dateIso(v);
  if (v instanceof PyRange) return `r${v.start},${v.stop},${v.step}`;
  if (v instanceof PyEllipsis) return 'E';
  if (v instanceof PyBytes) return `b${v.s.length}:${v.s}`;
  if (v instanceof PyComplex) return v.im === 0 ? compositeText(v.re, depth) : `c${v.re},${v.im}`;
  if (v instanceof PyList || v instanceof PyDict || v instanceof PyDictView || v instanceof PySlice) throw unhashable(v);
  if (v instanceof PyType) return `T${v.module ?? ''}.${v.name}`;
  if (v instanceof PyFunc && v.self === undefined) return `F${v.name}`;
  throw new PyException('NotSupportedError', `using a ${typeName(v)} inside a tuple key is not supported by this trainer`);
}

function dictKey(d: PyDict, k: PyVal): unknown {
  switch (typeof k) {
    case 'string':
      return k;
    case 'bigint':
      return k >= -MAX_SAFE && k <= MAX_SAFE ? Number(k) : k;
    case 'number':
      if (Number.isInteger(k) && Math.abs(k) > Number.MAX_SAFE_INTEGER) return BigInt(k);
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  if (k === null) return null;
  if (k instanceof PyComplex && k.im === 0) return dictKey(d, k.re);
  if (k instanceof PyList || k instanceof PyDict || k instanceof PyDictView || k instanceof PySlice) throw unhashable(k);
  if (k instanceof PySet && !k.frozen) throw unhashable(k);
  if (k instanceof PyTuple || k instanceof PySet || k instanceof PyDatetime || k instanceof PyDate || k instanceof PyRange || k instanceof PyBytes || k instanceof PyComplex) {
    const text = compositeText(k, 0);
    if (!d.intern) d.intern = new Map();
    let token = d.intern.get(text);
    if (!token) {
      token = {};
      d.intern.set(text, token);
    }
    return token;
  }
  return k; // identity-hashed objects
}

export function dictLookup(d: PyDict, k: PyVal): { k: PyVal; v: PyVal } | undefined {
  if (typeof k === 'string') return d.map.get(k);
  if ((k instanceof PyTuple || k instanceof PySet || k instanceof PyBytes || (k instanceof PyComplex && k.im !== 0)) && !d.intern) {
    dictKey(d, k); // still validates hashability
    return undefined;
  }
  return d.map.get(dictKey(d, k));
}

export function dictGet(d: PyDict, k: PyVal): PyVal | undefined {
  const e = dictLookup(d, k);
  return e === undefined ? undefined : e.v;
}

export function dictSet(d: PyDict, k: PyVal, v: PyVal): void {
  const key = typeof k === 'string' ? k : dictKey(d, k);
  const e = d.map.get(key);
  if (e) e.v = v;
  else d.map.set(key, { k, v });
}

export function dictDelete(d: PyDict, k: PyVal): boolean {
  const key = typeof k === 'string' ? k : dictKey(d, k);
  return d.map.delete(key);
}

export function dictViewItems(v: PyDictView): PyVal[] {
  const out: PyVal[] = [];
  for (const e of v.dict.map.values()) {
    out.push(v.kind === 'keys' ? e.k : v.kind === 'values' ? e.v : new PyTuple([e.k, e.v]));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// set storage: CPython's table algorithm, so iteration order matches for ints and tuples.
// (CPython randomises str hashes per process, so any stable order is as good as theirs.)

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

function setInsertClean(table: (SetEntry | null)[], mask: number, entry: SetEntry): void {
  let perturb = toUnsigned64(entry.hash);
  let i = Number(perturb & BigInt(mask));
  for (;;) {
    if (table[i] === null) {
      table[i] = entry;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (table[i + j] === null) {
          table[i + j] = entry;
          return;
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
  }
}

function setResize(s: PySet, minused: number): void {
  let newsize = 8;
  while (newsize <= minused) newsize <<= 1;
  const old = s.table;
  const table = new Array<SetEntry | null>(newsize).fill(null);
  s.table = table;
  s.mask = newsize - 1;
  s.fill = s.used;
  for (const e of old) if (e !== null && e !== DUMMY) setInsertClean(table, s.mask, e);
}

/** set_add_entry; returns false when the key was already present. */
function setAddEntry(s: PySet, key: PyVal, hash: bigint): boolean {
  for (;;) {
    const mask = s.mask;
    let perturb = toUnsigned64(hash);
    let i = Number(perturb & BigInt(mask));
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let idx = i;
      do {
        const entry = s.table[idx] as SetEntry | null;
        if (entry === null) {
          if (freeslot >= 0) {
            s.table[freeslot] = { key, hash };
            s.used++;
            return true;
          }
          s.table[idx] = { key, hash };
          s.fill++;
          s.used++;
          if (s.fill * 5 >= mask * 3) setResize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
          return true;
        }
        if (entry === DUMMY) freeslot = idx;
        else if (entry.hash === hash && (entry.key === key || pyEq(entry.key, key))) return false;
        idx++;
      } while (probes-- > 0);
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }
}

function setFindIndex(s: PySet, key: PyVal, hash: bigint): number {
  const mask = s.mask;
  let perturb = toUnsigned64(hash);
  let i = Number(perturb & BigInt(mask));
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let idx = i;
    do {
      const entry = s.table[idx] as SetEntry | null;
      if (entry === null) return -1;
      if (entry !== DUMMY && entry.hash === hash && (entry.key === key || pyEq(entry.key, key))) return idx;
      idx++;
    } while (probes-- > 0);
    perturb >>= PERTURB_SHIFT;
    i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
  }
}

export function setAdd(s: PySet, key: PyVal): boolean {
  return setAddEntry(s, key, pyHash(key));
}

export function setHas(s: PySet, key: PyVal): boolean {
  if (s.used === 0) {
    pyHash(key);
    return false;
  }
  return setFindIndex(s, key, pyHash(key)) >= 0;
}

export function setDiscard(s: PySet, key: PyVal): boolean {
  const idx = setFindIndex(s, key, pyHash(key));
  if (idx < 0) return false;
  s.table[idx] = DUMMY;
  s.used--;
  return true;
}

export function setItems(s: PySet): PyVal[] {
  const out: PyVal[] = [];
  for (const e of s.table) if (e !== null && e !== DUMMY) out.push(e.key);
  return out;
}

function setEntries(s: PySet): SetEntry[] {
  const out: SetEntry[] = [];
  for (const e of s.table) if (e !== null && e !== DUMMY) out.push(e);
  return out;
}

export function setClear(s: PySet): void {
  s.table = new Array<SetEntry | null>(8).fill(null);
  s.mask = 7;
  s.fill = 0;
  s.used = 0;
}

/** set_merge: CPython's fast path copies an equal-sized table verbatim. */
export function setMerge(s: PySet, other: PySet): void {
  if (other === s || other.used === 0) return;
  if ((s.fill + other.used) * 5 >= s.mask * 3) setResize(s, (s.used + other.used) * 2);
  if (s.fill === 0 && s.mask === other.mask && other.fill === other.used) {
    s.table = other.table.slice();
    s.fill = other.fill;
    s.used = other.used;
    return;
  }
  if (s.fill === 0) {
    s.fill = other.used;
    s.used = other.used;
    for (const e of other.table) if (e !== null && e !== DUMMY) setInsertClean(s.table, s.mask, e);
    return;
  }
  for (const e of setEntries(other)) setAddEntry(s, e.key, e.hash);
}

export function setFromItems(items: PyVal[], frozen = false): PySet {
  const s = new PySet(frozen);
  for (const x of items) setAdd(s, x);
  return s;
}

/** set(iterable) / set.update: sets merge, dicts add keys, anything else item by item. */
export function setUpdateFrom(s: PySet, src: PyVal, items: () => PyVal[]): void {
  if (src instanceof PySet) {
    setMerge(s, src);
    return;
  }
  if (src instanceof PyDict) {
    const n = src.map.size;
    if ((s.fill + n) * 5 >= s.mask * 3) setResize(s, (s.used + n) * 2);
    for (const e of src.map.values()) setAdd(s, e.k);
    return;
  }
  for (const x of items()) setAdd(s, x);
}

export function setCopy(src: PySet, frozen: boolean): PySet {
  const s = new PySet(frozen);
  setMerge(s, src);
  return s;
}

export function setUnion(a: PySet, b: PySet, frozen: boolean): PySet {
  const r = setCopy(a, frozen);
  setMerge(r, b);
  return r;
}

export function setIntersection(a: PySet, b: PySet, frozen: boolean): PySet {
  let small = a;
  let big = b;
  if (a.used > b.used) {
    small = b;
    big = a;
  }
  const r = new PySet(frozen);
  for (const e of setEntries(small)) {
    if (setFindIndex(big, e.key, e.hash) >= 0) setAddEntry(r, e.key, e.hash);
  }
  return r;
}

export function setDifference(a: PySet, b: PySet, frozen: boolean): PySet {
  if (a.used >> 2 > b.used) {
    const r = setCopy(a, frozen);
    for (const e of setEntries(b)) {
      const idx = setFindIndex(r, e.key, e.hash);
      if (idx >= 0) {
        r.table[idx] = DUMMY;
        r.used--;
      }
    }
    return r;
  }
  const r = new PySet(frozen);
  for (const e of setEntries(a)) if (setFindIndex(b, e.key, e.hash) < 0) setAddEntry(r, e.key, e.hash);
  return r;
}

export function setSymmetricDifference(a: PySet, b: PySet, frozen: boolean): PySet {
  const r = setCopy(b, frozen);
  for (const e of setEntries(a)) {
    const idx = setFindIndex(r, e.key, e.hash);
    if (idx >= 0) {
      r.table[idx] = DUMMY;
      r.used--;
    } else setAddEntry(r, e.key, e.hash);
  }
  return r;
}

// ---------------------------------------------------------------------------------------------
// iteration and len

export type NextFn = () => PyVal | undefined;

export function notIterable(v: PyVal): PyException {
  return typeError(`'${typeName(v)}' object is not iterable`);
}

/** iter(v) as a JS closure; undefined from the closure means StopIteration. */
export function iterate(v: PyVal): NextFn {
  if (typeof v === 'string') {
    const chars = Array.from(v);
    let i = 0;
    return () => (i < chars.length ? (chars[i++] as string) : undefined);
  }
  if (v instanceof PyList) {
    let i = 0;
    const items = v;
    return () => (i < items.items.length ? (items.items[i++] as PyVal) : undefined);
  }
  if (v instanceof PyTuple) {
    let i = 0;
    const items = v.items;
    return () => (i < items.length ? (items[i++] as PyVal) : undefined);
  }
  if (v instanceof PyDict || v instanceof PyDictView) {
    const d = v instanceof PyDict ? v : v.dict;
    const kind = v instanceof PyDict ? 'keys' : v.kind;
    const size = d.map.size;
    const it = d.map.values();
    return () => {
      if (d.map.size !== size) throw new PyException('RuntimeError', 'dictionary changed size during iteration');
      const r = it.next();
      if (r.done) return undefined;
      const e = r.value;
      return kind === 'keys' ? e.k : kind === 'values' ? e.v : new PyTuple([e.k, e.v]);
    };
  }
  if (v instanceof PySet) {
    const s = v;
    const used = s.used;
    let i = 0;
    return () => {
      if (s.used !== used) throw new PyException('RuntimeError', 'Set changed size during iteration');
      while (i <= s.mask) {
        const e = s.table[i++];
        if (e && e !== DUMMY) return e.key;
      }
      return undefined;
    };
  }
  if (v instanceof PyRange) {
    let cur = v.start;
    const { stop, step } = v;
    return () => {
      if (step > 0n ? cur >= stop : cur <= stop) return undefined;
      const r = cur;
      cur += step;
      return r;
    };
  }
  if (v instanceof PyBytes) {
    const s = v.s;
    let i = 0;
    return () => (i < s.length ? BigInt(s.charCodeAt(i++)) : undefined);
  }
  if (v instanceof PyIter) return v.next;
  throw notIterable(v);
}

export function pyLen(v: PyVal): number {
  if (typeof v === 'string') return cpLength(v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyBytes) return v.s.length;
  if (v instanceof PyDict) return v.map.size;
  if (v instanceof PySet) return v.used;
  if (v instanceof PyDictView) return v.dict.map.size;
  if (v instanceof PyRange) {
    const n = v.length;
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new PyException('OverflowError', 'Python int too large to convert to C ssize_t');
    return Number(n);
  }
  throw typeError(`object of type '${typeName(v)}' has no len()`);
}
