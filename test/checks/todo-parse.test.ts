// The two ways the checks engine saves parsing must give parseCell's result on the whole cell, for
// any text at all: a filled TODO cell parsed chunk by chunk (src/checks/todo-parse.ts), and a cell
// whose top-level statements come from the parser's statement cache (StatementParser.parseFile).
// Here both are compared with a fresh parseCell on hostile answers and on the interpreter's test
// programs (valid and invalid ones alike).
import { describe, expect, it } from 'vitest';
import { fillBlanks } from '../../src/checks/engine';
import { finishStatements, parseCell, reusableStatements, type StatementCache } from '../../src/checks/python/parser';
import type { Stmt } from '../../src/checks/python/ast';
import { checkSymbols, symbolsInert } from '../../src/checks/python/parser/symtable';
import { parseFromChunks, parseTodoCell, planTodo } from '../../src/checks/todo-parse';
import { LAB08 } from '../../src/lessons/lab08';
import { EDGE_CASES, labCases, randomExpressionCases, randomProgramCases, rng } from './python/snippets';
import { compileTimeCases, functionCases } from './python/causes';
import { LEARNER, STATEMENTS, SYNTAX } from './python/golden';

// Pieces of hostile answers: quotes that open or close strings, comments, newlines, line
// continuations, brackets that open or close the template's, statements, unicode, NULs, lone
// surrogates, prefixes, keywords that change what a statement is.
const PIECES = [
  '"', "'", '"""', "'''", '#', '\n', '\r', '\r\n', '\\', '\\\n', '(', ')', '[', ']', '{', '}', ',', ';', ':', '=', ' ', '  ',
  '\t', '\f', '\v', 'x', '1', '3', '0x', '1_', 'é', '中', '😀', '\ud800', '\udc00', '\0', '\u2028', '\u00a0', 'if 1: pass',
  'else: pass', 'global x', 'global num_tasks', 'nonlocal x', 'return', 'break', 'lambda: (yield)', 'f"{x}"', 'f"{', 'r"\\"',
  'b"x"', 'rb', 'f', 'u', '...', '__debug__', 'x := 1', '(x := 1)', '*a', '**', 'not', 'await x', 'yield', 'import os',
  'from __future__ import annotations', 'del x', 'assert 0', 'pass', 'def f(): return 1', 'class C: pass', '@d', 'async def f(): pass',
  'True', 'None', '______', '"refresh_pipeline"', '[]', '["ingest"]', 'x = 1', '= 1', '==', '[i for i in range(3)]',
  '[x := i for i in range(3)]', '\\N{BULLET}', '\\x41', '$', '`', '?', '!', '1if 1 else 2',
  // Statements after a `;` that make one chunk's error depend on another chunk.
  '; return', '; break', '; yield', '; __debug__ = 1', '; global num_tasks', '; global task_values', '; global trigger_adhoc',
  '; global nightly_etl', '; global cron_hourly', '; global repair_is_cheaper', '; global query_failed_runs',
];

function hostileAnswers(seed: number, count: number): string[] {
  const r = rng(seed);
  const out: string[] = ['', ' ', '#', '\n', '"', "'", '\\', '(', ')', '[', ']', '{', '}', '"""', "'''"];
  for (let n = 0; n < count; n++) {
    let a = '';
    const k = Math.floor(r() * 5);
    for (let j = 0; j < k; j++) a += PIECES[Math.floor(r() * PIECES.length)];
    out.push(a);
  }
  return out;
}

/** parseCell's answer, or the JS error it stops with (a JS stack overflow on the deepest cells, which runCells turns into RecursionError). */
function outcome(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (e) {
    return { threw: e instanceof Error ? e.constructor.name : String(e) };
  }
}

