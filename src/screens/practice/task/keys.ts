// What a key means on the practice task screen, given its moment (reading, typing in a blank,
// the option list open). Every key comes from the key table (src/screens/keys.ts: scopes
// 'practice', 'practice-blank', 'practice-options', 'scroll', 'text'); this file only turns the
// table's commands into the screen's intents, and picks the footer hints for the moment.
// Avoided on purpose in a blank: Ctrl+H (Backspace in many terminals), Ctrl+S / Ctrl+Q (XOFF/XON),
// Ctrl+C (quit), Ctrl+Z (suspend), and the text field's own Ctrl keys (A E K U W D).

import { footerHints, matchKey, type Command, type Hint, type Scope } from '../../keys';
import type { Key } from '../../input/key';
import { textFieldAction } from '../../input/text-field';
import type { EditorAction, EditorMode } from '../../../practice/editor';

export type ScrollMove = 'lineUp' | 'lineDown' | 'pageUp' | 'pageDown' | 'top' | 'bottom';

/** What a key press asks the screen to do. */
export type Intent =
  | { kind: 'action'; action: EditorAction }
  | { kind: 'run' }
  /** Run the SQL the blanks make on the system tables (a SQL task). */
  | { kind: 'query' }
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

const SCROLL: Partial<Record<Command, ScrollMove>> = {
  lineUp: 'lineUp',
  lineDown: 'lineDown',
  pageUp: 'pageUp',
  pageDown: 'pageDown',
  top: 'top',
  bottom: 'bottom',
  blankPageUp: 'pageUp',
  blankPageDown: 'pageDown',
};

function pickerKey(input: string, key: Key): Intent | null {
  switch (matchKey(input, key, 'practice-options')) {
    case 'pickerUp':
      return act({ type: 'pickerMove', delta: -1 });
    case 'pickerDown':
      return act({ type: 'pickerMove', delta: 1 });
    case 'pickerPick':
      return act({ type: 'pickerChoose' });
    case 'pickerNumber':
      return act({ type: 'pickerChoose', index: Number(input) - 1 });
    case 'pickerClose':
      return act({ type: 'closePicker' });
    default:
      return null;
  }
}

function blankKey(input: string, key: Key, ctx: KeyContext): Intent {
  const command = matchKey(input, key, 'practice-blank');
  switch (command) {
    case 'blankNext':
      return act({ type: 'next' });
    case 'blankPrev':
      return act({ type: 'prev' });
    case 'blankEnter':
      return ctx.lastBlank ? { kind: 'run' } : act({ type: 'next' });
    case 'blankRun':
      return { kind: 'run' };
    case 'blankQuery':
      return { kind: 'query' };
    case 'blankHint':
      return act({ type: 'hint' });
    case 'blankSolution':
      return act({ type: 'reveal' });
    case 'blankUp':
      return act(ctx.hasOptions ? { type: 'cycleOption', delta: -1 } : { type: 'prev' });
    case 'blankDown':
      return act(ctx.hasOptions ? { type: 'cycleOption', delta: 1 } : { type: 'next' });
    case 'blankOptions':
      return act({ type: 'openPicker' });
    case 'blankSpaceOptions':
      // Space opens the list only in an empty blank with options; elsewhere it is a space.
      if (ctx.hasOptions && ctx.fieldEmpty) return act({ type: 'openPicker' });
      break;
    case 'blankLeave':
      return act({ type: 'command' });
    default: {
      const move = command ? SCROLL[command] : undefined;
      if (move) return { kind: 'scroll', move };
    }
  }
  const text = textFieldAction(input, key);
  return text ? act({ type: 'text', action: text }) : NONE;
}

function commandKey(input: string, key: Key, ctx: KeyContext): Intent {
  const command = matchKey(input, key, ['practice', 'scroll', 'global']);
  switch (command) {
    case 'practiceFill':
      return act({ type: 'edit' });
    case 'practicePrevBlank':
      return act({ type: 'prev' });
    case 'practiceRun':
      return { kind: 'run' };
    case 'practiceQuery':
      return { kind: 'query' };
    case 'practiceHint':
      return act({ type: 'hint' });
    case 'practiceSolution':
      return act(ctx.solutionRevealed ? { type: 'toggleSolution' } : { type: 'reveal' });
    case 'practiceJump':
      return act({ type: 'focus', index: Number(input) - 1 });
    case 'prevTask':
      return { kind: 'navigate', delta: -1 };
    case 'nextTask':
      return { kind: 'navigate', delta: 1 };
    case 'back':
      return { kind: 'back' };
    default: {
      const move = command ? SCROLL[command] : undefined;
      return move ? { kind: 'scroll', move } : NONE;
    }
  }
}

/** The intent of one key press in the given editor context. */
export function practiceKey(input: string, key: Key, ctx: KeyContext): Intent {
  if (ctx.pickerOpen) {
    const picked = pickerKey(input, key);
    if (picked) return picked;
  }
  return ctx.mode === 'edit' ? blankKey(input, key, ctx) : commandKey(input, key, ctx);
}

/** The key scopes of the moment, for the footer and the help (the text field's keys while typing). */
export function practiceScopes(ctx: Pick<KeyContext, 'mode' | 'pickerOpen'>): Scope[] {
  if (ctx.pickerOpen) return ['practice-options'];
  return ctx.mode === 'edit' ? ['practice-blank'] : ['practice', 'scroll', 'global'];
}

export type KeyHint = Hint;

/** The one-line key summary under the editor, for what is possible right now (from the key table). */
export function keyHints(ctx: KeyContext & { canReveal: boolean; canNavigate: boolean; canQuery?: boolean }): KeyHint[] {
  const omit: Command[] = ['practicePrevBlank', 'lineUp', 'pageUp', 'top', 'bottom', 'quit', 'help'];
  if (ctx.canQuery !== true) omit.push('practiceQuery', 'blankQuery');
  if (!ctx.canReveal) omit.push('practiceSolution', 'blankSolution');
  if (!ctx.canNavigate) omit.push('prevTask', 'nextTask');
  if (!ctx.hasOptions) omit.push('blankUp', 'blankDown');
  return footerHints(practiceScopes(ctx), omit);
}
