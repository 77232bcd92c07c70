// A notebook cell with editable blanks, as terminal rows built before Ink sees them (pure, no
// Ink): the practice task and the drill both draw their TODO cell with it. Rows are cached per
// cell line on what the line shows, so a key press rebuilds only the line it changed.

import type { CellLine } from '../../practice/cell';
import { highlight } from '../markdown/highlight';
import { CUT_MARK, fieldWindow } from '../input/field-window';
import { hardWrap, lineWidth, truncateLine, type Line, type Segment } from '../markdown/lines';
import type { Role, TextStyle } from '../theme';

/** A segment with attributes no theme role gives (the cursor, the field underline). */
export interface PSeg extends Segment {
  readonly extra?: TextStyle;
  /** This segment is the cursor cell. */
  readonly cursor?: boolean;
}

export type PLine = readonly PSeg[];

const MUTED: readonly Role[] = ['muted'];

/** Layout helpers keep extra props at run time (they spread segments); the types do not say so. */
export const asP = (lines: readonly Line[]): PLine[] => lines as PLine[];

export function truncateP(line: PLine, width: number): PLine {
  return truncateLine(line, width) as PLine;
}

/** How a blank is drawn: focused while typing (with a cursor), focused in command mode, or not. */
export type FieldLook = 'edit' | 'focus' | 'idle';

export function fieldSegments(text: string, look: FieldLook, cursor: number): PSeg[] {
  if (look === 'idle') {
    if (text === '') return [{ text: '______', roles: ['codeBlank'] }];
    return [{ text, roles: ['accent'], extra: { underline: true } }];
  }
  const roles: readonly Role[] = ['selection'];
  const extra: TextStyle = { underline: true };
  if (look === 'focus') return [{ text: text === '' ? '______' : text, roles, extra }];
  const chars = Array.from(text);
  // The cursor is a UTF-16 index (the TextField's); the cell is drawn by code point.
  const at = Math.min(Array.from(text.slice(0, Math.max(0, cursor))).length, chars.length);
  const out: PSeg[] = [];
  const before = chars.slice(0, at).join('');
  if (before) out.push({ text: before, roles, extra });
  const under = chars[at];
  out.push({ text: under ?? ' ', roles, extra: { ...extra, inverse: true }, cursor: true });
  const after = chars.slice(at + 1).join('');
  if (after) out.push({ text: after, roles, extra });
  // An empty blank keeps its width, so the line does not jump when typing starts.
  if (text === '') out.push({ text: '_____', roles: MUTED });
  return out;
}

/**
 * The blank being typed in, as one row scrolled so the cursor shows (the TextField's window,
 * input/field-window.ts): only the visible columns are laid out, so a key costs the same in a
 * 2,000-character answer as in a short one. `…` marks where the text is cut.
 */
export function editFieldSegments(text: string, cursor: number, room: number, previousStart: number): { segs: PSeg[]; start: number } {
  const roles: readonly Role[] = ['selection'];
  const extra: TextStyle = { underline: true };
  const w = fieldWindow(text, Math.min(Math.max(0, cursor), text.length), previousStart, room);
  const segs: PSeg[] = [];
  if (w.leftCut) segs.push({ text: CUT_MARK, roles: MUTED });
  if (w.before) segs.push({ text: w.before, roles, extra });
  segs.push({ text: w.atCursor === '' ? ' ' : w.atCursor, roles, extra: { ...extra, inverse: true }, cursor: true });
  if (w.after) segs.push({ text: w.after, roles, extra });
  if (w.rightCut) segs.push({ text: CUT_MARK, roles: MUTED });
  // An empty blank keeps its width, so the line does not jump when typing starts.
  if (text === '') segs.push({ text: '_____', roles: MUTED });
  return { segs, start: w.start };
}

/** A field whose segments depend on the columns left for it on its row (the edited blank). */
export type SizedField = (room: number) => PSeg[];

/** Fewer columns than this left on the row: the edited field takes the next row whole. */
const MIN_FIELD_ROOM = 12;

const GUTTER: PSeg = { text: '│ ', roles: MUTED };
const CONTINUED: PSeg = { text: '┆ ', roles: MUTED };

/**
 * One cell line with fields in place of its blanks, wrapped to `width` behind a gutter. A sized
 * field (the edited blank) gets the columns left on its row after the code before it and, when
 * that leaves it room, the code after it: the line stays on one row while the field scrolls.
 */
