// The multi-line query editor as a pure reducer, built on the one text field (input/text-field.ts):
// every edit within a line is the text field's own reducer on that line, so the shell keys
// (Ctrl+A/E/W/U/K, Alt+←/→, Backspace, Delete) behave exactly as in every blank. What a single
// line cannot do is added here: Enter splits the line (keeping its indentation), ←/→ and
// Backspace/Delete cross line ends, ↑/↓ keep the display column, and a paste keeps its line breaks.

import { matchKey } from '../keys';
import type { Key } from '../input/key';
import { cleanText, textFieldAction, textFieldReducer, type TextFieldAction } from '../input/text-field';
import { graphemeAfter } from '../input/graphemes';
import { displayWidth } from '../../text/width';

export interface QueryEditorState {
  /** Never empty: an empty query is one empty line. */
  readonly lines: readonly string[];
  readonly row: number;
  /** UTF-16 index into lines[row], on a grapheme boundary. */
  readonly col: number;
  /** Display column ↑/↓ aim for (kept across short lines), null after any other move. */
  readonly goal: number | null;
}

export type QueryEditorAction =
  /** A text field action applied to the cursor's line (insert may hold line breaks: a paste). */
  | { type: 'text'; action: TextFieldAction }
  | { type: 'newline' }
  | { type: 'up' }
  | { type: 'down' }
  | { type: 'pageUp'; rows: number }
  | { type: 'pageDown'; rows: number }
  /** Replace the whole query (history, a reset); cursor at its end. */
  | { type: 'set'; value: string };

export interface QueryEditorOptions {
  /** Longest query in UTF-16 code units, line breaks included. */
  maxLength: number;
}

export interface QueryEditorResult {
  state: QueryEditorState;
  message?: string;
}

/** A query may be long (a CTE or two) but not a pasted log file. */
export const QUERY_MAX_LENGTH = 20_000;
export const QUERY_OPTIONS: QueryEditorOptions = { maxLength: QUERY_MAX_LENGTH };

const NEWLINE = /\r\n?|\n/;

export function queryText(state: QueryEditorState): string {
  return state.lines.join('\n');
}

function lengthOf(lines: readonly string[]): number {
  let n = Math.max(0, lines.length - 1);
  for (const l of lines) n += l.length;
  return n;
}

/** Each line as a one-line field takes it (tabs to spaces, controls dropped), within `room`. */
function cleanLines(text: string, room: number): { lines: string[]; cut: boolean } {
  const out: string[] = [];
  let left = Math.max(0, room);
  let cut = false;
  const parts = text.split(NEWLINE);
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      if (left <= 0) {
        cut = true;
        break;
      }
      left--;
    }
    const clean = cleanText(parts[i] as string, left);
    out.push(clean.text);
    left -= clean.text.length;
    if (clean.cut) {
      cut = true;
      break;
    }
  }
  return { lines: out.length > 0 ? out : [''], cut };
}

export function createQueryEditor(value = '', options: QueryEditorOptions = QUERY_OPTIONS): QueryEditorState {
  const { lines } = cleanLines(value, options.maxLength);
  const row = lines.length - 1;
  return { lines, row, col: (lines[row] as string).length, goal: null };
}

const cutMessage = (options: QueryEditorOptions): string =>
  `Cut at ${options.maxLength.toLocaleString('en-US')} characters, the query's limit.`;

/** The UTF-16 index in `line` closest to display column `goal`, on a grapheme boundary. */
function indexAtColumn(line: string, goal: number): number {
  let i = 0;
  let w = 0;
  while (i < line.length) {
    const next = graphemeAfter(line, i);
    const gw = displayWidth(line.slice(i, next));
    if (w + gw > goal) break;
    w += gw;
    i = next;
  }
  return i;
}

function moveRows(state: QueryEditorState, delta: number): QueryEditorState {
  const goal = state.goal ?? displayWidth((state.lines[state.row] as string).slice(0, state.col));
  const last = state.lines.length - 1;
  const target = Math.min(Math.max(0, state.row + delta), last);
  if (target === state.row) {
    // Up on the first line goes to its start, down on the last to its end (as most editors do).
    const col = delta < 0 ? 0 : (state.lines[last] as string).length;
    return col === state.col ? state : { ...state, col, goal: null };
  }
  return { ...state, row: target, col: indexAtColumn(state.lines[target] as string, goal), goal };
}

function replaceLine(state: QueryEditorState, text: string, col: number): QueryEditorState {
  const lines = state.lines.slice();
  lines[state.row] = text;
  return { lines, row: state.row, col, goal: null };
}

/** Joins line `row` with the next one; the cursor lands at the seam. */
function joinWithNext(state: QueryEditorState, row: number): QueryEditorState {
  const lines = state.lines.slice();
  const head = lines[row] as string;
  lines.splice(row, 2, head + (lines[row + 1] as string));
  return { lines, row, col: head.length, goal: null };
}

