import type { Verdict } from '../../src/checks/types';
import { LAB08 } from '../../src/lessons/lab08';
import type { Lab, PracticeTask } from '../../src/lessons/types';
import { checkTask } from '../../src/checks/engine';
import type { ReviewProgress } from '../../src/review';
import type { MissProgress } from '../../src/progress/types';

/** A two-blank task whose "notebook" is the fixture check below. */
export const FIXTURE_TASK: PracticeTask = {
  id: 'practice.fx',
  number: 5,
  title: 'Repair Run Scenarios (fixture)',
  topic: 'Repair Runs',
  skills: 'fixture',
  prompt: [],
  todoCell: 'ingest_reruns = ______  # bool\nrepair_is_cheaper = ______  # bool',
  verifyCell: 'assert ...',
  blanks: [
    { id: 'fx.ingest_reruns', kind: 'bool', label: 'ingest_reruns', question: "Will 'ingest' run again during repair?", options: ['True', 'False'], answer: 'False', hints: ['Succeeded tasks are skipped.'] },
    { id: 'fx.repair_is_cheaper', kind: 'bool', label: 'repair_is_cheaper', question: 'Is Repair Run cheaper?', answer: 'True', hints: [] },
  ],
  takeaway: { topic: 'Repair Runs', text: 'Re-execute only the failed task + downstream — saves compute cost' },
};

export const FIXTURE_LAB: Lab = { ...LAB08, practice: { ...LAB08.practice, tasks: [FIXTURE_TASK] } };

/** Records every call, and fails with a notebook-like message when a blank differs from its reference. */
export function fixtureCheck(): { check: (task: PracticeTask, answers: readonly string[]) => Verdict; calls: string[][] } {
  const calls: string[][] = [];
  const check = (task: PracticeTask, answers: readonly string[]): Verdict => {
    calls.push([...answers]);
    for (let i = 0; i < task.blanks.length; i++) {
      const blank = task.blanks[i];
      const given = (answers[i] ?? '').trim();
      if (blank && given !== blank.answer) {
        return { outcome: 'failed', output: [], message: `${blank.label} should be ${blank.answer}, got ${given}` };
      }
    }
    return { outcome: 'passed', output: ['Task 5 PASSED: fixture'], message: 'Task 5 PASSED: fixture' };
  };
  return { check, calls };
}

/** True once the real Python-subset interpreter runs the lab's own cells. */
export function realEngineReady(): boolean {
  try {
    const task = LAB08.practice.tasks[0];
    if (!task) return false;
    return checkTask(task, task.blanks.map((b) => b.answer)).outcome === 'passed';
  } catch {
    return false;
  }
}

export const EMPTY: ReviewProgress = { cards: {}, misses: {} };

export const NOW = new Date('2026-03-02T09:00:00Z');

/** A practice miss in the store's shape: its newest wrong answer at `at`. */
export function miss(count: number, at: Date, clearedAt?: Date): MissProgress {
  return {
    count,
    updatedAt: Math.max(at.getTime(), clearedAt?.getTime() ?? 0),
    bySource: { practice: count },
    recent: [{ answer: 'wrong', at: at.getTime() }],
    sources: ['practice'],
    ...(clearedAt ? { clearedAt: clearedAt.getTime() } : {}),
  };
}
