// What the practice screen saves, as a port the App provides through context. Its methods mirror
// the progress store's (src/progress/store.ts: setAnswers, recordCheck, useHint, revealSolution,
// addSeconds), so its adapter is a few one-liners. Without a provider nothing is saved.

import { createContext } from 'react';
import type { Verdict } from '../../../checks/types';
import type { PracticeInitial } from '../../../practice/editor';

export interface PracticeProgressPort {
  /** What an earlier session left for this task, read once when the task opens. */
  initial(taskId: string): PracticeInitial | undefined;
  /** Every key stroke that changes an answer; the store debounces the write. */
  setAnswers(taskId: string, answers: readonly string[]): void;
  recordCheck(taskId: string, verdict: Verdict, answers: readonly string[]): void;
  /** A hint was shown (`level` 1 = the blank's first hint). */
  hintShown(taskId: string, blankId: string, level: number): void;
  revealSolution(taskId: string): void;
  addSeconds(taskId: string, seconds: number): void;
}

export const PracticeProgressContext = createContext<PracticeProgressPort | null>(null);
