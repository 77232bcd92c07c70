// Learner-style answers and small random programs for the differential test.

import { LAB_TASKS, fill } from './lab-cells';

export interface Case {
  name: string;
  cells: string[];
}

/** A small deterministic PRNG (mulberry32) so generated cases are stable across runs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

// Answers typed where the cell expects a Python value in code position (ints, bools, lists).
const CODE_VARIANTS = [
  '3', '2', '30', '1800/60', '1800//60', '1800 / 60', '30.0', '3_0', '03', '00', '0', '1e16', '1e1', '-3', '+3',
  '3.', '.5', '1_000', '1__000', '0x1e', '0o36', '0b11', '3e0', '"3"', "'3'", 'three', 'Three', 'None', 'True',
  'False', 'true', 'false', 'FALSE', '"False"', 'not True', 'True == False', '0 == 1', '[]', '()', '{}', 'set()',
  '[3]', '(3)', '3,', '(3,)', '3 tasks', 'int("3")', 'int("3.0")', 'float("3")', 'len(["a", "b", "c"])',
  '______', '', ' ', '3 # three', '"""3"""', '3;', '2+1', '10**2', '2**-1', 'True + 2', 'abs(-3)', '"3" + 1',
  '3 +', '(3', '3)', '[3', 'print(3)', '3 if True else 4', '3 == 3', 'x', "f'{3}'", '½', '３', '"a" "b"',
  'sorted([1, "a"])', 'sorted(["b", "a"])', 'round(29.5)', 'round(30.5)', 'int(30.9)', '1800 % 60', '1800 // 0',
  '1800 / 0', '1.0 // 0', '1 % 0', '0.0 ** -1', '2 ** 0.5', '10 ** 20', '1e308 * 10', '-0.0', 'float("nan")',
  '30 == 30.0', 'str(30)', 'repr("x")', 'None or 30', '0 and 1', '[] or "x"', 'num_tasks', 'timeout_minutes',
  'max(2, "2")', 'min([])', '"abc"[5]', '[1][1]', '{"a": 1}["b"]', '{[1]: 2}', 'len(5)', '(5)()', 'None[0]',
  '"x".foo()', 'int("x")', 'float("x")', 'int(None)', '"%d" % "x"', '"{}".format()', '"{0} {}".format(1, 2)',
  '“3”', "‘x’", 'def', 'import os', '$3', '3 $', '`3`', '3!', '!3', 'x = 3', '3 = x', 'print "x"',
  '[1, 2 3]', '{"a": 1 "b": 2}', 'f"{3"', 'f"{}"', 'f"}"', 'f"{3!x}"', 'f"{3:>{5}}"', 'f"{3=}"', 'f"{\'a\'!r:>6}"',
  '"\\x4"', '"C:\\Users"', 'r"\\d"', '1if 1 else 2', '0x', '09', '1e', '1_', '0b2', '0o8', '3.__class__',
];

// Answers typed inside the quotes of `"______"`.
const STRING_VARIANTS = [
  'Refresh_Pipeline', 'refresh pipeline', 'refresh_pipeline ', ' refresh_pipeline', '"refresh_pipeline"',
  "'refresh_pipeline'", 'refresh_pipeline\\', 'a"b', "a'b", '{x}', '{}', '', 'café', '日本語', '😀', 'ß', '\\n',
  '\\t', '\\x41', '\\u00e9', '\\U0001F600', '\\\\', '\\"', "\\'", 'ingest', 'SCHEDULED', 'schedule', 'scheduled\n',
  'file arrival', 'file-arrival', 'continous', 'Manual', 'job cluster', 'job_cluster\\', 'all purpose', 'all_purpose"',
  '0 6 * * * ', '0 6 * *', '* 6 * * *', '0 06 * * *', '0 * * * * *', '0 8 * * MON-FRI', '*/15 * * *', '15 * * * *',
  '0 8 * * 1,2,3,4,5', '\u00a0', '\u200b', 'x\u0301', '%s', '%d', '{0}', '______', '"""', "'''", '\\0', 'tab\there',
];

const LIST_VARIANTS = [
  '[]', '["ingest"]', "['ingest']", '[ingest]', '["ingest",]', '"ingest"', '("ingest",)', '[["ingest"]]',
  '["build_dim_tables", "build_fact_tables"]', '["build_fact_tables", "build_dim_tables"]',
  '["build_dim_tables" "build_fact_tables"]', '["build_dim_tables", 1]', '[1, "build_dim_tables"]', 'None', '{}',
  'set()', '["ingest"', '[ingest build]', '"ingest", "x"', '["generate_report"]', '["Generate_report"]', '[None]',
  '[[]]', '["ingest"] * 2', '["ingest"] + []', 'list("ingest")', 'sorted(["b", "a"])', '{"ingest"}', '[0]',
  '["build_dim_tables", "build_fact_tables", "ingest"]', '[“ingest”]', '["ingest"]]', '[]]', '[)', 'list()',
];

