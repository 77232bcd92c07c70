// CPython's "Did you mean" for a NameError (Lib/traceback.py, _compute_suggestion_error and
// _levenshtein_distance, 3.10-3.12): the same costs and limits, so the trainer suggests exactly the
// name Python's own traceback would.

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** Length in code points, as Python's len() counts a str (no array built). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The text as indexable code points: the string itself when every code unit is one. */
function chars(s: string): string | string[] {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return [...s];
  }
  return s;
}

export function levenshtein(a0: string, b0: string, maxCost: number): number {
  if (a0 === b0) return 0;
  let a = chars(a0);
  let b = chars(b0);
  if (typeof a === 'string' && typeof b === 'string') return unitDistance(a, b, maxCost);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let post = 0;
  while (post < a.length - pre && post < b.length - pre && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(pre, a.length - post);
  b = b.slice(pre, b.length - post);
  if (a.length === 0 || b.length === 0) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bchar = b[bi] as string;
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const achar = a[i] as string;
      const substitute = distance + (achar === bchar ? 0 : achar.toLowerCase() === bchar.toLowerCase() ? CASE_COST : MOVE_COST);
      distance = row[i] as number;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** One row of the distance table, reused (the shorter text has at most MAX_STRING_SIZE characters). */
const ROW: number[] = new Array<number>(MAX_STRING_SIZE).fill(0);

/**
 * levenshtein for two texts without surrogates (every code unit a character, as for nearly every
 * name): the same steps on character codes, with no array or string built.
 */
function unitDistance(a: string, b: string, maxCost: number): number {
  let pre = 0;
  while (pre < a.length && pre < b.length && a.charCodeAt(pre) === b.charCodeAt(pre)) pre++;
  let post = 0;
  while (post < a.length - pre && post < b.length - pre && a.charCodeAt(a.length - 1 - post) === b.charCodeAt(b.length - 1 - post)) post++;
  // The texts left once the common start and end are stripped: s[from, from + len).
  let s = a;
  let sFrom = pre;
  let sLen = a.length - pre - post;
  let t = b;
  let tFrom = pre;
  let tLen = b.length - pre - post;
  if (sLen === 0 || tLen === 0) return MOVE_COST * (sLen + tLen);
  if (sLen > MAX_STRING_SIZE || tLen > MAX_STRING_SIZE) return maxCost + 1;
  if (tLen < sLen) {
    s = b;
    t = a;
    sFrom = tFrom;
    tFrom = pre;
    const n = sLen;
    sLen = tLen;
    tLen = n;
  }
  if ((tLen - sLen) * MOVE_COST > maxCost) return maxCost + 1;
  for (let i = 0; i < sLen; i++) ROW[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < tLen; bi++) {
    const bc = t.charCodeAt(tFrom + bi);
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < sLen; i++) {
      const ac = s.charCodeAt(sFrom + i);
      const substitute = distance + (ac === bc ? 0 : sameLowerCase(ac, bc) ? CASE_COST : MOVE_COST);
      distance = ROW[i] as number;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      ROW[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** `.toLowerCase()` makes the two (different) characters equal; ASCII answered from the codes. */
function sameLowerCase(x: number, y: number): boolean {
  if (x < 128 && y < 128) {
    const lx = x | 32;
    return lx === (y | 32) && lx >= 97 && lx <= 122;
  }
  return String.fromCharCode(x).toLowerCase() === String.fromCharCode(y).toLowerCase();
}

/** The name CPython's traceback would suggest for `wrong` among `candidates` (in its order), or null. */
export function suggestName(wrong: string, candidates: readonly string[]): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS) return null;
  const wrongLen = codePoints(wrong);
  if (wrongLen > MAX_STRING_SIZE) return null;
  let best = wrongLen;
  let suggestion: string | null = null;
  for (const name of candidates) {
    if (name === wrong) continue;
    const nameLen = codePoints(name);
    let maxDistance = Math.floor(((nameLen + wrongLen + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    // Stripping a common prefix and suffix keeps the difference in length, and levenshtein()
    // returns more than maxDistance whenever that difference alone costs more: skip the call.
    if (Math.abs(nameLen - wrongLen) * MOVE_COST > maxDistance) continue;
    const d = levenshtein(wrong, name, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = name;
      best = d;
    }
  }
  return suggestion;
}
