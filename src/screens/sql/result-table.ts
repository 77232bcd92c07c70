// A query's rows as terminal lines (pure, no Ink): columns sized by display width, numbers
// aligned right, NULL drawn apart from the text 'NULL', long cells cut with a mark, and a
// window over rows and columns when the table does not fit. The reducer moves that window; the
// layout says how far it may move (TableLimits), so the two stay pure and testable apart.
// Used by the SQL screen, Task 7's practice screen and the SQL lab (ResultTable.tsx is the view).

import type { QueryResult, SqlColumn, SqlValue } from '../../sql/types';
import { displayWidth, padEnd, padStart, truncate, truncateStart } from '../../text/width';
import type { PLine, PSeg } from '../components/code-cell';
import { fitColumns } from '../markdown/table';
import type { Role } from '../theme';

/** Where the window over the table starts: the first data row and the first column shown. */
export interface ResultTableState {
  readonly row: number;
  readonly col: number;
}

export type ResultTableAction =
  | { type: 'up' }
  | { type: 'down' }
  | { type: 'pageUp' }
  | { type: 'pageDown' }
  | { type: 'top' }
  | { type: 'bottom' }
  | { type: 'left' }
  | { type: 'right' }
  /** A new result: back to its first row and column. */
  | { type: 'reset' }
  /** The table or the room changed: keep the window inside the new limits. */
  | { type: 'clamp' };

/** How far the window can move, from the layout (rows, page size, last useful first column). */
export interface TableLimits {
  readonly maxRow: number;
  readonly pageRows: number;
  readonly maxCol: number;
}

export const TABLE_START: ResultTableState = { row: 0, col: 0 };

const clamp = (n: number, max: number): number => Math.min(Math.max(0, n), Math.max(0, max));

function at(state: ResultTableState, row: number, col: number, limits: TableLimits): ResultTableState {
  const r = clamp(row, limits.maxRow);
  const c = clamp(col, limits.maxCol);
  return r === state.row && c === state.col ? state : { row: r, col: c };
}

export function resultTableReducer(state: ResultTableState, action: ResultTableAction, limits: TableLimits): ResultTableState {
  // A page keeps one row of the previous page in view, as the reading views do.
  const page = Math.max(1, limits.pageRows - 1);
  switch (action.type) {
    case 'up':
      return at(state, state.row - 1, state.col, limits);
    case 'down':
      return at(state, state.row + 1, state.col, limits);
    case 'pageUp':
      return at(state, state.row - page, state.col, limits);
    case 'pageDown':
      return at(state, state.row + page, state.col, limits);
    case 'top':
      return at(state, 0, state.col, limits);
    case 'bottom':
      return at(state, limits.maxRow, state.col, limits);
    case 'left':
      return at(state, state.row, state.col - 1, limits);
    case 'right':
      return at(state, state.row, state.col + 1, limits);
    case 'reset':
      return state.row === 0 && state.col === 0 ? state : TABLE_START;
    case 'clamp':
      return at(state, state.row, state.col, limits);
  }
}

// ---------------------------------------------------------------- cells

/** The text NULL is drawn with (styled apart, so a string 'NULL' does not look the same). */
export const NULL_TEXT = 'NULL';
/** The mark at the end of a cut cell. */
export const CELL_CUT = '…';
const GAP = '  ';
/** No column is wider than this, however long its values: the rest is cut with the mark. */
export const MAX_CELL = 40;
/**
 * Columns squeezed to fit the width keep at least this much (or their whole text): values up to
 * a timestamp's length stay whole, and only longer text gives up room. A view that cannot scroll
 * sideways squeezes down to HARD_MIN_CELL before it gives up on showing every column.
 */
const MIN_CELL = 20;
const HARD_MIN_CELL = 10;

const TIME_TYPE = /^(TIMESTAMP|DATE|TIME)/i;
const NUMERIC_TYPE = /^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|DECIMAL.*|NUMERIC.*|DOUBLE|FLOAT|REAL|INT\d+|FLOAT\d+)$/i;

/** Right-aligned: the engine's numeric types, or a column whose values are all numbers. */
export function isNumericColumn(column: SqlColumn, rows: readonly (readonly SqlValue[])[], index: number): boolean {
  if (NUMERIC_TYPE.test(column.type.trim())) return true;
  let seen = false;
  for (const row of rows) {
    const v = row[index];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'number') return false;
    seen = true;
  }
  return seen;
}

