// Cautions under PASSED: the notebook's check can be looser than Databricks (it upper-cases the
// query, it looks for a "7" anywhere). The lesson data says, per blank, when an accepted answer
// would still be wrong on the platform; the verdict stays the notebook's.
import type { PracticeTask } from '../lessons/types';

export function passCautions(task: PracticeTask, answers: readonly string[]): string[] {
  const lines: string[] = [];
  task.blanks.forEach((blank, i) => {
    const typed = (answers[i] ?? '').trim();
    const reference = blank.answer.trim();
    if (typed === reference) return;
    for (const caution of blank.cautions ?? []) {
      const fits = caution.when === 'differs' || typed.toLowerCase() === reference.toLowerCase();
      if (fits) {
        lines.push(caution.text.replaceAll('{answer}', typed));
        break;
      }
    }
  });
  return lines;
}
