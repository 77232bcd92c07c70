// Generators for the differential test, one per cause of disagreement with CPython found by
// the adversarial run of issue #16. Each builds its cases from parts with a seeded PRNG, so a
// run covers combinations no hand-written list would, and the same seed gives the same cases.

import { type Case, rng } from './snippets';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const py = (s: string): string => JSON.stringify(s);

/** Exception classes CPython has and the engine lacked (plus the aliases of OSError). */
export const NEW_EXCEPTIONS = [
  'ConnectionError', 'BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError',
  'FileExistsError', 'IsADirectoryError', 'NotADirectoryError', 'InterruptedError', 'ProcessLookupError',
  'ChildProcessError', 'BlockingIOError', 'IOError', 'EnvironmentError', 'ExceptionGroup', 'BaseExceptionGroup',
  'EncodingWarning', 'BytesWarning', 'ImportWarning', 'PendingDeprecationWarning', 'ResourceWarning', 'UnicodeWarning',
];
const SOME_BASES = ['BaseException', 'Exception', 'OSError', 'ConnectionError', 'Warning', 'BaseExceptionGroup', 'ValueError'];

export function exceptionClassCases(seed: number): Case[] {
  const r = rng(seed);
  const templates = [
    (x: string) => `raise ${x}`,
    (x: string) => `raise ${x}("boom")`,
    (x: string) => `print(${x})`,
    (x: string) => `print(${x}.__name__)`,
    (x: string) => `print(issubclass(${x}, ${pick(r, SOME_BASES)}), issubclass(${x}, ${pick(r, SOME_BASES)}))`,
    (x: string) => `print(isinstance(${x}("a"), ${pick(r, SOME_BASES)}))`,
    (x: string) => `e = ${x}("a", ${int(r, 0, 40)})\nprint(type(e).__name__, str(e), repr(e))`,
    (x: string) => `print(${x} is ${pick(r, ['OSError', 'IOError', 'EnvironmentError', 'Exception'])})`,
    (x: string) => `raise ${x}("a") from ${pick(r, ['None', 'ValueError', 'ValueError("b")', '1'])}`,
  ];
  const cases: Case[] = [];
  for (const name of NEW_EXCEPTIONS) {
    for (let k = 0; k < 3; k++) cases.push({ name: `exception class ${name}`, cells: [pick(r, templates)(name)] });
  }
  return cases;
}

/** Set displays whose int elements collide in an 8-, 32- or 128-slot table. */
export function setLiteralCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const stride = pick(r, [8, 16, 32, 64, 128]);
    const base = int(r, -20, 40);
    const count = int(r, 3, 9);
    const elts = Array.from({ length: count }, () => String(base + stride * int(r, -3, 6)));
    const shape = int(r, 0, 4);
    const display = `{${elts.join(', ')}}`;
    const src =
      shape === 0 ? `print(${display})`
      : shape === 1 ? `s = ${display}\ns.add(${base + stride * 7})\nprint(s)`
      : shape === 2 ? `print(${display} | {${elts[0]}})`
      : shape === 3 ? `x = ${elts[0]}\nprint({x, ${elts.slice(1).join(', ')}})`
      : `print(frozenset(${display}), list(${display}))`;
    cases.push({ name: `set literal ${i}`, cells: [src] });
  }
  return cases;
}

const EXC_ARGS = [
  '', '"a"', '"a", 1', '2, "x"', '2, "x", "f"', '2, "x", "f", None, "g"', 'None, None', '1, 2, 3, 4, 5, 6', '13, "no"',
  '"m", ("f", 1, 2, "t")', '"m", ("dir/f.py", 3, 2, "t", 3, 4)', '"m", (None, 3, 2, "t")', '"m", ("f", None, 2, "t")',
  '"m", 5', '"m", (1, 2)', '"m", "abcd"', '"a", "xyz", 1, 2, "r"', '"a", "xyz", 1, 3, "r"', '"a", "x\\u00e9z", 1, 2, "r"',
  '"xyz", 1, 2, "r"', '"a", [ValueError()]', '"a", []', '"a", [KeyboardInterrupt()]', '"a", (ValueError(), KeyError(1))',
  '1, [ValueError()]', '"a", [1]', '11, "x", 5', '11, "x", "f"', 'True, "x"', '2.0, "x"', '"a", name="n"', 'name="n", path="p"',
  'x=1', '"k"', '("k", 1)', '3', '"a", "b"',
];
const EXC_CLASSES = [
  'Exception', 'ValueError', 'KeyError', 'OSError', 'FileNotFoundError', 'BlockingIOError', 'ConnectionError',
  'SyntaxError', 'IndentationError', 'UnicodeError', 'UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError',
  'ExceptionGroup', 'BaseExceptionGroup', 'ImportError', 'ModuleNotFoundError', 'AttributeError', 'NameError',
  'StopIteration', 'SystemExit', 'IOError',
];

export function exceptionConstructorCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const cls = pick(r, EXC_CLASSES);
    const args = pick(r, EXC_ARGS);
    const make = `${cls}(${args})`;
    const attrs = cls.includes('OS') || cls.includes('IO') || cls.includes('File') || cls.includes('Connection')
      ? ['errno', 'strerror', 'filename', 'filename2']
      : cls.includes('Syntax') || cls.includes('Indentation') ? ['msg', 'filename', 'lineno', 'offset', 'text']
      : cls.includes('Group') ? ['message', 'exceptions']
      : cls.includes('Unicode') ? ['start', 'end', 'reason']
      : cls === 'StopIteration' ? ['value'] : cls === 'SystemExit' ? ['code'] : ['args'];
    const shape = int(r, 0, 3);
    const src =
      shape === 0 ? `e = ${make}\nprint(type(e).__name__)\nprint(str(e))\nprint(repr(e))\nprint(e.args)`
      : shape === 1 ? `raise ${make}`
      : shape === 2 ? `e = ${make}\nprint(e.${pick(r, attrs)})`
      : `print(f"{${make}}|{${make}!r}")`;
    cases.push({ name: `exception constructor ${i}`, cells: [src] });
  }
  // raising the class itself calls it with no arguments
  for (const cls of EXC_CLASSES) cases.push({ name: `raise ${cls}`, cells: [`raise ${cls}`] });
  return cases;
}

