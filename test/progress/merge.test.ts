import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  emptyProgress,
  mergeProgress,
  normalizeMiss,
  openProgressStore,
  parseProgressText,
  type MissProgress,
  type Progress,
  type ProgressStore,
  type TaskProgress,
} from '../../src/progress';
import { manualClock, tempDir } from './helpers';

const stores: ProgressStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

function pair(): { a: ProgressStore; b: ProgressStore; clock: ReturnType<typeof manualClock>; dir: string } {
  const dir = tempDir();
  const clock = manualClock();
  const a = openProgressStore({ dir, now: clock.now });
  const b = openProgressStore({ dir, now: clock.now });
  stores.push(a, b);
  return { a, b, clock, dir };
}

function onDisk(dir: string): Progress {
  const parsed = parseProgressText(readFileSync(join(dir, 'progress.json'), 'utf8'));
  if (parsed.kind !== 'ok') throw new Error(parsed.kind);
  return parsed.progress;
}

describe('two instances on the same folder', () => {
  it('edits to different tasks: neither is lost, whatever the save order', () => {
    const { a, b, clock, dir } = pair();
    a.setAnswers('practice.1', ['from A']);
    clock.tick();
    b.setAnswers('practice.2', ['from B']);
    clock.tick();
    a.markStep('workshop.1');
    b.markStep('workshop.2');
    expect(a.flush()).toBe(true);
    expect(b.flush()).toBe(true);
    const disk = onDisk(dir);
    expect(disk.tasks['practice.1']?.answers).toEqual(['from A']);
    expect(disk.tasks['practice.2']?.answers).toEqual(['from B']);
    expect(Object.keys(disk.steps).sort()).toEqual(['workshop.1', 'workshop.2']);
    // B's save merged A's work into B's memory; A learns B's at its next save or refresh.
    expect(b.get().tasks['practice.1']?.answers).toEqual(['from A']);
    a.refresh();
    expect(a.get().tasks['practice.2']?.answers).toEqual(['from B']);

    // Keep interleaving: each save must keep the other's latest.
    clock.tick();
    a.setAnswers('practice.1', ['from A, later']);
    b.setAnswers('practice.2', ['from B, later']);
    b.flush();
    a.flush();
    expect(onDisk(dir).tasks['practice.1']?.answers).toEqual(['from A, later']);
    expect(onDisk(dir).tasks['practice.2']?.answers).toEqual(['from B, later']);
  });

  it('edits to the same task: the newer answers win in either save order', () => {
    for (const order of ['a-first', 'b-first']) {
      const { a, b, clock, dir } = pair();
      a.setAnswers('practice.1', ['older']);
      clock.tick();
      b.setAnswers('practice.1', ['newer']);
      if (order === 'a-first') {
        a.flush();
        b.flush();
      } else {
        b.flush();
        a.flush();
      }
      expect(onDisk(dir).tasks['practice.1']?.answers, order).toEqual(['newer']);
      a.refresh();
      expect(a.get().tasks['practice.1']?.answers, order).toEqual(['newer']);
    }
  });

  it('same task: a pass, hints and time are kept even when the other side typed later', () => {
    const { a, b, clock, dir } = pair();
    a.setAnswers('practice.3', ['x']);
    a.flush();
    b.refresh();
    clock.tick();
    a.useHint('practice.3');
    a.recordCheck('practice.3', { outcome: 'passed', message: 'Task 3 PASSED' });
    a.addSeconds('practice.3', 40);
    a.flush();
    clock.tick();
    // B never saw the pass and keeps typing in the same task.
    b.setAnswers('practice.3', ['x2']);
    b.addSeconds('practice.3', 10);
    b.flush();
    const t = onDisk(dir).tasks['practice.3'];
    expect(t).toMatchObject({ answers: ['x2'], passed: true, attempts: 1, hintsUsed: 1, secondsSpent: 40 });
    expect(t?.lastVerdict?.outcome).toBe('passed');
  });

  it('misses are not counted twice when both sides started from the same saved count', () => {
    const { a, b, dir } = pair();
    a.recordMiss('t1.num_tasks', '4', 'practice');
    a.recordMiss('t1.num_tasks', '5', 'practice');
    a.flush();
    b.refresh();
    expect(b.get().misses['t1.num_tasks']?.count).toBe(2);
    a.flush();
    b.recordMiss('t1.num_tasks', '6', 'drill');
    b.flush();
    a.flush();
    a.recordMiss('t1.num_tasks', '7', 'practice');
    a.flush();
    const m = onDisk(dir).misses['t1.num_tasks'] as MissProgress;
    expect(m.bySource).toEqual({ practice: 3, drill: 1 });
    expect(m.count).toBe(4);
    expect(m.recent.map((r) => r.answer)).toEqual(['4', '5', '6', '7']);
    expect(m.sources).toEqual(['practice', 'drill']);
  });

  it('a pass clears misses in both instances; a later miss is newer than the clearing', () => {
    const { a, b, clock, dir } = pair();
    a.recordMiss('t1.num_tasks', '4', 'practice');
    a.flush();
    b.refresh();
    clock.tick();
    b.clearMisses(['t1.num_tasks', 't1.never_missed']);
    b.flush();
    a.flush();
    const cleared = onDisk(dir).misses['t1.num_tasks'] as MissProgress;
    expect(cleared.count).toBe(1);
    expect(cleared.clearedAt).toBeGreaterThan(cleared.recent[0]?.at ?? Infinity);
    expect(onDisk(dir).misses['t1.never_missed']).toBeUndefined();
    clock.tick();
    a.recordMiss('t1.num_tasks', '5', 'practice');
    a.flush();
    const again = onDisk(dir).misses['t1.num_tasks'] as MissProgress;
    // The clearing survives the merge; the new miss is after it, so it counts again.
    expect(again.clearedAt).toBe(cleared.clearedAt);
    expect(Math.max(...again.recent.map((r) => r.at))).toBeGreaterThan(again.clearedAt ?? Infinity);
  });

  it('a reset in one instance is not undone by the other one saving old entries', () => {
    const { a, b, clock, dir } = pair();
    a.setAnswers('practice.1', ['old']);
    a.flush();
    b.refresh();
    b.setAnswers('practice.2', ['also old']);
    clock.tick();
    a.reset();
    a.flush();
    b.flush(); // B still holds both old entries in memory
    expect(onDisk(dir).tasks).toEqual({});
    expect(b.get().tasks).toEqual({});
    clock.tick();
    b.setAnswers('practice.2', ['after the reset']);
    b.flush();
    expect(Object.keys(onDisk(dir).tasks)).toEqual(['practice.2']);
  });
});

