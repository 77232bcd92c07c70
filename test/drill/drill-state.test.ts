import { describe, expect, it } from 'vitest';
import type { DrillAction, DrillState } from '../../src/drill/drill-state';
import {
  allLocked,
  attemptsLeft,
  buildDrillConfig,
  canSubmit,
  createDrill,
  drillReducer,
  drillSummary,
  MAX_ANSWER_CHARS,
  remainingSeconds,
  submitAction,
  taskOutcome,
  visibleStatus,
  visibleVerdict,
} from '../../src/drill/drill-state';
import { buildDrillResult } from '../../src/drill/result-file';
import { FIXTURE_HASH, FIXTURE_LAB, fixtureCheck, referenceAnswers } from './fixtures';

const T0 = 1_000_000;

function drill(options: { tasks?: number[]; minutes?: number; attempts?: number; feedback?: boolean } = {}): DrillState {
  const config = buildDrillConfig(
    {
      tasks: options.tasks ?? [1, 2, 3],
      seed: '42',
      minutes: options.minutes ?? 10,
      attempts: options.attempts ?? 1,
      feedback: options.feedback ?? true,
    },
    FIXTURE_LAB,
  );
  return drillReducer(createDrill(config), { type: 'start', nowMs: T0 });
}

function run(state: DrillState, ...actions: DrillAction[]): DrillState {
  return actions.reduce(drillReducer, state);
}

function typeAll(state: DrillState, answers: string[]): DrillState {
  return answers.reduce((s, value, blank) => drillReducer(s, { type: 'type', blank, value }), state);
}

function submit(state: DrillState, nowMs: number): DrillState {
  const action = submitAction(state, fixtureCheck, nowMs);
  return action ? drillReducer(state, action) : state;
}