const DEBUG_CONTEXTS = [
  '__debug__ = 1', 'del __debug__', 'x.__debug__ = 1', 'del x.__debug__', '__debug__ += 1', '__debug__: int = 1',
  '__debug__: int', 'for __debug__ in []: pass', '(__debug__ := 1)', '[__debug__ for __debug__ in []]',
  'print(__debug__=1)', 'import datetime as __debug__', 'from datetime import date as __debug__', 'a, __debug__ = 1, 2',
  '[a, *__debug__] = [1]', 'x.__debug__ += 1', 'print(x.__debug__)', 'print(__debug__)', 'x = __debug__\nprint(x, not x)',
  'print(__debug__ + 1, type(__debug__))', 'if __debug__: print("on")', 'print(f"{__debug__!r}")',
];
const DEBUG_NEIGHBOURS = ['x = 1', 'print(2)', 'y = [1]', '1 +', 'break', 'z = 3\nglobal z', ''];

export function debugCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const cases: Case[] = DEBUG_CONTEXTS.map((c, i) => ({ name: `__debug__ ${i}`, cells: [c] }));
  for (let i = 0; i < n; i++) {
    const parts = [pick(r, DEBUG_CONTEXTS)];
    const nb = pick(r, DEBUG_NEIGHBOURS);
    if (nb) {
      if (r() < 0.5) parts.unshift(nb);
      else parts.push(nb);
    }
    cases.push({ name: `__debug__ mix ${i}`, cells: [parts.join('\n')] });
  }
  return cases;
}

/** Comprehensions with assignment expressions in every position, and `global` after a binding. */
export function compileTimeCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const names = ['a', 'b', 'c'];
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    if (r() < 0.55) {
      const t1 = pick(r, names);
      const t2 = pick(r, names);
      const w = pick(r, [...names, 'd']);
      const walrus = `(${w} := ${int(r, 0, 9)})`;
      const where = int(r, 0, 6);
      const two = r() < 0.5;
      const elt = where === 0 ? walrus : t1;
      const cond = where === 1 ? ` if ${walrus}` : '';
      const iter1 = where === 2 ? `[${walrus}]` : 'range(3)';
      const iter2 = where === 3 ? `[${walrus}]` : 'range(2)';
      const gen2 = two ? ` for ${t2} in ${iter2}` + (where === 4 ? ` if ${walrus}` : '') : '';
      const inner = where === 5 ? `[${walrus} for _ in range(2)]` : elt;
      const nestedIter = where === 6 ? `[[${walrus} for _ in range(1)] for z in range(1)]` : iter1;
      const [open, close] = pick(r, [['[', ']'], ['{', '}'], ['list(', ')']] as const);
      const body = `${inner} for ${t1} in ${nestedIter}${cond}${gen2}`;
      cases.push({ name: `walrus in comprehension ${i}`, cells: [`print(${open}${body}${close})`] });
    } else {
      const v = pick(r, ['x', 'y']);
      const before = pick(r, [
        `${v} = 1`, `print(${v})`, `${v}: int = 2`, `${v}: int`, `del ${v}`, `for ${v} in []: pass`, `${v} += 1`,
        `[${v} for ${v} in range(2)]`, `print([${v} for q in range(2)])`, `import datetime as ${v}`, `(${v} := 5)`,
        `global ${v}`, `${v}.a = 1`, `print(${v} + 1)`, `if True:\n    ${v} = 1`, 'w = 1',
      ]);
      const after = pick(r, ['', `\n${v} = 2\nprint(${v})`, '\nprint("after")', '\n1 +']);
      const src = `${before}\nglobal ${pick(r, [v, v, `${v}, w`, 'w'])}${after}`;
      cases.push({ name: `global after use ${i}`, cells: [src] });
    }
  }
  return cases;
}

const PREFIX_CODES = [0x00, 0x01, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x7f, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x200b, 0x2028, 0x202f, 0x3000, 0xfeff];

export function numberTextCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const c = String.fromCodePoint(pick(r, PREFIX_CODES));
    const body = pick(r, ['30', '-30', '3.5', '1e3', '0x1f', '٣٠', '3_0', 'inf']);
    const text = pick(r, [c + body, body + c, c + body + c, c + c + body, ` ${c}${body}`]);
    const fn = pick(r, ['int', 'float', 'int', 'int16', 'int0']);
    const call = fn === 'int16' ? `int(${py(text)}, 16)` : fn === 'int0' ? `int(${py(text)}, 0)` : `${fn}(${py(text)})`;
    cases.push({ name: `number text ${i}`, cells: [`print(${call})`] });
  }
  return cases;
}

export function digitLimitCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const base = pick(r, [0, 2, 3, 7, 8, 10, 10, 16, 32, 36]);
    const digit = base === 2 ? '1' : pick(r, ['1', '7', '1']);
    const len = pick(r, [4299, 4300, 4301, 4302, 5000]);
    const zeros = pick(r, [0, 0, 1, 5, 4300]);
    const sign = pick(r, ['', '-', '+', ' ']);
    const tail = pick(r, ['', '', 'x', '_1', ' ']);
    const expr = `${py(sign)} + "0" * ${zeros} + ${py(digit)} * ${len} + ${py(tail)}`;
    const call = base === 10 && r() < 0.5 ? `int(${expr})` : `int(${expr}, ${base})`;
    cases.push({ name: `digit limit ${i}`, cells: [`print(${call} % 1000)`] });
  }
  return cases;
}

const PARAM_LISTS = ['', 'x', 'x, y', 'x, y=2', 'x=1, y=2', '*args', 'x, *args', '**kw', 'x, **kw', 'x, *, k', 'x, *, k=3', 'a, /, b', 'a, /, b=1, *c, d=4, **e', 'x, y, z'];
const CALL_ARGS = ['', '1', '1, 2', '1, 2, 3', 'x=1', 'y=5', '1, y=5', 'k=9', '1, k=9', 'a=1', '1, b=2', '1, 2, d=0', '*[1, 2]', '**{"x": 1}', '1, x=1', 'z=1'];
const RAISERS = ['int("x")', '{}["k"]', '[][3]', '1 / 0', 'undefined_name', '"a" + 1', 'raise ValueError("v")', 'raise KeyError', 'None.x', 'pass', 'int("7")', 'raise OSError(2, "gone")'];
const HANDLERS = ['ValueError', 'KeyError', 'LookupError', '(TypeError, ZeroDivisionError)', 'Exception', 'ArithmeticError', 'NameError', 'OSError', 'FileNotFoundError', '', 'BaseException', '5'];

