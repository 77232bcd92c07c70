import { describe, expect, it } from 'vitest';
import { failure, out, show } from './helpers';

describe('literals', () => {
  it('reads ints in every base, with underscores, and arbitrary precision', () => {
    expect(show('3_0, 0x1F, 0o17, 0b101, 00, 0_0, 10**30, -2**63, 1_000_000')).toBe(
      '30 31 15 5 0 0 1000000000000000000000000000000 -9223372036854775808 1000000',
    );
  });

  it('reads floats in all their spellings', () => {
    expect(show('1.5, .5, 5., 1e3, 1_000.5, 1E-3, 1e16, 1e15, 0.1 + 0.2')).toBe(
      '1.5 0.5 5.0 1000.0 1000.5 0.001 1e+16 1000000000000000.0 0.30000000000000004',
    );
  });

  it('decodes escapes and string prefixes', () => {
    expect(out('print("a\\tb", r"a\\tb", "\\x41\\u00e9\\101", "\\N{DEGREE SIGN}", "a" "b" \'c\', u"u")')).toEqual([
      'a\tb a\\tb Aé\u0041 ° abc u',
    ]);
    expect(out('x = """line1\nline2"""\nprint(repr(x))')).toEqual(["'line1\\nline2'"]);
  });

  it('builds containers, including a tuple without parentheses', () => {
    expect(out('x = 1, 2\nprint(x, [], (), {}, set(), (1,), [1, [2]], {"a": (1, 2)})')).toEqual([
      "(1, 2) [] () {} set() (1,) [1, [2]] {'a': (1, 2)}",
    ]);
  });

  it('rejects bad escapes like CPython', () => {
    expect(failure('x = "C:\\Users\\name"')).toEqual([
      'SyntaxError',
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \\UXXXXXXXX escape",
    ]);
    expect(failure('x = "é\\x4"')).toEqual([
      'SyntaxError',
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape",
    ]);
    expect(failure('x = "a" b"b"')).toEqual(['SyntaxError', 'cannot mix bytes and nonbytes literals']);
  });
});

describe('repr and str', () => {
  it('picks quotes and escapes like CPython', () => {
    expect(out(`print(repr("a'b"), repr('a"b'), repr("a'\\"b"), repr("\\n\\t\\\\"), repr(""))`)).toEqual([
      `"a'b" 'a"b' 'a\\'"b' '\\n\\t\\\\' ''`,
    ]);
    expect(out('print(repr("\\x00\\x7f\\x80\\xa0\\u200b é😀"))')).toEqual(["'\\x00\\x7f\\x80\\xa0\\u200b é😀'"]);
  });

  it('formats floats with CPython\'s repr rules', () => {
    expect(show('30.0, 1e16, 1e-05, 1.5e-07, 0.0001, -0.0, float("inf"), -float("inf"), float("nan"), 1e22, 2**0.5')).toBe(
      '30.0 1e+16 1e-05 1.5e-07 0.0001 -0.0 inf -inf nan 1e+22 1.4142135623730951',
    );
    expect(show('123456789012345678.0, 5e-324, 1.7976931348623157e308, 1/3')).toBe(
      '1.2345678901234568e+17 5e-324 1.7976931348623157e+308 0.3333333333333333',
    );
  });

  it('shows containers, types and builtins', () => {
    expect(show('[1, "b\'s"], (1,), {"a": 1}, {1, 2}, None, True, type(1), type(None), len, int')).toBe(
      `[1, "b's"] (1,) {'a': 1} {1, 2} None True <class 'int'> <class 'NoneType'> <built-in function len> <class 'int'>`,
    );
    expect(out('x = []\nx.append(x)\nd = {}\nd["d"] = d\nprint(x, d)')).toEqual(["[[...]] {'d': {...}}"]);
  });

  it('orders small-int sets the way CPython\'s hash table does', () => {
    expect(show('{3, 1, 2}, {10, 1}, {8, 16, 0}, {-1, -2}, {100, 5, 13, 21, 29}')).toBe(
      '{1, 2, 3} {1, 10} {8, 16, 0} {-1, -2} {29, 100, 5, 21, 13}',
    );
    expect(out('s = set()\nfor v in [100, 5, 13, 21, 29]:\n    s.add(v)\nprint(s)')).toEqual(['{100, 5, 13, 21, 29}']);
  });

  it('treats 1, 1.0 and True as the same dict key, keeping the first key', () => {
    expect(show('{1: "a", True: "b", 1.0: "c"}, {0: 1, False: 2}, {2**53: 1, float(2**53): 2}')).toBe(
      "{1: 'c'} {0: 2} {9007199254740992: 2}",
    );
  });

  it('refuses to turn huge ints into text, like CPython 3.11', () => {
    expect(failure('x = 10**4301\nprint(x)')).toEqual([
      'ValueError',
      'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
    ]);
    expect(out('print(len(str(10**4299)))')).toEqual(['4300']);
  });
});