const ITEMS_VARIANTS = [
  '"build_fact_tables", "generate_report", "send_notification"',
  '"send_notification", "generate_report", "build_fact_tables"',
  '"build_fact_tables", "generate_report"', '"build_fact_tables"', 'build_fact_tables, generate_report', '',
  '"build_fact_tables", "generate_report", "send_notification", "ingest"', '"a", 1', '1, "a"', '["x"]',
  '"build_fact_tables" "generate_report" "send_notification"', "'build_fact_tables', 'generate_report', 'send_notification'",
  '"build_fact_tables", "generate_report", "send_notification",', '*["build_fact_tables", "generate_report", "send_notification"]',
  '"build_fact_tables" "generate_report", "send_notification"', '"build_fact_tables", None', 'None, None',
];

const EXPR_VARIANTS = [
  'rows_processed', '15420', '"15420"', '15_420', 'rows', 'processing_time', 'datetime.now().isoformat()',
  'datetime.now()', 'str(processing_time)', '"refresh_pipeline"', 'refresh_pipeline', "'rows_processed'",
  '"validate_results"', '0', '[0]', 'None', '"processing_time"', 'processing_time.upper()', 'rows_processed + 0',
  'int("15420")', 'float(rows_processed)', 'task_values', '"rows_processed"', 'rows_processed"', '["refresh_pipeline"]',
];

const SQL_VARIANTS = [
  'FAILED', 'failed', 'ERROR', 'Failed', 'FAIL', '7', 'seven', "'7'", '"""', '\\', '{}', "FAILED' AND 1=1 --", '%s',
  '\\n', '7 DAYS', '-7', '14', 'FAILED"', "FAILED'", 'ORDER BY', '"', '""', '\\"""', '😀', 'SUCCESS',
];

function variantsFor(todo: string, index: number): string[] {
  // Look at what surrounds the index-th blank to know how the learner types it.
  let pos = -1;
  for (let i = 0; i <= index; i++) pos = todo.indexOf('______', pos + 1);
  const before = todo.slice(Math.max(0, pos - 1), pos);
  const after = todo.slice(pos + 6, pos + 7);
  const line = todo.slice(todo.lastIndexOf('\n', pos) + 1, todo.indexOf('\n', pos) === -1 ? undefined : todo.indexOf('\n', pos));
  if (before === '"' && after === '"') return STRING_VARIANTS;
  if (before === "'" || (before === ' ' && line.includes('INTERVAL'))) return SQL_VARIANTS;
  if (line.includes('task_values') || line.includes('TODO: set the value')) return EXPR_VARIANTS;
  if (before === '[' && after === ']') return ITEMS_VARIANTS;
  if (line.includes('# list')) return LIST_VARIANTS;
  return CODE_VARIANTS;
}

/** Every lab task with one blank varied at a time (the others correct), plus random mixes. */
export function labCases(seed: number, mixesPerTask: number): Case[] {
  const out: Case[] = [];
  for (const task of LAB_TASKS) {
    out.push({ name: `task${task.number} correct`, cells: [fill(task.todo, task.answers), task.verify] });
    task.answers.forEach((_, bi) => {
      for (const v of variantsFor(task.todo, bi)) {
        const answers = task.answers.slice();
        answers[bi] = v;
        out.push({ name: `task${task.number} blank${bi + 1}=${JSON.stringify(v)}`, cells: [fill(task.todo, answers), task.verify] });
      }
    });
    const r = rng(seed + task.number);
    for (let m = 0; m < mixesPerTask; m++) {
      const answers = task.answers.map((a, bi) => (r() < 0.5 ? a : pick(r, variantsFor(task.todo, bi))));
      out.push({ name: `task${task.number} mix${m}`, cells: [fill(task.todo, answers), task.verify] });
    }
  }
  return out;
}