function insertText(state: QueryEditorState, text: string, options: QueryEditorOptions): QueryEditorResult {
  const room = options.maxLength - lengthOf(state.lines);
  const { lines: pieces, cut } = cleanLines(text, room);
  const line = state.lines[state.row] as string;
  const before = line.slice(0, state.col);
  const after = line.slice(state.col);
  const lines = state.lines.slice();
  let next: QueryEditorState;
  if (pieces.length === 1) {
    const piece = pieces[0] as string;
    next = piece === '' ? state : replaceLine(state, before + piece + after, state.col + piece.length);
  } else {
    const lastPiece = pieces[pieces.length - 1] as string;
    const middle = pieces.slice(1, -1);
    lines.splice(state.row, 1, before + (pieces[0] as string), ...middle, lastPiece + after);
    const row = state.row + pieces.length - 1;
    next = { lines, row, col: lastPiece.length, goal: null };
  }
  return cut ? { state: next, message: cutMessage(options) } : { state: next };
}

function textAction(state: QueryEditorState, action: TextFieldAction, options: QueryEditorOptions): QueryEditorResult {
  const line = state.lines[state.row] as string;
  const atStart = state.col === 0;
  const atEnd = state.col >= line.length;
  const first = state.row === 0;
  const last = state.row === state.lines.length - 1;
  switch (action.type) {
    case 'insert':
      return insertText(state, action.text, options);
    case 'set':
      return { state: createQueryEditor(action.value, options) };
    case 'left':
    case 'wordLeft':
      if (atStart && !first) return { state: { ...state, row: state.row - 1, col: (state.lines[state.row - 1] as string).length, goal: null } };
      break;
    case 'right':
    case 'wordRight':
      if (atEnd && !last) return { state: { ...state, row: state.row + 1, col: 0, goal: null } };
      break;
    case 'backspace':
    case 'deleteWordBack':
      if (atStart && !first) return { state: joinWithNext(state, state.row - 1) };
      break;
    case 'delete':
    case 'deleteWordForward':
    case 'deleteToEnd':
      // Ctrl+K at the end of a line joins the next one, as in Emacs and readline's multi-line modes.
      if (atEnd && !last) return { state: joinWithNext(state, state.row) };
      break;
    default:
      break;
  }
  // Within the line: the text field's own reducer (the cap is the room left in the whole query).
  const room = options.maxLength - lengthOf(state.lines) + line.length;
  const result = textFieldReducer({ value: line, cursor: state.col }, action, { maxLength: Math.max(line.length, room) });
  const { value, cursor } = result.state;
  if (value === line && cursor === state.col) return state.goal === null ? { state } : { state: { ...state, goal: null } };
  const next = replaceLine(state, value, cursor);
  return result.message !== undefined ? { state: next, message: result.message } : { state: next };
}

export function queryEditorReducer(state: QueryEditorState, action: QueryEditorAction, options: QueryEditorOptions = QUERY_OPTIONS): QueryEditorResult {
  switch (action.type) {
    case 'text':
      return textAction(state, action.action, options);
    case 'newline': {
      if (lengthOf(state.lines) >= options.maxLength) return { state, message: cutMessage(options) };
      const line = state.lines[state.row] as string;
      const indent = /^[ ]*/.exec(line.slice(0, state.col))?.[0] ?? '';
      const room = options.maxLength - lengthOf(state.lines) - 1;
      const kept = indent.slice(0, Math.max(0, room));
      const lines = state.lines.slice();
      lines.splice(state.row, 1, line.slice(0, state.col), kept + line.slice(state.col));
      return { state: { lines, row: state.row + 1, col: kept.length, goal: null } };
    }
    case 'up':
      return { state: moveRows(state, -1) };
    case 'down':
      return { state: moveRows(state, 1) };
    case 'pageUp':
      return { state: moveRows(state, -Math.max(1, action.rows)) };
    case 'pageDown':
      return { state: moveRows(state, Math.max(1, action.rows)) };
    case 'set': {
      const next = createQueryEditor(action.value, options);
      return { state: next };
    }
  }
}

/**
 * What a key does in the editor (the 'sql-editor' scope, then the text field's keys); undefined
 * when it is not the editor's (Esc, Tab, Ctrl+R…: the screen's). `page` is the editor's height.
 */
export function queryEditorAction(input: string, key: Key, page = 5): QueryEditorAction | undefined {
  switch (matchKey(input, key, 'sql-editor')) {
    case 'editorNewline':
      return { type: 'newline' };
    case 'editorUp':
      return { type: 'up' };
    case 'editorDown':
      return { type: 'down' };
    case 'editorPageUp':
      return { type: 'pageUp', rows: page };
    case 'editorPageDown':
      return { type: 'pageDown', rows: page };
    default:
      break;
  }
  const text = textFieldAction(input, key);
  return text ? { type: 'text', action: text } : undefined;
}

/** One key into the editor: the new state (and a message), or undefined when the key is not the editor's. */
export function editQuery(state: QueryEditorState, input: string, key: Key, options: QueryEditorOptions = QUERY_OPTIONS, page = 5): QueryEditorResult | undefined {
  const action = queryEditorAction(input, key, page);
  return action === undefined ? undefined : queryEditorReducer(state, action, options);
}

/** The first line shown so that the cursor's line is visible, moving as little as possible. */
export function editorTop(row: number, lineCount: number, height: number, previousTop: number): number {
  const h = Math.max(1, height);
  let top = Math.min(Math.max(0, previousTop), Math.max(0, lineCount - h));
  if (row < top) top = row;
  if (row >= top + h) top = row - h + 1;
  return Math.max(0, top);
}
