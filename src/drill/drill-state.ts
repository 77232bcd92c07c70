// The drill as a pure reducer: every action that moves time carries its own `nowMs`, so the reducer
// never reads a clock and a screen can replay or test it exactly. Verdicts are computed by the
// caller (see `submitAction`) and carried in the action: the reducer stays pure even though the
// checks engine runs an interpreter, and React may call a reducer twice without judging twice.
import type { Verdict } from '../checks/types';
import type { PracticeTask } from '../lessons/types';
import { shuffleTasks } from './shuffle';

export type DrillPhase = 'lobby' | 'running' | 'finished';
export type EndReason = 'time-up' | 'finished-early';
export type TaskOutcome = 'passed' | 'failed' | 'error' | 'unanswered';

/** Longest answer kept for one blank; longer typing is cut (the result file enforces the same). */
export const MAX_ANSWER_CHARS = 2000;

export interface DrillConfig {
  /** Task numbers in drill order. */
  order: number[];
  /** How many blanks each task has (answers arrays are this long). */
  blankCounts: Readonly<Record<number, number>>;
  durationMs: number;
  maxAttempts: number;
  feedback: boolean;
}

export interface TaskProgress {
  task: number;
  /** What is in the editor now. */
  answers: string[];
  attempts: number;
  /**
   * The last verdict, or null before the first submission. Always null with feedback off: such a
   * drill never judges (see submitAction), the instructor's report does.
   */
  verdict: Verdict | null;
  /** The answers that verdict judged (the editor may have changed since). */
  judgedAnswers: string[] | null;
  /** Milliseconds this task was on screen while the drill ran. */
  ms: number;
}

export interface DrillState {
  phase: DrillPhase;
  config: DrillConfig;
  /** Index into config.order. */
  current: number;
  /** Aligned with config.order. */
  progress: TaskProgress[];
  startedAtMs: number | null;
  deadlineMs: number | null;
  endedAtMs: number | null;
  /** Time up to which on-screen time has been charged to a task. */
  clockMs: number | null;
  remainingMs: number;
  endReason: EndReason | null;
}

export type DrillAction =
  | { type: 'start'; nowMs: number }
  | { type: 'type'; blank: number; value: string }
  | { type: 'submit'; nowMs: number; task: number; answers: string[]; verdict: Verdict | null }
  | { type: 'next'; nowMs: number }
  | { type: 'prev'; nowMs: number }
  | { type: 'goto'; nowMs: number; index: number }
  | { type: 'tick'; nowMs: number }
  | { type: 'timeUp'; nowMs: number }
  | { type: 'finish'; nowMs: number };

/** What a drill needs to know of the lab. */
export interface DrillLab {
  practice: { tasks: ReadonlyArray<Pick<PracticeTask, 'number'> & { blanks: readonly unknown[] }> };
}

export function buildDrillConfig(
  options: { tasks: readonly number[]; seed: string; minutes: number; attempts: number; feedback: boolean },
  lab: DrillLab,
): DrillConfig {
  const blankCounts: Record<number, number> = {};
  for (const task of lab.practice.tasks) blankCounts[task.number] = task.blanks.length;
  const known = options.tasks.filter((n) => blankCounts[n] !== undefined);
  return {
    order: shuffleTasks(known, options.seed),
    blankCounts,
    durationMs: options.minutes * 60_000,
    maxAttempts: options.attempts,
    feedback: options.feedback,
  };
}

export function createDrill(config: DrillConfig): DrillState {
  return {
    phase: 'lobby',
    config,
    current: 0,
    progress: config.order.map((task) => ({
      task,
      answers: new Array<string>(config.blankCounts[task] ?? 0).fill(''),
      attempts: 0,
      verdict: null,
      judgedAnswers: null,
      ms: 0,
    })),
    startedAtMs: null,
    deadlineMs: null,
    endedAtMs: null,
    clockMs: null,
    remainingMs: config.durationMs,
    endReason: null,
  };
}

export function drillReducer(state: DrillState, action: DrillAction): DrillState {
  if (action.type === 'start') {
    if (state.phase !== 'lobby' || state.progress.length === 0) return state;
    return {
      ...state,
      phase: 'running',
      current: 0,
      startedAtMs: action.nowMs,
      deadlineMs: action.nowMs + state.config.durationMs,
      clockMs: action.nowMs,
      remainingMs: state.config.durationMs,
    };
  }
  if (state.phase !== 'running') return state;

  if (action.type === 'type') {
    const task = state.progress[state.current];
    if (!task || isLocked(state, state.current)) return state;
    if (!Number.isInteger(action.blank) || action.blank < 0 || action.blank >= task.answers.length) return state;
    const answers = [...task.answers];
    answers[action.blank] = action.value.slice(0, MAX_ANSWER_CHARS);
    return replaceProgress(state, state.current, { ...task, answers });
  }

  // Everything below carries a time: charge it first, and once the deadline has passed nothing
  // else counts (a submission that arrives late is not accepted).
  const charged = charge(state, action.nowMs);
  if (charged.deadlineMs !== null && action.nowMs >= charged.deadlineMs) return end(charged, 'time-up');

  switch (action.type) {
    case 'tick':
      return charged;
    case 'timeUp':
      return end(charged, 'time-up');
    case 'finish':
      return end(charged, 'finished-early');
    case 'next':
      return moveTo(charged, charged.current + 1);
    case 'prev':
      return moveTo(charged, charged.current - 1);
    case 'goto':
      return moveTo(charged, action.index);
    case 'submit': {
      const index = charged.progress.findIndex((p) => p.task === action.task);
      const task = charged.progress[index];
      if (!task || isLocked(charged, index)) return charged;
      const answers = action.answers.slice(0, task.answers.length).map((a) => a.slice(0, MAX_ANSWER_CHARS));
      while (answers.length < task.answers.length) answers.push('');
      return replaceProgress(charged, index, {
        ...task,
        answers,
        attempts: task.attempts + 1,
        verdict: action.verdict,
        judgedAnswers: answers,
      });
    }
  }
}

