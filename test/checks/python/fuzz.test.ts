// Whatever a learner types, runCells must return a well-formed outcome, quickly, and never throw.

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunOutcome, runCells } from '../../../src/checks/python/index';
import { NOW } from './helpers';
import { LAB_TASKS, fill } from './lab-cells';

let slowest = 0;
let runs = 0;
const slowestByTest = new Map<string, number>();

function note(name: string): void {
  slowestByTest.set(name, Math.max(slowestByTest.get(name) ?? 0, slowest));
  slowest = 0;
}

afterAll(() => {
  const parts = [...slowestByTest].map(([k, v]) => `${k} ${v.toFixed(1)} ms`);
  console.log(`fuzz: ${runs} runs; slowest single run per test: ${parts.join('; ')}`);
});

function check(cells: string[]): RunOutcome {
  runs++;
  const t0 = performance.now();
  let r: RunOutcome | undefined;
  expect(() => {
    r = runCells(cells, { now: NOW });
  }).not.toThrow();
  const ms = performance.now() - t0;
  // Measured and reported (afterAll), never asserted: a shared CI machine's clock is no verdict.
  // What bounds a run is the interpreter's step and size budget, which the cases below exercise.
  slowest = Math.max(slowest, ms);
  const out = r as RunOutcome;
  expect(Array.isArray(out.output)).toBe(true);
  for (const line of out.output) expect(typeof line).toBe('string');
  if (out.error) {
    expect(typeof out.error.type).toBe('string');
    expect(typeof out.error.message).toBe('string');
    expect(out.error.cell).toBeGreaterThanOrEqual(0);
    expect(out.error.cell).toBeLessThan(cells.length);
    expect(out.error.type).not.toBe('InternalError');
  }
  return out;
}

const PY_TOKENS = [
  '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '=', '==', '+', '-', '*', '**', '/', '//', '%', '<', '>', '!=', '~',
  '"', "'", '"""', 'f"', 'f"{', '}"', '\\', '\n', '\n    ', '\t', ' ', '#', 'x', 'num_tasks', 'print', 'len', 'sorted',
  'True', 'False', 'None', 'if', 'else', 'for', 'in', 'not', 'and', 'or', 'lambda', 'def', 'return', 'import', 'from',
  'datetime', 'while', 'assert', 'del', '0', '1', '3', '03', '1e16', '3_0', '0x', '1.5', '10**', '"a"', "'b'",
  '"refresh_pipeline"', 'é', '😀', '“', '\u00a0', '\0', '\ud800', '...', '@', '$', '?', '!', ':=', '->', 'await', 'yield',
];

const tokenSoup = fc.array(fc.constantFrom(...PY_TOKENS), { maxLength: 60 }).map((ts) => ts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  tokenSoup,
  fc.string({ unit: fc.constantFrom('(', ')', '[', '"', "'", '\\', '\n', ' ', 'x', '1', '+', ':'), maxLength: 120 }),
);

describe('fuzzing runCells', () => {
  it('survives any text in any lab blank', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LAB_TASKS.length - 1 }), fc.array(anyText, { minLength: 1, maxLength: 5 }), (ti, texts) => {
        const task = LAB_TASKS[ti]!;
        const answers = task.answers.map((a, i) => texts[i % texts.length] ?? a);
        check([fill(task.todo, answers), task.verify]);
      }),
      { numRuns: 400, seed: 20261123 },
    );
    note('lab blanks');
  });

  it('survives any text as a whole cell', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        check([a, b]);
      }),
      { numRuns: 400, seed: 8 },
    );
    note('whole cells');
  });

  it('stays bounded on huge and deeply nested inputs', () => {
    const big = [
      '('.repeat(10000),
      'x = ' + '-'.repeat(100_000) + '1',
      'x = ' + Array(30_000).fill('1').join('+'),
      'x = [' + Array(20_000).fill('1').join(',') + ']\nprint(len(x))',
      'x = "' + 'a'.repeat(100_000) + '"',
      Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 95))).join(''),
      '\n'.repeat(100_000),
      'while True:\n    pass',
      'x = [i for i in range(10**9)]',
      'for i in range(10**9):\n    print(i)',
      'x = "a" * 10**7\nfor i in range(10**6):\n    y = x.upper()',
      'x = 10**19000\nfor i in range(10**6):\n    y = x * x // x',
      'x = []\nfor i in range(10**6):\n    x = [x]\nprint(x)',
      's = set()\nfor i in range(10**7):\n    s.add(i)',
      'd = {}\nfor i in range(10**7):\n    d[(i, str(i))] = i',
      'x = f"{' + '('.repeat(150) + '1' + ')'.repeat(150) + '}"',
      'x = ' + 'not '.repeat(3000) + '1',
      'x = ' + '1 if 1 else '.repeat(2900) + '1\nprint(x)',
    ];
    for (const src of big) check([src]);
    note('huge inputs (first run)');
    for (const src of big) check([src]);
    note('huge inputs (warm)');
  });

  it('stays fast once warm', () => {
    fc.assert(
      fc.property(anyText, (a) => {
        check([a]);
      }),
      { numRuns: 300, seed: 99 },
    );
    note('random text (warm)');
  });
});
