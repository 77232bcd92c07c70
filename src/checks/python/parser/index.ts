// A recursive-descent parser for Python 3.11's grammar, split the way acorn splits its parser:
// state.ts (token cursor, errors, depth accounting), statements.ts, expressions.ts,
// targets.ts (what may be assigned to), string-literals.ts (escapes and f-strings).
// It accepts the full statement and expression syntax (so syntax errors are found as CPython
// finds them); constructs outside the trainer's subset become `unsupported` nodes that raise
// NotSupportedError only when executed.

import { tokenize } from '../lexer';
import type { PyVal } from '../values';
import { Fail, type ParseResult } from './state';
import { StatementParser } from './statements';

export type { CompileError, ParseResult } from './state';

const PRECHECK = /[\0\ud800-\udfff]/;

export function parseCell(src: string): ParseResult {
  // Checks CPython's compile() makes before tokenizing.
  for (let i = PRECHECK.test(src) ? 0 : src.length; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 0) return { ok: false, error: { type: 'SyntaxError', message: 'source code string cannot contain null bytes' } };
    if (c >= 0xd800 && c <= 0xdfff) {
      const paired =
        c <= 0xdbff ? (src.charCodeAt(i + 1) & 0xfc00) === 0xdc00 : i > 0 && (src.charCodeAt(i - 1) & 0xfc00) === 0xd800;
      if (!paired) {
        const pos = Array.from(src.slice(0, i)).length;
        return {
          ok: false,
          error: {
            type: 'UnicodeEncodeError',
            message: `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${pos}: surrogates not allowed`,
          },
        };
      }
      if (c <= 0xdbff) i++;
    }
  }
  const lex = tokenize(src);
  const p = new StatementParser(lex.tokens, lex.error, false, 0);
  try {
    const body = p.parseFile();
    if (p.compileErrors.length > 0) {
      const e = p.compileErrors[0] as Fail;
      return { ok: false, error: { type: e.type, message: e.message, line: e.line } };
    }
    return { ok: true, body };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    return { ok: false, error: p.finalError(e) };
  }
}

export type { PyVal };
