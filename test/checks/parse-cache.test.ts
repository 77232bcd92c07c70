// The checks engine keeps parsed cells (src/checks/parse-cache.ts) and runs one syntax tree again
// for every check of the same cell. That is only right if running a tree never changes it: the
// verdicts from reused trees must equal those from freshly parsed ones, whatever ran before. The
// same goes for what the engine remembers of explanations (engine.ts: an assert's lines, an
// error's advice, a blame trial): every verdict here is also computed with all of it forgotten.
import { afterEach, describe, expect, it } from 'vitest';
import { checkTask, clearExplanationMemos } from '../../src/checks/engine';
import { clearParseCache as clearCells, parseCellCached } from '../../src/checks/parse-cache';
import { clearChunkCache } from '../../src/checks/todo-parse';
import { LAB08 } from '../../src/lessons/lab08';
import type { PracticeTask } from '../../src/lessons/types';
import type { Verdict } from '../../src/checks/types';

const NOW = new Date(2026, 2, 14, 10, 0, 0);
const SLIPS = ['', '0', '1', 'None', '[]', '"x"', 'True', '2 ** 100', '[1, "a"]', '"ingest", "a"', 'x', '1/0', '(', "'"];

function cases(): Array<{ task: PracticeTask; answers: string[] }> {
  const out: Array<{ task: PracticeTask; answers: string[] }> = [];
  for (const task of LAB08.practice.tasks) {
    const reference = task.blanks.map((b) => b.answer);
    out.push({ task, answers: reference });
    task.blanks.forEach((blank, i) => {
      for (const v of [...(blank.options ?? []), ...SLIPS]) {
        const answers = [...reference];
        answers[i] = v;
        out.push({ task, answers });
      }
    });
    // Mixes: the same slip beside different other answers, so a remembered explanation (an
    // assert's lines, an error's advice, a blame trial) is met again in another answer set.
    let seed = task.number;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let m = 0; m < 40; m++) {
      out.push({
        task,
        answers: task.blanks.map((b) => {
          const pool = [b.answer, ...(b.options ?? []), ...SLIPS];
          return next(2) === 0 ? b.answer : (pool[next(pool.length)] as string);
        }),
      });
    }
  }
  return out;
}

/** Every kept parse (cells, statements, a TODO cell's chunks) and remembered explanation. */
function clearParseCache(): void {
  clearCells();
  clearChunkCache();
  clearExplanationMemos();
}

afterEach(() => clearParseCache());

describe('parse cache', () => {
  it('gives the same verdict from a reused syntax tree as from a fresh parse, pass after pass', () => {
    const all = cases();
    const fresh: Verdict[] = all.map(({ task, answers }) => {
      clearParseCache();
      return checkTask(task, answers, { now: NOW });
    });
    clearParseCache();
    for (let pass = 0; pass < 3; pass++) {
      const reused = all.map(({ task, answers }) => checkTask(task, answers, { now: NOW }));
      expect(reused).toEqual(fresh);
    }
    expect(all.length).toBeGreaterThan(100);
  });

  it('returns the very same tree for the same source, and keeps a bounded number of them', () => {
    const a = parseCellCached('x = 1\n');
    expect(parseCellCached('x = 1\n')).toBe(a);
    for (let i = 0; i < 1000; i++) parseCellCached(`y = ${i}\n`);
    // Evicted long ago (least recently used): parsed anew, equal but not the same object.
    const again = parseCellCached('x = 1\n');
    expect(again).not.toBe(a);
    expect(again).toEqual(a);
  });
});