export function cellRows(highlighted: Line, line: CellLine, field: (blank: number) => PSeg[] | SizedField, width: number): PLine[] {
  const parts: Array<PSeg[] | SizedField> = [];
  let next = 0;
  for (const seg of highlighted) {
    if (seg.text === '______' && seg.roles?.includes('codeBlank') && next < line.blanks.length) {
      parts.push(field(line.blanks[next] as number));
      next++;
    } else {
      parts.push([seg]);
    }
  }
  const row = Math.max(1, width - 2);
  const widthOf = (from: number, to: number): number => {
    let n = 0;
    for (let i = from; i < to; i++) {
      const p = parts[i] as PSeg[] | SizedField;
      if (typeof p !== 'function') n += lineWidth(p);
    }
    return n;
  };
  const segs: PSeg[] = [];
  parts.forEach((p, i) => {
    if (typeof p !== 'function') {
      segs.push(...p);
      return;
    }
    const left = row - (lineWidth(segs) % row);
    const tail = widthOf(i + 1, parts.length);
    const room = left - tail >= MIN_FIELD_ROOM ? left - tail : left >= MIN_FIELD_ROOM ? left : row;
    segs.push(...p(room));
  });
  return guttered(segs, width);
}

/** A line wrapped to `width` behind the cell's gutter (`│`, then `┆` on continuation rows). */
export function guttered(line: PLine, width: number): PLine[] {
  return asP(hardWrap(line, Math.max(1, width - 2))).map((part, i) => [i === 0 ? GUTTER : CONTINUED, ...part]);
}

/** The TODO cell highlighted once; blanks come out as separate `______` segments. */
export function highlightCell(todoCell: string): Line[] {
  return highlight(todoCell, 'python');
}

export interface FieldView {
  look: (blank: number) => FieldLook;
  text: (blank: number) => string;
  cursor: (blank: number) => number;
}

/**
 * The cell's rows, cached per cell line on exactly what the line shows (its blanks' text, look
 * and cursor). An edit rebuilds only the edited line: every other line comes back as the same
 * objects, which is what lets the memoised rows skip repainting.
 */
export class CellRowCache {
  private readonly rows = new Map<string, PLine[]>();
  /** Per blank, the first character its edit window showed last time (it scrolls from there). */
  private readonly starts = new Map<number, number>();
  private readonly highlighted: Line[];

  constructor(
    private readonly lines: readonly CellLine[],
    todoCell: string,
    private readonly width: number,
  ) {
    this.highlighted = highlightCell(todoCell);
  }

  line(l: number, view: FieldView): PLine[] {
    const line = this.lines[l];
    const hl = this.highlighted[l];
    if (!line || !hl) return [];
    const key =
      line.blanks.length === 0
        ? `${l}`
        : `${l}\u0001${line.blanks.map((b) => `${view.look(b)}\u0002${view.text(b)}\u0002${view.look(b) === 'edit' ? `${view.cursor(b)}\u0002${this.starts.get(b) ?? 0}` : ''}`).join('\u0003')}`;
    let rows = this.rows.get(key);
    if (!rows) {
      const field = (b: number): PSeg[] | SizedField => {
        if (view.look(b) !== 'edit') {
          this.starts.delete(b);
          return fieldSegments(view.text(b), view.look(b), view.cursor(b));
        }
        return (room) => {
          const { segs, start } = editFieldSegments(view.text(b), view.cursor(b), room, this.starts.get(b) ?? 0);
          this.starts.set(b, start);
          return segs;
        };
      };
      rows = cellRows(hl, line, field, this.width);
      // Earlier variants of an edited line are not shown again: drop them so typing does not grow the cache.
      if (line.blanks.length > 0) for (const k of this.rows.keys()) if (k.startsWith(`${l}\u0001`)) this.rows.delete(k);
      this.rows.set(key, rows);
    }
    return rows;
  }

  all(view: FieldView): PLine[][] {
    return this.lines.map((_, l) => this.line(l, view));
  }
}

export function cellHeader(attempts: number): PLine {
  return [{ text: `In [${attempts > 0 ? attempts : ' '}]:`, roles: MUTED }];
}

export function hasCursor(line: PLine): boolean {
  return line.some((s) => s.cursor === true);
}
