// The practice editor's keys. Inside a blank, plain letters are text, so commands there use Ctrl
// or named keys; after Esc ("command mode") single letters work too. Avoided on purpose:
// Ctrl+H (Backspace in many terminals), Ctrl+S / Ctrl+Q (XOFF/XON flow control), Ctrl+C (quit),
// Ctrl+Z (suspend). Ink reports both Backspace (DEL) and the Delete key as `delete`, so both erase
// backwards; Ctrl+D is the forward delete.
//
// PRACTICE_KEYS documents every binding for the help overlay and for merging into
// src/screens/keys.ts; practiceKey() is the matcher the screen actually uses.

import type { Key } from 'ink';
import type { EditorAction, EditorMode } from '../../../practice/editor';

export type PracticeCommand =
  | 'nextBlank'
  | 'prevBlank'
  | 'runCheck'
  | 'hint'
  | 'solution'
  | 'options'
  | 'optionCycle'
  | 'leaveField'
  | 'enterField'
  | 'jumpBlank'
  | 'cursor'
  | 'erase'
  | 'eraseForward'
  | 'eraseWord'
  | 'eraseToStart'
  | 'scroll'
  | 'page'
  | 'nextTask'
  | 'prevTask'
  | 'back';

export interface PracticeKeyEntry {
  command: PracticeCommand;
  /** Key names in the style of src/screens/keys.ts (`ctrl+r`, `tab`, `shift+tab`…). */
  keys: readonly string[];
  description: string;
  /** Where the binding works: in a blank, in command mode (after Esc), or both. */
  where: 'field' | 'command' | 'both';
}

export const PRACTICE_KEYS: readonly PracticeKeyEntry[] = [
  { command: 'nextBlank', keys: ['tab'], description: 'Next blank (from command mode: into the blank)', where: 'both' },
  { command: 'prevBlank', keys: ['shift+tab'], description: 'Previous blank', where: 'both' },
  { command: 'nextBlank', keys: ['down', 'up'], description: 'Next / previous blank (blanks without options)', where: 'field' },
  { command: 'optionCycle', keys: ['up', 'down'], description: 'Previous / next option (blanks with options)', where: 'field' },
  { command: 'options', keys: ['ctrl+o', 'space'], description: 'Open the option list (Space: when the blank is empty)', where: 'field' },
  { command: 'runCheck', keys: ['ctrl+r'], description: 'Run the cells and show the verdict', where: 'both' },
  { command: 'runCheck', keys: ['enter'], description: 'On the last blank: run the check (elsewhere: next blank)', where: 'field' },
  { command: 'runCheck', keys: ['r'], description: 'Run the check', where: 'command' },
  { command: 'hint', keys: ['ctrl+g'], description: 'Next hint for this blank', where: 'both' },
  { command: 'hint', keys: ['h'], description: 'Next hint for this blank', where: 'command' },
  {
    command: 'solution',
    keys: ['ctrl+e'],
    description: 'Show the solution (after a check that did not pass; press twice, it is recorded)',
    where: 'both',
  },
  { command: 'solution', keys: ['s'], description: 'Show the solution (same rules), or hide / show it again', where: 'command' },
  { command: 'leaveField', keys: ['esc'], description: 'Leave the blank (letters become commands); closes the option list', where: 'field' },
  { command: 'enterField', keys: ['enter', 'i', 'tab'], description: 'Into the blank (the screen opens in command mode, on the prompt)', where: 'command' },
  { command: 'jumpBlank', keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], description: 'Go to blank N', where: 'command' },
  { command: 'cursor', keys: ['left', 'right', 'home', 'end', 'ctrl+a'], description: 'Move the cursor (Ctrl+A: start)', where: 'field' },
  { command: 'erase', keys: ['backspace'], description: 'Delete before the cursor', where: 'field' },
  { command: 'eraseForward', keys: ['ctrl+d'], description: 'Delete under the cursor', where: 'field' },
  { command: 'eraseWord', keys: ['ctrl+w'], description: 'Delete the word before the cursor', where: 'field' },
  { command: 'eraseToStart', keys: ['ctrl+u'], description: 'Delete to the start of the blank', where: 'field' },
  { command: 'page', keys: ['pageup', 'pagedown'], description: 'Scroll a page', where: 'both' },
  { command: 'scroll', keys: ['up', 'down', 'k', 'j', 'home', 'end', 'g', 'G'], description: 'Scroll (line, top, bottom)', where: 'command' },
  { command: 'nextTask', keys: ['n', 'right'], description: 'Next task', where: 'command' },
  { command: 'prevTask', keys: ['p', 'left'], description: 'Previous task', where: 'command' },
  { command: 'back', keys: ['esc'], description: 'Back to the task list', where: 'command' },
];