/** def, lambda and try/except as a learner writes them, with the mistakes they make. */
export function functionCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const shape = int(r, 0, 4);
    let src: string;
    if (shape === 0) {
      const params = pick(r, PARAM_LISTS);
      const body = pick(r, ['return locals_sum', 'return 1', 'pass', 'print("called")\n    return None']);
      const names = params.split(',').map((p) => p.trim().replace(/^\*+/, '').split('=')[0]).filter((p) => p && p !== '/' && p !== '');
      const ret = body.startsWith('return locals_sum') ? `return (${names.join(', ')}${names.length === 1 ? ',' : ''})` : body;
      src = `def f(${params}):\n    ${ret}\nprint(f(${pick(r, CALL_ARGS)}))`;
    } else if (shape === 1) {
      const data = pick(r, ['["bb", "a", "ccc", "dd"]', '[3, -1, 2, -5]', '[(1, "b"), (0, "a"), (1, "a")]', '["Ingest", "build", "Report"]']);
      const key = pick(r, ['lambda s: len(s)', 'lambda x: -x', 'lambda t: t[1]', 'lambda s: s.lower()', 'lambda x: x', 'lambda: 0', 'lambda x, y: x', 'abs']);
      const fn = pick(r, ['sorted', 'max', 'min']);
      src = `print(${fn}(${data}, key=${key}))`;
    } else if (shape === 2) {
      const raiser = pick(r, RAISERS);
      const h1 = pick(r, HANDLERS);
      const h2 = pick(r, HANDLERS);
      const asName = r() < 0.5 ? ' as e' : '';
      const show = asName ? 'print("caught", type(e).__name__, e, e.args)' : 'print("caught")';
      const second = r() < 0.4 ? `\nexcept ${h2}:\n    print("second")` : '';
      const tail = pick(r, ['', '\nelse:\n    print("no error")', '\nfinally:\n    print("finally")', '\nelse:\n    print("else")\nfinally:\n    print("fin")']);
      const after = pick(r, ['', '\nprint(e)', '\nprint("after")']);
      src = `try:\n    ${raiser}\nexcept${h1 ? ' ' + h1 : ''}${h1 ? asName : ''}:\n    ${h1 ? show : 'print("caught")'}${second}${tail}${after}`;
    } else if (shape === 3) {
      const v = pick(r, ['x', 'total']);
      const body = pick(r, [
        `${v} = ${v} + 1\n    return ${v}`, `global ${v}\n    ${v} = ${v} + 1\n    return ${v}`, `return ${v} * 2`,
        `print(${v})\n    ${v} = 3`, `def inner():\n        return ${v}\n    return inner()`,
        `def inner():\n        nonlocal ${v}\n        ${v} = 7\n    inner()\n    return ${v}`, `del ${v}`,
      ]);
      src = `${v} = 10\ndef f(${r() < 0.3 ? v : ''}):\n    ${body}\nprint(f(${r() < 0.3 ? '5' : ''}))\nprint(${v})`;
    } else {
      const depth = pick(r, ['3', '10', '2000']);
      src = `def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\nprint(fact(${depth}) % 1000)`;
    }
    cases.push({ name: `functions ${i}`, cells: [src] });
  }
  return cases;
}

/** datetime as learners use it for a job's run time: now/utcnow, timestamp, strftime, date. */
export function datetimeCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const cases: Case[] = [];
  const makers = [
    'datetime.now()', 'datetime.utcnow()', 'datetime.today()', 'datetime(2026, 3, 29, 2, 30)', 'datetime(2026, 10, 25, 2, 30, 5, 250)',
    'datetime(1999, 12, 31, 23, 59, 59, 999999)', 'datetime(1970, 1, 1)', 'datetime(2038, 1, 19, 3, 14, 8)', 'datetime(1, 1, 1)',
    'datetime(9999, 12, 31, 23, 59, 59)', 'datetime(2024, 2, 29, 12)',
  ];
  const uses = [
    (d: string) => `print(${d}.timestamp())`, (d: string) => `print(${d}.date())`, (d: string) => `print(${d}.strftime("%Y-%m-%d %H:%M"))`,
    (d: string) => `print(${d}.strftime("%A %d %B %Y, %I:%M %p"))`, (d: string) => `print(${d}.isoformat())`,
    (d: string) => `print(int(${d}.timestamp()) % 86400)`, (d: string) => `x = ${d}\ny = ${d}\nprint(x < y, x == y, x.date() == y.date())`,
    (d: string) => `print(type(${d}.timestamp()).__name__, ${d}.date().isoformat())`, (d: string) => `print(${d}.date().timestamp())`,
    (d: string) => `print(datetime.utcnow() > ${d})`, (d: string) => `print(${d}.year, ${d}.date().weekday())`,
  ];
  for (let i = 0; i < n; i++) {
    const imp = pick(r, ['from datetime import datetime', 'import datetime as dt\ndatetime = dt.datetime']);
    cases.push({ name: `datetime ${i}`, cells: [`${imp}\n${pick(r, uses)(pick(r, makers))}`] });
  }
  return cases;
}

