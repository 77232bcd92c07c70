// bytes: repr, UTF-8/ASCII/Latin-1 codecs with CPython's error texts, the bytes() constructor.

import { PyException, notSupported, typeError, valueError } from './errors';
import { type Ctx, checkSize, iterate } from './objects';
import { PyBytes, PyList, PyTuple, type PyVal, asInt, typeName } from './values';

/** bytes_repr: single quotes unless the bytes hold ' and no ". */
export function bytesRepr(b: PyBytes): string {
  const s = b.s;
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === quote.charCodeAt(0) || c === 0x5c) out += '\\' + s[i];
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += s[i];
  }
  return out + quote;
}

function decodeError(codec: string, b: PyBytes, start: number, end: number, reason: string): PyException {
  const where =
    end - start === 1
      ? `byte 0x${b.s.charCodeAt(start).toString(16).padStart(2, '0')} in position ${start}`
      : `bytes in position ${start}-${end - 1}`;
  return new PyException('UnicodeDecodeError', `'${codec}' codec can't decode ${where}: ${reason}`);
}

/** CPython's UTF-8 decoder (strict): the same error ranges and reasons. */
function utf8Decode(b: PyBytes): string {
  const s = b.s;
  const n = s.length;
  let out = '';
  let i = 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = s.charCodeAt(k);
    return c >= lo && c <= hi;
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += s[i];
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else throw decodeError('utf-8', b, i, i + 1, 'invalid start byte');
    // each following byte that is present must continue the sequence
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) throw decodeError('utf-8', b, i, n, 'unexpected end of data');
      if (!(k === 1 ? cont(i + k, lo, hi) : cont(i + k))) throw decodeError('utf-8', b, i, i + k, 'invalid continuation byte');
    }
    let cp = need === 1 ? c & 0x1f : need === 2 ? c & 0x0f : c & 0x07;
    for (let k = 1; k <= need; k++) cp = (cp << 6) | (s.charCodeAt(i + k) & 0x3f);
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

const UTF8_NAMES = new Set(['utf-8', 'utf8', 'utf_8', 'u8', 'utf', 'cp65001']);
const ASCII_NAMES = new Set(['ascii', 'us-ascii', 'us_ascii', '646']);
const LATIN1_NAMES = new Set(['latin-1', 'latin1', 'latin_1', 'iso-8859-1', 'iso8859-1', 'iso_8859_1', 'l1', '8859', 'cp819', 'latin']);

/** Python's codec-name normalisation, reduced to the three codecs this trainer has. */
function codecOf(encoding: string): 'utf-8' | 'ascii' | 'latin-1' {
  const e = encoding.toLowerCase().replace(/ /g, '_');
  if (UTF8_NAMES.has(e) || UTF8_NAMES.has(e.replace(/_/g, '-'))) return 'utf-8';
  if (ASCII_NAMES.has(e) || ASCII_NAMES.has(e.replace(/_/g, '-'))) return 'ascii';
  if (LATIN1_NAMES.has(e) || LATIN1_NAMES.has(e.replace(/_/g, '-'))) return 'latin-1';
  throw notSupported(`the '${encoding}' codec`);
}

function checkErrors(errors: string): void {
  if (errors !== 'strict') throw notSupported(`errors='${errors}' in encode/decode`);
}

export function decodeBytes(b: PyBytes, encoding = 'utf-8', errors = 'strict'): string {
  const codec = codecOf(encoding);
  checkErrors(errors);
  if (codec === 'utf-8') return utf8Decode(b);
  if (codec === 'latin-1') return b.s;
  for (let i = 0; i < b.s.length; i++) {
    if (b.s.charCodeAt(i) >= 0x80) throw decodeError('ascii', b, i, i + 1, 'ordinal not in range(128)');
  }
  return b.s;
}

function encodeError(codec: string, s: string, startCu: number, endCu: number, reason: string): PyException {
  const start = Array.from(s.slice(0, startCu)).length;
  const chars = Array.from(s.slice(startCu, endCu));
  const end = start + chars.length;
  const where =
    end - start === 1
      ? `character '${charEscape(chars[0] as string)}' in position ${start}`
      : `characters in position ${start}-${end - 1}`;
  return new PyException('UnicodeEncodeError', `'${codec}' codec can't encode ${where}: ${reason}`);
}

