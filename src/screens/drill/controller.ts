// The drill session outside React: the pure drill reducer (src/drill) for time, attempts and
// verdicts, one practice editor (src/practice) per task for the text and cursor of each blank,
// and the side effects around them in the order the result-file module asks for: create the
// file at start, rewrite it after every submission, at the end, and when the app is left.
// The screen only maps keys to these methods and draws snapshots, so every rule is tested
// without a terminal, with an injected clock.

import { describeFsError } from '../../progress/fsio';
import type { Verdict } from '../../checks/types';
import {
  buildDrillConfig,
  canSubmit,
  createDrill,
  drillReducer,
  isLocked,
  MAX_ANSWER_CHARS,
  remainingSeconds,
  submitAction,
  type DrillAction,
  type DrillState,
} from '../../drill/drill-state';
import { buildDrillResult, labContentHash, type DrillResult, type DrillResultMeta } from '../../drill/result-file';
import { MAX_NAME_CHARS, type DrillSettings } from '../../drill/settings';
import type { Lab, PracticeTask } from '../../lessons/types';
import { createEditor, editorReducer, type EditorAction, type EditorState } from '../../practice/editor';
import { textFieldReducer, type TextFieldAction } from '../input/text-field';
import { keyLabel, KEYS } from '../keys';
import type { ProgressSession } from '../session';

export type CheckFn = (task: PracticeTask, answers: readonly string[]) => Verdict;
export type BlameFn = (task: PracticeTask, answers: readonly string[]) => number[];

export interface ResultFiles {
  create(dir: string, result: DrillResult): string;
  save(path: string, result: DrillResult): void;
}

export interface ControllerDeps {
  lab: Lab;
  settings: DrillSettings;
  now: () => number;
  check: CheckFn;
  /** Which blanks of a failed submission are wrong on their own (see src/checks/blame.ts). */
  blame: BlameFn;
  files: ResultFiles;
  /** The learner's progress: the lobby's name, and each failed submission's misses. */
  progress: ProgressSession;
  appVersion: string;
}

/** After time runs out, keys are ignored this long: a learner still typing must not quit. */
export const GRACE_MS = 1500;

export type NoticeTone = 'info' | 'success' | 'error';

export interface DrillSnapshot {
  readonly drill: DrillState;
  /** Aligned with drill.progress (drill order). */
  readonly editors: readonly EditorState[];
  readonly tasks: readonly PracticeTask[];
  readonly settings: DrillSettings;
  /** The name in the lobby field (or from --name). */
  readonly name: string;
  /** The cursor in the lobby's name field (a UTF-16 index, the TextField's). */
  readonly nameCursor: number;
  /** --name was given: the lobby shows it and asks nothing. */
  readonly nameFixed: boolean;
  readonly confirming: boolean;
  readonly resultPath: string | null;
  /** The last save failed (it is retried at the next one). */
  readonly saveError: string | null;
  /** Why the drill did not start (no name, the result file could not be created). */
  readonly startError: string | null;
  /** Keys are ignored until this time (ms), after time ran out. */
  readonly graceUntil: number | null;
  /** One line for the status bar, set by the last action (cleared by the next one). */
  readonly notice: { text: string; tone: NoticeTone } | null;
  /** Counts submissions, so the view knows when to bring the verdict into view. */
  readonly submissions: number;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const NAME_FIELD = { maxLength: MAX_NAME_CHARS };

/** The name as it goes into the result file: single spaces, no control characters. */
export function normalizeName(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ').replace(CONTROL, '').trim().replace(/\s+/g, ' ').slice(0, MAX_NAME_CHARS);
}

const describe = describeFsError;

export class DrillController {
  private snap: DrillSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly meta: Omit<DrillResultMeta, 'learner'>;
  private readonly byNumber: Map<number, PracticeTask>;

  constructor(private readonly deps: ControllerDeps) {
    const { lab, settings } = deps;
    this.byNumber = new Map(lab.practice.tasks.map((t) => [t.number, t]));
    const config = buildDrillConfig(settings, lab);
    const drill = createDrill(config);
    const tasks = config.order.map((n) => this.byNumber.get(n) as PracticeTask);
    const name = settings.name ?? normalizeName(deps.progress.learnerName() ?? '');
    this.meta = {
      labId: lab.id,
      labHash: labContentHash(lab),
      appVersion: deps.appVersion,
      seed: settings.seed,
      settings: { minutes: settings.minutes, tasks: [...settings.tasks], attempts: settings.attempts, feedback: settings.feedback },
    };
    this.snap = {
      drill,
      // No command mode in a drill: the keyboard is always in the blank.
      editors: tasks.map((task) => ({ ...createEditor(task), mode: 'edit' })),
      tasks,
      settings,
      name,
      nameCursor: name.length,
      nameFixed: settings.name !== null,
      confirming: false,
      resultPath: null,
      saveError: null,
      startError: null,
      graceUntil: null,
      notice: null,
      submissions: 0,
    };
  }

  // ------------------------------------------------------------ store protocol (useSyncExternalStore)

