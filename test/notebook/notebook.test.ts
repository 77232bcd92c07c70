import { describe, expect, it } from 'vitest';
import { extractAnswers, gradeNotebook, learnerFromNotebook, nameFromFile } from '../../src/notebook/grade';
import { parseDatabricksSource, parseIpynb, type Notebook } from '../../src/notebook/parse';
import { LAB08 } from '../../src/lessons/lab08';
import { allReference, labCells, reference, task, toDatabricksSource, toIpynb, type FixtureCell } from './fixtures';

const TASKS = LAB08.practice.tasks;

function parsed(result: ReturnType<typeof parseIpynb>): Notebook {
  if (!result.ok) throw new Error(result.reason);
  return result.notebook;
}

function grade(cells: FixtureCell[], format: 'ipynb' | 'py', fileName = `learner.${format}`) {
  const nb = parsed(format === 'ipynb' ? parseIpynb(toIpynb(cells)) : parseDatabricksSource(toDatabricksSource(cells)));
  return gradeNotebook(nb, TASKS, fileName);
}

describe('parseDatabricksSource', () => {
  it('splits cells at COMMAND lines and reads MAGIC lines', () => {
    const text = [
      '# Databricks notebook source',
      '# MAGIC %md',
      '# MAGIC # Title',
      '# MAGIC',
      '# MAGIC text',
      '',
      '# COMMAND ----------',
      '',
      '# MAGIC %run ../../setup/00_setup',
      '',
      '# COMMAND ----------',
      '',
      '# DBTITLE 1,Answers',
      'x = 1',
      '',
      'y = 2',
      '',
      '# COMMAND ----------',
      '',
      '# MAGIC %sql',
      '# MAGIC SELECT 1',
    ].join('\r\n');
    const nb = parsed(parseDatabricksSource(text));
    expect(nb.cells).toEqual([
      { index: 0, kind: 'markdown', source: '# Title\n\ntext' },
      { index: 1, kind: 'magic', source: '%run ../../setup/00_setup', magic: 'run' },
      { index: 2, kind: 'code', source: 'x = 1\n\ny = 2' },
      { index: 3, kind: 'magic', source: '%sql\nSELECT 1', magic: 'sql' },
    ]);
  });

  it('refuses a .py file that is not a Databricks notebook', () => {
    const result = parseDatabricksSource('print("hello")\n');
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('not a Databricks notebook source file') });
  });
});

