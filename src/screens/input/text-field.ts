// The one text field, as a pure reducer (the ink-ui pattern: typed actions, a reducer, and a
// key → action mapping; the view is TextField.tsx). Every text input of the app uses it: the
// practice and drill blanks, the workshop form, review answers, the drill lobby's name.
//
// Edits like a shell line: ←/→, Home/End, Ctrl+A/Ctrl+E, Alt+←/→ and Alt+B/Alt+F by word;
// Backspace, Delete and Ctrl+D, Ctrl+W (word back), Alt+Backspace, Ctrl+U (to start), Ctrl+K (to
// end). The keys come from the key table (keys.ts, scope 'text').
//
// The cursor is a UTF-16 index that always sits on a grapheme boundary; movement looks only at
// a few characters around it, so a key costs the same in a long value as in a short one (the
// slicing of a capped string aside).

import { matchKey } from '../keys';
import { graphemeAfter, graphemeBefore } from './graphemes';
import type { Key } from './key';

export interface TextFieldState {
  readonly value: string;
  /** UTF-16 index into value, on a grapheme boundary. */
  readonly cursor: number;
}

export interface TextFieldOptions {
  /** Longest value, in UTF-16 code units; typed or pasted text beyond it is cut with a message. */
  maxLength: number;
  /** Line breaks allowed (no field of the app takes them yet: a paste's newline is refused). */
  multiline?: false;
}

/** Caps per kind of field. A blank's matches the drill's result files (drill-state.ts). */
export const FIELD_CAPS = {
  blank: 2000,
  name: 80,
  path: 400,
  value: 400,
  answer: 400,
} as const;

export type TextFieldAction =
  | { type: 'insert'; text: string }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'wordLeft' }
  | { type: 'wordRight' }
  | { type: 'start' }
  | { type: 'end' }
  | { type: 'backspace' }
  | { type: 'delete' }
  | { type: 'deleteWordBack' }
  | { type: 'deleteWordForward' }
  | { type: 'deleteToStart' }
  | { type: 'deleteToEnd' }
  /** Replace the whole value (an option picked, a value restored); cursor at the end. */
  | { type: 'set'; value: string };

export interface TextFieldResult {
  state: TextFieldState;
  /** Something the learner should be told (text refused or cut). */
  message?: string;
}

export function createTextField(value = '', options: TextFieldOptions = { maxLength: FIELD_CAPS.value }): TextFieldState {
  const clean = cleanText(value, options.maxLength).text;
  return { value: clean, cursor: clean.length };
}

/** What a key does in a text field; undefined when it is not a text field key (Tab, Enter, ↑…). */
export function textFieldAction(input: string, key: Key): TextFieldAction | undefined {
  if (key.paste) return { type: 'insert', text: input };
  switch (matchKey(input, key, 'text')) {
    case 'textLeft':
      return { type: 'left' };
    case 'textRight':
      return { type: 'right' };
    case 'textWordLeft':
      return { type: 'wordLeft' };
    case 'textWordRight':
      return { type: 'wordRight' };
    case 'textStart':
      return { type: 'start' };
    case 'textEnd':
      return { type: 'end' };
    case 'textBackspace':
      return { type: 'backspace' };
    case 'textDelete':
      return { type: 'delete' };
    case 'textDeleteWordBack':
      return { type: 'deleteWordBack' };
    case 'textDeleteWordForward':
      return { type: 'deleteWordForward' };
    case 'textDeleteToStart':
      return { type: 'deleteToStart' };
    case 'textDeleteToEnd':
      return { type: 'deleteToEnd' };
    default:
      break;
  }
  // Any other Ctrl/Alt chord or named key is not text (it is a command elsewhere, or nothing).
  if (key.ctrl || key.meta || key.escape || key.return || key.tab || input === '') return undefined;
  return { type: 'insert', text: input };
}

const NEWLINE = /\r\n?|\n/;
// C0 controls, DEL and C1 controls: shown by no terminal as text, some act as commands.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Text as a one-line field takes it: line breaks and tabs become spaces, control characters go. */
export function cleanText(text: string, room: number): { text: string; newline: boolean; cut: boolean } {
  const newline = NEWLINE.test(text);
  // Look at no more than the room (plus a margin for what gets dropped) of a huge paste.
  const slice = text.length > room * 2 + 64 ? text.slice(0, room * 2 + 64) : text;
  let clean = slice.replace(/\r\n?|\n|\t/g, ' ').replace(CONTROL, '');
  let cut = slice.length < text.length && clean.length >= room;
  if (clean.length > room) {
    let end = Math.max(0, room);
    // Do not split a surrogate pair.
    const last = clean.charCodeAt(end - 1);
    if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
    clean = clean.slice(0, end);
    cut = true;
  }
  if (!cut && slice.length < text.length) {
    // The margin was all control characters: clean the rest too (rare; still bounded by room).
    const rest = cleanText(text.slice(slice.length), room - clean.length);
    return { text: clean + rest.text, newline: newline || rest.newline, cut: rest.cut };
  }
  return { text: clean, newline, cut };
}