describe('drill reducer', () => {
  it('starts from the lobby with the seeded order and empty answers', () => {
    const config = buildDrillConfig({ tasks: [2, 3, 4, 7], seed: '42', minutes: 5, attempts: 1, feedback: true }, FIXTURE_LAB);
    const lobby = createDrill(config);
    expect(lobby.phase).toBe('lobby');
    expect(config.order).toEqual([4, 3, 7, 2]);
    // Nothing but start moves a drill out of the lobby.
    expect(drillReducer(lobby, { type: 'tick', nowMs: T0 })).toBe(lobby);
    expect(drillReducer(lobby, { type: 'type', blank: 0, value: 'x' })).toBe(lobby);
    const running = drillReducer(lobby, { type: 'start', nowMs: T0 });
    expect(running).toMatchObject({ phase: 'running', current: 0, startedAtMs: T0, deadlineMs: T0 + 300_000 });
    expect(running.progress.map((p) => [p.task, p.answers])).toEqual([
      [4, ['']],
      [3, ['', '']],
      [7, ['']],
      [2, ['', '']],
    ]);
  });

  it('types into the current task only, ignoring bad blank indexes, and caps long answers', () => {
    let s = drill();
    s = run(s, { type: 'type', blank: 1, value: 'refresh_pipeline' }, { type: 'type', blank: 7, value: 'x' }, { type: 'type', blank: -1, value: 'x' });
    expect(s.progress[0]?.answers).toEqual(['', 'refresh_pipeline']);
    expect(s.progress[1]?.answers).toEqual(['', '']);
    s = drillReducer(s, { type: 'type', blank: 0, value: 'y'.repeat(MAX_ANSWER_CHARS + 10) });
    expect(s.progress[0]?.answers[0]).toHaveLength(MAX_ANSWER_CHARS);
  });

  it('judges a submission with the injected check and records it', () => {
    let s = drill();
    const task = s.progress[0]!.task;
    s = typeAll(s, referenceAnswers(task));
    s = submit(s, T0 + 30_000);
    expect(taskOutcome(s.progress[0]!)).toBe('passed');
    expect(s.progress[0]).toMatchObject({ attempts: 1, judgedAnswers: referenceAnswers(task), ms: 30_000 });
    expect(canSubmit(s)).toBe(false);
    // A passed task is locked: no more typing.
    expect(drillReducer(s, { type: 'type', blank: 0, value: 'zzz' })).toBe(s);
  });

  it('enforces the attempts limit', () => {
    let s = drill({ attempts: 2 });
    s = typeAll(s, ['wrong', 'wrong']);
    s = submit(s, T0 + 1000);
    expect(attemptsLeft(s)).toBe(1);
    expect(canSubmit(s)).toBe(true);
    s = submit(s, T0 + 2000);
    expect(s.progress[0]?.attempts).toBe(2);
    expect(attemptsLeft(s)).toBe(0);
    expect(canSubmit(s)).toBe(false);
    expect(submitAction(s, fixtureCheck, T0 + 3000)).toBeNull();
    // Even a hand-built submit action is refused once attempts are used up.
    const forged = drillReducer(s, {
      type: 'submit',
      nowMs: T0 + 3000,
      task: s.progress[0]!.task,
      answers: referenceAnswers(s.progress[0]!.task),
      verdict: { outcome: 'passed', output: [], message: 'ok' },
    });
    expect(forged.progress[0]?.attempts).toBe(2);
    expect(taskOutcome(forged.progress[0]!)).toBe('failed');
  });

  it('keeps the answers that were judged even if the editor changes afterwards', () => {
    let s = drill({ attempts: 3 });
    s = submit(typeAll(s, ['a', 'b']), T0 + 1000);
    s = typeAll(s, ['c', 'd']);
    expect(s.progress[0]?.answers).toEqual(['c', 'd']);
    expect(s.progress[0]?.judgedAnswers).toEqual(['a', 'b']);
  });

  it('charges on-screen time to the task being shown', () => {
    let s = drill();
    s = run(
      s,
      { type: 'tick', nowMs: T0 + 5000 },
      { type: 'next', nowMs: T0 + 10_000 },
      { type: 'tick', nowMs: T0 + 12_000 },
      { type: 'prev', nowMs: T0 + 17_000 },
      { type: 'goto', nowMs: T0 + 20_000, index: 2 },
      { type: 'goto', nowMs: T0 + 21_000, index: 99 },
    );
    expect(s.progress.map((p) => p.ms)).toEqual([13_000, 7000, 1000]);
    expect(s.current).toBe(2);
    expect(remainingSeconds(s)).toBe(579);
    // A clock that jumps back charges nothing and gives no time back.
    s = drillReducer(s, { type: 'tick', nowMs: T0 + 15_000 });
    expect(s.progress.map((p) => p.ms)).toEqual([13_000, 7000, 1000]);
    expect(remainingSeconds(s)).toBe(579);
  });

  it('does not go past the first or last task', () => {
    let s = drill();
    s = drillReducer(s, { type: 'prev', nowMs: T0 + 1 });
    expect(s.current).toBe(0);
    s = run(s, { type: 'next', nowMs: T0 + 2 }, { type: 'next', nowMs: T0 + 3 }, { type: 'next', nowMs: T0 + 4 });
    expect(s.current).toBe(2);
  });

  it('ends at the deadline: untouched tasks stay unanswered, late submissions do not count', () => {
    let s = drill({ minutes: 1 });
    const first = s.progress[0]!.task;
    s = submit(typeAll(s, referenceAnswers(first)), T0 + 20_000);
    s = drillReducer(s, { type: 'next', nowMs: T0 + 25_000 });
    s = typeAll(s, ['typed but never submitted', 'x']);
    const lateAction = submitAction(s, fixtureCheck, T0 + 61_000);
    expect(lateAction).not.toBeNull();
    s = drillReducer(s, lateAction!);
    expect(s).toMatchObject({ phase: 'finished', endReason: 'time-up', endedAtMs: T0 + 60_000, remainingMs: 0 });
    expect(s.progress.map(taskOutcome)).toEqual(['passed', 'unanswered', 'unanswered']);
    // Time is charged only up to the deadline.
    expect(s.progress.map((p) => p.ms)).toEqual([25_000, 35_000, 0]);
    // Nothing moves a finished drill.
    expect(drillReducer(s, { type: 'next', nowMs: T0 + 62_000 })).toBe(s);

    const result = buildDrillResult(
      s,
      {
        labId: 'lab08',
        labHash: FIXTURE_HASH,
        appVersion: 'test',
        learner: 'Ada',
        seed: '42',
        settings: { minutes: 1, tasks: [1, 2, 3], attempts: 1, feedback: true },
      },
      T0 + 61_000,
    );
    expect(result.finished).toBe(true);
    expect(result.endReason).toBe('time-up');
    expect(result.tasks.map((t) => t.outcome).sort()).toEqual(['passed', 'unanswered', 'unanswered']);
    const typed = result.tasks.find((t) => t.task === s.progress[1]!.task);
    expect(typed).toMatchObject({ outcome: 'unanswered', attempts: 0, answers: ['typed but never submitted', 'x'], seconds: 35 });
  });

  it('ends on a timeUp action or a tick past the deadline', () => {
    expect(drillReducer(drill(), { type: 'timeUp', nowMs: T0 + 5000 })).toMatchObject({ phase: 'finished', endReason: 'time-up' });
    expect(drillReducer(drill({ minutes: 1 }), { type: 'tick', nowMs: T0 + 60_000 })).toMatchObject({
      phase: 'finished',
      endReason: 'time-up',
    });
  });

  it('can be finished early', () => {
    const s = drillReducer(drill(), { type: 'finish', nowMs: T0 + 42_000 });
    expect(s).toMatchObject({ phase: 'finished', endReason: 'finished-early', endedAtMs: T0 + 42_000, remainingMs: 558_000 });
  });

  it('judges nothing and shows no verdict when feedback is off', () => {
    let quiet = drill({ feedback: false });
    const typed = typeAll(quiet, ['nope', 'nope']);
    // The check is never asked: neither its time nor its failing can show through.
    const action = submitAction(
      typed,
      () => {
        throw new Error('judged with feedback off');
      },
      T0 + 1000,
    );
    expect(action).toMatchObject({ type: 'submit', answers: ['nope', 'nope'], verdict: null });
    quiet = drillReducer(typed, action!);
    expect(quiet.progress[0]).toMatchObject({ attempts: 1, verdict: null, judgedAnswers: ['nope', 'nope'] });
    expect(visibleVerdict(quiet)).toBeNull();
    expect(visibleStatus(quiet)).toBe('submitted');
    expect(visibleStatus(quiet, 1)).toBe('unanswered');
    expect(drillSummary(quiet)).toEqual({ total: 3, submitted: 1, passed: null });
    const ended = drillReducer(quiet, { type: 'finish', nowMs: T0 + 2000 });
    expect(visibleVerdict(ended, 0)).toBeNull();

    let loud = drill({ feedback: true });
    loud = submit(typeAll(loud, ['nope', 'nope']), T0 + 1000);
    expect(visibleVerdict(loud)?.outcome).toBe('failed');
    expect(visibleStatus(loud)).toBe('failed');
    expect(drillSummary(loud)).toEqual({ total: 3, submitted: 1, passed: 0 });
  });

  it('without feedback counts attempts down the same way for a right and a wrong submission', () => {
    const rightAnswers = referenceAnswers(drill().progress[0]!.task);
    expect(fixtureCheck(drill().progress[0]!.task, rightAnswers).outcome).toBe('passed');
    const right = submit(typeAll(drill({ feedback: false, attempts: 2 }), rightAnswers), T0 + 1);
    const wrong = submit(typeAll(drill({ feedback: false, attempts: 2 }), ['nope', 'nope']), T0 + 1);
    // The two states differ in the answers only.
    const withoutAnswers = (s: DrillState) => ({ ...s, progress: s.progress.map((p) => ({ ...p, answers: [], judgedAnswers: [] })) });
    expect(withoutAnswers(right)).toEqual(withoutAnswers(wrong));
    for (const s of [right, wrong]) {
      expect(attemptsLeft(s)).toBe(1);
      expect(canSubmit(s)).toBe(true);
      expect(visibleStatus(s)).toBe('submitted');
      expect(allLocked(s)).toBe(false);
    }
    // With feedback on, a pass ends the task at once: that is the verdict shown.
    const loud = submit(typeAll(drill({ feedback: true, attempts: 2 }), referenceAnswers(drill().progress[0]!.task)), T0 + 1);
    expect(attemptsLeft(loud)).toBe(0);
  });

  it('reports when every task is locked', () => {
    let s = drill({ tasks: [4, 5] });
    expect(allLocked(s)).toBe(false);
    s = submit(typeAll(s, ['x']), T0 + 1);
    s = drillReducer(s, { type: 'next', nowMs: T0 + 2 });
    s = submit(typeAll(s, referenceAnswers(s.progress[1]!.task)), T0 + 3);
    expect(allLocked(s)).toBe(true);
  });

  it('records an error verdict with its type', () => {
    let s = drill();
    s = submit(typeAll(s, ['boom', '']), T0 + 1);
    expect(s.progress[0]?.verdict).toMatchObject({ outcome: 'error', errorType: 'NameError' });
  });
});
