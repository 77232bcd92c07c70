import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import { wrongBlanks } from '../../src/checks/blame';
import { FIXED_NOW } from '../support/python';

const task = (n: number) => LAB08.practice.tasks[n - 1]!;
const reference = (n: number) => task(n).blanks.map((b) => b.answer);

describe('wrongBlanks', () => {
  it('is empty for the reference answers', () => {
    for (const t of LAB08.practice.tasks) expect(wrongBlanks(t, reference(t.number), { now: FIXED_NOW })).toEqual([]);
  });

  it('names exactly the blanks that are wrong, and not equivalent answers', () => {
    const answers = reference(1);
    answers[0] = '4'; // wrong
    answers[2] = '1800 // 60'; // right, written differently
    answers[4] = 'True'; // wrong
    expect(wrongBlanks(task(1), answers, { now: FIXED_NOW })).toEqual([0, 4]);
  });

  it('treats a blank that breaks the cell as wrong', () => {
    const answers = reference(6);
    answers[2] = 'refresh_pipeline';
    expect(wrongBlanks(task(6), answers, { now: FIXED_NOW })).toEqual([2]);
  });
});