/** `import math` as a learner uses it: rounding, roots, logs, powers, integer helpers. */
export function mathCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const nums = ['0', '1', '2', '-3', '10', '0.5', '2.5', '-2.5', '1e-300', '1e300', '7.123456789', '1800 / 60', '10**20', 'float("inf")', 'float("nan")', '-0.0', 'True', '"3"', '[]'];
  const fns = [
    (a: string) => `math.sqrt(${a})`, (a: string) => `math.floor(${a})`, (a: string) => `math.ceil(${a})`, (a: string) => `math.trunc(${a})`,
    (a: string) => `math.fabs(${a})`, (a: string) => `math.exp(${a})`, (a: string) => `math.log(${a})`, (a: string) => `math.log2(${a})`,
    (a: string) => `math.log10(${a})`, (a: string, b: string) => `math.log(${a}, ${b})`, (a: string, b: string) => `math.pow(${a}, ${b})`,
    (a: string, b: string) => `math.isclose(${a}, ${b})`, (a: string) => `math.isnan(${a})`, (a: string) => `math.isinf(${a})`,
    (a: string, b: string) => `math.copysign(${a}, ${b})`, (a: string) => `math.degrees(${a})`, (a: string) => `math.radians(${a})`,
    (a: string, b: string) => `math.gcd(${a}, ${b})`, (a: string) => `math.factorial(${a})`, (a: string) => `math.isqrt(${a})`,
    (a: string, b: string) => `math.comb(${a}, ${b})`, (a: string) => `math.prod([${a}, ${a}, 3])`, () => 'math.pi * 2', () => 'math.e',
    (a: string) => `round(math.exp(${a}), 3)`, (a: string) => `math.floor(math.log10(${a}))`,
  ];
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const x = `${pick(r, nums)}`;
    const y = `${pick(r, nums)}`;
    const expr = pick(r, fns)(x, y);
    const imp = pick(r, ['import math', 'import math as math']);
    cases.push({ name: `math ${i}`, cells: [`${imp}\nprint(${expr})`] });
  }
  // random floats through the transcendental functions, where last digits differ between libms
  for (let i = 0; i < n; i++) {
    const v = (r() * 10 ** int(r, -3, 6)).toPrecision(int(r, 3, 17));
    const f = pick(r, ['exp', 'log', 'log2', 'log10', 'sqrt']);
    cases.push({ name: `math float ${i}`, cells: [`import math\nprint(math.${f}(${f === 'exp' ? (r() < 0.5 ? '-' : '') + String(Number(v) % 700) : v}))`] });
  }
  return cases;
}

/** float ** and pow(): the last digit depends on the C library's pow, which JS's Math.pow misses. */
export function powCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const x = pick(r, [
      () => (int(r, 1, 999) / 100).toString(), () => (r() * 10).toPrecision(int(r, 2, 17)), () => `1.${String(int(r, 1, 99999)).padStart(5, '0')}`,
      () => String(-int(r, 1, 9) / 10), () => String(int(r, 2, 40)), () => `0.${int(r, 1, 99)}`,
    ])();
    const y = pick(r, [
      () => String(int(r, -30, 30)), () => `${int(r, -8, 8)}.5`, () => (r() * 4 - 2).toPrecision(int(r, 2, 17)), () => '0.5', () => '1/3',
      () => String(int(r, 100, 400)), () => `-${int(r, 2, 12)}.0`,
    ])();
    const form = pick(r, ['**', '**', 'pow']);
    const expr = form === 'pow' ? `pow(${x}, ${y})` : `(${x}) ** (${y})`;
    cases.push({ name: `pow ${i}`, cells: [`print(${expr})`] });
  }
  return cases;
}

/** Builtins called with keyword arguments, which CPython accepts for some parameters only. */
export function keywordCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const calls: [string, string[]][] = [
    ['int', ['"30"']], ['float', ['"3.5"']], ['str', ['30']], ['bool', ['1']], ['list', ['"ab"']], ['tuple', ['[1]']],
    ['set', ['[1]']], ['frozenset', ['[1]']], ['len', ['[1]']], ['abs', ['-3']], ['sorted', ['[2, 1]']], ['min', ['[2, 1]']],
    ['max', ['[2, 1]']], ['sum', ['[1, 2]']], ['round', ['2.567']], ['pow', ['2', '3']], ['divmod', ['7', '2']],
    ['format', ['3']], ['repr', ['1']], ['chr', ['65']], ['ord', ['"a"']], ['hex', ['255']], ['enumerate', ['"ab"']],
    ['range', ['3']], ['any', ['[0]']], ['all', ['[1]']], ['reversed', ['[1, 2]']], ['zip', ['[1]', '[2]']], ['print', ['1']],
  ];
  const kws = ['x', 'base', 'object', 'iterable', 'start', 'number', 'ndigits', 'exp', 'mod', 'key', 'reverse', 'default', 'sep', 'end', 'strict', 'obj', 'format_spec', 'i', 'c', 'stop', 'value'];
  const vals = ['10', '1', 'None', '"-"', 'True', '[3]'];
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const [fn, args] = pick(r, calls);
    const kw = pick(r, kws);
    const val = pick(r, vals);
    const shape = int(r, 0, 2);
    const argText = shape === 0 ? `${kw}=${val}` : shape === 1 ? `${args.join(', ')}, ${kw}=${val}` : `${args.slice(1).join(', ')}${args.length > 1 ? ', ' : ''}${kw}=${args[0]}`;
    cases.push({ name: `keyword ${i}`, cells: [`r = ${fn}(${argText})\nprint(type(r).__name__)`] });
  }
  return cases;
}

/** Attributes read on the classes themselves (`int.real`): data descriptors and what is not there. */
export function descriptorCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const types = ['int', 'bool', 'float', 'range', 'slice', 'BaseException', 'KeyError', 'OSError', 'FileNotFoundError', 'SyntaxError', 'StopIteration', 'SystemExit', 'ImportError', 'ModuleNotFoundError', 'AttributeError', 'NameError', 'UnicodeEncodeError', 'ExceptionGroup', 'datetime.date', 'datetime.datetime', 'str', 'list'];
  const attrs = ['real', 'imag', 'numerator', 'denominator', 'start', 'stop', 'step', 'args', 'errno', 'strerror', 'filename', 'msg', 'lineno', 'value', 'code', 'name', 'path', 'obj', 'reason', 'message', 'exceptions', 'year', 'hour', 'microsecond', 'characters_written', 'conjugate'];
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const t = pick(r, types);
    const a = pick(r, attrs);
    const use = pick(r, [`print(${t}.${a})`, `print(type(${t}.${a}).__name__)`, `print(${t}.${a} == ${t}.${a})`, `${t}.${a}(1)`]);
    cases.push({ name: `descriptor ${i}`, cells: [`import datetime\n${use}`] });
  }
  return cases;
}

