// A port of CPython 3.11's tokenizer (Parser/tokenizer.c): same token boundaries, same
// INDENT/DEDENT rules, same error messages. The whole cell is tokenized up front; the first
// error ends the token list with an ERRORTOKEN that says how it must be reported.

import { firstInvalidIdentChar, isPrintableChar } from './strings';

export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const OP = 4;
export const NEWLINE = 5;
export const INDENT = 6;
export const DEDENT = 7;
export const ENDMARKER = 8;
export const ERRORTOKEN = 9;

/**
 * The tokens of one cell as parallel arrays (one entry per token): far cheaper than one object
 * per token for large inputs.
 */
export class Tokens {
  // Small cells keep plain arrays (packed small ints on V8's heap, cheap to create). Big inputs
  // use typed arrays sized up front and keep token text as offsets into the source: growing
  // arrays element by element is what dominates tokenizing 100 KB of one-character tokens.
  readonly types: number[] | Uint8Array;
  readonly lines: number[] | Int32Array;
  /** Bracket nesting after each token, like CPython's tok->level. */
  readonly levels: number[] | Uint8Array;
  count = 0;
  private readonly values: string[] = [];
  private readonly starts: Int32Array | null;
  private readonly ends: Int32Array | null;
  /** Big mode: texts that are not plain slices of the source (NFKC-normalised names). */
  private readonly special = new Map<number, string>();

  constructor(private readonly src: string) {
    // A token takes at least one character, except NEWLINE/INDENT/DEDENT (a few per line).
    const cap = src.length > 8192 ? src.length * 3 + 16 : 0;
    this.types = cap ? new Uint8Array(cap) : [];
    this.lines = cap ? new Int32Array(cap) : [];
    this.levels = cap ? new Uint8Array(cap) : [];
    this.starts = cap ? new Int32Array(cap) : null;
    this.ends = cap ? new Int32Array(cap) : null;
  }

  /** `exact` says the text is src.slice(start, start + text.length). */
  push(type: number, text: string, line: number, level: number, start: number, exact: boolean): void {
    const i = this.count++;
    if (this.starts && this.ends) {
      this.types[i] = type;
      this.lines[i] = line;
      this.levels[i] = level;
      this.starts[i] = start;
      this.ends[i] = start + text.length;
      if (!exact) this.special.set(i, text);
    } else {
      (this.types as number[]).push(type);
      (this.lines as number[]).push(line);
      (this.levels as number[]).push(level);
      this.values.push(text);
    }
  }

  /** Source text of token i (for STRING: prefix and quotes included; NAME: NFKC-normalised). */
  value(i: number): string {
    if (!this.starts || !this.ends) return this.values[i] as string;
    const s = this.starts[i] as number;
    const e = this.ends[i] as number;
    if (e - s === 1) return ONE_CHAR[this.src.charCodeAt(s)] ?? this.src.slice(s, e);
    return this.special.get(i) ?? this.src.slice(s, e);
  }
}

/**
 * How a tokenizer error is reported. `hard` errors (CPython sets the exception in the tokenizer)
 * win over any parser error in the cell; `soft` ones (E_EOF, E_DEDENT, E_TABSPACE…) only show
 * when the parser actually reaches them.
 */
export interface LexError {
  hard: boolean;
  type: 'SyntaxError' | 'IndentationError' | 'TabError';
  message: string;
  line: number;
  /** For EOF inside brackets: the innermost unclosed bracket's line (CPython compares it). */
  unclosedLine?: number;
}

export interface LexResult {
  tokens: Tokens;
  error: LexError | null;
}

const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isIdStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
const isIdChar = (c: number): boolean => isIdStart(c) || isDigit(c);

/** Interned one-character operator strings by char code. */
const ONE_CHAR: string[] = [];
for (const c of '()[]{}:,;+-*/|&<>=.%~^@!$?`') ONE_CHAR[c.charCodeAt(0)] = c;