/**
 * Builds the submit action for the current task, judging it with the injected check; null when
 * the current task cannot be submitted (not running, passed, or out of attempts). With feedback
 * off nothing is judged (verdict null): how long judging takes, or the engine failing, would
 * otherwise be something the learner sees that depends on the verdict.
 */
export function submitAction(
  state: DrillState,
  check: (taskNumber: number, answers: string[]) => Verdict,
  nowMs: number,
): Extract<DrillAction, { type: 'submit' }> | null {
  if (!canSubmit(state)) return null;
  const task = state.progress[state.current] as TaskProgress;
  const answers = [...task.answers];
  return { type: 'submit', nowMs, task: task.task, answers, verdict: state.config.feedback ? check(task.task, answers) : null };
}

// ---- selectors -------------------------------------------------------------------------------

/**
 * A task takes no more submissions once out of attempts, or once passed when feedback is on. With
 * feedback off a pass must not lock the task: a locked task after one try would tell the learner
 * it was right, so right and wrong submissions count down the same attempts.
 */
export function isLocked(state: DrillState, index: number): boolean {
  const task = state.progress[index];
  if (!task) return true;
  return (state.config.feedback && task.verdict?.outcome === 'passed') || task.attempts >= state.config.maxAttempts;
}

export function canSubmit(state: DrillState): boolean {
  return state.phase === 'running' && !isLocked(state, state.current);
}

export function attemptsLeft(state: DrillState, index = state.current): number {
  const task = state.progress[index];
  if (!task) return 0;
  if (state.config.feedback && task.verdict?.outcome === 'passed') return 0;
  return Math.max(0, state.config.maxAttempts - task.attempts);
}

/** Whole seconds left, rounded up so the display shows 0 only when time is really up. */
export function remainingSeconds(state: DrillState): number {
  return Math.ceil(state.remainingMs / 1000);
}

/** The judged outcome; with feedback off nothing is judged, so see visibleStatus for what to show. */
export function taskOutcome(task: TaskProgress): TaskOutcome {
  return task.verdict?.outcome ?? 'unanswered';
}

/**
 * The verdict a screen may show for a task. With feedback off there is none (the drill does not
 * judge, the result file says "submitted"): the instructor debriefs from the report.
 */
export function visibleVerdict(state: DrillState, index = state.current): Verdict | null {
  if (!state.config.feedback) return null;
  return state.progress[index]?.verdict ?? null;
}

/** What a screen may say about a task without giving the verdict away. */
export function visibleStatus(state: DrillState, index = state.current): TaskOutcome | 'submitted' {
  const task = state.progress[index];
  if (!task) return 'unanswered';
  if (task.attempts === 0) return 'unanswered';
  return state.config.feedback ? taskOutcome(task) : 'submitted';
}

export interface DrillSummary {
  total: number;
  submitted: number;
  /** Null when feedback is off. */
  passed: number | null;
}

export function drillSummary(state: DrillState): DrillSummary {
  const submitted = state.progress.filter((p) => p.attempts > 0).length;
  const passed = state.progress.filter((p) => p.verdict?.outcome === 'passed').length;
  return { total: state.progress.length, submitted, passed: state.config.feedback ? passed : null };
}

/** Every task is passed or out of attempts: the screen can offer to finish. */
export function allLocked(state: DrillState): boolean {
  return state.progress.every((_, index) => isLocked(state, index));
}

// ---- helpers ---------------------------------------------------------------------------------

function charge(state: DrillState, nowMs: number): DrillState {
  if (state.clockMs === null || state.deadlineMs === null) return state;
  const until = Math.min(nowMs, state.deadlineMs);
  // A clock that steps backwards (NTP, a resumed laptop) charges nothing rather than negative time.
  const spent = Math.max(0, until - state.clockMs);
  const remainingMs = Math.min(state.remainingMs, Math.max(0, state.deadlineMs - nowMs));
  const task = state.progress[state.current];
  const base = { ...state, clockMs: Math.max(state.clockMs, until), remainingMs };
  if (!task || spent === 0) return base;
  return replaceProgress(base, state.current, { ...task, ms: task.ms + spent });
}

function end(state: DrillState, reason: EndReason): DrillState {
  const endedAtMs = state.deadlineMs !== null && reason === 'time-up' ? state.deadlineMs : state.clockMs;
  return {
    ...state,
    phase: 'finished',
    endReason: reason,
    endedAtMs,
    remainingMs: reason === 'time-up' ? 0 : state.remainingMs,
  };
}

function moveTo(state: DrillState, index: number): DrillState {
  if (!Number.isInteger(index) || index < 0 || index >= state.progress.length || index === state.current) return state;
  return { ...state, current: index };
}

function replaceProgress(state: DrillState, index: number, task: TaskProgress): DrillState {
  const progress = [...state.progress];
  progress[index] = task;
  return { ...state, progress };
}