/** Case mapping where Python differs from a per-character mapping: final sigma, title case, special casing. */
export function caseMappingCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const pool = ['Σ', 'σ', 'ς', 'Α', 'α', 'Ο', ' ', '.', "'", 'ᾈ', 'ᾀ', 'ᾳ', 'ῼ', 'ǅ', 'Ǆ', 'ǆ', 'ß', 'ŉ', 'İ', 'ı', 'ﬁ', 'ﬀ', 'a', 'A', 'z', '1', '\u0301', '\u00ad', 'ΐ', 'ǰ', 'Ⅻ', 'ⓐ', '_', 'ẞ', 'Ꭰ', 'ꭰ', 'ᏸ'];
  const methods = ['lower', 'upper', 'title', 'capitalize', 'swapcase', 'casefold', 'istitle', 'isupper', 'islower'];
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const len = int(r, 1, 7);
    let s = '';
    for (let k = 0; k < len; k++) s += pick(r, pool);
    const m = pick(r, methods);
    cases.push({ name: `case mapping ${i}`, cells: [`print(ascii(${py(s)}.${m}()))`] });
  }
  return cases;
}

/** Class methods called on the types themselves: float.fromhex and float.hex round trips. */
export function classMethodCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const cases: Case[] = [];
  const texts = ['0x1.8p1', '1.8p1', '  0x1p-1074 ', '0x1p-1075', '0x1.fffffffffffff8p1023', '-0x1P+3', 'inf', '-Infinity', 'nan', '0x.8', '0x1.', '0x', '1e5', '0x1.8p', '0X1_0p0', '0x1p10000', '+0x0p0', '0xg', '0x1.00000000000008p0', '0x1.00000000000018p0', '-0x0p0', '0x3p-1076'];
  for (let i = 0; i < n; i++) {
    const shape = int(r, 0, 3);
    if (shape === 0) cases.push({ name: `fromhex ${i}`, cells: [`print(float.fromhex(${py(pick(r, texts))}))`] });
    else if (shape === 1) {
      const x = pick(r, [() => (r() * 10 ** int(r, -320, 308)).toPrecision(int(r, 1, 17)), () => String(int(r, -100, 100)), () => '-0.0', () => '5e-324', () => '1e308', () => `${int(r, 1, 9)}/${int(r, 1, 9)}`])();
      cases.push({ name: `hex ${i}`, cells: [`x = float(${x})\nprint(x.hex(), float.fromhex(x.hex()) == x)`] });
    } else if (shape === 2) cases.push({ name: `fromhex arg ${i}`, cells: [`print(float.fromhex(${pick(r, ['1', 'None', '"0x1p0", 2', '', 'b=1'])}))`] });
    else cases.push({ name: `fromhex on instance ${i}`, cells: [`print((2.5).fromhex(${py(pick(r, texts))}), float.hex(${pick(r, ['1.0', '1', '"x"'])}))`] });
  }
  return cases;
}

/** Assigning `__builtins__`: the next cell looks builtins up through the new mapping. */
export function builtinsCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const values = ['{}', '{"print": print}', '{"print": len, "len": print}', '{"x": 1}', '5', '[1]', 'None', '"text"', '{"print": print, "int": str}'];
  const later = ['print(1)', 'x = len([1])\nprint(x)', 'print(int("3") + 1)', 'y = 2\nprint(y)', 'x', 'print(True, None)', 'z = [i for i in range(2)]'];
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const first = `__builtins__ = ${pick(r, values)}`;
    const same = r() < 0.3 ? `\n${pick(r, later)}` : '';
    const cells = [first + same, pick(r, later)];
    if (r() < 0.3) cells.push(pick(r, ['del __builtins__', '__builtins__ = {}']), pick(r, later));
    cases.push({ name: `__builtins__ ${i}`, cells });
  }
  return cases;
}

/** Pieces of bytes literals: plain text, quotes, every escape kind, bytes outside ASCII. */
const BYTES_PIECES = ['a', '30', ' ', "'", '\\"', '\\\\', '\\t', '\\n', '\\r', '\\x00', '\\xff', '\\x7f', '\\x80', '\\x1f', '\\xc3\\xa9', '\\xe2\\x82', '\\xe2\\x82\\xac', '\\xf0\\x9f\\x98\\x80', '\\xf0\\x28', '\\xed\\xa0\\x80', '\\x41', '\\101', '\\0', '\\u00e9', '\\q', '_', '-', '1', '.5', 'e3', '\\x0b', '\\x0c'];
const STR_TEXTS = ['', 'a', 'é', '30', 'ab€', '😀', '\\ud800x', 'x\\udcff\\ud800', 'caf\\xe9', '\\x00', 'Ω'];

function bytesLiteral(r: Rand): string {
  const parts = Array.from({ length: int(r, 0, 4) }, () => pick(r, BYTES_PIECES));
  const prefix = pick(r, ['b', 'b', 'B', 'rb', 'Rb', 'br']);
  const body = parts.join('');
  if (prefix.toLowerCase().includes('r')) return `${prefix}"${body.replace(/\\"/g, "'").replace(/\\+$/, '')}"`;
  return `${prefix}"${body}"`;
}

