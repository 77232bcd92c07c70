// Where each blank sits in the TODO cell, line by line, so the view can draw the learner's text
// in place of `______` and repaint only the lines whose blanks changed.

import { BLANK } from '../checks/engine';

export type CellPart = { kind: 'text'; text: string } | { kind: 'blank'; index: number };

export interface CellLine {
  parts: CellPart[];
  /** Indices of the blanks on this line, in order. */
  blanks: number[];
}

export function cellLines(todoCell: string): CellLine[] {
  let next = 0;
  return todoCell.split('\n').map((line) => {
    const pieces = line.split(BLANK);
    const parts: CellPart[] = [];
    const blanks: number[] = [];
    pieces.forEach((text, i) => {
      if (i > 0) {
        parts.push({ kind: 'blank', index: next });
        blanks.push(next);
        next++;
      }
      if (text !== '') parts.push({ kind: 'text', text });
    });
    return { parts, blanks };
  });
}

/** The 0-based cell line holding each blank. */
export function blankLineIndex(lines: readonly CellLine[]): number[] {
  const out: number[] = [];
  lines.forEach((line, l) => line.blanks.forEach((b) => (out[b] = l)));
  return out;
}
