// levenshtein answers texts without surrogates from character codes (suggest.ts unitDistance).
// It must give the distance the straightforward version (kept below as it was, Python's
// _levenshtein_distance step by step) gives, for any two texts: cases, non-letters whose codes
// differ by 32, characters whose lower case is ASCII or longer, astral characters, long texts.
import { describe, expect, it } from 'vitest';
import { levenshtein, suggestName } from '../../src/checks/suggest';
import { rng } from './python/snippets';

const MOVE_COST = 2;
const CASE_COST = 1;

function chars(s: string): string | string[] {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return [...s];
  }
  return s;
}

function reference(a0: string, b0: string, maxCost: number): number {
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
  if (a.length > 40 || b.length > 40) return maxCost + 1;
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
      const x = a[i] as string;
      const cost = x === bchar ? 0 : x.toLowerCase() === bchar.toLowerCase() ? CASE_COST : MOVE_COST;
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

const ALPHABET = ['a', 'A', 'b', 'B', 'z', 'Z', '_', '1', '@', '`', '[', '{', '^', '~', 'ß', 'İ', 'ı', 'K', 'k', 'Σ', 'σ', 'ς', 'é', 'É', '😀', '𝐀', 'ǅ', 'ǆ'];

function text(r: () => number, max: number): string {
  let s = '';
  const n = Math.floor(r() * max);
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
  return s;
}

describe('levenshtein', () => {
  it('gives the straightforward distance for any two texts', () => {
    const r = rng(41);
    for (let n = 0; n < 20_000; n++) {
      const a = text(r, n % 50 === 0 ? 48 : 10);
      // Often a near copy: the same text with a letter's case changed or a letter dropped.
      const b = r() < 0.5 ? text(r, 10) : a.replace(/[a-zA-Z]/, (c) => (r() < 0.5 ? c.toUpperCase() : '')) + text(r, 2);
      const max = Math.floor(r() * 30);
      expect(levenshtein(a, b, max), JSON.stringify([a, b, max])).toBe(reference(a, b, max));
    }
  });

  it('still suggests as before', () => {
    expect(suggestName('lenn', ['len', 'lxnn2'])).toBe('len');
    expect(suggestName('Fals', ['False', 'float'])).toBe('False');
    expect(suggestName('num_task', ['__name__', 'num_tasks', 'first_task'])).toBe('num_tasks');
    expect(suggestName('xyz', ['abc'])).toBeNull();
  });
});