export type ScrollMove = 'lineUp' | 'lineDown' | 'pageUp' | 'pageDown' | 'top' | 'bottom';

/** What a key press asks the screen to do. */
export type Intent =
  | { kind: 'action'; action: EditorAction }
  | { kind: 'run' }
  | { kind: 'scroll'; move: ScrollMove }
  | { kind: 'navigate'; delta: 1 | -1 }
  | { kind: 'back' }
  | { kind: 'none' };

export interface KeyContext {
  mode: EditorMode;
  pickerOpen: boolean;
  /** The focused blank offers options (a picker). */
  hasOptions: boolean;
  fieldEmpty: boolean;
  lastBlank: boolean;
  /** The solution was revealed already: `s` toggles it instead. */
  solutionRevealed: boolean;
}

const act = (action: EditorAction): Intent => ({ kind: 'action', action });
const NONE: Intent = { kind: 'none' };

function common(input: string, key: Key, ctx: KeyContext): Intent | null {
  // From command mode Tab goes back into the focused blank; in a blank it moves on.
  if (key.tab) return act(key.shift ? { type: 'prev' } : ctx.mode === 'command' ? { type: 'edit' } : { type: 'next' });
  if (key.pageUp) return { kind: 'scroll', move: 'pageUp' };
  if (key.pageDown) return { kind: 'scroll', move: 'pageDown' };
  if (key.ctrl) {
    switch (input) {
      case 'r':
        return { kind: 'run' };
      case 'g':
        return act({ type: 'hint' });
      case 'e':
        return act({ type: 'reveal' });
      default:
        return null;
    }
  }
  return null;
}

function pickerKey(input: string, key: Key): Intent | null {
  if (key.upArrow) return act({ type: 'pickerMove', delta: -1 });
  if (key.downArrow) return act({ type: 'pickerMove', delta: 1 });
  if (key.return) return act({ type: 'pickerChoose' });
  if (key.escape) return act({ type: 'closePicker' });
  if (/^[1-9]$/.test(input) && !key.ctrl && !key.meta) return act({ type: 'pickerChoose', index: Number(input) - 1 });
  return null;
}

function fieldKey(input: string, key: Key, ctx: KeyContext): Intent {
  if (key.escape) return act({ type: 'command' });
  if (key.return) return ctx.lastBlank ? { kind: 'run' } : act({ type: 'next' });
  if (key.upArrow) return act(ctx.hasOptions ? { type: 'cycleOption', delta: -1 } : { type: 'prev' });
  if (key.downArrow) return act(ctx.hasOptions ? { type: 'cycleOption', delta: 1 } : { type: 'next' });
  if (key.leftArrow) return act({ type: 'left' });
  if (key.rightArrow) return act({ type: 'right' });
  if (key.home) return act({ type: 'home' });
  if (key.end) return act({ type: 'end' });
  // Ink names DEL (what Backspace sends) `delete`, and \b `backspace`: both erase backwards.
  if (key.backspace || key.delete) return act({ type: 'backspace' });
  if (key.ctrl) {
    switch (input) {
      case 'a':
        return act({ type: 'home' });
      case 'd':
        return act({ type: 'delete' });
      case 'w':
        return act({ type: 'deleteWord' });
      case 'u':
        return act({ type: 'deleteToStart' });
      case 'o':
        return act({ type: 'openPicker' });
      default:
        return NONE;
    }
  }
  if (key.meta) return NONE;
  if (input === ' ' && ctx.hasOptions && ctx.fieldEmpty) return act({ type: 'openPicker' });
  if (input !== '') return act({ type: 'insert', text: input });
  return NONE;
}