/** Every task's reference answers with one blank replaced by each hostile answer, then mixes. */
function answerSets(blanks: number, reference: string[], seed: number): string[][] {
  const hostile = hostileAnswers(seed, 40);
  const sets: string[][] = [reference];
  for (let b = 0; b < blanks; b++) {
    for (const a of hostile) {
      const answers = [...reference];
      answers[b] = a;
      sets.push(answers);
    }
  }
  const r = rng(seed + 1);
  for (let n = 0; n < 40; n++) sets.push(reference.map((ref) => (r() < 0.5 ? ref : (hostile[Math.floor(r() * hostile.length)] as string))));
  // Two blanks each followed by a statement: one chunk's error next to another chunk's.
  const tails = PIECES.filter((p) => p.startsWith('; '));
  for (let i = 0; i < blanks; i++) {
    for (let j = i + 1; j < blanks; j++) {
      for (let n = 0; n < 4; n++) {
        const answers = [...reference];
        answers[i] = `${reference[i]}${tails[Math.floor(r() * tails.length)]}`;
        answers[j] = `${reference[j]}${tails[Math.floor(r() * tails.length)]}`;
        sets.push(answers);
      }
    }
  }
  return sets;
}

// Templates beyond the lab's, with what could trip the cutting up: blanks in strings of every
// kind, several blanks in one statement, statements spread over lines, a compound statement on
// one line, a backslash continuation, comments and blank lines between statements.
const TEMPLATES: Array<{ todo: string; reference: string[] }> = [
  { todo: 'a = ______\nb = "______"\nc = \'______\'\n', reference: ['1', 'x', 'y'] },
  { todo: '# head\n\nx = [______,\n     ______]  # two\n\n# gap\ny = """\n______\n"""\nz = ______; w = ______\n', reference: ['1', '2', 'text', '3', '4'] },
  { todo: 'if ______: p = 1\nelse: p = 2\nq = ______\n', reference: ['True', '5'] },
  { todo: 'total = 1 + \\\n    ______\nlabel = f"{total} ______"\n', reference: ['2', 'items'] },
  { todo: "s = r'______'\nt = b\"______\"\nu = ______", reference: ['raw', 'bytes', 'None'] },
  { todo: 'def f():\n    return ______\nv = f()\n', reference: ['1'] },
  { todo: 'm = {"k": ______}  # ______ in its comment\n', reference: ['1', 'x'] },
  { todo: 'n = ______\n# ______ on a comment line\nm = 1\n', reference: ['1', 'x'] },
  { todo: 'n = ______\n# ______ on the last line, a comment\n', reference: ['1', 'x'] },
];

