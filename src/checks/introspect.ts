// What a failed `assert` compared, shown the way pytest does under the notebook's own message.
// Everything here is derived from the assert's syntax tree and the operand values the interpreter
// kept while evaluating it (PyError.assertion): no line knows a task, so it explains any check.
import type { Expr } from './python/ast';
import { pyRepr, setItems } from './python/objects';
import { PyDict, PyList, PySet, PyTuple, type PyVal, typeName } from './python/values';
import { sameCronSchedule } from './cron-meaning';

/** The assert's source text while one introspection runs (this module keeps no other state). */
let quoteStyle = '';

/** Longer values are described by type and size: a line must stay readable at 80 columns. */
const MAX_SHOWN = 100;
/** At most this many items are listed per diff line. */
const MAX_ITEMS = 4;

/**
 * Lines that show what a failed assert compared. `source` is the assert's text in the cell: used
 * only to quote string constants the way the cell writes them.
 */
export function introspectAssert(test: Expr, values: readonly PyVal[], source = ''): string[] {
  quoteStyle = source;
  try {
    if (test.k === 'cmp' && test.ops.length === 1 && values.length === 2) {
      return compared(test.left, test.ops[0] as string, test.comparators[0] as Expr, values[0] as PyVal, values[1] as PyVal);
    }
    if (values.length === 1 && test.k !== 'unary' && test.k !== 'bool') {
      const src = unparse(test);
      const v = values[0] as PyVal;
      return src === null ? [] : [`${src} is ${shown(v)}, which Python treats as false`];
    }
  } catch {
    // A value that cannot be shown (too deep, too big) adds no line; the verdict is unaffected.
  }
  return [];
}

function compared(leftExpr: Expr, op: string, rightExpr: Expr, left: PyVal, right: PyVal): string[] {
  const leftSrc = unparse(leftExpr);
  const rightSrc = unparse(rightExpr);
  const lines: string[] = [];
  if (op === 'in' || op === 'not in') {
    const where = rightSrc ?? 'the value';
    const container = typeof right === 'string' && right.length > MAX_SHOWN ? `${where} (a str of ${right.length} characters)` : `${where}, which is ${shown(right)}`;
    const what = literal(leftExpr) ? pyReprSafe(left) : `${leftSrc ?? 'the value'} (${shown(left)})`;
    lines.push(op === 'in' ? `the check looks for ${what} in ${container}: it is not there` : `the check wants ${what} not to be in ${container}`);
    return lines;
  }
  const wants = WANTS[op] ?? `${op}`;
  if (!literal(leftExpr) && literal(rightExpr)) {
    lines.push(`${leftSrc ?? 'the value'} is ${shown(left)}; the check ${wants} ${shown(right)}`);
  } else if (literal(leftExpr) && !literal(rightExpr)) {
    lines.push(`${rightSrc ?? 'the value'} is ${shown(right)}; the check ${wants} ${shown(left)}`);
  } else {
    lines.push(`${leftSrc ?? 'the left side'} is ${shown(left)}`);
    lines.push(`${rightSrc ?? 'the right side'} is ${shown(right)}`);
  }
  if (op === '==' || op === 'is') lines.push(...difference(left, right));
  return lines;
}

const WANTS: Record<string, string> = {
  '==': 'compares it with',
  '!=': 'wants it to differ from',
  '<': 'wants it less than',
  '<=': 'wants it at most',
  '>': 'wants it greater than',
  '>=': 'wants it at least',
  is: 'wants the very same object as',
  'is not': 'wants it not to be',
};

/** Why two values of the same kind are not equal, in a few words (pytest's short diff). */
function difference(a: PyVal, b: PyVal): string[] {
  if (typeof a === 'string' && typeof b === 'string') return stringDifference(a, b);
  if (typeof a === 'string' && (typeof b === 'number' || typeof b === 'bigint') && a.trim() === pyReprSafe(b)) {
    return [`${pyReprSafe(a)} is text (it has quotes); ${pyReprSafe(b)} is a number: a number is typed without quotes`];
  }
  const seqA = sequence(a);
  const seqB = sequence(b);
  if (seqA && seqB && seqA.kind === seqB.kind) return itemsDifference(seqA.items, seqB.items, seqA.ordered);
  if (a instanceof PyDict && b instanceof PyDict) return dictDifference(a, b);
  if (a === null && (seqB || b instanceof PyDict)) return [`None is a value, but not a ${typeName(b)}`];
  return [];
}

