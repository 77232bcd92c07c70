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

const TITLE_SPECIAL: Record<string, string> = {
  '\u01c4': '\u01c5',
  '\u01c5': '\u01c5',
  '\u01c6': '\u01c5',
  '\u01c7': '\u01c8',
  '\u01c8': '\u01c8',
  '\u01c9': '\u01c8',
  '\u01ca': '\u01cb',
  '\u01cb': '\u01cb',
  '\u01cc': '\u01cb',
  '\u01f1': '\u01f2',
  '\u01f2': '\u01f2',
  '\u01f3': '\u01f2',
  '\u00df': 'Ss',
  '\ufb00': 'Ff',
  '\ufb01': 'Fi',
  '\ufb02': 'Fl',
  '\ufb03': 'Ffi',
  '\ufb04': 'Ffl',
  '\ufb05': 'St',
  '\ufb06': 'St',
};

const CASED = /\p{Cased}/u;
const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const TITLE = /\p{Lt}/u;

export function toTitleChar(ch: string): string {
  return TITLE_SPECIAL[ch] ?? ch.toUpperCase();
}

function isAsciiOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function strTitle(s: string): string {
  let out = '';
  let prevCased = false;
  const ascii = isAsciiOnly(s);
  for (const ch of s) {
    out += prevCased ? ch.toLowerCase() : toTitleChar(ch);
    prevCased = ascii ? /[A-Za-z]/.test(ch) : CASED.test(ch);
  }
  return out;
}

export function strCapitalize(s: string): string {
  if (s === '') return s;
  const first = String.fromCodePoint(s.codePointAt(0) ?? 0);
  return toTitleChar(first) + s.slice(first.length).toLowerCase();
}

export function strSwapcase(s: string): string {
  let out = '';
  for (const ch of s) {
    if (UPPER.test(ch)) out += ch.toLowerCase();
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
    if (maxsplit >= 0 && out.length >= maxsplit) {
      let j = n;
      while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
      out.push(s.slice(i, j));
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
      let i = 0;
      while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
      out.push(s.slice(i, j));
      break;
    }
    let i = j;
    while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}