describe('a TODO cell parsed chunk by chunk', () => {
  it('cuts up every lab task, so the batch takes the fast path', () => {
    for (const task of LAB08.practice.tasks) expect(planTodo(task.todoCell), `task ${task.number}`).not.toBeNull();
  });

  it('gives parseCell’s result on the whole cell for every lab task and hostile answers', () => {
    let chunked = 0;
    let total = 0;
    for (const task of LAB08.practice.tasks) {
      const plan = planTodo(task.todoCell)!;
      for (const answers of answerSets(task.blanks.length, task.blanks.map((b) => b.answer), 900 + task.number)) {
        const filled = fillBlanks(task.todoCell, answers);
        const whole = outcome(() => parseCell(filled));
        const fast = outcome(() => parseFromChunks(plan, answers));
        total++;
        if (fast !== null) {
          chunked++;
          expect(fast, JSON.stringify(answers)).toEqual(whole);
        }
        expect(outcome(() => parseTodoCell(task.todoCell, answers, filled))).toEqual(whole);
      }
    }
    // Both paths were exercised: most sets cut up, the hostile rest parsed whole.
    expect(chunked).toBeGreaterThan(total / 3);
    expect(chunked).toBeLessThan(total);
  });

  it('gives parseCell’s result when the error depends on the whole cell', () => {
    // A compile error in one chunk and a symbol-table error in an earlier one (the latter wins),
    // a `global` after an assignment in another chunk, `__debug__` bound in one and a syntax error
    // in another, a bracket closed by a later chunk's text, a string opened and closed across chunks.
    const t1 = LAB08.practice.tasks[0]!;
    const sets = [
      ['1; global num_tasks', 'refresh_pipeline', '30; return', '2', 'False'],
      ['3', 'refresh_pipeline', '30; global num_tasks', '2', 'False'],
      ['3; __debug__ = 1', 'refresh_pipeline', '30', '2; break', 'False'],
      ['3; __debug__ = 1', 'refresh_pipeline', '(', '2', 'False'],
      ['3', 'refresh_pipeline', '30; yield', '2; global timeout_minutes', 'False'],
      ['3', 'refresh_pipeline', '(30', '2)', 'False'],
      ['3', 'refresh_pipeline', '"""', '2', '"""'],
      ['3; nonlocal x', 'refresh_pipeline', '30', '2', '[x := 1 for x in y]'],
      ['3', 'refresh_pipeline', '[i for i in range(3)]; i = 1; global i', '2', 'False'],
    ];
    for (const answers of sets) {
      const filled = fillBlanks(t1.todoCell, answers);
      expect(outcome(() => parseTodoCell(t1.todoCell, answers, filled)), JSON.stringify(answers)).toEqual(outcome(() => parseCell(filled)));
    }
  });

  it('gives parseCell’s result with huge answers (long, deeply nested, long chains)', () => {
    const huge = ['x'.repeat(100_000), '1+'.repeat(4000) + '1', '('.repeat(250) + ')'.repeat(250), '['.repeat(100) + ']'.repeat(100)];
    for (const number of [1, 2, 7]) {
      const task = LAB08.practice.tasks.find((t) => t.number === number)!;
      const plan = planTodo(task.todoCell)!;
      for (const a of huge) {
        const answers = task.blanks.map((b, i) => (i === 0 ? a : b.answer));
        const filled = fillBlanks(task.todoCell, answers);
        const whole = outcome(() => parseCell(filled));
        const fast = outcome(() => parseFromChunks(plan, answers));
        if (fast !== null) expect(fast).toEqual(whole);
        expect(outcome(() => parseTodoCell(task.todoCell, answers, filled))).toEqual(whole);
      }
    }
  });

  it('gives parseCell’s result on templates built to trip it', () => {
    for (const [t, { todo, reference }] of TEMPLATES.entries()) {
      const blanks = todo.split('______').length - 1;
      const plan = planTodo(todo);
      for (const answers of answerSets(blanks, reference.slice(0, blanks), 700 + t)) {
        const filled = fillBlanks(todo, answers);
        const whole = outcome(() => parseCell(filled));
        if (plan !== null) {
          const fast = outcome(() => parseFromChunks(plan, answers));
          if (fast !== null) expect(fast, `template ${t}: ${JSON.stringify(answers)}`).toEqual(whole);
        }
        expect(outcome(() => parseTodoCell(todo, answers, filled))).toEqual(whole);
      }
    }
    // An indented block, and a blank on a line of no statement between two, are not cut up; a
    // blank in a statement's comment, or after the last statement, is in a chunk.
    expect(planTodo(TEMPLATES[5]!.todo)).toBeNull();
    expect(planTodo(TEMPLATES[7]!.todo)).toBeNull();
    expect(planTodo(TEMPLATES[6]!.todo)).not.toBeNull();
    expect(planTodo(TEMPLATES[8]!.todo)).not.toBeNull();
  });
});

