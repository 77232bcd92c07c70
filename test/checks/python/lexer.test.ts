import { describe, expect, it } from 'vitest';
import { DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, NUMBER, OP, STRING, tokenize } from '../../../src/checks/python/lexer';
import { failure, out } from './helpers';

function kinds(src: string): string[] {
  const { tokens } = tokenize(src);
  const names: Record<number, string> = {
    [NAME]: 'NAME', [NUMBER]: 'NUMBER', [STRING]: 'STRING', [OP]: 'OP', [NEWLINE]: 'NEWLINE',
    [INDENT]: 'INDENT', [DEDENT]: 'DEDENT', [ENDMARKER]: 'END',
  };
  const outList: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const t = names[tokens.types[i] as number] ?? '?';
    const v = tokens.value(i);
    outList.push(v ? `${t}:${v}` : t);
  }
  return outList;
}

describe('tokenizer', () => {
  it('splits a simple assignment and ends the logical line', () => {
    expect(kinds('num_tasks = 3  # int')).toEqual(['NAME:num_tasks', 'OP:=', 'NUMBER:3', 'NEWLINE', 'END']);
  });

  it('produces INDENT/DEDENT and skips blank and comment-only lines', () => {
    expect(kinds('if x:\n    y = 1\n\n    # note\nz')).toEqual([
      'NAME:if', 'NAME:x', 'OP::', 'NEWLINE', 'INDENT', 'NAME:y', 'OP:=', 'NUMBER:1', 'NEWLINE', 'DEDENT', 'NAME:z',
      'NEWLINE', 'END',
    ]);
  });

  it('joins lines inside brackets and after a backslash', () => {
    expect(kinds('x = [1,\n  2]')).toEqual(['NAME:x', 'OP:=', 'OP:[', 'NUMBER:1', 'OP:,', 'NUMBER:2', 'OP:]', 'NEWLINE', 'END']);
    expect(kinds('x = 1 + \\\n  2')).toEqual(['NAME:x', 'OP:=', 'NUMBER:1', 'OP:+', 'NUMBER:2', 'NEWLINE', 'END']);
  });

  it('recognises multi-character operators and string prefixes', () => {
    expect(kinds('a //= b ** c != d')).toEqual(['NAME:a', 'OP://=', 'NAME:b', 'OP:**', 'NAME:c', 'OP:!=', 'NAME:d', 'NEWLINE', 'END']);
    expect(kinds('rb"x" f\'{y}\' fb"z"')).toEqual(['STRING:rb"x"', "STRING:f'{y}'", 'NAME:fb', 'STRING:"z"', 'NEWLINE', 'END']);
  });

  it('keeps a keyword right after a number (as CPython 3.11 does, with a warning)', () => {
    expect(out('print(1if 1 else 2, 0x1or 0)')).toEqual(['1 1']);
  });

  it('normalises non-ASCII identifiers with NFKC', () => {
    expect(out('ﬁle = 3\nprint(file, café := 2) if 0 else print(file)')).toEqual(['3']);
  });

  it('reports CPython 3.11 tokenizer errors', () => {
    expect(failure('x = "abc')).toEqual(['SyntaxError', 'unterminated string literal (detected at line 1)']);
    expect(failure('x = """abc\ny = 1')).toEqual(['SyntaxError', 'unterminated triple-quoted string literal (detected at line 2)']);
    expect(failure("x = 'abc\\\ndef")).toEqual(['SyntaxError', 'unterminated string literal (detected at line 2)']);
    expect(failure('x = 03')).toEqual([
      'SyntaxError',
      'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
    ]);
    expect(failure('x = 3tasks')).toEqual(['SyntaxError', 'invalid decimal literal']);
    expect(failure('x = 0x')).toEqual(['SyntaxError', 'invalid hexadecimal literal']);
    expect(failure('x = 0b102')).toEqual(['SyntaxError', "invalid digit '2' in binary literal"]);
    expect(failure('x = 0o78')).toEqual(['SyntaxError', "invalid digit '8' in octal literal"]);
    expect(failure('x = 1je')).toEqual(['SyntaxError', 'invalid imaginary literal']);
    expect(failure('x = “x”')).toEqual(['SyntaxError', "invalid character '“' (U+201C)"]);
    expect(failure('x = 1\u00a0+ 2')).toEqual(['SyntaxError', 'invalid non-printable character U+00A0']);
    expect(failure('x = 3é')).toEqual(['SyntaxError', 'invalid syntax']);
    expect(failure('print(3é)')).toEqual(['SyntaxError', 'invalid syntax. Perhaps you forgot a comma?']);
    expect(failure('x = 1 +\u00a02')).toEqual(['SyntaxError', 'invalid non-printable character U+00A0']);
    expect(failure('x = (1, 2]')).toEqual(['SyntaxError', "closing parenthesis ']' does not match opening parenthesis '('"]);
    expect(failure('x = (1,\n2]')).toEqual(['SyntaxError', "closing parenthesis ']' does not match opening parenthesis '(' on line 1"]);
    expect(failure('x = 1)')).toEqual(['SyntaxError', "unmatched ')'"]);
    expect(failure('x = [1, 2\ny = 3')).toEqual(['SyntaxError', "'[' was never closed"]);
    expect(failure('x = 1 \\ y')).toEqual(['SyntaxError', 'unexpected character after line continuation character']);
    expect(failure('x = 1 \\')).toEqual(['SyntaxError', 'unexpected EOF while parsing']);
    expect(failure('x = ' + '('.repeat(201))).toEqual(['SyntaxError', 'too many nested parentheses']);
  });

  it('reports indentation errors with their own exception classes', () => {
    expect(failure('  x = 1')).toEqual(['IndentationError', 'unexpected indent']);
    expect(failure('if 1:\n    x = 1\n  y = 2')).toEqual(['IndentationError', 'unindent does not match any outer indentation level']);
    expect(failure('if 1:\n        x = 1\n\ty = 2')).toEqual(['TabError', 'inconsistent use of tabs and spaces in indentation']);
    expect(failure('if x:\npass')).toEqual(['IndentationError', "expected an indented block after 'if' statement on line 1"]);
  });

  it('lets a later tokenizer error win over an earlier parser error, as CPython does', () => {
    expect(failure('x = 1 $ "abc')).toEqual(['SyntaxError', 'unterminated string literal (detected at line 1)']);
    expect(failure('x = 1 $ 2')).toEqual(['SyntaxError', 'invalid syntax']);
  });

  it('rejects what compile() rejects before tokenizing', () => {
    expect(failure('x = "\0"')).toEqual(['SyntaxError', 'source code string cannot contain null bytes']);
    expect(failure('x = "\ud800"')).toEqual([
      'UnicodeEncodeError',
      "'utf-8' codec can't encode character '\\ud800' in position 5: surrogates not allowed",
    ]);
  });
});
