// Python str semantics over JS strings. Python indexes by code point, JS by UTF-16 unit, so
// anything positional checks for surrogates first (the common all-BMP case stays fast).

export function hasSurrogates(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** The string as an array of code points (as one-character strings) when it needs one. */
export function codePoints(s: string): string[] | null {
  return hasSurrogates(s) ? Array.from(s) : null;
}

export function cpLength(s: string): number {
  const cps = codePoints(s);
  return cps ? cps.length : s.length;
}

/** Code point order, as Python compares strings. */
export function compareStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // A surrogate stands for a code point above every BMP character.
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) {
        const cx = a.codePointAt(i) ?? x;
        const cy = b.codePointAt(i) ?? y;
        return cx < cy ? -1 : 1;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

// str.isspace(): bidirectional WS/B/S or category Zs.
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Py_UNICODE_ISPRINTABLE for one code point given as a string. */
export function isPrintableChar(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x7f) return c >= 0x20;
  if (c < 0xa1) return false;
  return !NON_PRINTABLE.test(ch);
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** repr() of a str, choosing quotes like CPython. */
export function strRepr(s: string, asciiOnly = false): string {
  let hasSingle = false;
  let hasDouble = false;
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
    else if (c < 0x20 || c >= 0x7f || c === 92) plain = false;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  if (plain && !(hasSingle && hasDouble)) return quote + s + quote;
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === quote || c === 92) out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f) out += ch;
    else if (!asciiOnly && isPrintableChar(ch)) out += ch;
    else if (c <= 0xff) out += '\\x' + hex(c, 2);
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out + quote;
}

/** ascii(): repr with every non-ASCII character escaped. */
export const asciiRepr = (s: string): string => strRepr(s, true);

// ---------------------------------------------------------------------------------------------
// case handling

