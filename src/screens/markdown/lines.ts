// Lesson text is laid out into terminal lines BEFORE Ink sees it: a line is a list of styled
// segments that fits the width. Knowing the exact line count is what lets the scroll view
// render only the visible window (cheap keystrokes) and never overflow.

import type { Role } from '../theme';
import { displayWidth, graphemes, splitAtWidth } from '../../text/width';

export interface Segment {
  readonly text: string;
  /** Merged in order; none = plain text. */
  readonly roles?: readonly Role[];
}

export type Line = readonly Segment[];

/** A segment whose text is '\n' forces a line break (a markdown hard break). */
export const HARD_BREAK: Segment = { text: '\n' };

export function lineWidth(line: Line): number {
  let w = 0;
  for (const seg of line) w += displayWidth(seg.text);
  return w;
}

export function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}

/** Cut a line to `width` columns (a last-resort guard: layout normally fits already). */
export function clipLine(line: Line, width: number): Line {
  if (lineWidth(line) <= width) return line;
  const out: Segment[] = [];
  let room = width;
  for (const seg of line) {
    if (room <= 0) break;
    const w = displayWidth(seg.text);
    if (w <= room) {
      out.push(seg);
      room -= w;
    } else {
      out.push({ ...seg, text: splitAtWidth(seg.text, room)[0] });
      room = 0;
    }
  }
  return out;
}

/** Fit a line in `width` columns, ending with an ellipsis when something was cut. */
export function truncateLine(line: Line, width: number, ellipsis = '…'): Line {
  if (lineWidth(line) <= width) return line;
  if (width <= 1) return clipLine(line, width);
  const cut = clipLine(line, width - displayWidth(ellipsis));
  const last = cut[cut.length - 1];
  return [...cut, last?.roles ? { text: ellipsis, roles: last.roles } : { text: ellipsis }];
}

/** A word is a run of non-space text that may span several styles (`**bold**,`). */
type Word = Segment[];

interface Token {
  word: Word;
  /** Whitespace came before this word (collapsed to one space). */
  spaced: boolean;
  /** A forced break comes before this word. */
  broken: boolean;
}

function tokenize(segments: readonly Segment[]): Token[] {
  const tokens: Token[] = [];
  let current: Word | undefined;
  let spaced = false;
  let broken = false;
  for (const seg of segments) {
    if (seg.text === '\n') {
      current = undefined;
      broken = true;
      spaced = false;
      continue;
    }
    // Split on whitespace but keep the separators to know where words end.
    for (const part of seg.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        current = undefined;
        spaced = true;
        continue;
      }
      const piece: Segment = seg.roles ? { text: part, roles: seg.roles } : { text: part };
      if (current) {
        current.push(piece);
      } else {
        current = [piece];
        tokens.push({ word: current, spaced, broken });
        spaced = false;
        broken = false;
      }
    }
  }
  return tokens;
}

function wordWidth(word: Word): number {
  let w = 0;
  for (const p of word) w += displayWidth(p.text);
  return w;
}

/** Break a word wider than `width` into pieces that fit, keeping styles. */
function breakWord(word: Word, width: number, firstRoom: number): Word[] {
  const pieces: Word[] = [];
  let current: Segment[] = [];
  let room = firstRoom;
  for (const seg of word) {
    let buf = '';
    for (const g of graphemes(seg.text)) {
      if (g.width > room) {
        if (buf) current.push({ ...seg, text: buf });
        pieces.push(current);
        current = [];
        buf = '';
        room = width;
      }
      buf += g.text;
      room -= g.width;
    }
    if (buf) current.push({ ...seg, text: buf });
  }
  if (current.length) pieces.push(current);
  return pieces;
}

/**
 * Greedy word wrap of styled text into lines of at most `width` columns. Whitespace collapses
 * to single spaces (markdown semantics); `first`/`rest` are prefixes for the first and following
 * lines (bullets, quote bars, hanging indents) and count against the width.
 */
export function wrapSegments(
  segments: readonly Segment[],
  width: number,
  prefix: { first?: Line; rest?: Line } = {},
): Line[] {
  const first = prefix.first ?? [];
  const rest = prefix.rest ?? first;
  const lines: Segment[][] = [];
  let line: Segment[] = [...first];
  let room = Math.max(1, width - lineWidth(first));
  let empty = true;
  const restRoom = Math.max(1, width - lineWidth(rest));

  const newLine = (): void => {
    lines.push(line);
    line = [...rest];
    room = restRoom;
    empty = true;
  };

  for (const token of tokenize(segments)) {
    // A hard break ends the line; two in a row leave a blank line.
    if (token.broken && (!empty || lines.length > 0)) newLine();
    const w = wordWidth(token.word);
    const gap = token.spaced && !empty ? 1 : 0;
    if (w + gap <= room) {
      if (gap) line.push(space(line[line.length - 1], token.word[0]));
      line.push(...token.word);
      room -= w + gap;
      empty = false;
      continue;
    }
    if (w <= restRoom) {
      if (!empty) newLine();
      line.push(...token.word);
      room -= w;
      empty = false;
      continue;
    }
    // Too wide for any line: fill what is left of this one, then break across lines.
    const startRoom = empty ? room : room - gap;
    const useCurrent = startRoom >= 4;
    if (!useCurrent && !empty) newLine();
    else if (gap) {
      line.push(space(line[line.length - 1], token.word[0]));
      room -= 1;
    }
    const pieces = breakWord(token.word, restRoom, room);
    pieces.forEach((piece, i) => {
      if (i > 0) newLine();
      if (piece.length === 0) return;
      line.push(...piece);
      room -= wordWidth(piece);
      empty = false;
    });
  }
  lines.push(line);
  return lines.map(merge);
}

/** The space between two words: styled like them when both share a style (one bold run). */
function space(before: Segment | undefined, after: Segment | undefined): Segment {
  return before?.roles && after && sameRoles(before.roles, after.roles) ? { text: ' ', roles: before.roles } : { text: ' ' };
}

/** Join neighbours with the same styles: fewer Ink nodes per line. */
export function merge(line: Line): Line {
  const out: Segment[] = [];
  for (const seg of line) {
    const prev = out[out.length - 1];
    if (prev && prev.text !== '\n' && seg.text !== '\n' && sameRoles(prev.roles, seg.roles)) out[out.length - 1] = { ...prev, text: prev.text + seg.text };
    else out.push(seg);
  }
  return out;
}

function sameRoles(a: readonly Role[] | undefined, b: readonly Role[] | undefined): boolean {
  if (a === b) return true;
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((r, i) => r === y[i]);
}

/** Hard wrap preserving every space (code): cut at exactly `width` columns. */
export function hardWrap(line: Line, width: number): Line[] {
  if (lineWidth(line) <= width) return [line];
  const out: Segment[][] = [[]];
  let room = width;
  for (const seg of line) {
    let text = seg.text;
    while (text !== '') {
      if (room === 0) {
        out.push([]);
        room = width;
      }
      let [head, tail] = splitAtWidth(text, room);
      if (head === '' && room < width) {
        // A double-width character that does not fit in the last column: next line.
        out.push([]);
        room = width;
        continue;
      }
      if (head === '') {
        // Wider than the whole line (width 1): emit it anyway rather than loop forever.
        const g = graphemes(text)[0]?.text ?? text;
        head = g;
        tail = text.slice(g.length);
      }
      (out[out.length - 1] as Segment[]).push({ ...seg, text: head });
      room -= displayWidth(head);
      text = tail;
    }
  }
  return out;
}