describe('two terminals on one task', () => {
  it('an idle terminal does not undo the other one\'s newer edit (OLD, OLDNEW)', () => {
    const { a, b, clock, dir } = pair();
    a.setAnswers('practice.3', ['OLD', '', '', '']);
    a.flush();
    clock.tick();
    // B opens the task, appends NEW and quits.
    b.refresh();
    b.setAnswers('practice.3', ['OLDNEW', '', '', '']);
    b.close();
    clock.tick();
    // A only kept the task open: time tracking changes the task, no blank.
    a.addSeconds('practice.3', 30);
    a.close();
    expect(onDisk(dir).tasks['practice.3']?.answers).toEqual(['OLDNEW', '', '', '']);
  });

  it('edits to different blanks in two terminals both survive, even while a screen shows the older text', () => {
    const { a, b, clock, dir } = pair();
    a.setAnswers('practice.3', ['a0', 'x', '', '']);
    a.flush();
    b.refresh();
    clock.tick();
    b.setAnswers('practice.3', ['a0', 'from B', '', '']);
    b.flush();
    clock.tick();
    // A's save merges B's blank into A's memory; A's screen still shows 'x' in blank 1 and keeps typing in blank 2.
    a.setAnswers('practice.3', ['a0', 'x', 'from A', ''], ['a0', 'x', '', '']);
    a.flush();
    clock.tick();
    a.setAnswers('practice.3', ['a0', 'x', 'from A!', ''], ['a0', 'x', 'from A', '']);
    a.flush();
    expect(onDisk(dir).tasks['practice.3']?.answers).toEqual(['a0', 'from B', 'from A!', '']);
  });
});