describe('parseIpynb', () => {
  it('reads cells whose source is a string or a list of lines, and the authors', () => {
    const text = JSON.stringify({
      metadata: { authors: [{ name: ' Ana Lima ' }] },
      cells: [
        { cell_type: 'markdown', source: ['# T\n', 'x'] },
        { cell_type: 'code', source: 'a = 1\r\nb = 2' },
        { cell_type: 'code', source: ['%md\n', 'hi'] },
        { cell_type: 'raw', source: [] },
      ],
    });
    expect(parsed(parseIpynb(text))).toEqual({
      format: 'ipynb',
      authors: ['Ana Lima'],
      cells: [
        { index: 0, kind: 'markdown', source: '# T\nx' },
        { index: 1, kind: 'code', source: 'a = 1\nb = 2' },
        { index: 2, kind: 'markdown', source: 'hi' },
        { index: 3, kind: 'raw', source: '' },
      ],
    });
  });

  it.each([
    ['{', /not valid JSON/],
    ['[]', /no "cells" list/],
    ['{"cells": [1]}', /cell 1: expected an object/],
    ['{"cells": [{"cell_type": "code", "source": [1]}]}', /cell 1: "source"/],
    ['{"cells": [{"cell_type": "widget", "source": ""}]}', /unknown cell_type/],
    ['['.repeat(100_000) + ']'.repeat(100_000), /nested too deeply|no "cells"/],
  ])('rejects %# with a reason', (text, reason) => {
    const result = parseIpynb(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('lets __proto__ keys pollute nothing', () => {
    const nb = parsed(parseIpynb('{"__proto__": {"polluted": true}, "cells": [{"cell_type": "code", "source": "x", "__proto__": {"kind": "magic"}}]}'));
    expect(nb.cells[0]).toEqual({ index: 0, kind: 'code', source: 'x' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('extractAnswers', () => {
  it('reads each blank out of a cell that fits the template', () => {
    for (const t of TASKS) {
      const answers = reference(t.number);
      const filled = t.todoCell.split('______').reduce((out, part, i) => out + (i === 0 ? '' : answers[i - 1]) + part, '');
      expect(extractAnswers(t.todoCell, `${filled}\n\n`)).toEqual(answers);
    }
  });

  it('gives null when the cell was changed around the blanks', () => {
    const t = task(1);
    expect(extractAnswers(t.todoCell, t.todoCell.replace('# Q1: How many tasks does this job have?', '# my own note'))).toBeNull();
    expect(extractAnswers(t.todoCell, `x = 1\n${t.todoCell}`)).toBeNull();
  });
});

describe.each(['ipynb', 'py'] as const)('gradeNotebook (%s)', (format) => {
  it('passes every task of a notebook with the reference answers, reading each blank', () => {
    const g = grade(labCells(allReference()), format);
    expect(g.tasks.map((t) => [t.task, t.outcome, t.graded])).toEqual(TASKS.map((t) => [t.number, 'passed', 'blanks']));
    expect(g.tasks.map((t) => t.answers)).toEqual(TASKS.map((t) => reference(t.number)));
    expect(g.tasks.every((t) => t.notes.length === 0)).toBe(true);
  });

  it('finds TODO cells by content when cells were added, removed and moved', () => {
    const cells = labCells(allReference()).filter((c) => c.kind === 'code');
    // Task 2's pair goes to the end, a scratch cell and a stray copy of markdown appear, task 5's verification is deleted.
    const t2 = cells.splice(3, 2);
    cells.push({ kind: 'code', source: 'scratch = 1 + 1\nprint(scratch)' }, ...t2);
    cells.splice(1, 0, { kind: 'markdown', source: 'my notes' });
    const v5 = cells.findIndex((c) => c.source === task(5).verifyCell);
    cells.splice(v5, 1);
    const g = grade(cells, format);
    expect(g.tasks.map((t) => t.outcome)).toEqual(Array(8).fill('passed'));
    expect(g.tasks.find((t) => t.task === 5)!.notes).toEqual(["No verification cell was found; the lab's original was run."]);
  });

  it("runs the lab's own verification cell, not an edited one", () => {
    const wrong = [...reference(3)];
    wrong[3] = '15 * * * *';
    const cells = labCells({ ...allReference(), 3: wrong }).map((c) =>
      c.source === task(3).verifyCell ? { ...c, source: 'print("Task 3 PASSED: CRON expressions correct")' } : c,
    );
    // The edited cell no longer looks like the verification: it is only missing, the original runs.
    const lightly = labCells({ ...allReference(), 3: wrong }).map((c) =>
      c.source === task(3).verifyCell ? { ...c, source: c.source.replace(/assert cron_every_15min[^\n]*\n/, '') } : c,
    );
    for (const notebook of [cells, lightly]) {
      const t3 = grade(notebook, format).tasks.find((t) => t.task === 3)!;
      expect(t3).toMatchObject({ outcome: 'failed', graded: 'blanks', answers: wrong });
      expect(t3.message).toContain('15 * * * *');
    }
    const t3 = grade(lightly, format).tasks.find((t) => t.task === 3)!;
    expect(t3.notes.join(' ')).toMatch(/verification cell \(cell \d+\) was edited; the lab's original was run/);
  });

  it('grades a reshaped cell as a whole and says so', () => {
    const t1 = task(1).todoCell
      .replace('num_tasks = ______  # int', 'num_tasks = len(["a", "b", "c"])  # counted them')
      .replace(/first_task = "______".*/, 'first_task = "refresh" + "_pipeline"')
      .replace('timeout_minutes = ______', 'timeout_minutes = 1800 // 60')
      .replace('max_retries = ______', 'max_retries = 2')
      .replace('validate_runs_on_failure = ______', 'validate_runs_on_failure = False')
      .replace('# Q5: If refresh_pipeline fails, will validate_results run?', '');
    const g = grade(labCells({ ...allReference(), 1: `# I rewrote this\n${t1}` }), format);
    const r1 = g.tasks.find((t) => t.task === 1)!;
    expect(r1).toMatchObject({ outcome: 'passed', graded: 'whole-cell', answers: [] });
    expect(r1.notes.join(' ')).toMatch(/graded as a whole/);
  });

  it('asks for a human look at code outside the Python subset, and never guesses', () => {
    const t8 = `import json\n${task(8).todoCell}`;
    const filled6 = reference(6).reduce((cell, answer) => cell.replace('______', answer), task(6).todoCell);
    const g = grade(labCells({ ...allReference(), 8: t8, 6: `${filled6}\ndisplay(task_values)` }), format);
    const r8 = g.tasks.find((t) => t.task === 8)!;
    expect(r8.outcome).toBe('needs-review');
    expect(r8.message).toMatch(/Needs a human look: .*importing the module 'json'/);
    const r6 = g.tasks.find((t) => t.task === 6)!;
    expect(r6.outcome).toBe('needs-review');
    expect(r6.message).toMatch(/uses display, which only a Databricks cluster provides/);
  });

  it('takes the worked copy of a duplicated TODO cell, not the untouched original', () => {
    const cells = labCells(allReference());
    const at = cells.findIndex((c) => c.source === task(4).verifyCell);
    cells.splice(at - 1, 0, { kind: 'code', source: task(4).todoCell });
    const g = grade(cells, format);
    expect(g.tasks.find((t) => t.task === 4)).toMatchObject({ outcome: 'passed', answers: reference(4) });
  });

  it('asks for a human look when the cell uses a name another cell defines', () => {
    const t1 = reference(1).map((a, i) => (i === 0 ? 'n_tasks' : a));
    const cells = labCells({ ...allReference(), 1: t1 });
    cells.splice(2, 0, { kind: 'code', source: 'n_tasks = 3' });
    const r1 = grade(cells, format).tasks.find((t) => t.task === 1)!;
    expect(r1.outcome).toBe('needs-review');
    expect(r1.message).toMatch(/uses n_tasks, which cell 3 defines/);
    // A name defined nowhere is the learner's error, as the notebook would say.
    const alone = grade(labCells({ ...allReference(), 1: t1 }), format).tasks.find((t) => t.task === 1)!;
    expect(alone).toMatchObject({ outcome: 'error', errorType: 'NameError' });
  });

  it('counts an untouched or a deleted TODO cell as unanswered', () => {
    const cells = labCells({ 1: reference(1) }).filter((c) => c.source !== task(2).todoCell);
    const g = grade(cells, format);
    expect(g.tasks.find((t) => t.task === 1)!.outcome).toBe('passed');
    expect(g.tasks.find((t) => t.task === 2)).toMatchObject({ outcome: 'unanswered', graded: 'not-graded', cell: null });
    expect(g.tasks.find((t) => t.task === 3)).toMatchObject({ outcome: 'unanswered', graded: 'blanks' });
  });
});

describe('the learner name', () => {
  const nb = (cells: FixtureCell[], authors: string[] = []): Notebook => ({ ...parsed(parseIpynb(toIpynb(cells))), authors });

  it('is the file name unless the notebook says otherwise', () => {
    expect(nameFromFile('/class/ana-lima (2).ipynb')).toBe('ana-lima (2)');
    expect(nameFromFile('C:\\x\\Bo.py')).toBe('Bo');
    expect(learnerFromNotebook(nb(labCells()))).toBeNull();
    expect(learnerFromNotebook(nb([{ kind: 'code', source: '# Name: Ana Lima\nx = 1' }]))).toBe('Ana Lima');
    expect(learnerFromNotebook(nb([{ kind: 'code', source: '# Name: <your name>' }]))).toBeNull();
    expect(learnerFromNotebook(nb(labCells(), ['Bea']))).toBe('Bea');
    expect(learnerFromNotebook(nb([{ kind: 'code', source: 'catalog = "retailhub_carla"' }]))).toBe('carla');
    expect(learnerFromNotebook(nb([{ kind: 'code', source: 'job = "dan_orders_pipeline"' }]))).toBe('dan');
    // The lab's own placeholder and markdown do not name anyone.
    expect(learnerFromNotebook(nb([{ kind: 'markdown', source: '`retailhub_ed` and `<your_name>_customer_pipeline`' }]))).toBeNull();
    const g = gradeNotebook(nb([{ kind: 'code', source: '# learner: Fay' }]), TASKS, 'x.ipynb');
    expect(g).toMatchObject({ learner: 'Fay', nameFrom: 'notebook' });
    expect(gradeNotebook(nb([]), TASKS, '/a/Gus.ipynb')).toMatchObject({ learner: 'Gus', nameFrom: 'file' });
  });
});

describe('a hostile notebook', () => {
  it('is graded to the end, whatever its size and shape', () => {
    // Many cells of many distinct lines, a cell of a million newlines, and a name full of escapes.
    const junk = Array.from({ length: 2000 }, (_, i) => ({ kind: 'code' as const, source: Array.from({ length: 200 }, (__, j) => `x${i}_${j} = ${j}`).join('\n') }));
    const cells: FixtureCell[] = [
      { kind: 'code', source: '# Name: \u001b[2J\u202eMallory' },
      // A TODO cell with an undefined name makes the grader look for it in every other cell.
      { kind: 'code', source: `${' \n'.repeat(200_000)}x = 1` },
      { kind: 'code', source: '\n'.repeat(1_000_000) },
      ...junk,
      ...labCells({ ...allReference(), 2: reference(2).map((a, i) => (i === 0 ? '" + undefined_name + "' : a)) }),
    ];
    const g = grade(cells, 'ipynb');
    expect(g.learner).toBe('\u001b[2J\u202eMallory');
    expect(g.tasks.map((t) => t.outcome)).toEqual(['passed', 'error', 'passed', 'passed', 'passed', 'passed', 'passed', 'passed']);
  });
});

