// judgeLines, the loop behind `check --batch`: a repeated line is answered from its first verdict,
// and that answer is the one a fresh run of the engine gives (the batch is judged as of one instant).
import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import { checkTask } from '../../src/checks/engine';
import { judgeLines } from '../../src/cli/batch';
import { verdictJson } from '../../src/cli/check';

const NOW = new Date(2026, 10, 23, 9, 30, 15, 123);
const tasks = LAB08.practice.tasks;

describe('check --batch judging lines', () => {
  it('gives a repeated answer set the verdict the engine gives it afresh, for every task', () => {
    const lines: string[] = [];
    for (const task of tasks) {
      const right = task.blanks.map((b) => b.answer);
      const wrong = task.blanks.map((b, j) => (j === 0 ? `${b.answer}x` : b.answer));
      const empty = task.blanks.map(() => '');
      for (const answers of [right, wrong, empty]) lines.push(JSON.stringify({ task: task.number, answers }));
    }
    const input = [...lines, ...lines.slice().reverse(), ...lines];
    const judged = judgeLines(input, 0, input.length, NOW);
    expect(judged.json).toHaveLength(input.length);
    input.forEach((line, i) => {
      const { task, answers } = JSON.parse(line) as { task: number; answers: string[] };
      const fresh = JSON.stringify(verdictJson(task, checkTask(tasks[task - 1]!, answers, { now: NOW })));
      expect(judged.json[i], line).toBe(fresh);
    });
    // Task 6 prints datetime.now(): every copy shows the batch's one instant.
    expect(judged.json.filter((j) => j.includes('processing_time: 2026-11-23T09:30:15.123000')).length).toBe(3);
    expect(judged.allPassed).toBe(false);
  });

  it('answers a repeated bad line with its own line number, and all-passing repeats pass', () => {
    const good = JSON.stringify({ task: 4, answers: tasks[3]!.blanks.map((b) => b.answer) });
    const judged = judgeLines(['not json', good, 'not json', good], 0, 4, NOW);
    const messages = judged.json.map((j) => JSON.parse(j) as { outcome: string; message: string });
    expect(messages[0]!.message).toMatch(/^line 1 /);
    expect(messages[2]!.message).toMatch(/^line 3 /);
    expect(messages[1]).toEqual(messages[3]);
    expect(messages[1]!.outcome).toBe('passed');
    expect(judgeLines([good, good, good], 0, 3, NOW).allPassed).toBe(true);
  });
});