/** bytes: literals and their repr, comparisons, hashing as dict keys, indexing, codecs, int()/float() of bytes. */
export function bytesCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const lit = (): string => bytesLiteral(r);
  const num = (): string => `b"${pick(r, ['30', ' 30 ', '3_0', '\\t42\\n', '-7', '+1', '0x1f', '1__0', '3.5', ' 1e3 ', 'inf', '-nan', '', 'x', '\\xa030', '\\x1c30', '12\\x00', '0b101', '1_000.5'])}"`;
  const other = (): string => pick(r, ['"a"', '1', '1.5', 'None', '[1]', '(1,)', 'b""', '2', '-1', 'True']);
  const templates: (() => string)[] = [
    () => `print(${lit()})`,
    () => `x = ${lit()}\nprint(repr(x), str(x), len(x), x)`,
    () => `print(${lit()} == ${lit()}, ${lit()} != ${lit()}, ${lit()} < ${lit()}, ${lit()} >= ${lit()})`,
    () => `print(sorted([${lit()}, ${lit()}, ${lit()}]))`,
    () => `d = {${lit()}: 1, ${lit()}: 2, "a": 3, ${lit()}: 4}\nprint(d, len(d))`,
    // hash() itself is refused, as for str (CPython randomises both per process); sets and dicts use it
    () => `s = {${lit()}, ${lit()}, ${lit()}}\nprint(len(s), ${lit()} in s, {b"a": 1}[b"a"], (b"x", 1) in {(b"x", 1): 0}, {b"a", b"a"}, {b"1", 1} == {1, b"1"})`,
    () => `x = ${lit()}\nprint(x[${int(r, -5, 5)}])`,
    () => `x = ${lit()}\nprint(x[${pick(r, ['1:', ':2', '::-1', '1:3', '::2', '-2:', '5:1'])}], list(x), x[${pick(r, ['"a"', '1.0', 'None'])}])`,
    () => `print(${pick(r, [lit(), '97', '256', '-1', '"a"', '1.0', 'None'])} in ${lit()})`,
    () => `print(${lit()} + ${pick(r, [lit(), other()])})`,
    () => `print(${pick(r, [lit(), '"s"'])} + ${lit()})`,
    () => `print(${lit()} * ${pick(r, ['0', '2', '-1', '3', '2.0', 'True', lit()])}, ${int(r, 0, 3)} * ${lit()})`,
    () => `print(${lit()}.decode(${pick(r, ['', '"utf-8"', '"ascii"', '"latin-1"', 'encoding="UTF8"', '"utf_8"', '1'])}))`,
    () => `print(str(${lit()}, "utf-8"), str(${lit()}))`,
    () => `print(${py(pick(r, STR_TEXTS)).replace(/\\\\/g, '\\')}.encode(${pick(r, ['', '"utf-8"', '"ascii"', '"latin-1"', 'encoding="utf8"'])}))`,
    () => `print(int(${num()}), float(${num()}))`,
    () => `print(int(${num()}, ${pick(r, ['0', '16', '2', '10', '36'])}))`,
    () => `print(float(${num()}))`,
    () => `print(bytes(${pick(r, ['', '0', '3', '-1', '[1, 2, 255]', '[256]', '[-1]', '["a"]', '(65, 66)', 'range(3)', '"abc"', '"abc", "utf-8"', '"é", "ascii"', '1.5', 'None', lit(), '[True, 0]', '[1.0]'])}))`,
    () => `x = ${lit()}\nprint(type(x), type(x) is bytes, isinstance(x, bytes), isinstance(x, str), bool(x), type(b"") is bytes)`,
    () => `print(${lit()} == ${pick(r, ['"a"', '""', '97', '[97]'])}, ${lit()} ${pick(r, ['<', '>', '<=', '>='])} ${pick(r, ['"a"', '1', lit()])})`,
    () => `print(${lit()}.decode() == ${py(pick(r, STR_TEXTS)).replace(/\\\\/g, '\\')})`,
    () => `for c in ${lit()}:\n    print(c, chr(c))`,
    () => `print([${lit()}, (${lit()},)], {"k": ${lit()}})`,
    () => `x = ${lit()}\ny = ${lit()}\nprint(f'{x!r} {y} {x}')`,
  ];
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) cases.push({ name: `bytes ${i}`, cells: [pick(r, templates)()] });
  return cases;
}

const COMPLEX_ATOMS = ['30j', '1j', '0j', '-0j', '2.5j', '1e3j', '1_0j', '0.1j', '1e400j', '(1+2j)', '(-1-1j)', '(3-4j)', '(-0.0-1j)', '(0.5+0.25j)', 'complex(1, 2)', 'complex(-0.0, 0)', 'complex(0, -0.0)', 'complex(2)', 'complex()', 'complex(1.5, -0.0)', "complex(float('nan'), 1)", "complex(1, float('inf'))", "complex(-float('inf'), 0)", 'complex(1e308, 1e308)', 'complex(1j, 2j)', 'complex(1+2j, 3)', 'complex(imag=2)', '(1+0j)', '(2+0j)', '(-3+0j)'];
const REAL_ATOMS = ['0', '1', '2', '-3', '7', 'True', 'False', '0.0', '-0.0', '1.5', '-2.25', '1e-300', '1e308', "float('inf')", "float('nan')", '(10**400)'];