/** How UnicodeEncodeError.__str__ shows the one character: \xNN, \uNNNN or \UNNNNNNNN. */
function charEscape(ch: string): string {
  const cp = ch.codePointAt(0) as number;
  if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

export function encodeStr(s: string, encoding = 'utf-8', errors = 'strict'): PyBytes {
  const codec = codecOf(encoding);
  checkErrors(errors);
  let out = '';
  if (codec === 'utf-8') {
    for (let i = 0; i < s.length; ) {
      const cp = s.codePointAt(i) as number;
      const w = cp > 0xffff ? 2 : 1;
      if (cp >= 0xd800 && cp <= 0xdfff) {
        // CPython reports the whole run of lone surrogates
        let j = i + 1;
        while (j < s.length) {
          const c2 = s.codePointAt(j) as number;
          if (!(c2 >= 0xd800 && c2 <= 0xdfff)) break;
          j++;
        }
        throw encodeError('utf-8', s, i, j, 'surrogates not allowed');
      }
      if (cp < 0x80) out += String.fromCharCode(cp);
      else if (cp < 0x800) out += String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
      else if (cp < 0x10000) out += String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      else out += String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      i += w;
    }
    return new PyBytes(out);
  }
  const limit = codec === 'ascii' ? 0x80 : 0x100;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= limit) {
      // the error covers the whole run of characters the codec cannot encode
      let j = i;
      while (j < s.length && s.charCodeAt(j) >= limit) j++;
      throw encodeError(codec, s, i, j, `ordinal not in range(${limit})`);
    }
    out += s[i];
  }
  return new PyBytes(out);
}

/** The value of one byte given as an int (bytes([..]), `in`). */
export function byteValue(v: PyVal, what: string): number {
  const n = asInt(v);
  if (n === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (n < 0n || n > 255n) throw valueError(`${what} must be in range(0, 256)`);
  return Number(n);
}

/** bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding[, errors]). */
export function bytesNew(ctx: Ctx, source: PyVal | undefined, encoding: PyVal | undefined, errors: PyVal | undefined): PyBytes {
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) throw typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return new PyBytes('');
  }
  if (encoding !== undefined && typeof encoding !== 'string') throw typeError(`bytes() argument 'encoding' must be str, not ${typeName(encoding)}`);
  if (errors !== undefined && typeof errors !== 'string') throw typeError(`bytes() argument 'errors' must be str, not ${typeName(errors)}`);
  if (typeof source === 'string') {
    if (encoding === undefined) throw typeError('string argument without an encoding');
    return encodeStr(source, encoding, errors ?? 'strict');
  }
  if (encoding !== undefined) throw typeError('encoding without a string argument');
  if (errors !== undefined) throw typeError('errors without a string argument');
  if (source instanceof PyBytes) return source;
  const n = asInt(source);
  if (n !== null) {
    if (n < 0n) throw valueError('negative count');
    checkSize(n > 10_000_000n ? 10_000_001 : Number(n));
    ctx.charge(Number(n) >> 5);
    return new PyBytes('\0'.repeat(Number(n)));
  }
  if (typeof source === 'number') throw typeError(`cannot convert '${typeName(source)}' object to bytes`);
  let items: PyVal[];
  if (source instanceof PyList || source instanceof PyTuple) items = source.items;
  else {
    let next;
    try {
      next = iterate(source);
    } catch (e) {
      if (e instanceof PyException && e.type === 'TypeError') throw typeError(`cannot convert '${typeName(source)}' object to bytes`);
      throw e;
    }
    items = [];
    for (let v = next(); v !== undefined; v = next()) {
      ctx.charge(1);
      items.push(v);
    }
  }
  ctx.charge(items.length);
  checkSize(items.length);
  let out = '';
  for (const v of items) out += String.fromCharCode(byteValue(v, 'bytes'));
  return new PyBytes(out);
}
