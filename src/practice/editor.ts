// The practice-task editor as a pure reducer: what the learner typed into each blank, where the
// cursor is, hints, checks and the solution. The view (src/screens/practice/task) maps keys to
// these actions and runs checkTask itself, so every rule here is tested without Ink.

import type { PracticeTask } from '../lessons/types';
import { cleanText, FIELD_CAPS, textFieldReducer, type TextFieldAction } from '../screens/input/text-field';
import type { Verdict } from '../checks/types';

/** What a previous session left (from the progress store). */
export interface PracticeInitial {
  answers?: readonly string[];
  attempts?: number;
  /** Hints shown so far, all blanks together (the store keeps a total). */
  hintsUsed?: number;
  solutionRevealed?: boolean;
  secondsSpent?: number;
  /** A check passed before: with attempts > 0 and not passed, an earlier check failed. */
  passed?: boolean;
  /** Hints shown per blank, so the next hint goes on where the learner was. */
  hintLevels?: readonly number[];
  /** The last check (its answers run again by the caller), shown under the cell as it was. */
  lastCheck?: { verdict: Verdict; answers: readonly string[] };
}

/** What the reducer needs to know of each blank. */
export interface BlankSpec {
  id: string;
  options: readonly string[] | null;
  hints: number;
}

export type EditorMode =
  /** Keys go to the focused blank: letters are text. */
  | 'edit'
  /** Out of the field: single letters are commands (h, s, r…), arrows scroll. */
  | 'command';

/** Something the view should tell the learner after an action (one key's worth). */
export type Notice =
  | { kind: 'hint'; blank: number; level: number; of: number }
  | { kind: 'no-more-hints'; blank: number }
  | { kind: 'no-hints'; blank: number }
  | { kind: 'reveal-locked' }
  | { kind: 'reveal-confirm' }
  | { kind: 'revealed' }
  | { kind: 'no-options'; blank: number }
  /** The text field refused or cut something (a paste too long, a line break). */
  | { kind: 'text'; message: string };

export interface EditorState {
  readonly blanks: readonly BlankSpec[];
  /** One per blank. Kept apart from the cursors so that moving the cursor keeps this array. */
  readonly answers: readonly string[];
  /** Cursor per blank: a UTF-16 index into its answer, on a grapheme boundary (the TextField's). */
  readonly cursors: readonly number[];
  readonly focus: number;
  readonly mode: EditorMode;
  /** The open option list's highlighted row, or null when the list is closed. */
  readonly picker: number | null;
  /** Hints shown per blank in this session (0 = none). */
  readonly hintLevels: readonly number[];
  /** Total hints shown, this session and earlier ones. */
  readonly hintsUsed: number;
  readonly attempts: number;
  readonly verdict: Verdict | null;
  /** The answers `verdict` was computed from (the view says when they changed since). */
  readonly checkedAnswers: readonly string[] | null;
  /** Sticky: once passed, always passed. */
  readonly passed: boolean;
  /** A check has failed or raised at some point: the solution may be revealed. */
  readonly failedBefore: boolean;
  readonly solutionRevealed: boolean;
  /** The revealed solution is on screen (it can be hidden again, not un-revealed). */
  readonly solutionVisible: boolean;
  /** The first reveal key was pressed; the next one reveals. Any other action cancels. */
  readonly confirmingReveal: boolean;
  readonly secondsSpent: number;
  readonly notice: Notice | null;
}

export type EditorAction =
  /** Any edit of the focused blank, as the one TextField does it (screens/input/text-field.ts). */
  | { type: 'text'; action: TextFieldAction }
  /** Typed or pasted text at the cursor (newlines and control characters are dropped). */
  | { type: 'insert'; text: string }
  | { type: 'backspace' }
  /** Forward delete. */
  | { type: 'delete' }
  /** Delete the word before the cursor (Ctrl+W). */
  | { type: 'deleteWord' }
  /** Delete from the start of the field to the cursor (Ctrl+U). */
  | { type: 'deleteToStart' }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'focus'; index: number }
  /** Replace the focused blank by its next/previous option (blanks with options only). */
  | { type: 'cycleOption'; delta: 1 | -1 }
  /** Put an option's text into the focused blank. */
  | { type: 'pick'; option: string }
  | { type: 'openPicker' }
  | { type: 'pickerMove'; delta: 1 | -1 }
  /** Choose the highlighted option, or the one at `index`. */
  | { type: 'pickerChoose'; index?: number }
  | { type: 'closePicker' }
  /** Leave the field: letters become commands. */
  | { type: 'command' }
  /** Back into the focused field. */
  | { type: 'edit' }
  /** The caller ran checkTask(task, answers) and got this verdict. */
  | { type: 'checked'; verdict: Verdict; answers: readonly string[] }
  /** Show the next hint of the focused blank (or of `blank`). */
  | { type: 'hint'; blank?: number }
  /** Reveal the solution: needs a failed check, and a second press to confirm. */
  | { type: 'reveal' }
  /** Show or hide an already revealed solution. */
  | { type: 'toggleSolution' }
  | { type: 'time'; seconds: number }
  | { type: 'dismiss' };

