// The lesson data and the lookups every screen needs. Lookups return undefined rather than
// throw: ids come from saved progress, which may predate a renamed or removed item.

import { LAB08 } from './lab08';
import type { Blank, PracticeTask, WorkshopStep } from './types';

export { LAB08 };
export type * from './types';

/** A blank together with the task that holds it and its position in that task's TODO cell. */
export interface BlankRef {
  task: PracticeTask;
  blank: Blank;
  /** 0-based: the blank fills the (index+1)-th `______` of `task.todoCell`. */
  index: number;
}

export function taskById(id: string): PracticeTask | undefined {
  return LAB08.practice.tasks.find((t) => t.id === id);
}

export function taskByNumber(n: number): PracticeTask | undefined {
  return LAB08.practice.tasks.find((t) => t.number === n);
}

export function stepByNumber(n: number): WorkshopStep | undefined {
  return LAB08.workshop.steps.find((s) => s.number === n);
}

/** Every blank of the lab, in task order then cell order. */
export function allBlanks(): BlankRef[] {
  return LAB08.practice.tasks.flatMap((task) => task.blanks.map((blank, index) => ({ task, blank, index })));
}

export function blankById(id: string): BlankRef | undefined {
  return allBlanks().find((ref) => ref.blank.id === id);
}
