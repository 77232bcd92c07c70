// Which blanks of a failed answer set are wrong on their own. The notebook's verdict names one
// assert, not a blank; to tell the review deck which blanks a learner missed, each typed answer is
// judged by the same engine with every other blank holding its reference answer.
import type { PracticeTask } from '../lessons/types';
import { checkTask, type CheckOptions } from './engine';

export function wrongBlanks(task: PracticeTask, answers: readonly string[], options: CheckOptions = {}): number[] {
  const reference = task.blanks.map((b) => b.answer);
  const wrong: number[] = [];
  task.blanks.forEach((blank, i) => {
    const typed = answers[i] ?? '';
    if (typed === blank.answer) return;
    const trial = [...reference];
    trial[i] = typed;
    if (checkTask(task, trial, options).outcome !== 'passed') wrong.push(i);
  });
  return wrong;
}