describe('top-level statements reused from the statement cache', () => {
  function sources(): string[] {
    const out: string[] = [...EDGE_CASES];
    for (const group of [STATEMENTS, LEARNER, SYNTAX]) for (const c of group) out.push(...c.cells);
    // Every tenth of the lab's answer sets (the test above has them all).
    const lab = labCases(31, 2).filter((_, i) => i % 10 === 0);
    for (const c of [...lab, ...randomExpressionCases(32, 60), ...randomProgramCases(33, 60), ...compileTimeCases(34, 60), ...functionCases(35, 30)]) {
      out.push(...c.cells);
    }
    return out;
  }

  it('takes a cell’s statements as they are only when each stands alone', () => {
    // Alone, and the same in any cell: simple statements, several on a line, a one-line def.
    expect(reusableStatements('x = 1\n\ny = [1,\n  2]  # c\n')).toHaveLength(2);
    expect(reusableStatements('a = 1; b = 2\n')).toHaveLength(2);
    expect(reusableStatements('def f(): return 1\n')).toHaveLength(1);
    // Not: an `if` looks past its line for `else`; an indented block; a compile error; a syntax
    // error; a line that ends inside a string or a bracket.
    expect(reusableStatements('if x: y = 1\n')).toBeNull();
    expect(reusableStatements('for i in x:\n    pass\n')).toBeNull();
    expect(reusableStatements('return 1\n')).toBeNull();
    expect(reusableStatements('x = = 1\n')).toBeNull();
    expect(reusableStatements('x = "a\n')).toBeNull();
    expect(reusableStatements('x = (1,\n')).toBeNull();
  });

  it('gives parseCell’s result on every test program, whatever was parsed before', () => {
    const kept = new Map<string, Stmt[]>();
    const cache: StatementCache = { get: (k) => kept.get(k), set: (k, s) => void kept.set(k, s) };
    const all = sources();
    // Each source is also parsed after a variant of itself (one statement changed, then one line
    // dropped), so its other statements come from the cache.
    const r = rng(36);
    let reused = 0;
    for (const src of all) {
      const lines = src.split('\n');
      const variants = [src];
      if (lines.length > 1) {
        const k = Math.floor(r() * lines.length);
        variants.unshift(lines.map((l, i) => (i === k ? l + ' + 1' : l)).join('\n'), lines.filter((_, i) => i !== k).join('\n'));
      }
      for (const v of variants) {
        const before = kept.size;
        const whole = outcome(() => parseCell(v));
        expect(outcome(() => parseCell(v, cache)), JSON.stringify(v)).toEqual(whole);
        if (kept.size === before) reused++;
        // Statements taken as they are (todo-parse.ts) plus the symbol-table pass: parseCell's result.
        const stmts = outcome(() => reusableStatements(v));
        if (stmts !== null && !('threw' in (stmts as object))) {
          expect(outcome(() => finishStatements(stmts as Stmt[])), JSON.stringify(v)).toEqual(whole);
        }
      }
    }
    expect(all.length).toBeGreaterThan(1000);
    expect(reused).toBeGreaterThan(all.length / 4);
  });

  it('calls statements inert only when the symbol-table pass finds nothing in any cell made of inert ones', () => {
    const bodies: Stmt[][] = [];
    for (const src of [...sources(), 'global x', 'x = 1\nglobal x', '__debug__ = 1', 'del __debug__', 'f(__debug__=1)', 'x.__debug__ = 2',
      'import __debug__', 'def __debug__(): pass', 'lambda __debug__: 1', '[y := 1 for i in x]', '(x := 1)', 'nonlocal x', 'def f():\n    global f']) {
      // The statements before the symbol-table pass (which parseCell would turn into an error).
      const stmts = outcome(() => reusableStatements(src));
      if (Array.isArray(stmts)) bodies.push(stmts as Stmt[]);
    }
    const none = { symtable: null, codegen: null };
    const inert = bodies.filter((b) => symbolsInert(b));
    for (const body of bodies) {
      const found = checkSymbols(body);
      if (found.symtable !== null || found.codegen !== null) expect(symbolsInert(body)).toBe(false);
    }
    // Inert statements side by side, in any order: still nothing to find.
    const r = rng(37);
    for (const body of inert) {
      const other = inert[Math.floor(r() * inert.length)] as Stmt[];
      expect(checkSymbols([...body, ...other])).toEqual(none);
      expect(checkSymbols([...other, ...body])).toEqual(none);
    }
    expect(inert.length).toBeGreaterThan(bodies.length / 2);
    expect(bodies.length - inert.length).toBeGreaterThan(13);
  });
});