/** Hand-picked snippets around the subset's edges. */
export const EDGE_CASES: string[] = [
  'print(1800/60, 1800//60, 3_0, 1e16, 1e15, 1e-5, 1.5e-7, 0.1 + 0.2, 2**0.5, -0.0, 10**30 == 1e30, 30.0 == 30)',
  'print(sorted([1, "a"]))', 'print(sorted(["a", 1]))', 'print(sorted([3, 1, "a", 2]))', 'print(max([1, "a"]))',
  'print([], (), None, {}, set(), "a" "b", (1,), [1, "b\'s"], {"a": 1}, {1: "a", True: "b", 1.0: "c"})',
  'print(repr("a\'b"), repr(\'a"b\'), repr("a\'\\"b"), repr("\\n\\t\\\\"), repr("\\x00\\x7f\\x80\\xa0\\u200b"), repr("é😀"))',
  'print({3, 1, 2}, {10, 1}, {8, 16, 0}, {-1, -2}, {1.5, 2}, {(1, 2), (3, 4)}, {100, 5, 13, 21, 29})',
  'print(7 // -2, -7 // 2, 7 % -2, -7 % 2, 7.5 // 2, -7.5 // 2, 7.5 % -2, -0.0 % 5, 5 % -0.5, divmod(-7, 2))',
  'print(2 ** -1, 2 ** 0.5, (-8) ** 2, 10 ** 20, 2.0 ** 10, 0 ** 0, 1 << 3, -1 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5)',
  'print(True + 1, True * 3, -True, ~True, True / 2, True // 1, 0 == False, 1.0 == True, True & False, True | 2)',
  'print(f"{3.14159:.2f}|{42:05d}|{\'ab\':>5}|{\'ab\':*^7}|{1234567:,}|{0.25:%}|{12:x}|{12:#o}|{12:b}|{1e20:g}|{1.5:e}")',
  'print(f"{1234567.891:_.2f}", f"{-5:+}", f"{5: }", f"{-0.0:z}", f"{3:=+5}", f"{\'x\'!r:>5}", f"{1.0}", f"{1e16}", f"{100.0:.3}", f"{1.0:.3}")',
  'x = 5\nprint(f"{x=}", f"{x = }", f"{x=:>4}", f"{x!r}", f"{\'é\'!a}", f"{x:{x}}", f"{{x}}")',
  'print(round(2.675, 2), round(2.5), round(3.5), round(-0.5), round(1234, -2), round(1250, -2), round(0.5, -1), round(1e300))',
  'print(int(" 42 "), int("0x1f", 16), int("0x_1f", 0), int("z", 36), int(3.9), int(-3.9), float(" 1_000.5 "), float("-Infinity"))',
  'print(int("x"))', 'print(int("3.0"))', 'print(int("010", 0))', 'print(float("x"))', 'print(float("1__0"))',
  'print(int(None))', 'print(float(None))', 'print(int(float("inf")))', 'print(int(float("nan")))',
  'x = "a" * 10**12', 'x = "ab" * 2**62', 'x = [0] * 10**20', 'x = "a" * 10**20', 'x = str(10**5000)',
  'x = 1 / 0', 'x = 1 // 0', 'x = 1 % 0', 'x = 1.0 // 0', 'x = 1.0 % 0', 'x = 0.0 ** -1', 'x = 0 ** -1',
  'x = divmod(1.0, 0)', 'x = 10.0 ** 400', 'x = 2 ** 10000 * 1.0', 'print(1 << -1)', 'print(1.0 << 2)',
  'print(1 + "a")', 'print("a" + 1)', 'print([1] + (2,))', 'print("a" * "b")', 'print("a" * 2.0)', 'print(1 < "a")',
  'print({} < {})', 'print(None < None)', 'x = [1, 2]\nprint(x["a"])', 'x = [1, 2]\nprint(x[5])', 'print((1, 2)[5])',
  'print("ab"[5])', 'print({"a": 1}["b"])', 'print({"a": 1}[["b"]])', 'x = 5\nprint(x[0])', 'x = None\nprint(x[0])',
  'x = 5\nx()', 'x = "s"\nx.foo()', 'x = None\nx.foo', 'print(type(5), type("a"), type(None), type([]), type(print), type(int), print, len)',
  'x = 3 tasks', 'print(3 tasks)', 'x = [ingest build]', 'x = ""refresh""', 'x = "abc', 'x = [1, 2\ny = 3',
  'x = (1, 2]', 'x = 1)', '  x = 1', 'x = 1\n  y = 2', 'x = “x”', 'x = 03', 'x = 00', 'x = 3tasks', 'x = 1__0',
  'x = 0x', 'x = 09.5', 'x = 1e', 'x = True = 1', '3 = x', 'f(x) = 3', '"a" = x', 'x = ', 'x = (', 'x = f"{x"',
  'x = f"{}"', 'x = f"}"', 'x = f"{x!z}"', 'x = f"{1 2}"', 'x = f"{\'a\' if 1}"', 'x = f"{\\n}"', 'x = f"{#}"',
  'x = 3 = 4', 'x == 3 = 4', 'x = y == 3 = 4', 'assert x = 3', '[x = 3]', 'print(x = 3)', 'f(3=4)',
  'if x = 3:\n    pass', 'if x', 'if x:', 'if x:\npass', 'for x in y', 'x = 1 \\', 'x = 1 \\ y', 'def f(:',
  'print "hello"', 'x = f"{x!}"', 'x = f"{!r}"', 'x = f"{=}"', 'x = f"{3tasks}"', 'x = f"{x:{y:{z}}}"',
  'x = f\'{"a" "b"}\'\nprint(x)', 'x = f"{x" + "y}"', 'x = "a\\x4g"', 'x = "C:\\Users\\name"', 'x = "é\\x4"',
  'x = b"é"', 'x = "a" b"b"', 'x = 1 if 2', 'x = [1 if 2]', 'del f()', 'x = 5; x += 1; x.foo = 1', '"a".upper = 1',
  '"a".foo = 1', 'x = format(1, "abc")', 'x = format("a", "abc")', 'x = format("a", ",")', 'x = format("a", "d")',
  'x = format(1, ".2d")', 'x = format(1.5, "d")', 'x = 1.\nprint(x)', 'x = 1.e5\nprint(x)', 'x = 1.__class__',
  'x = 1 .real\nprint(x)', 'x = 0b102', 'x = 0o78', 'x = 0b', 'x = 0o', 'x = 0_0\nprint(x)', 'x = 0_', 'x = 1e+',
  'x = 1je', 'x = 1if 1 else 2\nprint(x)', 'x = 0x1for', 'x = 5 \t\n\ty = 2', 'if 1:\n        x = 1\n\ty = 2',
  'if 1:\n    x = 1\n  y = 2', 'x = 1 $ 2', 'x = 1 $ "abc', 'x = (1 2', 'x = [1, 2 3', 'x = [1, 2\ny = 3\nz = (',
  'print(len())', 'print(len(1, 2))', 'print(len(x=1))', 'print(len(5))', 'print(str(1, 2))', 'print(max([]))',
  'print(max())', 'print(min(1))', 'print(sum(["a", "b"]))', 'print(sum([1, "a"]))', 'print(abs("x"))', 'print(round("x"))',
  'print("abc".upper(1))', 'print("abc".split(1))', 'print("abc".replace("a"))', 'print([].append())',
  'print([].pop("x"))', 'print("a".join([1]))', 'print("a".startswith(1))', 'print([].index(5))',
  'print("abc".index("z"))', 'print([].remove(1))', 'print({}.pop("a"))', 'print([].pop())', 'print({}.popitem())',
  'print(set().pop())', 'print(set().remove(5))', 'print("a".upper(x=1))', 'print("a,b".split(sep=","), "a b".split(maxsplit=1))',
  'print("a".replace("a", "b", count=1))', 'print(sorted([1], reverse="x"))', 'print(sorted())', 'print(sorted([1], [2]))',
  'print(sorted([1], foo=1))', 'print(range(1.5))', 'print(range(1, 2, 0))', 'print(range())', 'print(list(1, 2))',
  'print(list(x=1))', 'print(dict(1, 2))', 'print(dict([1]))', 'print(dict([(1, 2, 3)]))', 'print(isinstance(1, 2))',
  'print(enumerate(5))', 'print(zip(1))', 'print(reversed(5))', 'print(reversed({1}))', 'print(str.upper(5))',
  'print(sum(["a"], "b"))', 'print(max(1, 2, default=3))', 'print(min([], default=7), max([3, 1], key=str))',
  'print(abs(-True), abs(-2.5), round(2.5, 0), round(-2.5), round(2.675, 1), round(0.5, -1))',
  'print(hash(1), hash(1.5), hash(-1), hash((1, 2)), hash(True))',
  'print(divmod(7, -2), divmod(7.5, 2), pow(2, 10, 7), pow(2, -1, 7), hex(255), oct(8), bin(5), chr(65), ord("é"))',
  'print(" a\\tb\\nc ".split(), "a,,b".split(","), "a b c".rsplit(None, 1), "abc".splitlines(), "a\\r\\nb\\rc\\n".splitlines(True))',
  'print("  Hello World  ".strip().lower().replace("world", "there").title(), "hello"[::-1], "abc".find("c", -1), "ß".upper(), "ǆ".title(), "ﬁx".title(), "hello world".capitalize())',
  'print("{} {}".format(1), 5)', 'print("{0} {}".format(1, 2))', 'print("{:>5}|{:<5}|{:^5}|{!r}|{x}".format(1, 2, 3, "a", x=9))',
  'print("{".format())', 'print("}".format())', 'print("{0[a]}".format({"a": 5}))',
  'print("%s is %d years, %.2f%%, %5s|%-5s|%05d|%x|%r" % ("Bob", 30, 12.345, "a", "b", 42, 255, "q"))',
  'print("%d" % "x")', 'print("%s %s" % (1,))', 'print("%s" % (1, 2))', 'print("%z" % 1)',
  'print("%(a)s" % {"a": 1}, "%s" % {"a": 1}, "%s" % [1, 2])',
  'from datetime import datetime\nt = datetime.now()\nprint(t, repr(t), t.isoformat(), t.year, t.microsecond, t.strftime("%Y/%m/%d %H:%M"))',
  'from datetime import datetime\na = datetime.now().isoformat()\nb = datetime.now().isoformat()\nprint(a == b, a < b)',
  'import datetime\nprint(datetime.datetime.now().isoformat(sep=" ", timespec="seconds"), datetime.date.today())',
  'from datetime import datetime as dt\nprint(dt(2026, 1, 2), dt(2026, 1, 2, 3, 4, 5), repr(dt(2026, 1, 2, 3, 4)), dt(2026, 2, 30))',
  'x = 1, 2\na, b = x\nprint(a, b, x)', 'a, b = 1, 2, 3', 'a, b, c = 1, 2', 'a, *b = 1, 2, 3\nprint(a, b)', 'a, b = 5',
  'a = b = [1]\nb.append(2)\nprint(a, a is b)', 'd = {}\nd["a"] = {}\nd["a"]["b"] = 1\nprint(d)', 'del x',
  'x = [1, 2, 3]\ndel x[0]\nprint(x)', 'x = {"a": 1}\ndel x["a"]\nprint(x)', 'x = [3, 1, 2]\nx.sort()\nprint(x, x.pop(), x)',
  'x = [1, 2]\nx += "ab"\nprint(x)', 'x = [1]\nx += 5', 's = {1}\ns |= [2]', 'x = 1\nx += "a"', 'x = "a"\nx += 1',
  'print([i * i for i in range(5) if i % 2], {i: i * i for i in range(3)}, {i % 3 for i in range(10)}, sum(i for i in range(4)))',
  'print(any(x > 2 for x in [1, 2, 3]), all([]), list(zip("ab", [1, 2, 3])), list(enumerate("ab", 1)), list(reversed([1, 2])))',
  'print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(range(10, 0, -3)), range(5)[1:3], len(range(0, 10, 3)))',
  'for i in range(3):\n    if i == 1:\n        continue\n    print(i)\nelse:\n    print("done")',
  'i = 0\nwhile i < 3:\n    i += 1\n    if i == 2:\n        break\nprint(i)',
  'if 1 < 2 < 3:\n    print("yes")\nelif 1:\n    print("no")\nelse:\n    print("never")',
  'x = [1, 2, 3]\nprint(x[::-1], x[1:], x[:-1], x[::2], x[5:], x[-100:100], "hello"[1:4], (1, 2, 3)[::-2])',
  'print("a" in "abc", 1 in [1, 2], 3 not in (1, 2), "k" in {"k": 1}, 2 in {1, 2}, 5 in range(10))', 'print(1 in "abc")',
  'print(1 in 5)', 'print(None is None, [] is [], 1 is not None, not [], not "x", "" or "d", 0 or [] or 3)',
  'raise ValueError("bad value")', 'raise KeyError("k")', 'raise TypeError', 'raise 5', 'raise',
  'assert False', 'assert 0, "zero"', 'assert [], ["a", 1]', 'assert None, None', 'assert 1 == 1, 1/0\nprint("ok")',
  'x = 10**4300\nprint(len(str(x)))', 'x = 10**4301\nprint(x)', 'print(f"{10**4301}")', 'print(2**100, -2**63, 10**18 + 1, 2**53 + 1)',
  'print(0.1 * 3, 1e22, 1e21, 123456789012345678.0, 1/3, 2/3, 100.0, 1e-7, 5e-324, 1.7976931348623157e308)',
  'print(float("inf") - float("inf"), float("inf") * 0, -float("nan"), float("nan") == float("nan"))',
  'print(10 / 4, 10 // 4, -10 // 4, 10 % 4, -10 % 4, 10.0 // 4, 10 % -4.0, 2 ** 62 / 3, (2**64 + 1) / 7)',
  'print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((3, 1)), sorted([3, 1], reverse=True), sorted(["b", "A", "a"], key=str.lower))',
  'print(sorted([[2], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]), sorted([1.5, 1, True]), min("abc"), max([], default=None))',
  'print(sorted([(1, "a"), (1, 2)]))', 'print(sorted([None, 1]))', 'print(sorted([[1], (1,)]))',
  'print(str(1), str(1.5), str(None), str(True), str([1, "a"]), str("x"), repr(1.0), repr(None), repr([None]))',
  'print(bool(""), bool("0"), bool(0.0), bool([0]), bool(None), bool(range(0)), bool({}), bool(-1))',
  'print(list("héllo😀"), len("héllo😀"), "😀"[0], "a😀b"[::-1], "😀".upper(), ascii("😀é"), repr("😀\\u0301"))',
  'print(isinstance(True, int), isinstance(1, (str, int)), isinstance("a", str), type(True) == bool, type(1) is int)',
  'print("x".center(7, "*"), "x".ljust(3, "-"), "x".rjust(3), "42".zfill(5), "-42".zfill(5), "a-b-c".partition("-"), "a-b-c".rpartition("-"))',
  'print("abcabc".count("b"), "abc".count(""), "abcabc".find("c", 3), "abc".rfind("x"), "Hello".startswith(("x", "He")), "a.py".endswith(".py"))',
  'print("a,b,,c".split(",", 1), "  x  y ".split(" "), "x".join("abc"), ",".join([]), "ab".replace("", "-"), "aaa".replace("a", "b", 2))',
  'print("Hello World".swapcase(), "hello world".title(), "HELLO".isupper(), "hello".islower(), "123".isdigit(), "12a".isalnum(), " ".isspace(), "abc".isalpha())',
  'print("{:08.3f}|{:+.2e}|{:,d}|{:_x}|{:#b}|{:c}|{:^9.1%}|{:G}".format(3.14159, 12345.678, 10**9, 65535, 5, 65, 0.123, 1e-10))',
  'print(format(1234.5678, ",.2f"), format(-12, "05d"), format(255, "X"), format(3, "*^5"), format("abc", ".2"), format(True, "d"), format(True))',
  'print(f"{1e100:.2f}"[:20], f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{0.125:.2f}", f"{1.005:.2f}", f"{-1.5:.0f}")',
  'print(f"{123456789:e}", f"{0.00001234:g}", f"{123456789.0:g}", f"{1e16:.17g}", f"{100:g}", f"{0.1:.20f}")',
  'x = {"b": 1, "a": 2}\nx["c"] = 3\ndel x["b"]\nx["b"] = 4\nprint(x, list(x), list(x.items()), x.keys(), x.values())',
  'x = {"a": 1}\nprint(x.get("a"), x.get("b"), x.get("b", 0), x.setdefault("c", 5), x.pop("a"), x)',
  'x = {"a": 1}\nx.update({"b": 2}, c=3)\nx.update([("d", 4)])\nprint(x, dict(a=1, b=2), dict([("x", 1)]), dict.fromkeys("ab", 0))',
  'x = [1, 2, 3, 2]\nprint(x.index(2), x.count(2), x.index(2, 2))\nx.insert(0, 0)\nx.remove(2)\nx.extend((9,))\nx.reverse()\nprint(x)',
  's = {1, 2, 3}\ns.add(4)\ns.discard(1)\nprint(s, s | {5}, s & {2, 3}, s - {2}, s ^ {3, 9}, s <= {2, 3, 4, 5}, {1, 2} < {1, 2})',
  'print(set([3, 1, 2, 3]), frozenset([1, 2]), set("aaa"), set(), set(range(20)), {x * 7 for x in range(10)})',
  'print((1, 2) + (3,), (1,) * 3, [1] * 0, [1, 2] * -1, "ab" * 3, 3 * "x", [[0] * 2] * 2)',
  'print([1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "B" < "a", [1] == (1,), {1: 2} == {1: 2.0})',
  'print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, "a" < "b" > "a", 2 > 1 > 0 > -1)',
  'x = None\nprint(x == None, x is None, None != 0, str(x) == "None")',
  'print(len({}), len([1, 2]), len("abc"), len((1,)), len({1, 1}), len(range(10**3)))',
  'print(sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []), sum(range(101)), sum([True, True]))',
  'print(abs(-5), abs(3.5), abs(-0.0), abs(True), round(-1.5), round(0.5), round(1.5), round(2.5, 1), round(-2.675, 2))',
  'print(max(3, 1, 2), max("apple", "pear", key=len), min([3, 1, 2]), max([1, 1.0]), min(1.0, 1), max([[1], [0, 5]]))',
  'print(chr(0x1F600), ord("A"), hex(-255), bin(0), oct(-8), int("-0b101", 0), int("  +7\\n"), int("١٢٣"))',
  'x = "abc"\nx[0] = "z"', 'x = (1,)\nx[0] = 2', 'x = [1, 2, 3]\nx[::2] = [1]', 'x = {}\ndel x["a"]', 'x = None\nx[0] = 1',
  'x = [1, 2, 3]\nx[1:2] = 5', 'x = [1, 2, 3]\nx[1:2] = [7, 8]\nx[0] = 0\nprint(x)', 'x = [1, 2]\nx[5] = 1', 'x = [1, 2]\ndel x[5]',
  'print(0 / -5, -0.0 // 1, 0 * -1, 0.0 * -1, -0.0 + 0.0, 0.0 - 0.0)', 'print(int("_1"))', 'print(int("00", 0))',
  'print(float("1_0.5"), float("1e1_0"))', 'print("a b".split(",", 1, 2))', 'print("a".split(foo=1))', 'print([].sort(1))',
  'print("abc".center(10, "ab"))', 'print("abc".strip(1))', 'print("abc".count())', 'print("abc".find(1))',
  'print([1].insert(1))', 'print([1].index(2, "x"))', 'print({}.get())', 'print({}.get(1, 2, 3))', 'print({}.update(1))',
  'print({}.update([1]))', 'print({}.setdefault())', 'print({}.fromkeys(5))', 'print(set().add())', 'print(set().union(5))',
  'print((1,).index(5))', 'print("x".zfill("a"))', 'print(str.foo)', 'import datetime\nprint(datetime.foo)', 'str.x = 1',
  'print(int.__name__, type(5).__name__, (5).real, (5).bit_length(), (2.5).is_integer(), str.upper)',
  'x = 1\n\n\n  # comment\n\nprint(x)\n', '# only a comment', '', '\n\n', 'pass', 'x = 1;', 'x = 1; y = 2; print(x + y)',
  'x = (1 +\n     2)\nprint(x)', 'x = [\n  1,\n  2,\n]\nprint(x)', 'x = 1 + \\\n    2\nprint(x)', 'if True: print("inline")',
  'x = """a\nb"""\nprint(x)', "x = '''it's'''\nprint(repr(x))", 'x = "tab\\there"\nprint(x, repr(x))', 'print(r"\\n", R"\\t", u"x", Rb"x" if 0 else 1)',
  'print("\\101\\x42\\u0043\\U00000044", "\\d", "\\N", "a\\\nb")', 'print("\\N{DEGREE SIGN}")',
  'x = [1, 2,, 3]', 'x = {1: }', 'x = {1: 2, 3}', 'x = (1, 2)(3)', 'x = 1 ** ', 'x = not', 'x = 1 +* 2', 'x = [*]',
  'x = [1 for]', 'x = [for x in y]', 'x = (x for x in)', 'print(, 1)', 'print(1,, 2)', 'x =* 2', 'x = @', 'x = 1 2 3',
  'True = 1', 'None = 1', 'x + 1 = 2', 'x, 3 = 1, 2', '[x, y] = 1, 2\nprint(x, y)', '(x) = 5\nprint(x)', 'x.y = 1', 'x[0] = 1',
  'x += 1', 'x = 1\nx + 1 += 2', 'x = 1\n(x, y) += 1', 'x: int = 5\nprint(x)', 'x: int\nprint(x)', '(x, y): int = 1, 2',
  'else:\n    pass', 'elif x:\n    pass', 'return 5', 'yield 5', 'break', 'continue', 'await x', 'nonlocal x', 'global x\nx = 1\nprint(x)',
  'class', 'def', 'import datetime as dt\nprint(dt.date(2020, 1, 1))', 'from datetime import nope',
  'x = [[[[[[[[[[1]]]]]]]]]]\nprint(x)', 'print(((((((((((((1)))))))))))))', 'x = -(-(-(-1)))\nprint(x, --1, +-+1, not not 1)',
  'print(1 if 0 else 2 if 0 else 3, [x for x in [1, 2] if x > 1 if x < 5], [(x, y) for x in "ab" for y in range(2)])',
  'x = [y for y in range(3)]\nprint(y)', 'print([x for x in 5])', 'print((x for x in 5))', 'print(sum(x for x in [1, "a"]))',
'print(*[1, 2], sep="-", end="!\\n")', 'print(*5)', 'print(**5)', 'print(sep=1)', 'print(1, 2, sep="")',
  'print("a", end="")\nprint("b")', 'print()', 'print("line1\\nline2")', 'print("trailing\\n")',
];

