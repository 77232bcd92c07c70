import { describe, expect, it } from 'vitest';
import { LAB08, allBlanks, blankById, stepByNumber, taskById, taskByNumber } from '../../src/lessons';
import type { Block, PracticeTask } from '../../src/lessons';

const BLANK = '______';
const tasks = LAB08.practice.tasks;
const steps = LAB08.workshop.steps;

function countBlanks(cell: string): number {
  return cell.split(BLANK).length - 1;
}

/** Offsets of every `______` in the cell, in order. */
function blankOffsets(cell: string): number[] {
  const out: number[] = [];
  for (let i = cell.indexOf(BLANK); i !== -1; i = cell.indexOf(BLANK, i + BLANK.length)) out.push(i);
  return out;
}

function fill(task: PracticeTask, answers: string[]): string {
  let i = 0;
  return task.todoCell.replace(/______/g, () => answers[i++] ?? BLANK);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('LAB08 shape', () => {
  it('has exactly 8 workshop steps numbered 1..8 with matching ids', () => {
    expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(steps.map((s) => s.id)).toEqual(steps.map((s) => `workshop.${s.number}`));
    for (const s of steps) {
      expect(s.title).not.toMatch(/^Step \d/);
      expect(s.blocks.length).toBeGreaterThan(0);
    }
  });

  it('has exactly 8 practice tasks numbered 1..8 with matching ids', () => {
    expect(tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(tasks.map((t) => t.id)).toEqual(tasks.map((t) => `practice.${t.number}`));
  });

  it('uses ids that are unique across steps, tasks and blanks', () => {
    const ids = [...steps.map((s) => s.id), ...tasks.map((t) => t.id), ...tasks.flatMap((t) => t.blanks.map((b) => b.id))];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes each task topic and skills from the practice overview table', () => {
    const overview = LAB08.practice.intro.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    expect(overview?.header).toEqual(['Task', 'Topic', 'Skills Tested']);
    expect(overview?.rows).toEqual(tasks.map((t) => [String(t.number), t.topic, t.skills]));
  });

  it('gives every task a distinct takeaway that is a row of the summary table, in task order', () => {
    expect(tasks.map((t) => t.takeaway)).toEqual(LAB08.summary.takeaways);
    expect(new Set(tasks.map((t) => t.takeaway.topic)).size).toBe(8);
  });

  it('has every step image as a caption plus a bare file name', () => {
    const images = steps.flatMap((s) => s.blocks).filter((b) => b.kind === 'image');
    expect(images).toHaveLength(10);
    for (const img of images) {
      expect(img.caption.trim()).not.toBe('');
      expect(img.file).toMatch(/^[0-9a-f]{32}\.webp$/);
    }
  });

  it('ends step 8 with its Expected result note', () => {
    const last = stepByNumber(8)?.blocks.at(-1);
    expect(last?.kind).toBe('note');
    expect(last?.kind === 'note' && last.text.startsWith('**Expected result:**')).toBe(true);
  });
});

describe('LAB08 blanks', () => {
  it.each(tasks.map((t) => [t.id, t] as const))('%s has one blank per ______ in its TODO cell', (_id, task) => {
    expect(task.blanks).toHaveLength(countBlanks(task.todoCell));
    expect(countBlanks(task.verifyCell)).toBe(0);
  });

  it('prefixes every blank id with its task number', () => {
    for (const t of tasks) for (const b of t.blanks) expect(b.id).toMatch(new RegExp(`^t${t.number}\\.[a-z0-9_]+$`));
  });

  it('gives every blank a label, a question, an answer and 2-3 non-empty hints', () => {
    for (const { blank } of allBlanks()) {
      expect(blank.label.trim(), blank.id).not.toBe('');
      expect(blank.question.trim(), blank.id).not.toBe('');
      expect(blank.answer.trim(), blank.id).not.toBe('');
      expect(blank.answer, blank.id).not.toContain(BLANK);
      expect(blank.hints.length, blank.id).toBeGreaterThanOrEqual(2);
      expect(blank.hints.length, blank.id).toBeLessThanOrEqual(3);
      for (const h of blank.hints) expect(h.trim(), blank.id).not.toBe('');
      expect(new Set(blank.hints).size, blank.id).toBe(blank.hints.length);
    }
  });

  it('never states the literal answer in the last hint', () => {
    for (const { blank } of allBlanks()) {
      const last = blank.hints.at(-1) ?? '';
      // Word-bounded so that e.g. "schedule" in a hint does not count as the answer `scheduled`.
      const literal = new RegExp(`(^|[^\\w])${escapeRegExp(blank.answer)}($|[^\\w])`);
      expect(literal.test(last), `${blank.id}: ${last}`).toBe(false);
    }
  });

  it('lists the answer among the options whenever options are given', () => {
    for (const { blank } of allBlanks()) {
      if (blank.options) expect(blank.options, blank.id).toContain(blank.answer);
    }
  });

  it('offers True/False on every bool blank and the lab options on Tasks 2 and 8', () => {
    for (const { blank, task } of allBlanks()) {
      if (blank.kind === 'bool') expect(blank.options, blank.id).toEqual(['True', 'False']);
      if (task.number === 2) expect(blank.options).toEqual(['scheduled', 'file_arrival', 'continuous', 'manual']);
      if (task.number === 8) expect(blank.options).toEqual(['job_cluster', 'all_purpose']);
    }
  });

  it('matches each blank kind to where its ______ sits in the cell', () => {
    for (const task of tasks) {
      const offsets = blankOffsets(task.todoCell);
      const sqlStart = task.todoCell.indexOf('"""');
      const sqlEnd = task.todoCell.indexOf('"""', sqlStart + 3);
      task.blanks.forEach((blank, i) => {
        const at = offsets[i] ?? -1;
        const before = task.todoCell[at - 1];
        const after = task.todoCell[at + BLANK.length];
        const inSql = sqlStart !== -1 && at > sqlStart && at < sqlEnd;
        switch (blank.kind) {
          case 'string':
            expect([before, after], blank.id).toEqual(['"', '"']);
            expect(inSql, blank.id).toBe(false);
            break;
          case 'list-items':
            expect([before, after], blank.id).toEqual(['[', ']']);
            break;
          case 'sql-text':
          case 'sql-number':
            expect(inSql, blank.id).toBe(true);
            break;
          default:
            expect(before === '"' || before === "'", blank.id).toBe(false);
            expect(inSql, blank.id).toBe(false);
        }
      });
    }
  });

  it('leaves no ______ once the reference answers are filled in', () => {
    for (const task of tasks) {
      const filled = fill(
        task,
        task.blanks.map((b) => b.answer),
      );
      expect(filled, task.id).not.toContain(BLANK);
      // Filling replaces only the blanks: the rest of the cell is untouched.
      expect(filled.length - task.todoCell.length).toBe(
        task.blanks.reduce((n, b) => n + b.answer.length - BLANK.length, 0),
      );
    }
  });

  it('fills the Task 6 and Task 7 cells into the expected Python', () => {
    const t6 = taskByNumber(6);
    const t7 = taskByNumber(7);
    if (!t6 || !t7) throw new Error('tasks 6 and 7 must exist');
    const six = fill(t6, t6.blanks.map((b) => b.answer));
    expect(six).toContain('retrieved_rows = task_values["refresh_pipeline"]["rows_processed"]');
    expect(six).toContain('{"rows_processed": rows_processed}');
    const seven = fill(t7, t7.blanks.map((b) => b.answer));
    expect(seven).toContain("WHERE result_state = 'FAILED'");
    expect(seven).toContain('INTERVAL 7 DAYS');
  });
});

describe('lesson lookups', () => {
  it('finds tasks by id and number, and steps by number', () => {
    expect(taskById('practice.3')?.title).toBe('CRON Expressions');
    expect(taskByNumber(5)?.id).toBe('practice.5');
    expect(stepByNumber(7)?.id).toBe('workshop.7');
    expect(taskById('practice.9')).toBeUndefined();
    expect(taskByNumber(0)).toBeUndefined();
    expect(stepByNumber(9)).toBeUndefined();
  });

  it('lists every blank in task then cell order, with its position', () => {
    const refs = allBlanks();
    expect(refs).toHaveLength(tasks.reduce((n, t) => n + countBlanks(t.todoCell), 0));
    for (const ref of refs) expect(ref.task.blanks[ref.index]).toBe(ref.blank);
    const taskOrder = refs.map((r) => r.task.number);
    expect(taskOrder).toEqual([...taskOrder].sort((a, b) => a - b));
  });

  it('finds a blank by id', () => {
    const ref = blankById('t6.get_key');
    expect(ref?.task.number).toBe(6);
    expect(ref?.index).toBe(3);
    expect(ref?.blank.answer).toBe('"rows_processed"');
    expect(blankById('t9.nothing')).toBeUndefined();
  });
});