/** Length of the operator starting with chars a, b, c (1 when it is a one-char token). */
function operatorLength(a: number, b: number, c: number): number {
  switch (a) {
    case 42: // *
      if (b === 42) return c === 61 ? 3 : 2; // ** **=
      return b === 61 ? 2 : 1;
    case 47: // /
      if (b === 47) return c === 61 ? 3 : 2;
      return b === 61 ? 2 : 1;
    case 60: // <
      if (b === 60) return c === 61 ? 3 : 2;
      return b === 61 || b === 62 ? 2 : 1; // <= <>
    case 62: // >
      if (b === 62) return c === 61 ? 3 : 2;
      return b === 61 ? 2 : 1;
    case 45: // -
      return b === 61 || b === 62 ? 2 : 1; // -= ->
    case 33: // !
    case 37: // %
    case 38: // &
    case 43: // +
    case 61: // =
    case 64: // @
    case 94: // ^
    case 124: // |
      return b === 61 ? 2 : 1;
    case 58: // :
      return b === 61 ? 2 : 1;
    default:
      return 1;
  }
}

class LexFail {
  constructor(readonly error: LexError) {}
}

export function tokenize(input: string): LexResult {
  let src = input;
  if (src.indexOf('\r') >= 0) src = src.replace(/\r\n?/g, '\n');
  if (src.length === 0 || src.charCodeAt(src.length - 1) !== 10) src += '\n';
  const n = src.length;
  const tokens = new Tokens(src);
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  let level = 0;
  const parenChars: string[] = [];
  const parenLines: number[] = [];
  const indstack = [0];
  const altindstack = [0];
  let pendin = 0;
  let atbol = true;

  const ch = (i: number): number => (i < n ? src.charCodeAt(i) : -1);
  /** Consume a newline at `i`; the line number only advances if more input follows. */
  const newlineAt = (i: number): void => {
    if (i + 1 < n) {
      line++;
      lineStart = i + 1;
    }
  };
  const push = (type: number, value: string, startLine: number, start: number, _lineStartAt: number, exact = true): void => {
    tokens.push(type, value, startLine, level, start, exact);
  };
  const hard = (message: string, atLine = line): LexFail =>
    new LexFail({ hard: true, type: 'SyntaxError', message, line: atLine });
  const soft = (type: LexError['type'], message: string, atLine = line): LexFail =>
    new LexFail({ hard: false, type, message, line: atLine });
  const eofError = (): LexFail => {
    if (level > 0) {
      const pl = parenLines[level - 1] ?? line;
      return new LexFail({
        hard: false,
        type: 'SyntaxError',
        message: `'${parenChars[level - 1]}' was never closed`,
        line: pl,
        unclosedLine: pl,
      });
    }
    return soft('SyntaxError', 'unexpected EOF while parsing');
  };

  const verifyEndOfNumber = (i: number, kind: string): void => {
    const c = ch(i);
    // A keyword right after a number is still accepted (with a warning) in 3.11.
    const rest = src.slice(i, i + 5);
    if (
      (c === 97 && rest.startsWith('and')) ||
      (c === 101 && rest.startsWith('else')) ||
      (c === 102 && rest.startsWith('for')) ||
      (c === 105 && (rest.startsWith('if') || rest.startsWith('in') || rest.startsWith('is'))) ||
      (c === 111 && rest.startsWith('or')) ||
      (c === 110 && rest.startsWith('not'))
    ) {
      return;
    }
    // Only ASCII letters make the literal invalid; a non-ASCII one starts the next token.
    if (c >= 0 && c < 128 && isIdChar(c)) throw hard(`invalid ${kind} literal`);
  };

  /** Digits with single underscores between them; returns the index after them. */
  const decimalTail = (i: number): number => {
    for (;;) {
      while (isDigit(ch(i))) i++;
      if (ch(i) !== 95) return i;
      i++;
      if (!isDigit(ch(i))) throw hard('invalid decimal literal');
    }
  };

  /** Scans a number starting at `start`; returns the end index. */
  const scanNumber = (start: number, startsWithDot: boolean): number => {
    let i = start;
    let c: number;
    if (startsWithDot) {
      i = start + 1; // past '.'
      return fractionFrom(i);
    }
    c = ch(i);
    if (c === 48) {
      i++;
      c = ch(i);
      if (c === 120 || c === 88) {
        i++;
        c = ch(i);
        do {
          if (c === 95) {
            i++;
            c = ch(i);
          }
          if (!isHex(c)) throw hard('invalid hexadecimal literal');
          do {
            i++;
            c = ch(i);
          } while (isHex(c));
        } while (c === 95);
        verifyEndOfNumber(i, 'hexadecimal');
        return i;
      }
      if (c === 111 || c === 79 || c === 98 || c === 66) {
        const octal = c === 111 || c === 79;
        const kind = octal ? 'octal' : 'binary';
        const ok = (d: number): boolean => (octal ? d >= 48 && d <= 55 : d === 48 || d === 49);
        i++;
        c = ch(i);
        do {
          if (c === 95) {
            i++;
            c = ch(i);
          }
          if (!ok(c)) {
            if (isDigit(c)) throw hard(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
            throw hard(`invalid ${kind} literal`);
          }
          do {
            i++;
            c = ch(i);
          } while (ok(c));
        } while (c === 95);
        if (isDigit(c)) throw hard(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        verifyEndOfNumber(i, kind);
        return i;
      }
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          i++;
          c = ch(i);
          if (!isDigit(c)) throw hard('invalid decimal literal');
        }
        if (c !== 48) break;
        i++;
        c = ch(i);
      }
      if (isDigit(c)) {
        nonzero = true;
        i = decimalTail(i);
        c = ch(i);
      }
      if (c === 46) return fractionFrom(i + 1);
      if (c === 101 || c === 69) return exponentFrom(i);
      if (c === 106 || c === 74) return imaginaryFrom(i);
      if (nonzero) {
        throw hard('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers');
      }
      verifyEndOfNumber(i, 'decimal');
      return i;
    }
    i = decimalTail(i);
    c = ch(i);
    if (c === 46) return fractionFrom(i + 1);
    if (c === 101 || c === 69) return exponentFrom(i);
    if (c === 106 || c === 74) return imaginaryFrom(i);
    verifyEndOfNumber(i, 'decimal');
    return i;
  };
  const fractionFrom = (i: number): number => {
    if (isDigit(ch(i))) i = decimalTail(i);
    const c = ch(i);
    if (c === 101 || c === 69) return exponentFrom(i);
    if (c === 106 || c === 74) return imaginaryFrom(i);
    verifyEndOfNumber(i, 'decimal');
    return i;
  };
  const exponentFrom = (i: number): number => {
    const e = i;
    i++;
    let c = ch(i);
    if (c === 43 || c === 45) {
      i++;
      c = ch(i);
      if (!isDigit(c)) throw hard('invalid decimal literal');
    } else if (!isDigit(c)) {
      verifyEndOfNumber(e, 'decimal');
      return e;
    }
    i = decimalTail(i);
    c = ch(i);
    if (c === 106 || c === 74) return imaginaryFrom(i);
    verifyEndOfNumber(i, 'decimal');
    return i;
  };
  const imaginaryFrom = (i: number): number => {
    i++;
    verifyEndOfNumber(i, 'imaginary');
    return i;
  };

  /** Scans a string body starting at the opening quote; returns the end index. */
  const scanString = (quotePos: number, tokStartLine: number): number => {
    const quote = ch(quotePos);
    let i = quotePos + 1;
    let quoteSize = 1;
    let endQuoteSize = 0;
    if (ch(i) === quote) {
      if (ch(i + 1) === quote) {
        quoteSize = 3;
        i += 2;
      } else {
        return i + 1; // empty string
      }
    }
    while (endQuoteSize !== quoteSize) {
      const c = ch(i);
      if (c < 0 || (quoteSize === 1 && c === 10)) {
        const detected = line;
        if (quoteSize === 3) {
          throw hard(`unterminated triple-quoted string literal (detected at line ${detected})`, tokStartLine);
        }
        throw hard(`unterminated string literal (detected at line ${detected})`, tokStartLine);
      }
      i++;
      if (c === 10) newlineAt(i - 1);
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === 92) {
          const d = ch(i);
          if (d >= 0) {
            i++;
            if (d === 10) newlineAt(i - 1);
          }
        }
      }
    }
    return i;
  };

  try {
    for (;;) {
      // ---- start of a line: indentation
      let blankline = false;
      if (atbol) {
        atbol = false;
        let col = 0;
        let altcol = 0;
        let contLineCol = 0;
        for (;;) {
          const c = ch(pos);
          if (c === 32) {
            col++;
            altcol++;
            pos++;
          } else if (c === 9) {
            col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
            altcol = altcol + 1;
            pos++;
          } else if (c === 12) {
            col = altcol = 0;
            pos++;
          } else if (c === 92) {
            contLineCol = contLineCol || col;
            if (ch(pos + 1) !== 10) {
              pos++;
              throw soft('SyntaxError', 'unexpected character after line continuation character');
            }
            newlineAt(pos + 1);
            pos += 2;
            if (pos >= n) throw eofError();
          } else break;
        }
        const c = ch(pos);
        if (c === 35 || c === 10) blankline = true;
        if (!blankline && level === 0) {
          if (contLineCol) col = altcol = contLineCol;
          const top = indstack[indstack.length - 1] ?? 0;
          const alttop = altindstack[altindstack.length - 1] ?? 0;
          if (col === top) {
            if (altcol !== alttop) throw soft('TabError', 'inconsistent use of tabs and spaces in indentation');
          } else if (col > top) {
            if (indstack.length >= MAXINDENT) throw soft('IndentationError', 'too many levels of indentation');
            if (altcol <= alttop) throw soft('TabError', 'inconsistent use of tabs and spaces in indentation');
            pendin++;
            indstack.push(col);
            altindstack.push(altcol);
          } else {
            while (indstack.length > 1 && col < (indstack[indstack.length - 1] ?? 0)) {
              pendin--;
              indstack.pop();
              altindstack.pop();
            }
            if (col !== indstack[indstack.length - 1]) {
              throw soft('IndentationError', 'unindent does not match any outer indentation level');
            }
            if (altcol !== altindstack[altindstack.length - 1]) {
              throw soft('TabError', 'inconsistent use of tabs and spaces in indentation');
            }
          }
        }
      }
      while (pendin !== 0) {
        if (pendin < 0) {
          pendin++;
          push(DEDENT, '', line, pos, lineStart);
        } else {
          pendin--;
          push(INDENT, '', line, pos, lineStart);
        }
      }

      // ---- tokens within the line
      let nextLine = false;
      while (!nextLine) {
        let c = ch(pos);
        while (c === 32 || c === 9 || c === 12) c = ch(++pos);
        const start = pos;
        const startLine = line;
        const startLineStart = lineStart;
        if (c === 35) {
          const nl = src.indexOf('\n', pos);
          pos = nl < 0 ? n : nl;
          c = ch(pos);
        }
        if (c < 0) {
          if (level > 0) throw eofError();
          push(ENDMARKER, '', line, pos, lineStart);
          return { tokens, error: null };
        }
        if (isIdStart(c)) {
          // string prefixes
          let sawB = false;
          let sawR = false;
          let sawU = false;
          let sawF = false;
          let i = pos;
          let isString = false;
          for (;;) {
            const d = ch(i);
            if (!(sawB || sawU || sawF) && (d === 98 || d === 66)) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (d === 117 || d === 85)) sawU = true;
            else if (!(sawR || sawU) && (d === 114 || d === 82)) sawR = true;
            else if (!(sawF || sawB || sawU) && (d === 102 || d === 70)) sawF = true;
            else break;
            i++;
            const q = ch(i);
            if (q === 34 || q === 39) {
              isString = true;
              break;
            }
          }
          if (isString) {
            const end = scanString(i, startLine);
            pos = end;
            push(STRING, src.slice(start, end), startLine, start, startLineStart);
            continue;
          }
          let nonascii = false;
          i = pos;
          while (i < n && isIdChar(src.charCodeAt(i))) {
            if (src.charCodeAt(i) >= 128) nonascii = true;
            i++;
          }
          let text = src.slice(pos, i);
          if (nonascii) {
            const cps = Array.from(text);
            const bad = firstInvalidIdentChar(cps);
            if (bad >= 0) {
              const badCh = cps[bad] ?? '';
              const code = (badCh.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
              if (isPrintableChar(badCh)) throw hard(`invalid character '${badCh}' (U+${code})`);
              throw hard(`invalid non-printable character U+${code}`);
            }
            text = text.normalize('NFKC');
          }
          pos = i;
          push(NAME, text, startLine, start, startLineStart, !nonascii);
          continue;
        }
        if (c === 10) {
          pos++;
          atbol = true;
          if (blankline || level > 0) {
            newlineAt(pos - 1);
            nextLine = true;
            continue;
          }
          push(NEWLINE, '', startLine, start, startLineStart);
          newlineAt(pos - 1);
          nextLine = true;
          continue;
        }
        if (c === 46) {
          const d = ch(pos + 1);
          if (isDigit(d)) {
            const end = scanNumber(pos, true);
            push(NUMBER, src.slice(pos, end), startLine, start, startLineStart);
            pos = end;
            continue;
          }
          if (d === 46 && ch(pos + 2) === 46) {
            pos += 3;
            push(OP, '...', startLine, start, startLineStart);
            continue;
          }
          pos++;
          push(OP, '.', startLine, start, startLineStart);
          continue;
        }
        if (isDigit(c)) {
          const end = scanNumber(pos, false);
          push(NUMBER, src.slice(pos, end), startLine, start, startLineStart);
          pos = end;
          continue;
        }
        if (c === 34 || c === 39) {
          const end = scanString(pos, startLine);
          push(STRING, src.slice(start, end), startLine, start, startLineStart);
          pos = end;
          continue;
        }
        if (c === 92) {
          if (ch(pos + 1) !== 10) {
            pos++;
            throw soft('SyntaxError', 'unexpected character after line continuation character');
          }
          newlineAt(pos + 1);
          pos += 2;
          if (pos >= n) throw eofError();
          continue;
        }
        // operators
        const opLen = operatorLength(c, ch(pos + 1), ch(pos + 2));
        if (opLen > 1) {
          const op = src.slice(pos, pos + opLen);
          pos += opLen;
          push(OP, op, startLine, start, startLineStart);
          continue;
        }
        const one = ONE_CHAR[c] ?? src[pos] ?? '';
        if (c === 40 || c === 91 || c === 123) {
          if (level >= MAXLEVEL) throw hard('too many nested parentheses');
          parenChars[level] = one;
          parenLines[level] = line;
          level++;
        } else if (c === 41 || c === 93 || c === 125) {
          if (level === 0) throw hard(`unmatched '${one}'`);
          level--;
          const opening = parenChars[level] ?? '';
          if (!((opening === '(' && one === ')') || (opening === '[' && one === ']') || (opening === '{' && one === '}'))) {
            if (parenLines[level] !== line) {
              throw hard(
                `closing parenthesis '${one}' does not match opening parenthesis '${opening}' on line ${parenLines[level]}`,
              );
            }
            throw hard(`closing parenthesis '${one}' does not match opening parenthesis '${opening}'`);
          }
        }
        if (c < 32 || c === 127) {
          throw hard(`invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
        }
        pos++;
        push(OP, one, startLine, start, startLineStart);
      }
    }
  } catch (e) {
    if (!(e instanceof LexFail)) throw e;
    tokens.push(ERRORTOKEN, '', e.error.line, level, 0, true);
    return { tokens, error: e.error };
  }
}