/** Valid Python outside the subset: the trainer must say NotSupportedError, never guess. */
export const UNSUPPORTED_CASES: string[] = [
  'def f():\n    yield 1', 'class A:\n    pass', 'f = lambda: (yield)', 'try:\n    pass\nexcept* ValueError:\n    pass',
  'with x:\n    pass', 'def f():\n    with x:\n        pass\nf()', 'try:\n    import os\nexcept ImportError:\n    pass',
  'try:\n    exec("1")\nexcept Exception:\n    pass',
  'import os', 'from datetime import timedelta', 'import cmath', 'x = b"%d" % 3', 'b"a".translate(None)', 'b"\\xff".decode("cp1252")', 'x = bytearray(b"a")',
  'async def f():\n    pass', '@dec\ndef f():\n    pass', 'from os import path', 'import math\nprint(math.sin(1))', 'x = open("f")',
  'x = input()', 'x = eval("1")', 'x = id(1)', 'x = list[int]', 'print("\\N{SOME UNKNOWN NAME}")', 'x = object()',
  'from datetime import *', 'import datetime\nx = datetime.timedelta(days=1)', 'x = 1 if False else globals()',
];

// A small expression grammar for random programs whose results CPython prints deterministically.
export function randomExpressionCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const ints = ['0', '1', '2', '3', '-1', '7', '10', '42', '100', '255', '2**40', '10**20', '-7', 'True', 'False'];
  const floats = ['0.0', '0.5', '1.5', '2.5', '-0.0', '3.14', '1e16', '1e-5', '0.1', '1e300', '-2.75', '100.0'];
  const strs = ['"a"', '"abc"', '"Hello World"', '""', '" x "', '"é"', '"3"', '"a,b,c"', "'it''s'", '"ÀB😀"', '"x\\ny"'];
  const depthLimit = 3;
  const gen = (d: number): string => {
    const k = d >= depthLimit ? Math.floor(r() * 4) : Math.floor(r() * 17);
    switch (k) {
      case 0:
        return pick(r, ints);
      case 1:
        return pick(r, floats);
      case 2:
        return pick(r, strs);
      case 3:
        return pick(r, ['None', 'True', 'False', '[]', '()', '{}', '[1, 2, 3]', '(1, "a")', '{"k": 1}', '{1, 2}']);
      case 4:
      case 5:
        return `(${gen(d + 1)} ${pick(r, ['+', '-', '*', '/', '//', '%', '+', '*'])} ${gen(d + 1)})`;
      case 6:
        return `(${gen(d + 1)} ${pick(r, ['==', '!=', '<', '<=', '>', '>=', 'in', 'not in'])} ${gen(d + 1)})`;
      case 7:
        return `(${gen(d + 1)} ${pick(r, ['and', 'or'])} ${gen(d + 1)})`;
      case 8:
        return `${pick(r, ['len', 'str', 'repr', 'int', 'float', 'bool', 'abs', 'round', 'sorted', 'list', 'tuple', 'min', 'max', 'sum', 'type'])}(${gen(d + 1)})`;
      case 9:
        return `${pick(r, strs)}.${pick(r, ['upper()', 'lower()', 'strip()', 'split()', 'title()', 'isdigit()', 'split(",")', 'replace("a", "b")', 'find("b")', 'count("a")', 'startswith("a")'])}`;
      case 10:
        return `${gen(d + 1)}[${pick(r, ['0', '1', '-1', '5', '1:', ':2', '::-1', '"k"', '0:1'])}]`;
      case 11:
        return `f"{${gen(d + 1)}${pick(r, ['', '!r', ':>6', ':.2f', ':d', ':,', ':x', ':^5', '=', ':e', ':%', ':s'])}}"`;
      case 12:
        return `[${gen(d + 1)}, ${gen(d + 1)}]`;
      case 13:
        return `(${gen(d + 1)} if ${gen(d + 1)} else ${gen(d + 1)})`;
      case 14:
        return `${pick(r, ['-', 'not ', '+', '~'])}${gen(d + 1)}`;
      case 15:
        return `(${gen(d + 1)} ** ${pick(r, ['0', '1', '2', '-1', '0.5', '3'])})`;
      default:
        return `${pick(r, ['max', 'min', 'round', 'divmod', 'pow', 'isinstance'])}(${gen(d + 1)}, ${gen(d + 1)})`;
    }
  };
  const out: Case[] = [];
  for (let i = 0; i < n; i++) {
    const e = gen(0);
    const form = r();
    const src = form < 0.5 ? `print(${e})` : form < 0.8 ? `x = ${e}\nprint(repr(x))` : `assert ${e}, ${gen(2)}`;
    out.push({ name: `random${i}`, cells: [src] });
  }
  return out;
}