function stringDifference(a: string, b: string): string[] {
  if (a.toLowerCase() === b.toLowerCase()) return [`only the case differs: ${pyReprSafe(a)} vs ${pyReprSafe(b)} (Python compares text exactly)`];
  if (a.trim() === b.trim()) return ['only spaces at the start or end differ'];
  const quoted = /^(['"])(.*)\1$/s.exec(a.trim());
  if (quoted && quoted[2] === b) return [`the text holds the quote marks you typed: the cell's quotes already make it a string, so type ${b} only`];
  if (sameCronSchedule(a, b)) {
    return [`${pyReprSafe(a)} is the same schedule as ${pyReprSafe(b)}; the notebook compares the exact text, so it still fails`];
  }
  return [];
}

interface Seq {
  kind: string;
  items: PyVal[];
  ordered: boolean;
}

function sequence(v: PyVal): Seq | null {
  if (v instanceof PyList) return { kind: 'list', items: v.items, ordered: true };
  if (v instanceof PyTuple) return { kind: 'tuple', items: v.items, ordered: true };
  if (v instanceof PySet) return { kind: 'set', items: setItems(v), ordered: false };
  return null;
}

function itemsDifference(a: PyVal[], b: PyVal[], ordered: boolean): string[] {
  const ra = a.map(pyReprSafe);
  const rb = b.map(pyReprSafe);
  const missing = multisetMinus(rb, ra);
  const extra = multisetMinus(ra, rb);
  const lines: string[] = [];
  // A pair that differs only in case is one mistake, not a missing and an extra item.
  const caseOnly: string[] = [];
  for (let i = extra.length - 1; i >= 0; i--) {
    const x = extra[i] as string;
    const j = missing.findIndex((m) => m.toLowerCase() === x.toLowerCase());
    if (j >= 0) {
      caseOnly.unshift(`${x} vs ${missing[j]}`);
      extra.splice(i, 1);
      missing.splice(j, 1);
    }
  }
  if (missing.length > 0) lines.push(`missing: ${list(missing)}`);
  if (extra.length > 0) lines.push(`extra: ${list(extra)}`);
  if (caseOnly.length > 0) lines.push(`case differs: ${list(caseOnly)}`);
  if (lines.length === 0 && ordered && ra.join('\u0000') !== rb.join('\u0000')) lines.push('same items in a different order');
  if (lines.length === 0 && ra.length === rb.length) return [];
  return lines;
}

function dictDifference(a: PyDict, b: PyDict): string[] {
  const ea = [...a.map.values()];
  const eb = [...b.map.values()];
  const keysA = ea.map((e) => pyReprSafe(e.k));
  const keysB = eb.map((e) => pyReprSafe(e.k));
  const lines: string[] = [];
  const missing = keysB.filter((k) => !keysA.includes(k));
  const extra = keysA.filter((k) => !keysB.includes(k));
  if (missing.length > 0) lines.push(`missing keys: ${list(missing)}`);
  if (extra.length > 0) lines.push(`extra keys: ${list(extra)}`);
  const changed: string[] = [];
  ea.forEach((e, i) => {
    const j = keysB.indexOf(keysA[i] as string);
    if (j >= 0 && pyReprSafe(e.v) !== pyReprSafe((eb[j] as { v: PyVal }).v)) {
      changed.push(`${keysA[i]}: ${pyReprSafe(e.v)} vs ${pyReprSafe((eb[j] as { v: PyVal }).v)}`);
    }
  });
  if (changed.length > 0) lines.push(`different values: ${list(changed)}`);
  return lines;
}

function multisetMinus(a: string[], b: string[]): string[] {
  const rest = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = rest.indexOf(x);
    if (i >= 0) rest.splice(i, 1);
    else out.push(x);
  }
  return out;
}

function list(items: string[]): string {
  const head = items.slice(0, MAX_ITEMS).join(', ');
  return items.length > MAX_ITEMS ? `${head} and ${items.length - MAX_ITEMS} more` : head;
}

/** `'3' (str)`, or the type and size when the repr is too long to read on one line. */
function shown(v: PyVal): string {
  const r = pyReprSafe(v);
  const t = typeName(v);
  if (r.length <= MAX_SHOWN) return `${r} (${t})`;
  const seq = sequence(v);
  if (typeof v === 'string') return `a str of ${v.length} characters`;
  if (seq) return `a ${t} of ${seq.items.length} items`;
  return `a ${t}`;
}

function pyReprSafe(v: PyVal): string {
  try {
    return pyRepr(v);
  } catch {
    return `<${typeName(v)}>`;
  }
}

/** A value written out in the check itself (3, "x", [], ["a", "b"]), as opposed to one it computes. */
function literal(e: Expr): boolean {
  switch (e.k) {
    case 'const':
      return true;
    case 'unary':
      return (e.op === '-' || e.op === '+') && e.operand.k === 'const';
    case 'list':
    case 'tuple':
    case 'set':
      return e.elts.every(literal);
    case 'dict':
      return e.keys.every((k) => k !== null && literal(k)) && e.values.every(literal);
    default:
      return false;
  }
}

/** A string constant quoted as the cell writes it, when the cell's text shows which quotes it used. */
function constText(v: PyVal): string {
  const r = pyReprSafe(v);
  if (typeof v === 'string' && r.startsWith("'") && !v.includes('"') && !v.includes('\\') && quoteStyle.includes(`"${v}"`)) {
    return `"${v}"`;
  }
  return r;
}

/** The source text of an operand, rebuilt from the tree (the tree keeps no columns); null if unusual. */
export function unparse(e: Expr): string | null {
  switch (e.k) {
    case 'name':
      return e.id;
    case 'const':
      return e.kind === undefined ? constText(e.value) : null;
    case 'attr': {
      const v = unparse(e.value);
      return v === null ? null : `${v}.${e.attr}`;
    }
    case 'sub': {
      const v = unparse(e.value);
      const i = unparse(e.index);
      return v === null || i === null ? null : `${v}[${i}]`;
    }
    case 'call': {
      const f = unparse(e.func);
      const args = e.args.map(unparse);
      if (f === null || e.keywords.length > 0 || args.some((a) => a === null)) return null;
      return `${f}(${args.join(', ')})`;
    }
    case 'list':
    case 'tuple': {
      const items = e.elts.map(unparse);
      if (items.some((a) => a === null)) return null;
      if (e.k === 'list') return `[${items.join(', ')}]`;
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    default:
      return null;
  }
}
