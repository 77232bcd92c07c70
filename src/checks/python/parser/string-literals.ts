// Escape decoding and the f-string scanner: the parts of CPython's Parser/string_parser.c that
// work on a string literal's body once the tokenizer has found it.

import type { Expr } from '../ast';
import { UNICODE_NAMES } from '../unicode-names';
import { Fail } from './state';

/** What the f-string scanner needs from the parser that found the literal. */
export interface FStringHost {
  /** fstring_compile_expr for a replacement field's text. */
  compile(text: string, line: number): Expr;
  /** A syntax error as the host reports it (with the host's `f-string: ` prefix if nested). */
  err(message: string, line: number): Fail;
}

/**
 * Decodes backslash escapes like CPython's decode_unicode_with_escapes. Returns null for
 * `\N{...}` (a valid name lookup needs the Unicode name database, which we do not ship).
 * Error positions count each non-ASCII character as 10 bytes, as CPython's do. `err` makes the
 * parser's SyntaxError for a message.
 */
export function decodeEscapes(body: string, bytes: boolean, err: (message: string) => Fail): string | null {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  let i = 0;
  let bpos = 0;
  let named = false;
  const n = body.length;
  const fail = (start: number, end: number, msg: string): Fail => {
    const codec = bytes ? 'unicodeescape' : 'unicodeescape';
    const where = end - start === 1 ? `byte 0x5c in position ${start}` : `bytes in position ${start}-${end - 1}`;
    return err(`(unicode error) '${codec}' codec can't decode ${where}: ${msg}`);
  };
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        out += body[i]! + body[i + 1]!;
        i += 2;
      } else {
        out += body[i];
        i++;
      }
      bpos += c >= 128 ? 10 : 1;
      continue;
    }
    const start = bpos;
    if (i + 1 >= n || body.charCodeAt(i + 1) >= 128) {
      out += '\\';
      i++;
      bpos += 6;
      continue;
    }
    const e = body[i + 1] as string;
    i += 2;
    bpos += 2;
    switch (e) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case "'":
        out += "'";
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\x07';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        let v = e.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = body.charCodeAt(i);
          if (d < 48 || d > 55) break;
          v = v * 8 + (d - 48);
          i++;
          bpos++;
        }
        out += String.fromCharCode(bytes ? v & 0xff : v);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (bytes && e !== 'x') {
          out += '\\' + e;
          break;
        }
        const count = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const msg = e === 'x' ? 'truncated \\xXX escape' : e === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let v = 0;
        for (let k = 0; k < count; k++) {
          const d = i < n ? body.charCodeAt(i) : -1;
          const hv = d >= 48 && d <= 57 ? d - 48 : d >= 97 && d <= 102 ? d - 87 : d >= 65 && d <= 70 ? d - 55 : -1;
          if (hv < 0) throw fail(start, bpos, bytes ? `invalid \\x escape at position ${start}` : msg);
          v = v * 16 + hv;
          i++;
          bpos++;
        }
        if (v > 0x10ffff) throw fail(start, bpos, 'illegal Unicode character');
        out += String.fromCodePoint(v);
        break;
      }
      case 'N': {
        if (bytes) {
          out += '\\N';
          break;
        }
        if (i < n && body[i] === '{') {
          const close = body.indexOf('}', i + 1);
          if (close > i + 1) {
            const name = body.slice(i + 1, close);
            const code = UNICODE_NAMES.get(name.toUpperCase());
            bpos += close + 1 - i;
            i = close + 1;
            if (code !== undefined) out += String.fromCodePoint(code);
            else if (!/^[A-Za-z0-9 -]+$/.test(name) || name.length > 100) {
              throw fail(start, bpos, 'unknown Unicode character name');
            } else named = true;
            break;
          }
          if (close < 0) {
            throw fail(start, bpos + (n - i), 'malformed \\N character escape');
          }
          throw fail(start, bpos + 1, 'malformed \\N character escape');
        }
        throw fail(start, bpos, 'malformed \\N character escape');
      }
      default:
        // Unknown escapes keep the backslash (a DeprecationWarning in 3.11).
        out += '\\' + e;
    }
  }
  return named ? null : out;
}

/** A port of CPython 3.11's f-string scanner (Parser/string_parser.c). */
export class FStringParser {
  private s = 0;
  constructor(
    private readonly p: FStringHost,
    private readonly body: string,
    private readonly raw: boolean,
    private readonly line: number,
  ) {}

  parse(): Expr[] {
    const parts: Expr[] = [];
    this.concat(parts, 0);
    return parts;
  }

  private fail(msg: string): never {
    throw new Fail('SyntaxError', msg, this.line);
  }

  private addLiteral(parts: Expr[], chunk: string): void {
    if (chunk === '') return;
    const value = this.raw ? chunk : decodeEscapes(chunk, false, (m) => this.p.err(m, this.line));
    if (value === null) {
      parts.push({ k: 'unsupported', line: this.line, what: '`\\N{...}` escapes' });
      return;
    }
    const prev = parts[parts.length - 1];
    if (prev && prev.k === 'const' && typeof prev.value === 'string') {
      parts[parts.length - 1] = { k: 'const', line: this.line, value: prev.value + value };
    } else parts.push({ k: 'const', line: this.line, value });
  }

