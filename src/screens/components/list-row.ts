// List rows as laid-out lines: fixed-width columns, the last one taking what is left and cut
// with an ellipsis. One Line per row means one memoised <Text> per row.

import { clipLine, lineWidth, merge, truncateLine, type Line, type Segment } from '../markdown/lines';
import type { Glyphs, Role } from '../theme';
import { barCells, countLabel } from './bar';

export interface Column {
  segs: readonly Segment[];
  /** Fixed width (padded or cut); omit for the last, flexible column. */
  width?: number;
}

export function rowLine(columns: readonly Column[], width: number): Line {
  const out: Segment[] = [];
  let used = 0;
  for (const col of columns) {
    const room = Math.max(0, width - used);
    if (room === 0) break;
    if (col.width === undefined) {
      out.push(...truncateLine(col.segs, room));
      break;
    }
    const w = Math.min(col.width, room);
    const cell = lineWidth(col.segs) > w ? truncateLine(col.segs, w) : col.segs;
    out.push(...cell);
    const gap = w - lineWidth(cell);
    if (gap > 0) out.push({ text: ' '.repeat(gap) });
    used += w;
  }
  return merge(clipLine(out, width));
}

/** The cursor column: "› " on the selected row, blanks elsewhere. */
export function pointer(selected: boolean, glyphs: Glyphs): Column {
  // Unselected rows get plain blanks: without colour, selection is inverse video.
  return { segs: [selected ? { text: `${glyphs.pointer} `, roles: ['selection'] } : { text: '  ' }], width: 2 };
}

export function label(text: string, selected: boolean, width: number): Column {
  const roles: Role[] = selected ? ['selection'] : [];
  return { segs: [{ text, roles }], width };
}

/** "5/8 █████░░░" (or blanks of the same width, to keep columns aligned). */
export function progressColumn(count: { done: number; total: number } | undefined, barWidth: number, glyphs: Glyphs): Column {
  const countWidth = 6;
  if (!count) return { segs: [], width: countWidth + barWidth + 2 };
  const { full, empty } = barCells(count.done, count.total, barWidth);
  const complete = count.total > 0 && count.done >= count.total;
  return {
    segs: [
      { text: countLabel(count.done, count.total).padStart(countWidth - 1) + ' ', roles: complete ? ['success'] : [] },
      { text: glyphs.barFull.repeat(full), roles: ['barFull'] },
      { text: glyphs.barEmpty.repeat(empty), roles: ['barEmpty'] },
    ],
    width: countWidth + barWidth + 2,
  };
}
