import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import { stepStatus } from '../../src/workshop/done';
import { apply, doneUpTo } from './helpers';

const steps = LAB08.workshop.steps;
const ids = (upTo: number) => steps.filter((s) => s.number <= upTo).map((s) => s.id);

describe('a workshop step is done only while its checkpoint passes', () => {
  it('counts the steps whose checkpoints pass on the saved builder entries', () => {
    expect(stepStatus({ steps, entries: doneUpTo(7), marked: new Set() }).done).toEqual(ids(7));
    expect(stepStatus({ steps, entries: undefined, marked: new Set() }).done).toEqual([]);
  });

  it('setting step 7\'s trigger back to None un-does step 7', () => {
    const undone = apply(doneUpTo(7), { type: 'trigger/set', job: 'orders', patch: { type: 'none' } });
    const status = stepStatus({ steps, entries: undone, marked: new Set([steps[6]!.id]) });
    expect(status.done).toEqual(ids(6));
    // Marked by hand earlier: shown as marked, never counted as done.
    expect(status.markedNotPassed).toEqual([steps[6]!.id]);
  });
});