// C0 and C1 controls (an escape sequence in a value must not reach the terminal).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const ESCAPED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A value as one line of plain text: controls shown as escapes, numbers as JavaScript writes them. */
export function cellText(value: SqlValue | undefined): string {
  if (value === null || value === undefined) return NULL_TEXT;
  if (typeof value === 'string') {
    return value.replace(CONTROL, (c) => ESCAPED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  }
  return String(value);
}

// ---------------------------------------------------------------- layout

export interface TableLayoutOptions {
  width: number;
  /**
   * Terminal rows for the whole table: the header, its rule, the data rows and the count line.
   * Undefined: every row (up to maxRows), for a page that scrolls as a whole.
   */
  height?: number;
  /** With no height: rows drawn at most; the count line says how many more there are. */
  maxRows?: number;
  /**
   * False for a view with no keys to scroll sideways (a page that scrolls as a whole): columns
   * are squeezed harder before some are left out. Default true.
   */
  scroll?: boolean;
}

export interface TableLayout {
  lines: PLine[];
  limits: TableLimits;
  /** Columns [first, end) shown, of `columns`. */
  columns: { first: number; end: number; of: number };
  /** Data rows [first, end) shown, of `of`. */
  rows: { first: number; end: number; of: number };
}

const MUTED: readonly Role[] = ['muted'];
const NULL_ROLES: readonly Role[] = ['muted', 'italic'];
const HEADER: readonly Role[] = ['tableHeader'];
const BORDER: readonly Role[] = ['tableBorder'];

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Natural width of each column: its header or its widest value, at most MAX_CELL (and the width). */
function naturalWidths(result: QueryResult, width: number): number[] {
  const cap = Math.max(1, Math.min(MAX_CELL, width));
  return result.columns.map((c, i) => {
    let w = displayWidth(c.name);
    for (const row of result.rows) {
      if (w >= cap) break;
      w = Math.max(w, displayWidth(cellText(row[i])));
    }
    return Math.max(1, Math.min(cap, w));
  });
}

/** The widths of columns [from, …) that fit in `width`; the first one always (cut to the width). */
function fitFrom(widths: readonly number[], from: number, width: number): number {
  let used = 0;
  let end = from;
  while (end < widths.length) {
    const w = (widths[end] as number) + (end > from ? GAP.length : 0);
    if (end > from && used + w > width) break;
    used += w;
    end++;
  }
  return end;
}

/** The last first-column from which every remaining column fits (scrolling right stops there). */
function lastStart(widths: readonly number[], width: number): number {
  let used = 0;
  for (let i = widths.length - 1; i >= 0; i--) {
    used += (widths[i] as number) + (i < widths.length - 1 ? GAP.length : 0);
    if (used > width) return Math.min(widths.length - 1, i + 1);
  }
  return 0;
}

function cellSegs(value: SqlValue | undefined, width: number, right: boolean): PSeg[] {
  const text = cellText(value);
  // Long digit strings (ids) differ at their end: cut those at the start.
  const fitted = /^\d+$/.test(text) ? truncateStart(text, width) : truncate(text, width, CELL_CUT);
  const cut = fitted !== text;
  const padded = right ? padStart(fitted, width) : padEnd(fitted, width);
  const roles = value === null || value === undefined ? NULL_ROLES : undefined;
  const at = !cut ? -1 : fitted.startsWith(CELL_CUT) ? padded.indexOf(CELL_CUT) : padded.lastIndexOf(CELL_CUT);
  if (at === -1) return [roles ? { text: padded, roles } : { text: padded }];
  // The mark is muted so a cut value does not read as a value that ends in '…'.
  const segs: PSeg[] = [];
  if (at > 0) segs.push(roles ? { text: padded.slice(0, at), roles } : { text: padded.slice(0, at) });
  segs.push({ text: CELL_CUT, roles: MUTED });
  if (at + CELL_CUT.length < padded.length) segs.push({ text: padded.slice(at + CELL_CUT.length) });
  return segs;
}

function countLine(total: number, rows: TableLayout['rows'], cols: TableLayout['columns'], width: number): PLine {
  const parts = [plural(total, 'row', 'rows')];
  if (rows.first > 0 || rows.end < total) parts.push(`showing ${rows.first + 1}–${rows.end}`);
  if (cols.first > 0 || cols.end < cols.of) parts.push(`columns ${cols.first + 1}–${cols.end} of ${cols.of}`);
  const text = parts.filter((p) => p !== '').join(' · ');
  return [{ text: truncate(text, width), roles: MUTED }];
}

/**
 * The table for `state`'s window in `width` × `height`. Columns are sized to their content, the
 * widest squeezed first when the table does not fit; when even that is too wide, the window
 * shows the columns that fit from `state.col` on and the count line says which.
 */
export function layoutResultTable(result: QueryResult, state: ResultTableState, options: TableLayoutOptions): TableLayout {
  const width = Math.max(1, Math.floor(options.width));
  const total = result.rows.length;
  const ncols = result.columns.length;
  if (ncols === 0) {
    return {
      lines: [[{ text: truncate('The statement returned no columns.', width), roles: MUTED }]],
      limits: { maxRow: 0, pageRows: 1, maxCol: 0 },
      columns: { first: 0, end: 0, of: 0 },
      rows: { first: 0, end: 0, of: total },
    };
  }
  const natural = naturalWidths(result, width);
  const gaps = GAP.length * (ncols - 1);
  const right = result.columns.map((c, i) => isNumericColumn(c, result.rows, i));
  // Numbers and times are not cut while text can give up room instead: a cut time or amount misleads.
  const kept = result.columns.map((c, i) => right[i] === true || TIME_TYPE.test(c.type.trim()));
  const floor = (least: number, keep: boolean): number[] =>
    natural.map((w, i) => (keep && kept[i] ? w : Math.min(w, Math.max(least, Math.min(displayWidth(result.columns[i]?.name ?? ''), 24)))));
  const fits = (min: readonly number[]): boolean => min.reduce((a, b) => a + b, 0) + gaps <= width;
  const tiers = options.scroll === false ? [floor(MIN_CELL, true), floor(HARD_MIN_CELL, true), floor(HARD_MIN_CELL, false)] : [floor(MIN_CELL, true), floor(HARD_MIN_CELL, true)];
  const minimum = tiers.find(fits) ?? (tiers[tiers.length - 1] as number[]);
  const squeezable = fits(minimum);
  // Everything fits once the widest columns give up some room: no horizontal scrolling.
  const widths = squeezable ? fitColumns(natural, minimum, width - gaps) : natural;
  const maxCol = squeezable ? 0 : lastStart(widths, width);
  const first = clamp(state.col, maxCol);
  const end = squeezable ? ncols : fitFrom(widths, first, width);
  const shownWidths = widths.slice(first, end).map((w) => Math.min(w, width));

  const pageRows = options.height === undefined ? Math.max(1, Math.min(total, options.maxRows ?? total)) : Math.max(1, options.height - 3);
  const maxRow = options.height === undefined ? 0 : Math.max(0, total - pageRows);
  const top = options.height === undefined ? 0 : clamp(state.row, maxRow);
  const bottom = Math.min(total, top + pageRows);

  const join = (cells: PSeg[][]): PLine => {
    const line: PSeg[] = [];
    cells.forEach((segs, i) => {
      if (i > 0) line.push({ text: GAP });
      line.push(...segs);
    });
    return line;
  };
  const header = join(
    shownWidths.map((w, k) => {
      const name = truncate(result.columns[first + k]?.name ?? '', w, CELL_CUT);
      return [{ text: right[first + k] ? padStart(name, w) : padEnd(name, w), roles: HEADER }];
    }),
  );
  const rule: PLine = [{ text: shownWidths.map((w) => '─'.repeat(w)).join(GAP), roles: BORDER }];
  const lines: PLine[] = [header, rule];
  for (let r = top; r < bottom; r++) {
    const row = result.rows[r] ?? [];
    lines.push(join(shownWidths.map((w, k) => cellSegs(row[first + k], w, right[first + k] === true))));
  }
  const layout: TableLayout = {
    lines,
    limits: { maxRow, pageRows, maxCol },
    columns: { first, end, of: ncols },
    rows: { first: top, end: bottom, of: total },
  };
  lines.push(countLine(total, layout.rows, layout.columns, width));
  return layout;
}