const WORD = /[\p{L}\p{N}_]/u;
const SPACE = /\s/;

function isWordAt(value: string, index: number): boolean {
  const cp = value.codePointAt(index);
  return cp !== undefined && WORD.test(String.fromCodePoint(cp));
}

function isWordBefore(value: string, index: number): boolean {
  if (index <= 0) return false;
  const low = value.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isWordAt(value, start);
}

/** Start of the word before the cursor (readline's backward-word: skip non-word, then word). */
function wordStartBefore(value: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && !isWordBefore(value, i)) i = graphemeBefore(value, i);
  while (i > 0 && isWordBefore(value, i)) i = graphemeBefore(value, i);
  return i;
}

function wordEndAfter(value: string, cursor: number): number {
  let i = cursor;
  while (i < value.length && !isWordAt(value, i)) i = graphemeAfter(value, i);
  while (i < value.length && isWordAt(value, i)) i = graphemeAfter(value, i);
  return i;
}

/** Ctrl+W as in a shell (unix-word-rubout): back over spaces, then over non-spaces. */
function spaceWordStartBefore(value: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && SPACE.test(value[i - 1] as string)) i--;
  while (i > 0 && !SPACE.test(value[i - 1] as string)) i--;
  return i;
}

const at = (state: TextFieldState, cursor: number): TextFieldState =>
  cursor === state.cursor ? state : { value: state.value, cursor };

const cut = (state: TextFieldState, from: number, to: number, cursor: number): TextFieldState =>
  from === to ? state : { value: state.value.slice(0, from) + state.value.slice(to), cursor };

export function textFieldReducer(state: TextFieldState, action: TextFieldAction, options: TextFieldOptions): TextFieldResult {
  const { value, cursor } = state;
  switch (action.type) {
    case 'insert': {
      const room = options.maxLength - value.length;
      const clean = cleanText(action.text, Math.max(0, room));
      const messages: string[] = [];
      if (clean.newline) messages.push('Line breaks became spaces (a one-line field).');
      if (clean.cut) messages.push(`Cut at ${options.maxLength.toLocaleString('en-US')} characters, the field's limit.`);
      const next =
        clean.text === ''
          ? state
          : { value: value.slice(0, cursor) + clean.text + value.slice(cursor), cursor: cursor + clean.text.length };
      return messages.length > 0 ? { state: next, message: messages.join(' ') } : { state: next };
    }
    case 'set': {
      const clean = cleanText(action.value, options.maxLength).text;
      return { state: clean === value && cursor === value.length ? state : { value: clean, cursor: clean.length } };
    }
    case 'left':
      return { state: at(state, graphemeBefore(value, cursor)) };
    case 'right':
      return { state: at(state, graphemeAfter(value, cursor)) };
    case 'wordLeft':
      return { state: at(state, wordStartBefore(value, cursor)) };
    case 'wordRight':
      return { state: at(state, wordEndAfter(value, cursor)) };
    case 'start':
      return { state: at(state, 0) };
    case 'end':
      return { state: at(state, value.length) };
    case 'backspace': {
      const from = graphemeBefore(value, cursor);
      return { state: cut(state, from, cursor, from) };
    }
    case 'delete':
      return { state: cut(state, cursor, graphemeAfter(value, cursor), cursor) };
    case 'deleteWordBack': {
      const from = spaceWordStartBefore(value, cursor);
      return { state: cut(state, from, cursor, from) };
    }
    case 'deleteWordForward':
      return { state: cut(state, cursor, wordEndAfter(value, cursor), cursor) };
    case 'deleteToStart':
      return { state: cut(state, 0, cursor, 0) };
    case 'deleteToEnd':
      return { state: cut(state, cursor, value.length, cursor) };
    default:
      return { state };
  }
}

/** One key into a field: the new state (and message), or undefined when the key is not the field's. */
export function editTextField(
  state: TextFieldState,
  input: string,
  key: Key,
  options: TextFieldOptions,
): TextFieldResult | undefined {
  const action = textFieldAction(input, key);
  return action === undefined ? undefined : textFieldReducer(state, action, options);
}