describe('arithmetic', () => {
  it('follows Python division and modulo rules', () => {
    expect(show('1800/60, 1800//60, 7 // -2, -7 // 2, 7 % -2, -7 % 2, 7.5 // 2, -7.5 // 2, 7.5 % -2, -0.0 % 5, 5 % -0.5')).toBe(
      '30.0 30 -4 -4 -1 1 3.0 -4.0 -0.5 0.0 -0.0',
    );
    expect(show('2 ** -1, 2 ** 0.5, (-8) ** 2, 10 ** 20, 2.0 ** 10, 0 ** 0, (2**64 + 1) / 7, 10**30 / 3')).toBe(
      '0.5 1.4142135623730951 64 100000000000000000000 1024.0 1 2.6352491533870787e+18 3.333333333333333e+29',
    );
  });

  it('treats bool as an int subclass', () => {
    expect(show('True + 1, True * 3, -True, ~True, True / 2, 0 == False, 1.0 == True, True & False, True | 2')).toBe(
      '2 3 -1 -2 0.5 True True False 3',
    );
  });

  it('compares ints and floats exactly', () => {
    expect(show('10**30 == 1e30, 30.0 == 30, 2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53), 1 < 1.5 < 2')).toBe(
      'False True False True True',
    );
  });

  it('raises CPython\'s arithmetic errors', () => {
    const cases: [string, string, string][] = [
      ['1 / 0', 'ZeroDivisionError', 'division by zero'],
      ['1 // 0', 'ZeroDivisionError', 'integer division or modulo by zero'],
      ['1 % 0', 'ZeroDivisionError', 'integer modulo by zero'],
      ['1.0 / 0', 'ZeroDivisionError', 'float division by zero'],
      ['1.0 // 0', 'ZeroDivisionError', 'float floor division by zero'],
      ['1.0 % 0', 'ZeroDivisionError', 'float modulo'],
      ['0.0 ** -1', 'ZeroDivisionError', '0.0 cannot be raised to a negative power'],
      ['0 ** -1', 'ZeroDivisionError', '0.0 cannot be raised to a negative power'],
      ['divmod(1.0, 0)', 'ZeroDivisionError', 'float divmod()'],
      ['10.0 ** 400', 'OverflowError', "(34, 'Numerical result out of range')"],
      ['2 ** 10000 * 1.0', 'OverflowError', 'int too large to convert to float'],
      ['1 << -1', 'ValueError', 'negative shift count'],
      ['"a" * 10**12', 'MemoryError', ''],
      ['"ab" * 2**62', 'OverflowError', 'repeated string is too long'],
      ['[0] * 10**20', 'OverflowError', "cannot fit 'int' into an index-sized integer"],
      ['1 + "a"', 'TypeError', "unsupported operand type(s) for +: 'int' and 'str'"],
      ['"a" + 1', 'TypeError', 'can only concatenate str (not "int") to str'],
      ['[1] + (2,)', 'TypeError', 'can only concatenate list (not "tuple") to list'],
      ['"a" * "b"', 'TypeError', "can't multiply sequence by non-int of type 'str'"],
      ['"a" ** 2', 'TypeError', "unsupported operand type(s) for ** or pow(): 'str' and 'int'"],
      ['-"a"', 'TypeError', "bad operand type for unary -: 'str'"],
    ];
    for (const [expr, type, message] of cases) expect(failure(`x = ${expr}`), expr).toEqual([type, message]);
  });

  it('applies string and list repetition and concatenation', () => {
    expect(show('"ab" * 3, 3 * "x", [1] * 2, (1,) * 3, [1, 2] * -1, "a" + "b", [1] + [2], "%s=%d" % ("x", 3)')).toBe(
      "ababab xxx [1, 1] (1, 1, 1) [] ab [1, 2] x=3",
    );
  });

  it('rounds half to even on the exact binary value', () => {
    expect(show('round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(0.5, -1)')).toBe(
      '2 4 0 2.67 1200 1200 0.0',
    );
  });
});

describe('comparisons and logic', () => {
  it('chains comparisons and short-circuits', () => {
    expect(show('1 < 2 < 3, 1 < 3 < 2, "a" < "b" > "a", [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "B" < "a"')).toBe(
      'True False True True True True',
    );
    expect(show('0 or [] or 3, 1 and "x", not [], "" or "d", None and 1 / 0')).toBe('3 x True d None');
  });

  it('tests membership and identity', () => {
    expect(show('"a" in "abc", 1 in [1, 2], 3 not in (1, 2), "k" in {"k": 1}, 2 in {1, 2}, 5 in range(10), None is None')).toBe(
      'True True True True True True True',
    );
  });

  it('raises for unordered types', () => {
    expect(failure('x = 1 < "a"')).toEqual(['TypeError', "'<' not supported between instances of 'int' and 'str'"]);
    expect(failure('x = {} < {}')).toEqual(['TypeError', "'<' not supported between instances of 'dict' and 'dict'"]);
    expect(failure('x = 1 in 5')).toEqual(['TypeError', "argument of type 'int' is not iterable"]);
    expect(failure('x = 1 in "abc"')).toEqual(['TypeError', "'in <string>' requires string as left operand, not int"]);
  });
});