/** Characters whose title case differs from their upper case (from CPython 3.11's tables). */
const TITLE_SPECIAL = new Map<number, string>([
  [0xdf, 'Ss'], [0x1c4, '\u01c5'], [0x1c5, '\u01c5'], [0x1c6, '\u01c5'], [0x1c7, '\u01c8'], [0x1c8, '\u01c8'],
  [0x1c9, '\u01c8'], [0x1ca, '\u01cb'], [0x1cb, '\u01cb'], [0x1cc, '\u01cb'], [0x1f1, '\u01f2'],
  [0x1f2, '\u01f2'], [0x1f3, '\u01f2'], [0x587, '\u0535\u0582'], [0x10d0, '\u10d0'], [0x10d1, '\u10d1'],
  [0x10d2, '\u10d2'], [0x10d3, '\u10d3'], [0x10d4, '\u10d4'], [0x10d5, '\u10d5'], [0x10d6, '\u10d6'],
  [0x10d7, '\u10d7'], [0x10d8, '\u10d8'], [0x10d9, '\u10d9'], [0x10da, '\u10da'], [0x10db, '\u10db'],
  [0x10dc, '\u10dc'], [0x10dd, '\u10dd'], [0x10de, '\u10de'], [0x10df, '\u10df'], [0x10e0, '\u10e0'],
  [0x10e1, '\u10e1'], [0x10e2, '\u10e2'], [0x10e3, '\u10e3'], [0x10e4, '\u10e4'], [0x10e5, '\u10e5'],
  [0x10e6, '\u10e6'], [0x10e7, '\u10e7'], [0x10e8, '\u10e8'], [0x10e9, '\u10e9'], [0x10ea, '\u10ea'],
  [0x10eb, '\u10eb'], [0x10ec, '\u10ec'], [0x10ed, '\u10ed'], [0x10ee, '\u10ee'], [0x10ef, '\u10ef'],
  [0x10f0, '\u10f0'], [0x10f1, '\u10f1'], [0x10f2, '\u10f2'], [0x10f3, '\u10f3'], [0x10f4, '\u10f4'],
  [0x10f5, '\u10f5'], [0x10f6, '\u10f6'], [0x10f7, '\u10f7'], [0x10f8, '\u10f8'], [0x10f9, '\u10f9'],
  [0x10fa, '\u10fa'], [0x10fd, '\u10fd'], [0x10fe, '\u10fe'], [0x10ff, '\u10ff'], [0x1f80, '\u1f88'],
  [0x1f81, '\u1f89'], [0x1f82, '\u1f8a'], [0x1f83, '\u1f8b'], [0x1f84, '\u1f8c'], [0x1f85, '\u1f8d'],
  [0x1f86, '\u1f8e'], [0x1f87, '\u1f8f'], [0x1f88, '\u1f88'], [0x1f89, '\u1f89'], [0x1f8a, '\u1f8a'],
  [0x1f8b, '\u1f8b'], [0x1f8c, '\u1f8c'], [0x1f8d, '\u1f8d'], [0x1f8e, '\u1f8e'], [0x1f8f, '\u1f8f'],
  [0x1f90, '\u1f98'], [0x1f91, '\u1f99'], [0x1f92, '\u1f9a'], [0x1f93, '\u1f9b'], [0x1f94, '\u1f9c'],
  [0x1f95, '\u1f9d'], [0x1f96, '\u1f9e'], [0x1f97, '\u1f9f'], [0x1f98, '\u1f98'], [0x1f99, '\u1f99'],
  [0x1f9a, '\u1f9a'], [0x1f9b, '\u1f9b'], [0x1f9c, '\u1f9c'], [0x1f9d, '\u1f9d'], [0x1f9e, '\u1f9e'],
  [0x1f9f, '\u1f9f'], [0x1fa0, '\u1fa8'], [0x1fa1, '\u1fa9'], [0x1fa2, '\u1faa'], [0x1fa3, '\u1fab'],
  [0x1fa4, '\u1fac'], [0x1fa5, '\u1fad'], [0x1fa6, '\u1fae'], [0x1fa7, '\u1faf'], [0x1fa8, '\u1fa8'],
  [0x1fa9, '\u1fa9'], [0x1faa, '\u1faa'], [0x1fab, '\u1fab'], [0x1fac, '\u1fac'], [0x1fad, '\u1fad'],
  [0x1fae, '\u1fae'], [0x1faf, '\u1faf'], [0x1fb2, '\u1fba\u0345'], [0x1fb3, '\u1fbc'],
  [0x1fb4, '\u0386\u0345'], [0x1fb7, '\u0391\u0342\u0345'], [0x1fbc, '\u1fbc'], [0x1fc2, '\u1fca\u0345'],
  [0x1fc3, '\u1fcc'], [0x1fc4, '\u0389\u0345'], [0x1fc7, '\u0397\u0342\u0345'], [0x1fcc, '\u1fcc'],
  [0x1ff2, '\u1ffa\u0345'], [0x1ff3, '\u1ffc'], [0x1ff4, '\u038f\u0345'], [0x1ff7, '\u03a9\u0342\u0345'],
  [0x1ffc, '\u1ffc'], [0xfb00, 'Ff'], [0xfb01, 'Fi'], [0xfb02, 'Fl'], [0xfb03, 'Ffi'], [0xfb04, 'Ffl'],
  [0xfb05, 'St'], [0xfb06, 'St'], [0xfb13, '\u0544\u0576'], [0xfb14, '\u0544\u0565'], [0xfb15, '\u0544\u056b'],
  [0xfb16, '\u054e\u0576'], [0xfb17, '\u0544\u056d'],
]);

const CASED = /\p{Cased}/u;
const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const TITLE = /\p{Lt}/u;

export function toTitleChar(ch: string): string {
  return TITLE_SPECIAL.get(ch.codePointAt(0) as number) ?? ch.toUpperCase();
}

function isAsciiOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** lower_ucs4: one character lowered, with the capital sigma's final form decided by its context. */
function lowerAt(cps: string[], i: number): string {
  const ch = cps[i] as string;
  if (ch !== '\u03a3') return ch.toLowerCase();
  // handle_capital_sigma: final when a cased letter comes before and none after (case-ignorables skipped)
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(cps[j] as string)) j--;
  const after = (): boolean => {
    let k = i + 1;
    while (k < cps.length && CASE_IGNORABLE.test(cps[k] as string)) k++;
    return k < cps.length && CASED.test(cps[k] as string);
  };
  return j >= 0 && CASED.test(cps[j] as string) && !after() ? '\u03c2' : '\u03c3';
}

const CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;

export function strTitle(s: string): string {
  let out = '';
  let prevCased = false;
  const ascii = isAsciiOnly(s);
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i] as string;
    out += prevCased ? lowerAt(cps, i) : toTitleChar(ch);
    prevCased = ascii ? /[A-Za-z]/.test(ch) : CASED.test(ch);
  }
  return out;
}

export function strCapitalize(s: string): string {
  if (s === '') return s;
  const cps = Array.from(s);
  let out = toTitleChar(cps[0] as string);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function strSwapcase(s: string): string {
  let out = '';
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i] as string;
    if (UPPER.test(ch)) out += lowerAt(cps, i);
    else if (LOWER.test(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (LOWER.test(ch) || TITLE.test(ch)) return false;
    if (!cased && UPPER.test(ch)) cased = true;
  }
  return cased;
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) return false;
    if (!cased && LOWER.test(ch)) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (LOWER.test(ch)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

const DECIMAL = /^\p{Nd}+$/u;
// Characters with Numeric_Type=Digit that are not decimal (superscripts, circled digits…).
const DIGIT_EXTRA = /[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}\u{1f100}-\u{1f10a}]/u;
const NUMERIC = /\p{N}|[\u3007\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u516b\u516d\u5341\u5343\u56db\u767e\u842c]/u;
const ALPHA = /^\p{L}+$/u;

export const strIsDecimal = (s: string): boolean => s !== '' && DECIMAL.test(s);

export function strIsDigit(s: string): boolean {
  if (s === '') return false;
  for (const ch of s) if (!DECIMAL.test(ch) && !DIGIT_EXTRA.test(ch)) return false;
  return true;
}

export function strIsNumeric(s: string): boolean {
  if (s === '') return false;
  for (const ch of s) if (!NUMERIC.test(ch)) return false;
  return true;
}

export const strIsAlpha = (s: string): boolean => s !== '' && ALPHA.test(s);

export function strIsAlnum(s: string): boolean {
  if (s === '') return false;
  for (const ch of s) {
    if (!ALPHA.test(ch) && !DECIMAL.test(ch) && !DIGIT_EXTRA.test(ch) && !NUMERIC.test(ch)) return false;
  }
  return true;
}

export function strIsSpace(s: string): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /\p{XID_Continue}/u;

export function isIdentifier(s: string): boolean {
  let first = true;
  for (const ch of s) {
    if (first ? !ID_START.test(ch) : !ID_CONTINUE.test(ch)) return false;
    first = false;
  }
  return !first;
}

/** Index (in code points) of the first character that breaks identifier rules, or -1. */
export function firstInvalidIdentChar(cps: string[]): number {
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i] ?? '';
    if (i === 0 ? !ID_START.test(ch) : !ID_CONTINUE.test(ch)) return i;
  }
  return -1;
}

/** Value of a Unicode decimal digit (category Nd), or -1. Digits come in aligned runs of ten. */
export function decimalValue(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 48 && c <= 57) return c - 48;
  if (c < 128 || !DECIMAL.test(ch)) return -1;
  let start = c;
  while (start > c - 60 && DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (c - start) % 10;
}

export function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (chars === null) {
    if (left) while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  const set = new Set(Array.from(chars));
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  if (left) while (a < b && set.has(cps[a] ?? '')) a++;
  if (right) while (b > a && set.has(cps[b - 1] ?? '')) b--;
  return cps.slice(a, b).join('');
}

/** str.split() without a separator. */
export function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    // maxsplit reached: the rest as it is, trailing whitespace included (as CPython)
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceCode(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

export function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isSpaceCode(s.charCodeAt(j - 1))) j--;
    if (j <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}

/** str.split(sep, maxsplit) with a separator (bytes too: the rules do not depend on the characters). */
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let pos = 0;
  while (out.length < maxsplit) {
    const i = s.indexOf(sep, pos);
    if (i < 0) break;
    out.push(s.slice(pos, i));
    pos = i + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

/** str.rsplit(sep, maxsplit) with a separator (bytes too). */
export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  while (out.length < maxsplit) {
    const i = s.lastIndexOf(sep, end - sep.length);
    if (i < 0 || end - sep.length < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}