export function blankSpecs(task: PracticeTask): BlankSpec[] {
  return task.blanks.map((b) => ({ id: b.id, options: b.options && b.options.length > 0 ? b.options : null, hints: b.hints.length }));
}

export function createEditor(task: PracticeTask, initial: PracticeInitial = {}): EditorState {
  const blanks = blankSpecs(task);
  const saved = initial.answers;
  // Saved answers from an older lesson version may not match the blanks: keep what fits.
  const answers = blanks.map((_, i) => sanitize(saved?.[i] ?? ''));
  const attempts = Math.max(0, Math.floor(initial.attempts ?? 0));
  const passed = initial.passed ?? false;
  const revealed = initial.solutionRevealed ?? false;
  return {
    blanks,
    answers,
    cursors: answers.map((a) => a.length),
    focus: 0,
    // The prompt comes first: the learner reads (arrows scroll), then Enter or Tab goes into a blank.
    mode: 'command',
    picker: null,
    hintLevels: blanks.map((b, i) => Math.min(b.hints, Math.max(0, Math.floor(initial.hintLevels?.[i] ?? 0)))),
    hintsUsed: Math.max(0, Math.floor(initial.hintsUsed ?? 0)),
    attempts,
    verdict: initial.lastCheck?.verdict ?? null,
    checkedAnswers: initial.lastCheck ? [...initial.lastCheck.answers] : null,
    passed,
    failedBefore: revealed || (attempts > 0 && !passed),
    solutionRevealed: revealed,
    solutionVisible: false,
    confirmingReveal: false,
    secondsSpent: Math.max(0, initial.secondsSpent ?? 0),
    notice: null,
  };
}

/** A blank's longest answer (the drill's result files hold the same). */
export const MAX_BLANK_CHARS = FIELD_CAPS.blank;
const FIELD = { maxLength: MAX_BLANK_CHARS };

/** Blanks hold one line of text: no newlines, tabs or control characters. */
export function sanitize(text: string): string {
  return cleanText(text, MAX_BLANK_CHARS).text;
}

function replaceAt<T>(list: readonly T[], index: number, value: T): readonly T[] {
  if (list[index] === value) return list;
  const out = list.slice();
  out[index] = value;
  return out;
}

/** New text and cursor for the focused blank; arrays are only copied when something changed. */
function setField(state: EditorState, text: string, cursor: number): EditorState {
  const i = state.focus;
  if (state.answers[i] === text && state.cursors[i] === cursor) return state;
  return {
    ...state,
    answers: replaceAt(state.answers, i, text),
    cursors: replaceAt(state.cursors, i, cursor),
  };
}

function moveFocus(state: EditorState, index: number): EditorState {
  const n = state.blanks.length;
  if (n === 0) return state;
  const next = Math.min(Math.max(0, index), n - 1);
  if (next === state.focus && state.mode === 'edit' && state.picker === null) return state;
  return { ...state, focus: next, mode: 'edit', picker: null };
}

/** The older action names, each one TextField action. */
const TEXT_ACTION: Partial<Record<EditorAction['type'], TextFieldAction['type']>> = {
  backspace: 'backspace',
  delete: 'delete',
  deleteWord: 'deleteWordBack',
  deleteToStart: 'deleteToStart',
  left: 'left',
  right: 'right',
  home: 'start',
  end: 'end',
};

function textAction(action: EditorAction): TextFieldAction | null {
  if (action.type === 'text') return action.action;
  if (action.type === 'insert') return { type: 'insert', text: action.text };
  const type = TEXT_ACTION[action.type];
  return type === undefined ? null : ({ type } as TextFieldAction);
}

function editAction(state: EditorState, action: EditorAction): EditorState | null {
  const edit = textAction(action);
  if (edit === null) return null;
  const value = state.answers[state.focus] ?? '';
  const cursor = Math.min(Math.max(0, state.cursors[state.focus] ?? value.length), value.length);
  const result = textFieldReducer({ value, cursor }, edit, FIELD);
  const next = setField(state, result.state.value, result.state.cursor);
  return result.message === undefined ? next : { ...next, notice: { kind: 'text', message: result.message } };
}

function optionsOf(state: EditorState): readonly string[] | null {
  return state.blanks[state.focus]?.options ?? null;
}

function pickText(state: EditorState, option: string): EditorState {
  const text = sanitize(option);
  return { ...setField(state, text, text.length), picker: null };
}