/** complex numbers: literals, repr, arithmetic with int/float/complex, equality, hash, errors. */
export function complexCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const c = (): string => pick(r, COMPLEX_ATOMS);
  const k = (): string => pick(r, [...COMPLEX_ATOMS, ...REAL_ATOMS].filter((a) => !a.includes('nan')));
  const x = (): string => (r() < 0.6 ? c() : pick(r, REAL_ATOMS));
  const op = (): string => pick(r, ['+', '-', '*', '/', '==', '!=']);
  const templates: (() => string)[] = [
    () => `print(${c()})`,
    () => `print(repr(${c()}), str(${c()}), ${c()})`,
    // ** only with the integer exponents CPython computes by repeated squaring (see pow below)
    () => `print(${x()} ${op()} ${x()})`,
    () => `print(${c()} ${op()} ${x()}, ${x()} ${op()} ${c()})`,
    // (an int base of 400 digits to the 100th is past the engine's int size limit)
    () => `print(${x().replace('(10**400)', '10')} ** ${pick(r, ['0', '1', '2', '3', '-1', '-2', '10', '100', '0.0', '2.0', '0j', '(2+0j)', '-1.0'])})`,
    () => `print(${c()} / ${pick(r, ['0', '0.0', '0j', '-0.0', 'complex(0, -0.0)', '2', '1j'])})`,
    () => `z = ${c()}\nprint(z.real, z.imag, abs(z), z.conjugate(), -z, +z, bool(z))`,
    () => `print(abs(${pick(r, ['3+4j', '1+1j', '-5j', '1e200+1e200j', "complex(float('inf'), float('nan'))", "complex(float('nan'), 1)", '0.1+0.2j', '1.7976931348623157e308+1.7976931348623157e308j'])}))`,
    // (no NaN keys: CPython's float('nan') objects differ by identity, a known difference here)
    () => `print({1, 1+0j, 1.0, True}, {${k()}: 1, ${k()}: 2, ${k()}: 3}, len({${k()}, ${k()}, ${k()}}), {${k()}, ${k()}} == {${k()}, ${k()}})`,
    // random parts: Smith's division, products, hypot and repr on arbitrary doubles
    () => {
      const f = (): string => pick(r, [String(int(r, -9, 9)), (r() * 20 - 10).toPrecision(int(r, 1, 17)), `${(r() * 9).toFixed(3)}e${int(r, -320, 308)}`]);
      return `a = complex(${f()}, ${f()})\nb = complex(${f()}, ${f()})\nprint(a, b, abs(a), a * b, a + b, a - b)\nprint(a / b)\nprint(a ** ${int(r, -4, 6)})`;
    },
    () => `print(${c()} == ${pick(r, REAL_ATOMS)}, ${c()} != ${c()}, ${c()} in [${x()}, ${x()}])`,
    () => `print(${c()} ${pick(r, ['<', '>', '<=', '>='])} ${x()})`,
    () => `print(int(${c()}))`,
    () => `print(float(${c()}))`,
    () => `print(${c()} ${pick(r, ['//', '%', '&', '<<'])} ${x()})`,
    () => `print(complex(${pick(r, ['"1"', 'None', '[1]', '1, "2"', '1, None', '1, 2, 3', 'x=1', 'real=1, imag=2', '1j, 1j'])}))`,
    () => `print(complex(${py(pick(r, ['1', '1+2j', ' (1-2j) ', '(1+2j', '1+2', 'j', '-j', '+1j', '1e3-J', 'inf+nanj', '-infinityj', '1_0+2_0j', '1__0j', '_1j', '1_j', '1 + 2j', '', ' ', '()', '(j)', '1.5e', '.5j', '1.j', 'nan', '1+-2j', '1j+2', '１+２j', '\u00a01j', 'a', '1+2j\u0000', '(\t1j\n)']))}))`,
    () => `print(type(${c()}), isinstance(${c()}, complex), type(1j) is complex, sum([${c()}, ${x()}, ${c()}]))`,
    () => `print(pow(${c()}, ${pick(r, ['2', '-1', '0', '3'])}), pow(${x()}, 2, ${pick(r, ['3', '1j'])}))`,
    () => `z = ${c()}\nz += ${x()}\nz *= ${x()}\nprint(z, [z], (z,), {"k": z}, f"{z}")`,
    () => `print(hash(${k()}) == hash(${k()}), hash(1+0j) == hash(1), hash(${pick(r, ['1j', '2+3j', '-1j', '(1.5-2j)'])}))`,
  ];
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) cases.push({ name: `complex ${i}`, cells: [pick(r, templates)()] });
  return cases;
}

/** Powers that leave the reals or the integers: a negative base to a fractional power, complex bases and exponents (_Py_c_pow). */
export function complexPowerCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const f = (): string => pick(r, [String(int(r, -9, 9)), (r() * 20 - 10).toPrecision(int(r, 1, 17)), `${(r() * 9).toFixed(3)}e${int(r, -200, 200)}`]);
  const base = (): string =>
    pick(r, [
      () => `-${int(r, 1, 30)}`, () => `-${(r() * 10).toPrecision(int(r, 1, 6))}`, () => `-0.${int(r, 1, 999)}`, () => pick(r, ['1j', '-1j', '2j', '(1+1j)', '(-1-1j)', '(3-4j)', '(0.5+0.25j)', '(-8+0j)', '0j', 'complex(0, -0.0)']),
      () => `complex(${f()}, ${f()})`, () => `-1e${int(r, -320, 308)}`,
    ])();
  const exp = (): string =>
    pick(r, [
      () => pick(r, ['0.5', '1/3', '2.5', '-0.5', '-1.5', '0.1', '1e-5', '100.5', '-100.5', '101', '-101', '150', '1e3 + 0.5', '0.0', '1.0']),
      () => pick(r, ['1j', '-1j', '(1+1j)', '(0.5-2j)', '0j', 'complex(2, 0)', 'complex(0.5, 0)', '1e300j', '(1+1e-300j)']),
      () => (r() * 8 - 4).toPrecision(int(r, 1, 17)), () => `complex(${f()}, ${f()})`, () => `${int(r, -5, 5)}.${int(r, 1, 9)}`,
    ])();
  const templates: (() => string)[] = [
    () => `print(${base()} ** ${exp()})`,
    () => `print(pow(${base()}, ${exp()}))`,
    () => `x = (${base()}) ** (${exp()})\nprint(x.real, x.imag, type(x).__name__)`,
    () => `print([round(abs((${base()}) ** (${exp()})), 6)])`,
    () => `print(${pick(r, ['-8', '-27.0', '-2', '-1'])} ** (1/3), (-1) ** 0.5, (-2) ** ${pick(r, ['0.5', '1.5', '-0.25'])})`,
    () => `z = ${base()}\nprint(z ** 0.5, z ** (1/3), z ** 1j)`,
  ];
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) cases.push({ name: `complex power ${i}`, cells: [pick(r, templates)()] });
  return cases;
}