function commandKey(input: string, key: Key, ctx: KeyContext): Intent {
  if (key.escape) return { kind: 'back' };
  if (key.return) return act({ type: 'edit' });
  if (key.upArrow) return { kind: 'scroll', move: 'lineUp' };
  if (key.downArrow) return { kind: 'scroll', move: 'lineDown' };
  if (key.home) return { kind: 'scroll', move: 'top' };
  if (key.end) return { kind: 'scroll', move: 'bottom' };
  if (key.leftArrow) return { kind: 'navigate', delta: -1 };
  if (key.rightArrow) return { kind: 'navigate', delta: 1 };
  if (key.ctrl || key.meta) return NONE;
  switch (input) {
    case 'i':
      return act({ type: 'edit' });
    case 'r':
      return { kind: 'run' };
    case 'h':
      return act({ type: 'hint' });
    case 's':
      return act(ctx.solutionRevealed ? { type: 'toggleSolution' } : { type: 'reveal' });
    case 'k':
      return { kind: 'scroll', move: 'lineUp' };
    case 'j':
      return { kind: 'scroll', move: 'lineDown' };
    case ' ':
      return { kind: 'scroll', move: 'pageDown' };
    case 'b':
      return { kind: 'scroll', move: 'pageUp' };
    case 'g':
      return { kind: 'scroll', move: 'top' };
    case 'G':
      return { kind: 'scroll', move: 'bottom' };
    case 'n':
      return { kind: 'navigate', delta: 1 };
    case 'p':
      return { kind: 'navigate', delta: -1 };
    default:
      if (/^[1-9]$/.test(input)) return act({ type: 'focus', index: Number(input) - 1 });
      return NONE;
  }
}

/** The intent of one key press in the given editor context. */
export function practiceKey(input: string, key: Key, ctx: KeyContext): Intent {
  if (ctx.pickerOpen) {
    const picked = pickerKey(input, key);
    if (picked) return picked;
  }
  const shared = common(input, key, ctx);
  if (shared) return shared;
  return ctx.mode === 'edit' ? fieldKey(input, key, ctx) : commandKey(input, key, ctx);
}

export interface KeyHint {
  keys: string;
  label: string;
}

/** The one-line key summary under the editor, for what is possible right now. */
export function keyHints(ctx: KeyContext & { canReveal: boolean; canNavigate: boolean }): KeyHint[] {
  if (ctx.pickerOpen) {
    return [
      { keys: '↑↓', label: 'choose' },
      { keys: 'Enter', label: 'pick' },
      { keys: '1-9', label: 'pick n' },
      { keys: 'Esc', label: 'close' },
    ];
  }
  if (ctx.mode === 'edit') {
    const hints: KeyHint[] = [{ keys: 'Tab', label: 'next blank' }];
    if (ctx.hasOptions) hints.push({ keys: '↑↓', label: 'options' });
    hints.push({ keys: ctx.lastBlank ? 'Enter/^R' : '^R', label: 'run' }, { keys: '^G', label: 'hint' });
    if (ctx.canReveal) hints.push({ keys: '^E', label: 'solution' });
    hints.push({ keys: 'PgDn', label: 'scroll' }, { keys: 'Esc', label: 'commands' });
    return hints;
  }
  const hints: KeyHint[] = [
    { keys: 'Enter', label: 'fill in' },
    { keys: 'r', label: 'run' },
    { keys: 'h', label: 'hint' },
  ];
  if (ctx.canReveal) hints.push({ keys: 's', label: 'solution' });
  hints.push({ keys: '↑↓', label: 'scroll' });
  if (ctx.canNavigate) hints.push({ keys: 'n/p', label: 'task' });
  hints.push({ keys: 'Esc', label: 'back' });
  return hints;
}