type Step =
  | { kind: 'edit'; who: 0 | 1; blank: number; text: string }
  | { kind: 'save'; who: 0 | 1 }
  | { kind: 'refresh'; who: 0 | 1 }
  | { kind: 'quit'; who: 0 | 1 }
  | { kind: 'idle'; who: 0 | 1 };

const terminal = fc.constantFrom<0 | 1>(0, 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), who: terminal, blank: fc.nat(3), text: fc.constantFrom('a', 'b', 'c', '') }),
  fc.record({ kind: fc.constantFrom('save' as const, 'refresh' as const, 'quit' as const, 'idle' as const), who: terminal }),
);

describe('two simulated terminals, random interleavings (property)', () => {
  it('every blank ends with its latest edit', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const dir = tempDir();
        const clock = manualClock();
        const open = () => openProgressStore({ dir, now: clock.now, debounceMs: 1e9, maxWaitMs: 1e9 });
        const stores = [open(), open()];
        // What each terminal's screen shows: read when the task opens, then only its own typing.
        const screens = stores.map((s) => [...(s.get().tasks['practice.3']?.answers ?? ['', '', '', ''])]);
        const latest: (string | undefined)[] = [undefined, undefined, undefined, undefined];
        for (const st of steps) {
          clock.tick();
          const store = stores[st.who]!;
          const screen = screens[st.who]!;
          if (st.kind === 'edit') {
            // Appending keeps every edit distinct from the text it replaces.
            const before = [...screen];
            screen[st.blank] = `${screen[st.blank]}${st.text}${clock.now()}`;
            store.setAnswers('practice.3', screen, before);
            latest[st.blank] = screen[st.blank];
          } else if (st.kind === 'save') {
            store.flush();
          } else if (st.kind === 'refresh') {
            store.refresh();
          } else if (st.kind === 'idle') {
            store.addSeconds('practice.3', 5);
          } else {
            store.close();
            stores[st.who] = open();
            screens[st.who] = [...(stores[st.who]!.get().tasks['practice.3']?.answers ?? ['', '', '', ''])];
          }
        }
        for (const s of stores) s.close();
        if (latest.every((text) => text === undefined)) return;
        const saved = onDisk(dir).tasks['practice.3'];
        latest.forEach((text, blank) => {
          if (text !== undefined) expect(saved?.answers[blank], `blank ${blank}`).toBe(text);
        });
      }),
      { numRuns: 60 },
    );
  });
});

// ---- the merge function on its own ----

const ids = ['practice.1', 'practice.2', 'practice.3'];
const stamp = fc.integer({ min: 1, max: 40 });
const text = fc.constantFrom('', 'a', 'b', '3', 'True');
const verdict = fc.record({ outcome: fc.constantFrom('passed' as const, 'failed' as const), message: text, at: stamp });
const task: fc.Arbitrary<TaskProgress> = fc.record(
  {
    answers: fc.array(text, { maxLength: 3 }),
    answersAt: fc.array(stamp, { minLength: 3, maxLength: 3 }),
    hintLevels: fc.array(fc.nat(3), { maxLength: 3 }),
    attempts: fc.nat(5),
    hintsUsed: fc.nat(5),
    solutionRevealed: fc.boolean(),
    passed: fc.boolean(),
    firstPassedAt: stamp,
    lastVerdict: verdict,
    secondsSpent: fc.nat(100),
    updatedAt: stamp,
  },
  { requiredKeys: ['answers', 'answersAt', 'attempts', 'hintsUsed', 'solutionRevealed', 'passed', 'secondsSpent', 'updatedAt'] },
).map((t) =>
  // As the store keeps them: one time per answer, none later than the task's own time.
  ({ ...t, answersAt: t.answersAt!.slice(0, t.answers.length).map((at) => Math.min(at, t.updatedAt)) }),
);
const miss: fc.Arbitrary<MissProgress> = fc
  .record({
    practice: fc.nat(4),
    drill: fc.nat(4),
    recent: fc.array(fc.record({ answer: text, at: stamp }), { maxLength: 6 }),
    updatedAt: stamp,
  })
  .map(({ practice, drill, recent, updatedAt }) =>
    normalizeMiss({ count: 0, bySource: { practice, drill }, recent, sources: [], updatedAt }),
  );
