// Which part of a one-line field's value is on screen. Only the visible window is measured
// (a key in a 2,000-character blank lays out ~80 columns, not 2,000 characters), widths are
// display widths (CJK and emoji take two columns, combining marks none), and a mark shows
// where text is cut at either end.

import { displayWidth, graphemes } from '../../text/width';

export const CUT_MARK = '…';

export interface FieldWindow {
  /** First UTF-16 index shown; keep it and pass it back as `previousStart` next time. */
  start: number;
  /** Text shown before the cursor, after the left mark. */
  before: string;
  /** The grapheme under the cursor ('' at the end of the value). */
  atCursor: string;
  /** Text shown after the cursor, before the right mark. */
  after: string;
  leftCut: boolean;
  rightCut: boolean;
}

interface Piece {
  text: string;
  width: number;
}

/** Graphemes of text in order, with their widths (the caller bounds the range). */
const piecesOf = (text: string): Piece[] => graphemes(text);

export function fieldWindow(value: string, cursor: number, previousStart: number, width: number): FieldWindow {
  const room = Math.max(1, width);
  const span = room * 4 + 32; // enough code units for `room` columns of anything
  // Short values that fit whole: no scrolling at all.
  if (value.length <= room && displayWidth(value) + 1 <= room) {
    return { start: 0, before: value.slice(0, cursor), atCursor: firstPiece(value.slice(cursor)), after: rest(value.slice(cursor)), leftCut: false, rightCut: false };
  }
  const here = piecesOf(value.slice(cursor, cursor + span));
  const cursorPiece = here[0] ?? { text: '', width: 1 };
  const cursorWidth = Math.max(1, cursorPiece.width);
  const moreAfter = cursor + cursorPiece.text.length < value.length;

  let start = Math.min(Math.max(0, previousStart), cursor);
  if (cursor < previousStart) {
    // Moved left out of view: scroll so that a third of the field shows what comes before.
    start = backFrom(value, cursor, Math.floor(room / 3), span).index;
  }
  // The cursor must fit: left mark, text before it, its cell, right mark if more follows.
  const budget = room - cursorWidth - (moreAfter ? 1 : 0);
  const fit = backFrom(value, cursor, budget, span, true);
  if (start < fit.index) start = fit.index;

  const leftCut = start > 0;
  const beforeText = value.slice(start, cursor);
  let used = (leftCut ? 1 : 0) + displayWidth(beforeText) + cursorWidth;
  // Fill the rest of the line after the cursor.
  let after = '';
  let shownTo = cursor + cursorPiece.text.length;
  const later = here.slice(1);
  for (let i = 0; i < later.length; i++) {
    const p = later[i] as Piece;
    const isLast = shownTo + p.text.length >= value.length;
    if (used + p.width + (isLast ? 0 : 1) > room) break;
    after += p.text;
    used += p.width;
    shownTo += p.text.length;
  }
  return { start, before: beforeText, atCursor: cursorPiece.text, after, leftCut, rightCut: shownTo < value.length };
}

/**
 * Walk back from `index` over graphemes while their width stays within `columns` (counting a
 * left mark when `markIfCut` and the walk stops before the value's start).
 */
function backFrom(value: string, index: number, columns: number, span: number, markIfCut = false): { index: number } {
  const from = Math.max(0, index - span);
  const pieces = piecesOf(value.slice(from, index));
  let used = 0;
  let at = index;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i] as Piece;
    const next = at - p.text.length;
    const mark = markIfCut && next > 0 ? 1 : 0;
    if (used + p.width + mark > columns) break;
    used += p.width;
    at = next;
  }
  return { index: at };
}

function firstPiece(text: string): string {
  if (text === '') return '';
  return piecesOf(text.slice(0, 32))[0]?.text ?? '';
}

function rest(text: string): string {
  return text.slice(firstPiece(text).length);
}