/** Format specs on complex numbers: format(), f-strings and str.format, every part of the spec mini-language. */
export function complexFormatCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const value = (): string =>
    pick(r, [
      () => pick(r, ['1+2j', '2j', '-0.0-1j', 'complex(-0.0, 0.0)', '0j', '1234567.891-0.000123j', "complex(float('inf'), float('nan'))", '1e20+1e-20j', '(3-4j)', '-2.5j', '0.1+0.2j', '1e-7j', 'complex(1, -0.0)']),
      () => `complex(${(r() * 2e4 - 1e4).toPrecision(int(r, 1, 12))}, ${(r() * 2e4 - 1e4).toPrecision(int(r, 1, 12))})`,
      () => `${int(r, -999, 999)}${pick(r, ['+', '-'])}${(r() * 100).toFixed(int(r, 0, 5))}j`,
    ])();
  const spec = (): string => {
    const align = pick(r, ['', '', '<', '>', '^', '=', '*<', '0>', '-^', 'é>']);
    const sign = pick(r, ['', '', '+', '-', ' ']);
    const z = r() < 0.15 ? 'z' : '';
    const alt = r() < 0.15 ? '#' : '';
    const zero = r() < 0.08 ? '0' : '';
    const width = r() < 0.5 ? String(int(r, 1, 30)) : '';
    const group = pick(r, ['', '', '', ',', '_']);
    const prec = r() < 0.6 ? `.${int(r, 0, 12)}` : '';
    const type = pick(r, ['', '', 'f', 'f', 'e', 'E', 'g', 'G', 'F', 'n', '%', 'd', 'x', 's', 'r']);
    return align + sign + z + alt + zero + width + group + prec + type;
  };
  const templates: (() => string)[] = [
    () => `print(format(${value()}, ${py(spec())}))`,
    () => `z = ${value()}\nprint(f"[{z:${spec()}}]")`,
    () => `print("{0:${spec()}} | {0}".format(${value()}))`,
    () => `z = ${value()}\nprint(f"{z.real:.2f} {z.imag:+.2f}j {abs(z):.3f} {z!r:>30} {z!s:<30}|")`,
    () => `print(format(${value()}, ""), format(${value()}, ${py(pick(r, ['.2f', '10.3g', '^25', '+.1e', '_.4f']))}))`,
    () => `print(${py(pick(r, ['%s', '%r', '%f', '%.2f', '%d', '%g']))} % (${value()},))`,
  ];
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) cases.push({ name: `complex format ${i}`, cells: [pick(r, templates)()] });
  return cases;
}

/** bytes methods: ASCII-only case and classes, byte arguments, slices, separators, and the errors for str arguments. */
export function bytesMethodCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const lit = (): string => bytesLiteral(r);
  const text = (): string =>
    `b"${Array.from({ length: int(r, 0, 6) }, () => pick(r, ['a', 'B', 'job', ' ', '\\t', '\\n', '\\r\\n', ',', '-', '30', 'Run', '\\xe9', '\\x00', 'x', 'ab', '\\x0b', '\\x1c', '\\xa0', '_', 'ID'])).join('')}"`;
  const sub = (): string => pick(r, [lit(), text(), '"a"', '97', '256', '-1', 'None', '1.0', 'b""', 'b"a"', '(b"a", b"b")', '(b"x", "a")']);
  const idx = (): string => pick(r, ['', `, ${int(r, -4, 6)}`, `, ${int(r, -4, 6)}, ${int(r, -4, 8)}`, ', None, 2', ', "1"']);
  const noarg = ['upper', 'lower', 'swapcase', 'capitalize', 'title', 'isalpha', 'isdigit', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isascii'];
  const templates: (() => string)[] = [
    () => `print(${text()}.${pick(r, noarg)}(${r() < 0.1 ? '1' : ''}))`,
    () => `x = ${text()}\nprint([x.${pick(r, noarg)}() for _ in (1,)], x.upper().lower(), x.title().istitle())`,
    () => `print(${text()}.${pick(r, ['strip', 'lstrip', 'rstrip'])}(${pick(r, ['', 'None', 'b" "', 'b"ab"', 'b"\\t\\n "', '"a"', '1'])}))`,
    () => `print(${text()}.${pick(r, ['split', 'rsplit'])}(${pick(r, ['', 'b","', 'b" "', 'None, 1', 'b"a", 1', 'maxsplit=1', 'sep=b"-"', '","', 'b""', 'b"ab", -1', 'None, "1"'])}))`,
    () => `print(${text()}.splitlines(${pick(r, ['', 'True', 'keepends=True', '1', '0'])}))`,
    () => `print(${pick(r, ['b","', 'b""', 'b" - "', 'b"\\x00"'])}.join(${pick(r, ['[b"a", b"b"]', '(b"x",)', '[]', '[b"a", "b"]', '["a"]', '[b"a", 1]', '5', 'map(bytes, [[65], [66]])', '[b"1", b"2", b"3"]'])}))`,
    () => `print(${text()}.replace(${pick(r, ['b"a", b"b"', 'b"", b"-"', 'b"ab", b""', 'b" ", b"_", 1', '"a", b"b"', 'b"a", "b"', 'b"a", b"b", "1"', 'b"a", b"b", count=1', 'b"job", b"task", -1', 'b"a"'])}))`,
    () => `print(${text()}.${pick(r, ['startswith', 'endswith'])}(${sub()}${idx()}))`,
    () => `print(${text()}.${pick(r, ['find', 'rfind', 'count', 'index', 'rindex'])}(${sub()}${idx()}))`,
    () => `print(${text()}.${pick(r, ['partition', 'rpartition', 'removeprefix', 'removesuffix'])}(${pick(r, ['b"a"', 'b" "', 'b""', '"a"', 'b"job"', 'b"\\n"', '1'])}))`,
    () => `print(${text()}.${pick(r, ['center', 'ljust', 'rjust'])}(${pick(r, ['10', '3', '-1', '"5"', '8, b"*"', '8, "*"', '8, b"**"', '9, 1'])}))`,
    () => `print(${text()}.zfill(${pick(r, ['5', '0', '-2', '"3"', '12'])}), b"-7".zfill(4), b"+x".zfill(5))`,
    () => `print(${pick(r, [text(), lit(), 'b""', 'b"\\x00\\xff\\x10abc"'])}.hex(${pick(r, ['', '"-"', 'b":"', '" ", 2', '":", -2', '"--"', '"\\u00e9"', '1', 'sep="_", bytes_per_sep=3', '"-", 0', '"-", "2"'])}))`,
    () => `x = ${text()}\nprint(x.find(b"a") == x.index(b"a") if b"a" in x else x.find(b"a"), x.count(b"") == len(x) + 1)`,
    // str and bytes split alike once maxsplit is reached: the rest keeps its outer whitespace
    () => `s = ${text()}.decode("latin-1")\nprint(s.${pick(r, ['split', 'rsplit'])}(None, ${int(r, 0, 2)}), " a  b ".split(None, 1), " a  b ".rsplit(maxsplit=1))`,
  ];
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) cases.push({ name: `bytes method ${i}`, cells: [pick(r, templates)()] });
  return cases;
}