const progress = (withReset: boolean): fc.Arbitrary<Progress> =>
  fc
    .record({
      tasks: fc.dictionary(fc.constantFrom(...ids), task),
      steps: fc.dictionary(fc.constantFrom('workshop.1', 'workshop.2'), fc.record({ done: fc.boolean(), updatedAt: stamp })),
      misses: fc.dictionary(fc.constantFrom('t1.a', 't2.b'), miss),
      learner: fc.option(fc.record({ name: text, updatedAt: stamp }), { nil: null }),
      resetAt: withReset ? fc.option(stamp, { nil: undefined }) : fc.constant(undefined),
    })
    .map((parts) => {
      const p: Progress = { ...emptyProgress(), tasks: parts.tasks, steps: parts.steps, misses: parts.misses, learner: parts.learner };
      if (parts.resetAt !== undefined) p.resetAt = parts.resetAt;
      return p;
    });

const canonical = (p: Progress): unknown => JSON.parse(JSON.stringify(p, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? sortKeys(v) : v)));
function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

describe('mergeProgress', () => {
  it('is commutative: both instances end with the same file', () => {
    fc.assert(
      fc.property(progress(true), progress(true), (x, y) => {
        expect(canonical(mergeProgress(x, y))).toEqual(canonical(mergeProgress(y, x)));
      }),
    );
  });

  it('is idempotent: merging what is already merged changes nothing', () => {
    fc.assert(
      fc.property(progress(true), progress(true), (x, y) => {
        const once = mergeProgress(x, y);
        expect(canonical(mergeProgress(once, y))).toEqual(canonical(once));
        expect(canonical(mergeProgress(once, once))).toEqual(canonical(once));
      }),
    );
  });

  it('is associative (without resets): the order of saves of three instances does not matter', () => {
    fc.assert(
      fc.property(progress(false), progress(false), progress(false), (x, y, z) => {
        expect(canonical(mergeProgress(mergeProgress(x, y), z))).toEqual(canonical(mergeProgress(x, mergeProgress(y, z))));
      }),
    );
  });

  it('never loses a counter or a pass, and the newer answers win', () => {
    fc.assert(
      fc.property(task, task, (t1, t2) => {
        const p1 = { ...emptyProgress(), tasks: { 'practice.1': t1 } };
        const p2 = { ...emptyProgress(), tasks: { 'practice.1': t2 } };
        const m = mergeProgress(p1, p2).tasks['practice.1'] as TaskProgress;
        expect(m.attempts).toBe(Math.max(t1.attempts, t2.attempts));
        expect(m.hintsUsed).toBe(Math.max(t1.hintsUsed, t2.hintsUsed));
        expect(m.passed).toBe(t1.passed || t2.passed);
        expect(m.updatedAt).toBe(Math.max(t1.updatedAt, t2.updatedAt));
        // Blank by blank, the later edit wins; a blank only one side has is kept.
        expect(m.answers).toHaveLength(Math.max(t1.answers.length, t2.answers.length));
        for (let i = 0; i < m.answers.length; i++) {
          const at1 = t1.answers[i] === undefined ? -1 : t1.answersAt![i]!;
          const at2 = t2.answers[i] === undefined ? -1 : t2.answersAt![i]!;
          if (at1 !== at2) expect(m.answers[i]).toBe((at1 > at2 ? t1 : t2).answers[i]);
          expect(m.answersAt![i]).toBe(Math.max(at1, at2));
        }
      }),
    );
  });

  it('drops entries changed at or before a reset, keeps later ones', () => {
    const base = emptyProgress();
    const t = (updatedAt: number): TaskProgress => ({ answers: [], attempts: 0, hintsUsed: 0, solutionRevealed: false, passed: false, secondsSpent: 0, updatedAt });
    const x: Progress = { ...base, resetAt: 10 };
    const y: Progress = { ...base, tasks: { 'practice.1': t(10), 'practice.2': t(11) }, learner: { name: 'A', updatedAt: 9 } };
    const m = mergeProgress(x, y);
    expect(Object.keys(m.tasks)).toEqual(['practice.2']);
    expect(m.learner).toBeNull();
    expect(m.resetAt).toBe(10);
  });
});