  private concat(parts: Expr[], recurse: number): void {
    const end = this.body.length;
    for (;;) {
      const r = this.findLiteral(parts, recurse);
      if (r === 1) continue;
      if (this.s >= end || this.body[this.s] === '}') break;
      parts.push(this.findExpr(recurse));
    }
    if (recurse === 0 && this.s < end - 1) this.fail('f-string: unexpected end of string');
    if (recurse !== 0 && this.body[this.s] !== '}') this.fail("f-string: expecting '}'");
  }

  /** Returns 1 when a doubled brace was consumed (scan again), else 0. */
  private findLiteral(parts: Expr[], recurse: number): number {
    const b = this.body;
    const end = b.length;
    let s = this.s;
    const literalStart = s;
    while (s < end) {
      let ch = b[s++] as string;
      if (!this.raw && ch === '\\' && s < end) {
        ch = b[s++] as string;
        if (ch === 'N') {
          if (s < end && b[s++] === '{') {
            while (s < end && b[s++] !== '}') {
              // skip the character name
            }
          }
          continue;
        }
      }
      if (ch === '{' || ch === '}') {
        if (recurse === 0) {
          if (s < end && b[s] === ch) {
            this.addLiteral(parts, b.slice(literalStart, s));
            this.s = s + 1;
            return 1;
          }
          if (ch === '}') {
            this.s = s - 1;
            this.fail("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    this.s = s;
    this.addLiteral(parts, b.slice(literalStart, s));
    return 0;
  }

  private findExpr(recurse: number): Expr {
    const b = this.body;
    const end = b.length;
    if (recurse >= 2) this.fail('f-string: expressions nested too deeply');
    this.s++; // the '{'
    const exprStart = this.s;
    let quoteChar = '';
    let stringType = 0;
    const parens: string[] = [];
    for (; this.s < end; this.s++) {
      const ch = b[this.s] as string;
      if (ch === '\\') this.fail('f-string expression part cannot include a backslash');
      if (quoteChar) {
        if (ch === quoteChar) {
          if (stringType === 3) {
            if (this.s + 2 < end && b[this.s + 1] === ch && b[this.s + 2] === ch) {
              this.s += 2;
              stringType = 0;
              quoteChar = '';
            }
          } else {
            stringType = 0;
            quoteChar = '';
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (this.s + 2 < end && b[this.s + 1] === ch && b[this.s + 2] === ch) {
          stringType = 3;
          this.s += 2;
        } else stringType = 1;
        quoteChar = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (parens.length >= 200) this.fail('f-string: too many nested parenthesis');
        parens.push(ch);
      } else if (ch === '#') {
        this.fail("f-string expression part cannot include '#'");
      } else if (parens.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
        if (this.s + 1 < end) {
          const nx = b[this.s + 1];
          if ((ch === '!' && nx === '=') || (ch === '=' && nx === '=') || (ch === '<' && nx === '=') || (ch === '>' && nx === '=')) {
            this.s++;
            continue;
          }
        }
        if (ch === '>' || ch === '<') continue;
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        if (parens.length === 0) this.fail(`f-string: unmatched '${ch}'`);
        const opening = parens.pop();
        if (!((opening === '(' && ch === ')') || (opening === '[' && ch === ']') || (opening === '{' && ch === '}'))) {
          this.fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
        }
      }
    }
    const exprEnd = this.s;
    if (quoteChar) this.fail('f-string: unterminated string');
    if (parens.length > 0) this.fail(`f-string: unmatched '${parens[parens.length - 1]}'`);
    if (this.s >= end) this.fail("f-string: expecting '}'");

    const text = b.slice(exprStart, exprEnd);
    if (/^[ \t\n\f]*$/.test(text)) {
      const stop = b[exprEnd] as string;
      if (stop === '!' || stop === ':' || stop === '=') this.fail(`f-string: expression required before '${stop}'`);
      this.fail('f-string: empty expression not allowed');
    }
    const newlinesBefore = b.slice(0, exprStart).split('\n').length - 1;
    const value = this.p.compile(text, this.line + newlinesBefore);

    let exprText: string | null = null;
    if (b[this.s] === '=') {
      this.s++;
      while (this.s < end && ' \t\n\r\f\v'.includes(b[this.s] as string)) this.s++;
      if (this.s >= end) this.fail("f-string: expecting '}'");
      exprText = b.slice(exprStart, this.s);
    }
    let conv = -1;
    if (b[this.s] === '!') {
      this.s++;
      if (this.s >= end) this.fail("f-string: expecting '}'");
      conv = b.charCodeAt(this.s);
      this.s++;
      if (!(conv === 115 || conv === 114 || conv === 97)) {
        this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    let spec: Expr | null = null;
    if (this.s < end && b[this.s] === ':') {
      this.s++;
      if (this.s >= end) this.fail("f-string: expecting '}'");
      const specParts: Expr[] = [];
      this.concat(specParts, recurse + 1);
      spec = { k: 'fstr', line: this.line, parts: specParts };
    }
    if (this.s >= end || b[this.s] !== '}') this.fail("f-string: expecting '}'");
    this.s++;
    if (exprText !== null && spec === null && conv === -1) conv = 114;
    const fval: Expr = { k: 'fval', line: value.line, value, conv, spec };
    if (exprText !== null) {
      return { k: 'fstr', line: this.line, parts: [{ k: 'const', line: this.line, value: exprText }, fval] };
    }
    return fval;
  }
}