/** Small random programs: assignments, augmented assignment, containers, loops, branches. */
export function randomProgramCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const atoms = ['0', '1', '2', '3', '-4', '10', '2.5', '0.1', '"x"', '"ab"', '""', 'True', 'False', 'None', '[1, 2]', '(3,)', '"Hi There"'];
  const vars = ['a', 'b', 'c'];
  const val = (d: number): string => {
    const k = Math.floor(r() * (d > 1 ? 3 : 9));
    switch (k) {
      case 0:
        return pick(r, atoms);
      case 1:
      case 2:
        return pick(r, vars);
      case 3:
        return `${val(d + 1)} ${pick(r, ['+', '-', '*', '//', '%', '/', '==', '<', 'and', 'or', 'in'])} ${val(d + 1)}`;
      case 4:
        return `${pick(r, ['len', 'str', 'int', 'abs', 'bool', 'repr', 'sorted', 'list', 'max', 'min', 'sum'])}(${val(d + 1)})`;
      case 5:
        return `${pick(r, vars)}[${pick(r, ['0', '-1', '1:', '::2', '"k"'])}]`;
      case 6:
        return `[${val(d + 1)}, ${val(d + 1)}]`;
      case 7:
        return `f"{${pick(r, vars)}${pick(r, ['', '!r', ':>4', ':.1f', ':,', ':x'])}}"`;
      default:
        return `(${val(d + 1)} if ${val(d + 1)} else ${val(d + 1)})`;
    }
  };
  const stmt = (indent: string, d: number): string[] => {
    const v = pick(r, vars);
    switch (Math.floor(r() * (d > 0 ? 7 : 11))) {
      case 0:
      case 1:
        return [`${indent}${v} = ${val(0)}`];
      case 2:
        return [`${indent}${v} ${pick(r, ['+=', '-=', '*=', '//=', '%='])} ${val(1)}`];
      case 3:
        return [`${indent}print(${val(0)}, ${val(1)})`];
      case 4:
        return [`${indent}${v} = [${val(1)}, ${val(1)}]`, `${indent}${v}.${pick(r, ['append(1)', 'sort()', 'reverse()', 'pop()', 'extend("ab")', 'insert(0, 7)'])}`];
      case 5:
        return [`${indent}${v} = {"k": ${val(1)}}`, `${indent}${v}[${pick(r, ['"k"', '"z"', '0'])}] = ${val(1)}`, `${indent}print(${v}.get("k"), ${v})`];
      case 6:
        return [`${indent}assert ${val(0)}, ${val(1)}`];
      case 7:
        return [`${indent}if ${val(0)}:`, ...stmt(indent + '    ', d + 1), `${indent}else:`, ...stmt(indent + '    ', d + 1)];
      case 8:
        return [`${indent}for ${v} in ${pick(r, ['range(3)', '"ab"', '[1, 2]', 'a', '{"x": 1}'])}:`, ...stmt(indent + '    ', d + 1)];
      case 9:
        return [`${indent}${v}, ${pick(r, vars)} = ${val(1)}, ${val(1)}`];
      default:
        return [`${indent}print(f"{${pick(r, vars)}!r} and {${pick(r, vars)}}")`];
    }
  };
  const out: Case[] = [];
  for (let i = 0; i < n; i++) {
    const lines = ['a = 1', 'b = "two"', 'c = [3]'];
    const count = 2 + Math.floor(r() * 5);
    for (let k = 0; k < count; k++) lines.push(...stmt('', 0));
    lines.push('print(a, b, c)');
    out.push({ name: `program${i}`, cells: [lines.join('\n')] });
  }
  return out;
}
