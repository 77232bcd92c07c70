// A query's rows as plain text (a table that fits the terminal), CSV or JSON. Pure: the CLI
// prints what these return, and the screens can lay out rows with `fitColumns`.

import { displayWidth, truncate, truncateStart } from '../text/width';
import type { QueryResult, SqlColumn, SqlValue } from './types';

/** How a value reads in a table cell: NULL as Databricks shows it, numbers without exponent noise. */
export function cellText(value: SqlValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return visible(value);
}

/**
 * One line per cell, and nothing a terminal would obey: a newline shows as ⏎, a tab as a space,
 * other control characters and bidirectional overrides as escapes (\x1b). --json and --csv keep
 * values exact.
 */
export function visible(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r?\n/g, '⏎').replace(/\t/g, ' ')) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) out += `\\u${code.toString(16)}`;
    else out += ch;
  }
  return out;
}

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL.*)$/;

export function isNumericColumn(column: SqlColumn): boolean {
  return NUMERIC.test(column.type);
}

const GAP = 2;
const MIN_COLUMN = 4;
/** Below this many columns of room a table turns into one record per block (see renderTable). */
const READABLE_COLUMN = 10;
/** Ids keep their end when cut (…7269556): their first digits are the same for every run. */
const ID_LIKE = /^\d{6,}$/;
const MIN_ID = 8;

/**
 * Column widths that fit `width` terminal columns (with two spaces between columns): each column
 * as wide as its widest cell; then long numeric ids are cut (to 8, keeping their end), then the
 * widest columns narrowed one at a time (to no less than 4) until the line fits.
 */
export function fitColumns(headers: readonly string[], rows: readonly string[][], width: number, idLike: readonly boolean[] = []): number[] {
  const widths = headers.map((h, i) => rows.reduce((m, r) => Math.max(m, displayWidth(r[i] ?? '')), displayWidth(h)));
  const total = (): number => widths.reduce((a, b) => a + b, 0) + GAP * Math.max(0, widths.length - 1);
  const shrink = (floor: (i: number) => number | undefined): void => {
    while (total() > width) {
      let widest = -1;
      widths.forEach((w, i) => {
        const f = floor(i);
        if (f !== undefined && w > f && (widest === -1 || w > (widths[widest] as number))) widest = i;
      });
      if (widest === -1) return;
      widths[widest] = (widths[widest] as number) - 1;
    }
  };
  shrink((i) => (idLike[i] === true ? Math.max(MIN_ID, displayWidth(headers[i] ?? '')) : undefined));
  shrink(() => MIN_COLUMN);
  return widths;
}

function pad(text: string, width: number, right: boolean, keepEnd: boolean): string {
  const cut = keepEnd ? truncateStart(text, width) : truncate(text, width);
  const space = ' '.repeat(Math.max(0, width - displayWidth(cut)));
  return right ? space + cut : cut + space;
}

/**
 * The rows as an aligned text table no wider than `width`, with a row count under it. When the
 * columns cannot all get a readable width (SELECT * on a wide table), each row is printed as a
 * block of "column  value" lines instead, as psql's expanded display does.
 */
export function renderTable(result: Pick<QueryResult, 'columns' | 'rows'>, width = 80): string {
  const headers = result.columns.map((c) => visible(c.name));
  const cells = result.rows.map((r) => r.map(cellText));
  const n = result.rows.length;
  const count = `(${n} ${n === 1 ? 'row' : 'rows'})`;
  const natural = headers.map((h, i) => cells.reduce((m, r) => Math.max(m, displayWidth(r[i] ?? '')), displayWidth(h)));
  const readable = natural.reduce((a, w) => a + Math.min(w, READABLE_COLUMN), 0) + GAP * Math.max(0, headers.length - 1);
  if (readable > width && headers.length > 1) return `${renderRecords(headers, cells, width).join('\n')}\n${count}\n`;
  const idLike = headers.map((_, i) => cells.length > 0 && cells.every((r) => r[i] === 'null' || ID_LIKE.test(r[i] ?? '')));
  const widths = fitColumns(headers, cells, width, idLike);
  const numeric = result.columns.map(isNumericColumn);
  const line = (values: readonly string[], header = false): string =>
    truncate(values.map((v, i) => pad(v, widths[i] as number, numeric[i] === true, !header && idLike[i] === true)).join(' '.repeat(GAP)).trimEnd(), width);
  const out = [line(headers, true), line(widths.map((w) => '-'.repeat(w)), true), ...cells.map((r) => line(r))];
  out.push(count);
  return `${out.join('\n')}\n`;
}

function renderRecords(headers: readonly string[], cells: readonly string[][], width: number): string[] {
  const nameWidth = Math.min(Math.max(...headers.map(displayWidth)), Math.floor(width / 2));
  const out: string[] = [];
  cells.forEach((row, r) => {
    const title = `-[ row ${r + 1} ]`;
    out.push(title + '-'.repeat(Math.max(0, Math.min(width, 40) - displayWidth(title))));
    headers.forEach((h, i) => {
      out.push(truncate(`${pad(h, nameWidth, false, false)}  ${row[i] ?? ''}`, width));
    });
  });
  return out;
}

function csvField(value: SqlValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: a header line, then one line per row; NULL is an empty field. */
export function renderCsv(result: Pick<QueryResult, 'columns' | 'rows'>): string {
  const lines = [result.columns.map((c) => csvField(c.name)).join(','), ...result.rows.map((r) => r.map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** An array of row objects keyed by column name (a repeated name keeps its first value). */
export function renderJson(result: Pick<QueryResult, 'columns' | 'rows'>): string {
  const rows = result.rows.map((r) => {
    const o: Record<string, SqlValue> = {};
    result.columns.forEach((c, i) => {
      if (!(c.name in o)) o[c.name] = r[i] ?? null;
    });
    return o;
  });
  return `${JSON.stringify(rows, null, 2)}\n`;
}