  readonly get = (): DrillSnapshot => this.snap;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private commit(changes: Partial<DrillSnapshot>): void {
    this.snap = { ...this.snap, ...changes };
    for (const listener of [...this.listeners]) listener();
  }

  // ------------------------------------------------------------ lobby

  /** One edit of the lobby's name field (the one TextField: shell keys, paste, cap). */
  editName(action: TextFieldAction): void {
    if (this.snap.drill.phase !== 'lobby' || this.snap.nameFixed) return;
    const result = textFieldReducer({ value: this.snap.name, cursor: this.snap.nameCursor }, action, NAME_FIELD);
    const { value, cursor } = result.state;
    const notice = result.message === undefined ? null : { text: result.message, tone: 'info' as NoticeTone };
    if (value !== this.snap.name || cursor !== this.snap.nameCursor || notice) {
      this.commit({ name: value, nameCursor: cursor, startError: null, notice });
    }
  }

  typeName(text: string): void {
    this.editName({ type: 'insert', text });
  }

  eraseName(): void {
    this.editName({ type: 'backspace' });
  }

  clearName(): void {
    this.editName({ type: 'end' });
    this.editName({ type: 'deleteToStart' });
  }

  /** Starts the clock and creates the result file; false (with startError) when it cannot. */
  start(): boolean {
    const { drill } = this.snap;
    if (drill.phase !== 'lobby') return false;
    const name = normalizeName(this.snap.name);
    if (name === '') {
      this.commit({ startError: 'Type your name first: it goes into your result file.' });
      return false;
    }
    const now = this.deps.now();
    const next = drillReducer(drill, { type: 'start', nowMs: now });
    if (next === drill) return false;
    let path: string;
    try {
      path = this.deps.files.create(this.deps.settings.out, buildDrillResult(next, { ...this.meta, learner: name }, now));
    } catch (error) {
      this.commit({
        startError: `Could not create your result file in ${this.deps.settings.out} (${describe(error)}). Tell your instructor; --out DIR picks another folder.`,
      });
      return false;
    }
    if (this.deps.progress.learnerName() !== name) this.deps.progress.setLearner(name);
    this.commit({ drill: next, name, nameCursor: name.length, resultPath: path, startError: null, notice: null });
    return true;
  }

  // ------------------------------------------------------------ answering

  private get running(): boolean {
    return this.snap.drill.phase === 'running' && !this.snap.confirming;
  }

  /** A text or cursor action on the current task's focused blank (typing is refused once locked). */
  edit(action: EditorAction): void {
    if (!this.running) return;
    const { drill, editors } = this.snap;
    const index = drill.current;
    const editor = editors[index];
    if (!editor) return;
    const next = editorReducer(editor, action);
    if (next === editor) return;
    if (next.answers !== editor.answers) {
      // The result file keeps at most MAX_ANSWER_CHARS per blank: the editor must not hold more.
      if (next.answers.some((a) => a.length > MAX_ANSWER_CHARS)) return;
      if (isLocked(drill, index)) {
        this.commit({ notice: { text: this.lockedText(index), tone: 'info' } });
        return;
      }
      let state = drill;
      next.answers.forEach((value, blank) => {
        if (value !== editor.answers[blank]) state = drillReducer(state, { type: 'type', blank, value });
      });
      this.commit({ drill: state, editors: replaceAt(editors, index, next), notice: null });
      return;
    }
    this.commit({ editors: replaceAt(editors, index, next), notice: null });
  }

  /** Enter: the next blank, or on the last blank a submission. */
  enter(): void {
    if (!this.running) return;
    const editor = this.snap.editors[this.snap.drill.current];
    if (!editor) return;
    if (editor.focus >= editor.blanks.length - 1) this.submit();
    else this.edit({ type: 'next' });
  }

  submit(): void {
    if (!this.running) return;
    const { drill } = this.snap;
    if (!canSubmit(drill)) {
      this.commit({ notice: { text: this.lockedText(drill.current), tone: 'info' } });
      return;
    }
    const now = this.deps.now();
    let action: Extract<DrillAction, { type: 'submit' }> | null;
    try {
      action = submitAction(drill, (n, answers) => this.deps.check(this.byNumber.get(n) as PracticeTask, answers), now);
    } catch (error) {
      this.commit({ notice: { text: `The check could not run: ${describe(error)}`, tone: 'error' } });
      return;
    }
    if (!action) return;
    const next = drillReducer(drill, action);
    if (next.phase === 'finished') {
      // The deadline passed before the submission arrived: it does not count.
      this.end(next, now);
      return;
    }
    const verdict = action.verdict;
    if (verdict) this.recordMisses(action.task, action.answers, verdict);
    const text = verdict ? submittedText(verdict) : 'Submitted';
    const tone: NoticeTone = !verdict ? 'info' : verdict.outcome === 'passed' ? 'success' : 'error';
    this.commit({ drill: next, submissions: this.snap.submissions + 1, notice: { text, tone } });
    this.save();
  }

