// The progress store (src/progress) as the practice screen's port. Typed by shape, so this file
// does not load src/progress at run time; the real ProgressStore fits as is.

import type { Progress } from '../../../progress/types';
import type { VerdictLike } from '../../../progress/store';
import type { PracticeProgressPort } from './progress-port';

export interface PracticeStoreLike {
  get(): Pick<Progress, 'tasks'>;
  setAnswers(taskId: string, answers: readonly string[]): void;
  recordCheck(taskId: string, verdict: VerdictLike, answers?: readonly string[]): void;
  useHint(taskId: string): void;
  revealSolution(taskId: string): void;
  addSeconds(taskId: string, seconds: number): void;
}

export function practicePortFor(store: PracticeStoreLike): PracticeProgressPort {
  return {
    initial(taskId) {
      const t = store.get().tasks[taskId];
      if (!t) return undefined;
      return {
        answers: t.answers,
        attempts: t.attempts,
        hintsUsed: t.hintsUsed,
        solutionRevealed: t.solutionRevealed,
        secondsSpent: t.secondsSpent,
        passed: t.passed,
      };
    },
    setAnswers: (taskId, answers) => store.setAnswers(taskId, answers),
    recordCheck: (taskId, verdict, answers) => store.recordCheck(taskId, verdict, answers),
    // The store keeps a total per task; which blank and level is only for the screen.
    hintShown: (taskId) => store.useHint(taskId),
    revealSolution: (taskId) => store.revealSolution(taskId),
    addSeconds: (taskId, seconds) => store.addSeconds(taskId, seconds),
  };
}
