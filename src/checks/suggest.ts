// CPython's "Did you mean" for a NameError (Lib/traceback.py, _compute_suggestion_error and
// _levenshtein_distance, 3.10-3.12): the same costs and limits, so the trainer suggests exactly the
// name Python's own traceback would.

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** Each character's lower case, once per string rather than once per pair compared. */
function lowered(s: string | string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push((s[i] as string).toLowerCase());
  return out;
}

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
  // Python's _substitution_cost: 0 for the same character, CASE_COST when only .lower() makes
  // them equal, else MOVE_COST.
  const lowerA = lowered(a);
  const lowerB = lowered(b);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bchar = b[bi] as string;
    const blower = lowerB[bi] as string;
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const achar = a[i] as string;
      const cost = achar === bchar ? 0 : lowerA[i] === blower ? CASE_COST : MOVE_COST;
      const substitute = distance + cost;
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