function reduce(state: EditorState, action: EditorAction): EditorState {
  const edited = editAction(state, action);
  if (edited !== null) {
    // Editing the text closes the option list: it no longer shows what the field holds.
    return edited === state || edited.picker === null ? edited : { ...edited, picker: null };
  }
  switch (action.type) {
    // Tab goes round: from the last blank back to the first.
    case 'next':
      return moveFocus(state, (state.focus + 1) % Math.max(1, state.blanks.length));
    case 'prev':
      return moveFocus(state, (state.focus - 1 + state.blanks.length) % Math.max(1, state.blanks.length));
    case 'focus':
      return moveFocus(state, action.index);
    case 'cycleOption': {
      const options = optionsOf(state);
      if (!options) return { ...state, notice: { kind: 'no-options', blank: state.focus } };
      const at = options.indexOf((state.answers[state.focus] ?? '').trim());
      const n = options.length;
      const index = at === -1 ? (action.delta === 1 ? 0 : n - 1) : (at + action.delta + n) % n;
      return pickText(state, options[index] as string);
    }
    case 'pick':
      return pickText(state, action.option);
    case 'openPicker': {
      const options = optionsOf(state);
      if (!options) return { ...state, notice: { kind: 'no-options', blank: state.focus } };
      const at = options.indexOf((state.answers[state.focus] ?? '').trim());
      return { ...state, mode: 'edit', picker: Math.max(0, at) };
    }
    case 'pickerMove': {
      const options = optionsOf(state);
      if (state.picker === null || !options) return state;
      const n = options.length;
      return { ...state, picker: (state.picker + action.delta + n) % n };
    }
    case 'pickerChoose': {
      const options = optionsOf(state);
      if (!options) return state;
      const index = action.index ?? state.picker;
      if (index === null || index < 0 || index >= options.length) return state;
      return pickText(state, options[index] as string);
    }
    case 'closePicker':
      return state.picker === null ? state : { ...state, picker: null };
    case 'command':
      return state.mode === 'command' && state.picker === null ? state : { ...state, mode: 'command', picker: null };
    case 'edit':
      return state.mode === 'edit' ? state : { ...state, mode: 'edit' };
    case 'checked': {
      const ok = action.verdict.outcome === 'passed';
      return {
        ...state,
        attempts: state.attempts + 1,
        verdict: action.verdict,
        checkedAnswers: action.answers.slice(),
        passed: state.passed || ok,
        failedBefore: state.failedBefore || !ok,
        picker: null,
        // A pass ends the exercise: leave the field so n / Esc / h work as commands.
        mode: ok ? 'command' : state.mode,
      };
    }
    case 'hint': {
      const blank = action.blank ?? state.focus;
      const spec = state.blanks[blank];
      if (!spec) return state;
      if (spec.hints === 0) return { ...state, notice: { kind: 'no-hints', blank } };
      const level = state.hintLevels[blank] ?? 0;
      if (level >= spec.hints) return { ...state, notice: { kind: 'no-more-hints', blank } };
      return {
        ...state,
        hintLevels: replaceAt(state.hintLevels, blank, level + 1),
        hintsUsed: state.hintsUsed + 1,
        notice: { kind: 'hint', blank, level: level + 1, of: spec.hints },
      };
    }
    case 'reveal': {
      if (state.solutionRevealed) {
        return { ...state, solutionVisible: true, notice: { kind: 'revealed' } };
      }
      if (!state.failedBefore) return { ...state, notice: { kind: 'reveal-locked' } };
      if (!state.confirmingReveal) return { ...state, confirmingReveal: true, notice: { kind: 'reveal-confirm' } };
      return { ...state, solutionRevealed: true, solutionVisible: true, notice: { kind: 'revealed' } };
    }
    case 'toggleSolution':
      return state.solutionRevealed ? { ...state, solutionVisible: !state.solutionVisible } : state;
    case 'time':
      return action.seconds > 0 ? { ...state, secondsSpent: state.secondsSpent + action.seconds } : state;
    case 'dismiss':
      return state.notice === null ? state : { ...state, notice: null };
    default:
      return state;
  }
}

/**
 * The reducer. A notice lives for one action: the next action clears it (unless it sets a new
 * one), and so does the reveal confirmation, so a stray second key press never reveals.
 */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  // Time is booked in the background: it must not dismiss what the learner is looking at.
  if (action.type === 'time') return reduce(state, action);
  const base =
    state.notice === null && !state.confirmingReveal
      ? state
      : { ...state, notice: null, confirmingReveal: action.type === 'reveal' ? state.confirmingReveal : false };
  return reduce(base, action);
}

// ---------------------------------------------------------------- questions the view asks

export function isLastBlank(state: EditorState): boolean {
  return state.focus >= state.blanks.length - 1;
}

/** The answers changed since the verdict on screen was computed. */
export function editedSinceCheck(state: EditorState): boolean {
  const checked = state.checkedAnswers;
  if (checked === null) return false;
  return checked.length !== state.answers.length || checked.some((a, i) => a !== state.answers[i]);
}

/** The solution may be revealed now (a check failed or raised before). */
export function canReveal(state: EditorState): boolean {
  return state.solutionRevealed || state.failedBefore;
}

/** Blanks whose hint level went up between two states (for onHint). */
export function hintsRaised(prev: EditorState, next: EditorState): Array<{ blank: number; level: number }> {
  if (prev.hintLevels === next.hintLevels) return [];
  const out: Array<{ blank: number; level: number }> = [];
  next.hintLevels.forEach((level, blank) => {
    if (level > (prev.hintLevels[blank] ?? 0)) out.push({ blank, level });
  });
  return out;
}
