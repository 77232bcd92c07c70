import { describe, expect, it } from 'vitest';
import { failure, out } from './helpers';

describe('f-strings', () => {
  it('formats with the format-spec mini-language', () => {
    expect(out(`print(f"{3.14159:.2f}|{42:05d}|{'ab':>5}|{'ab':*^7}|{1234567:,}|{0.25:%}|{12:#x}|{12:#o}|{12:b}|{1e20:g}|{1.5:e}")`)).toEqual([
      '3.14|00042|   ab|**ab***|1,234,567|25.000000%|0xc|0o14|1100|1e+20|1.500000e+00',
    ]);
    expect(out(`print(f"{1234567.891:_.2f}", f"{-5:+}", f"{5: }", f"{-0.0:z}", f"{3:=+5}", f"{'x'!r:>5}", f"{1.0}", f"{1e16}", f"{100.0:.3}", f"{1.0:.3}")`)).toEqual([
      "1_234_567.89 -5  5 0.0 +   3   'x' 1.0 1e+16 1e+02 1.0",
    ]);
  });

  it('supports =, conversions, nested specs and doubled braces', () => {
    expect(out(`x = 5\nprint(f"{x=}", f"{x = }", f"{x=:>4}", f"{x!r}", f"{'é'!a}", f"{x:{x}}", f"{{x}}", f"{'{'}")`)).toEqual([
      "x=5 x = 5 x=   5 5 '\\xe9'     5 {x} {",
    ]);
  });

  it('rounds half to even on the exact value when formatting floats', () => {
    expect(out(`print(f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{0.125:.2f}", f"{1.005:.2f}", f"{-1.5:.0f}", f"{123456789:e}", f"{0.00001234:g}", f"{123456789.0:g}", f"{1e16:.17g}", f"{100:g}", f"{0.1:.20f}")`)).toEqual([
      '0 2 2 0.12 1.00 -2 1.234568e+08 1.234e-05 1.23457e+08 10000000000000000 100 0.10000000000000000555',
    ]);
  });

  it('applies CPython 3.11 f-string syntax rules', () => {
    expect(failure('x = f"{x"')).toEqual(['SyntaxError', "f-string: expecting '}'"]);
    expect(failure('x = f"{}"')).toEqual(['SyntaxError', 'f-string: empty expression not allowed']);
    expect(failure('x = f"}"')).toEqual(['SyntaxError', "f-string: single '}' is not allowed"]);
    expect(failure('x = f"{x!z}"')).toEqual(['SyntaxError', "f-string: invalid conversion character: expected 's', 'r', or 'a'"]);
    expect(failure('x = f"{1 2}"')).toEqual(['SyntaxError', 'f-string: invalid syntax. Perhaps you forgot a comma?']);
    expect(failure('x = f"{\\n}"')).toEqual(['SyntaxError', 'f-string expression part cannot include a backslash']);
    expect(failure('x = f"{#}"')).toEqual(['SyntaxError', "f-string expression part cannot include '#'"]);
    expect(failure('x = f"{!r}"')).toEqual(['SyntaxError', "f-string: expression required before '!'"]);
    expect(failure('x = f"{x:{y:{z}}}"')).toEqual(['SyntaxError', 'f-string: expressions nested too deeply']);
    // 3.11 cannot reuse the enclosing quote inside the braces: the string ends early
    expect(failure('d = {}\nx = f"{d["k"]}"')).toEqual(['SyntaxError', "f-string: unmatched '['"]);
  });

  it('raises format errors with CPython wording', () => {
    expect(failure('x = f"{None:>5}"')).toEqual(['TypeError', 'unsupported format string passed to NoneType.__format__']);
    expect(failure('x = format(1, "abc")')).toEqual(['ValueError', "Invalid format specifier 'abc' for object of type 'int'"]);
    expect(failure('x = format("a", ",")')).toEqual(['ValueError', "Cannot specify ',' with 's'."]);
    expect(failure('x = format("a", "d")')).toEqual(['ValueError', "Unknown format code 'd' for object of type 'str'"]);
    expect(failure('x = format(1, ".2d")')).toEqual(['ValueError', 'Precision not allowed in integer format specifier']);
    expect(failure('x = format(1.5, "d")')).toEqual(['ValueError', "Unknown format code 'd' for object of type 'float'"]);
  });
});

describe('str.format and format()', () => {
  it('formats like CPython', () => {
    expect(out('print("{:08.3f}|{:+.2e}|{:,d}|{:_x}|{:#b}|{:c}|{:^9.1%}|{:G}".format(3.14159, 12345.678, 10**9, 65535, 5, 65, 0.123, 1e-10))')).toEqual([
      '0003.142|+1.23e+04|1,000,000,000|ffff|0b101|A|  12.3%  |1E-10',
    ]);
    expect(out('print(format(1234.5678, ",.2f"), format(-12, "05d"), format(255, "X"), format(3, "*^5"), format("abc", ".2"), format(True, "d"), format(True), format(1234, "010,"), format(float("inf"), "010"), format(-1234, "_"))')).toEqual([
      '1,234.57 -0012 FF **3** ab 1 True 00,001,234 0000000inf -1_234',
    ]);
    expect(out('print("{0}-{1}-{0}".format("a", "b"), "{name}!".format(name="Bo"), "{0[1]}".format([7, 8]), "{:>{w}}".format("r", w=4))')).toEqual([
      'a-b-a Bo! 8    r',
    ]);
  });

  it('raises str.format errors', () => {
    expect(failure('x = "{} {}".format(1)')).toEqual(['IndexError', 'Replacement index 1 out of range for positional args tuple']);
    expect(failure('x = "{0} {}".format(1, 2)')).toEqual([
      'ValueError',
      'cannot switch from manual field specification to automatic field numbering',
    ]);
    expect(failure('x = "{".format()')).toEqual(['ValueError', "Single '{' encountered in format string"]);
    expect(failure('x = "{x}".format()')).toEqual(['KeyError', "'x'"]);
  });
});