  private recordMisses(taskNumber: number, answers: readonly string[], verdict: Verdict): void {
    const task = this.byNumber.get(taskNumber);
    if (!task) return;
    // Without feedback the review deck must not learn the verdict either: a card for each missed
    // blank would show the learner, after the drill, which answers were wrong. The instructor debriefs.
    if (!this.snap.drill.config.feedback) return;
    // A pass clears the task's misses: review shows those cards as ordinary ones again.
    if (verdict.outcome === 'passed') return this.deps.progress.clearMisses(task);
    let wrong: number[];
    try {
      wrong = this.deps.blame(task, answers);
    } catch {
      // The checks engine failing is not the learner's miss.
      return;
    }
    this.deps.progress.recordMisses(task, answers, wrong, 'drill');
  }

  /** Ctrl+N / Ctrl+P: the next or previous task in drill order. */
  move(delta: 1 | -1): void {
    if (!this.running) return;
    const { drill } = this.snap;
    const now = this.deps.now();
    const next = drillReducer(drill, { type: delta === 1 ? 'next' : 'prev', nowMs: now });
    if (next.phase === 'finished') return this.end(next, now);
    if (next.current === drill.current) {
      this.commit({
        drill: next,
        notice: { text: drill.progress.length === 1 ? 'This drill has one task.' : delta === 1 ? 'This is the last task.' : 'This is the first task.', tone: 'info' },
      });
      return;
    }
    this.commit({ drill: next, notice: null });
  }

  // ------------------------------------------------------------ finishing

  askFinish(): void {
    if (!this.running) return;
    this.commit({ confirming: true, notice: null });
  }

  cancelFinish(): void {
    if (!this.snap.confirming) return;
    this.commit({ confirming: false, notice: null });
  }

  confirmFinish(): void {
    if (!this.snap.confirming || this.snap.drill.phase !== 'running') return;
    const now = this.deps.now();
    this.end(drillReducer(this.snap.drill, { type: 'finish', nowMs: now }), now);
  }

  /** The clock moved: update the countdown, end the drill at zero, end the grace period. */
  tick(): void {
    const { drill, graceUntil } = this.snap;
    const now = this.deps.now();
    if (drill.phase === 'running') {
      if (drill.deadlineMs !== null && now >= drill.deadlineMs) {
        this.end(drillReducer(drill, { type: 'timeUp', nowMs: now }), now);
        return;
      }
      const next = drillReducer(drill, { type: 'tick', nowMs: now });
      // Re-draw once a second, not on every tick: time is charged to tasks by every action anyway.
      if (remainingSeconds(next) !== remainingSeconds(drill)) this.commit({ drill: next });
      return;
    }
    if (graceUntil !== null && now >= graceUntil) this.commit({ graceUntil: null });
  }

  /** Keys are ignored (time just ran out). */
  inGrace(): boolean {
    return this.snap.graceUntil !== null && this.deps.now() < this.snap.graceUntil;
  }

  /**
   * The screen goes away (Ctrl+C, a signal, Esc after the end): the time spent so far is charged
   * and the file saved once more. A running drill stays unfinished in the file.
   */
  interrupt(): void {
    const { drill } = this.snap;
    if (drill.phase !== 'running') return;
    const now = this.deps.now();
    const next = drillReducer(drill, { type: 'tick', nowMs: now });
    if (next.phase === 'finished') return this.end(next, now);
    this.commit({ drill: next, confirming: false });
    this.save();
  }

  private end(state: DrillState, now: number): void {
    this.commit({
      drill: state,
      confirming: false,
      graceUntil: state.endReason === 'time-up' ? now + GRACE_MS : null,
      notice: null,
    });
    this.save();
  }

  private save(): void {
    const path = this.snap.resultPath;
    if (path === null) return;
    try {
      this.deps.files.save(path, buildDrillResult(this.snap.drill, { ...this.meta, learner: this.snap.name }, this.deps.now()));
      if (this.snap.saveError !== null) this.commit({ saveError: null });
    } catch (error) {
      this.commit({ saveError: `Your result file could not be saved (${describe(error)}); it is tried again at the next submission.` });
    }
  }

  private lockedText(index: number): string {
    const task = this.snap.drill.progress[index];
    const next = keyLabel(KEYS.drillNextTask.keys[0]);
    if (task?.verdict?.outcome === 'passed' && this.snap.drill.config.feedback) return `This task is passed: ${next} goes to the next one.`;
    return `No attempts left on this task: ${next} goes to the next one.`;
  }
}

function replaceAt<T>(list: readonly T[], index: number, value: T): readonly T[] {
  const out = list.slice();
  out[index] = value;
  return out;
}

/** The status line after a judged submission: the notebook's first words. */
export function submittedText(verdict: Verdict): string {
  switch (verdict.outcome) {
    case 'passed':
      return verdict.message === '' ? 'Passed.' : verdict.message;
    case 'failed':
      return verdict.message === '' ? 'AssertionError' : `AssertionError: ${verdict.message}`;
    case 'error':
      return `${verdict.errorType}${verdict.pythonMessage === '' ? '' : `: ${verdict.pythonMessage}`}`;
  }
}
