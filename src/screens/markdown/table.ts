// Markdown tables laid out for a fixed width: columns sized to their content, the widest ones
// shrunk first when the table does not fit, cells word-wrapped inside their column, and the
// alignment row (`:---:`) honoured.

import type { Role } from '../theme';
import { displayWidth } from '../../text/width';
import { parseInline, type InlineOptions } from './inline';
import { clipLine, lineWidth, wrapSegments, type Line, type Segment } from './lines';

export type Align = 'left' | 'center' | 'right' | null;

export interface TableInput {
  header: readonly string[];
  align: readonly Align[];
  rows: readonly (readonly string[])[];
}

const BORDER: readonly Role[] = ['tableBorder'];
/** Narrowest a column is squeezed to before words are broken mid-way. */
const MIN_COL = 6;

function longestWord(segments: readonly Segment[]): number {
  let best = 0;
  for (const word of segments.map((s) => s.text).join('').split(/\s+/)) best = Math.max(best, displayWidth(word));
  return best;
}

/**
 * Column widths that fit `available` columns of content. Each column starts at its natural
 * width; while too wide, the widest column gives up a column (so short columns like "Task"
 * keep their width and long prose columns wrap).
 */
export function fitColumns(natural: readonly number[], minimum: readonly number[], available: number): number[] {
  const widths = natural.map((w) => Math.max(1, w));
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > available) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      const w = widths[i] as number;
      if (w > (minimum[i] ?? 1) && (widest === -1 || w > (widths[widest] as number))) widest = i;
    }
    if (widest === -1) break;
    widths[widest] = (widths[widest] as number) - 1;
    total--;
  }
  // Still too wide: every column is at its minimum; squeeze below it, widest first.
  while (total > available) {
    let widest = 0;
    for (let i = 1; i < widths.length; i++) if ((widths[i] as number) > (widths[widest] as number)) widest = i;
    if ((widths[widest] as number) <= 1) break;
    widths[widest] = (widths[widest] as number) - 1;
    total--;
  }
  return widths;
}

function pad(line: Line, width: number, align: Align): Line {
  const gap = Math.max(0, width - lineWidth(line));
  if (gap === 0) return line;
  if (align === 'right') return [{ text: ' '.repeat(gap) }, ...line];
  if (align === 'center') {
    const left = Math.floor(gap / 2);
    return [{ text: ' '.repeat(left) }, ...line, { text: ' '.repeat(gap - left) }];
  }
  return [...line, { text: ' '.repeat(gap) }];
}

function rule(widths: readonly number[], left: string, mid: string, right: string): Line {
  return [{ text: left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right, roles: BORDER }];
}

export function renderTable(table: TableInput, width: number, inline: InlineOptions = {}): Line[] {
  const columns = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  if (columns === 0) return [];
  const parse = (text: string | undefined, roles: readonly Role[]): Segment[] =>
    parseInline(text ?? '', { ...inline, roles: [...(inline.roles ?? []), ...roles] });
  const header = Array.from({ length: columns }, (_, c) => parse(table.header[c], ['tableHeader']));
  const body = table.rows.map((row) => Array.from({ length: columns }, (_, c) => parse(row[c], [])));
  const all = [header, ...body];

  const natural = Array.from({ length: columns }, (_, c) => Math.max(...all.map((r) => lineWidth(r[c] ?? []))));
  const minimum = Array.from({ length: columns }, (_, c) =>
    Math.min(natural[c] as number, Math.max(MIN_COL, ...all.map((r) => Math.min(longestWord(r[c] ?? []), 16)))),
  );
  // "│ a │ b │": one bar per column plus one, and a space either side of each cell.
  const overhead = 3 * columns + 1;
  const widths = fitColumns(natural, minimum, Math.max(columns, width - overhead));

  const renderRow = (cells: Segment[][]): Line[] => {
    const wrapped = cells.map((cell, c) => wrapSegments(cell, widths[c] as number));
    const height = Math.max(...wrapped.map((w) => w.length));
    const lines: Line[] = [];
    for (let k = 0; k < height; k++) {
      const line: Segment[] = [{ text: '│ ', roles: BORDER }];
      wrapped.forEach((cellLines, c) => {
        if (c > 0) line.push({ text: ' │ ', roles: BORDER });
        line.push(...pad(cellLines[k] ?? [], widths[c] as number, table.align[c] ?? null));
      });
      line.push({ text: ' │', roles: BORDER });
      lines.push(line);
    }
    return lines;
  };

  const bodyRows = body.map(renderRow);
  // Separate body rows only when some row wraps: otherwise wrapped rows would run together.
  const separate = bodyRows.some((r) => r.length > 1);
  const lines: Line[] = [rule(widths, '┌', '┬', '┐'), ...renderRow(header), rule(widths, '├', '┼', '┤')];
  bodyRows.forEach((rowLines, i) => {
    if (i > 0 && separate) lines.push(rule(widths, '├', '┼', '┤'));
    lines.push(...rowLines);
  });
  lines.push(rule(widths, '└', '┴', '┘'));
  return lines.map((l) => clipLine(l, width));
}
