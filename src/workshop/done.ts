// Whether a workshop step is done is a fact about the builder, not a flag: a step with a
// checkpoint is done exactly while its checkpoint passes on the saved builder entries. Undoing
// the work (setting step 7's trigger back to None) un-does the step.
import { checkStep, isWorkshopStep } from './checks';
import { restoreBuilderState } from './state';

export interface StepStatusInput {
  steps: ReadonlyArray<{ id: string; number: number }>;
  /** progress.workshop.entries as saved (anything: restored field by field). */
  entries: unknown;
  /** Step ids the learner marked done by hand (`d`). */
  marked: ReadonlySet<string>;
}

export interface StepStatus {
  /** Done: the checkpoint passes (or, for a step without one, it was marked done). */
  done: string[];
  /** Marked done by hand while the checkpoint does not pass: shown as such, never counted. */
  markedNotPassed: string[];
}

export function stepStatus(input: StepStatusInput): StepStatus {
  const state = restoreBuilderState(input.entries);
  const done: string[] = [];
  const markedNotPassed: string[] = [];
  for (const step of input.steps) {
    const passes = isWorkshopStep(step.number) ? checkStep(step.number, state).ok : input.marked.has(step.id);
    if (passes) done.push(step.id);
    else if (input.marked.has(step.id)) markedNotPassed.push(step.id);
  }
  return { done, markedNotPassed };
}
