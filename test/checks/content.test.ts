// rustlings' content check: every reference answer passes the notebook's own verification, and every
// task as shipped (blanks untouched, or emptied) does not.
import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import { BLANK, checkTask, countBlanks } from '../../src/checks/engine';
import { FIXED_NOW } from '../support/python';

describe.each(LAB08.practice.tasks.map((t) => [t.number, t] as const))('task %i', (number, task) => {
  it('has one blank entry per ______ in its TODO cell', () => {
    expect(task.blanks).toHaveLength(countBlanks(task.todoCell));
  });

  it('passes with the reference answers and prints its PASSED line', () => {
    const verdict = checkTask(task, task.blanks.map((b) => b.answer), { now: FIXED_NOW });
    expect(verdict.outcome).toBe('passed');
    expect(verdict.message).toMatch(new RegExp(`^Task ${number} PASSED: `));
  });

  it('fails as shipped, with ______ still in every blank', () => {
    const verdict = checkTask(task, task.blanks.map(() => BLANK), { now: FIXED_NOW });
    expect(verdict.outcome).not.toBe('passed');
  });

  it('fails with every blank emptied', () => {
    const verdict = checkTask(task, task.blanks.map(() => ''), { now: FIXED_NOW });
    expect(verdict.outcome).not.toBe('passed');
  });

  it('fails when any single blank is left as shipped', () => {
    task.blanks.forEach((_, i) => {
      const answers = task.blanks.map((b) => b.answer);
      answers[i] = BLANK;
      expect(checkTask(task, answers, { now: FIXED_NOW }).outcome, `blank ${i + 1}`).not.toBe('passed');
    });
  });
});
