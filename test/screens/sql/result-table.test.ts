import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/sql/types';
import {
  cellText,
  isNumericColumn,
  layoutResultTable,
  MAX_CELL,
  resultTableReducer,
  TABLE_START,
  type ResultTableState,
  type TableLayout,
} from '../../../src/screens/sql/result-table';
import { lineText } from '../../../src/screens/markdown/lines';
import { displayWidth } from '../../../src/text/width';

const text = (layout: TableLayout): string[] => layout.lines.map((l) => lineText(l));

const RUNS: QueryResult = {
  columns: [
    { name: 'job_id', type: 'BIGINT' },
    { name: 'run_id', type: 'BIGINT' },
    { name: 'result_state', type: 'VARCHAR' },
    { name: 'period_start_time', type: 'TIMESTAMP' },
  ],
  rows: [
    [101, 90001, 'FAILED', '2026-12-01 06:00:00'],
    [7, 5, null, '2026-11-30 06:00:00'],
    [102, 90002, 'NULL', '2026-11-29 06:00:00'],
  ],
  notes: [],
};

function wide(columns: number, rows: number, cell = 'x'.repeat(18)): QueryResult {
  return {
    columns: Array.from({ length: columns }, (_, i) => ({ name: `column_${i + 1}`, type: 'VARCHAR' })),
    rows: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => `${cell}${r}-${c}`)),
    notes: [],
  };
}

describe('layoutResultTable', () => {
  it('draws a header, a rule, the rows and the count, each line within the width', () => {
    const layout = layoutResultTable(RUNS, TABLE_START, { width: 80, height: 20 });
    const lines = text(layout);
    expect(lines[0]).toMatch(/^job_id {2}run_id {2}result_state {2}period_start_time/);
    expect(lines[1]).toMatch(/^─+ {2}─+/);
    expect(lines.at(-1)).toBe('3 rows');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    expect(layout.columns).toEqual({ first: 0, end: 4, of: 4 });
  });

  it('aligns numbers right and text left, headers with their column', () => {
    const lines = text(layoutResultTable(RUNS, TABLE_START, { width: 80, height: 20 }));
    // job_id is 6 wide: 101 and 7 end in the same column.
    expect(lines[2]?.startsWith('   101')).toBe(true);
    expect(lines[3]?.startsWith('     7')).toBe(true);
    expect(lines[2]).toContain('FAILED      ');
  });

  it('draws NULL muted and italic, and the string "NULL" as plain text', () => {
    const layout = layoutResultTable(RUNS, TABLE_START, { width: 80, height: 20 });
    const nullSeg = layout.lines[3]?.find((s) => s.text.trim() === 'NULL');
    const stringSeg = layout.lines[4]?.find((s) => s.text.trim() === 'NULL');
    expect(nullSeg?.roles).toEqual(['muted', 'italic']);
    expect(stringSeg?.roles).toBeUndefined();
  });

  it('squeezes the widest column and cuts its cells with a muted mark when that makes it fit', () => {
    const result: QueryResult = {
      columns: [
        { name: 'id', type: 'INTEGER' },
        { name: 'note', type: 'VARCHAR' },
      ],
      rows: [[1, 'a'.repeat(60)]],
      notes: [],
    };
    const layout = layoutResultTable(result, TABLE_START, { width: 30, height: 10 });
    const lines = text(layout);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(30);
    expect(lines[2]).toMatch(/a…$/);
    expect(layout.lines[2]?.at(-1)).toEqual({ text: '…', roles: ['muted'] });
    expect(layout.limits.maxCol).toBe(0);
  });

  it('keeps times and numbers whole and cuts long digit ids at their start, where ids are alike', () => {
    const result: QueryResult = {
      columns: [
        { name: 'job_id', type: 'VARCHAR' },
        { name: 'run_id', type: 'VARCHAR' },
        { name: 'result_state', type: 'VARCHAR' },
        { name: 'start_time', type: 'TIMESTAMP' },
        { name: 'end_time', type: 'TIMESTAMP' },
      ],
      rows: [['684213977150577', '400000087977724', 'FAILED', '2026-12-03 02:00:18', '2026-12-03 02:14:36']],
      notes: [],
    };
    const layout = layoutResultTable(result, TABLE_START, { width: 78, maxRows: 5, scroll: false });
    const row = text(layout)[2] ?? '';
    expect(row).toBe('…977150577  …087977724  FAILED        2026-12-03 02:00:18  2026-12-03 02:14:36');
    expect(layout.lines[2]?.[0]).toEqual({ text: '…', roles: ['muted'] });
    expect(layout.columns).toEqual({ first: 0, end: 5, of: 5 });
  });

  it('never makes a column wider than MAX_CELL', () => {
    const result: QueryResult = { columns: [{ name: 'q', type: 'VARCHAR' }], rows: [['b'.repeat(200)]], notes: [] };
    const lines = text(layoutResultTable(result, TABLE_START, { width: 200, height: 10 }));
    expect(displayWidth(lines[2] ?? '')).toBe(MAX_CELL);
  });

  it('measures by display width: CJK takes two columns', () => {
    const result: QueryResult = { columns: [{ name: 'name', type: 'VARCHAR' }, { name: 'n', type: 'INTEGER' }], rows: [['東京', 1], ['ab', 22]], notes: [] };
    const lines = text(layoutResultTable(result, TABLE_START, { width: 40, height: 10 }));
    expect(displayWidth(lines[2] ?? '')).toBe(displayWidth(lines[3] ?? ''));
  });

  it('scrolls columns when even squeezed columns do not fit, and says which columns are shown', () => {
    const result = wide(8, 3);
    const first = layoutResultTable(result, TABLE_START, { width: 80, height: 10 });
    expect(first.columns.first).toBe(0);
    expect(first.columns.end).toBeLessThan(8);
    expect(first.limits.maxCol).toBeGreaterThan(0);
    expect(text(first).at(-1)).toBe(`3 rows · columns 1–${first.columns.end} of 8`);
    const moved = resultTableReducer(TABLE_START, { type: 'right' }, first.limits);
    expect(moved.col).toBe(1);
    const second = layoutResultTable(result, moved, { width: 80, height: 10 });
    expect(text(second)[0]).toMatch(/^column_2/);
    // Far right: the last column is on screen and right does nothing more.
    let s: ResultTableState = TABLE_START;
    for (let i = 0; i < 20; i++) s = resultTableReducer(s, { type: 'right' }, first.limits);
    const last = layoutResultTable(result, s, { width: 80, height: 10 });
    expect(last.columns.end).toBe(8);
    for (const l of text(last)) expect(displayWidth(l)).toBeLessThanOrEqual(80);
  });

  it('shows a window of rows when they do not fit the height', () => {
    const result = wide(2, 30, 'r');
    const layout = layoutResultTable(result, { row: 5, col: 0 }, { width: 80, height: 10 });
    expect(layout.lines).toHaveLength(10);
    expect(text(layout)[2]).toContain('r5-0');
    expect(text(layout).at(-1)).toBe('30 rows · showing 6–12');
    expect(layout.limits).toMatchObject({ pageRows: 7, maxRow: 23 });
  });

  it('without a height draws every row up to maxRows and counts the rest', () => {
    const layout = layoutResultTable(wide(2, 30, 'r'), TABLE_START, { width: 80, maxRows: 10 });
    expect(layout.lines).toHaveLength(13);
    expect(text(layout).at(-1)).toBe('30 rows · showing 1–10');
  });

  it('says 0 rows under the header of an empty result, and explains a result without columns', () => {
    expect(text(layoutResultTable({ ...RUNS, rows: [] }, TABLE_START, { width: 80, height: 10 })).at(-1)).toBe('0 rows');
    expect(text(layoutResultTable({ columns: [], rows: [], notes: [] }, TABLE_START, { width: 80, height: 10 }))).toEqual([
      'The statement returned no columns.',
    ]);
  });

  it('fits a very narrow width', () => {
    for (const width of [1, 5, 12]) {
      for (const l of text(layoutResultTable(wide(3, 2), TABLE_START, { width, height: 6 }))) expect(displayWidth(l)).toBeLessThanOrEqual(width);
    }
  });
});

describe('cellText', () => {
  it('shows control characters as escapes so a value cannot drive the terminal', () => {
    expect(cellText('a\nb\tc\u001b[31m')).toBe('a\\nb\\tc\\x1b[31m');
    expect(cellText(null)).toBe('NULL');
    expect(cellText(true)).toBe('true');
    expect(cellText(2.5)).toBe('2.5');
  });
});

describe('isNumericColumn', () => {
  it('takes the engine type, or values that are all numbers', () => {
    expect(isNumericColumn({ name: 'a', type: 'DECIMAL(10,2)' }, [], 0)).toBe(true);
    expect(isNumericColumn({ name: 'a', type: 'HUGEINT' }, [], 0)).toBe(true);
    expect(isNumericColumn({ name: 'a', type: 'VARCHAR' }, [['x']], 0)).toBe(false);
    expect(isNumericColumn({ name: 'a', type: '' }, [[null], [3]], 0)).toBe(true);
  });
});

describe('resultTableReducer', () => {
  const limits = { maxRow: 20, pageRows: 8, maxCol: 3 };
  it('moves within the limits and pages keeping one row', () => {
    let s = resultTableReducer(TABLE_START, { type: 'up' }, limits);
    expect(s).toBe(TABLE_START);
    s = resultTableReducer(s, { type: 'pageDown' }, limits);
    expect(s.row).toBe(7);
    s = resultTableReducer(s, { type: 'bottom' }, limits);
    expect(s.row).toBe(20);
    s = resultTableReducer(s, { type: 'down' }, limits);
    expect(s.row).toBe(20);
    s = resultTableReducer(s, { type: 'left' }, limits);
    expect(s.col).toBe(0);
    s = resultTableReducer(s, { type: 'right' }, limits);
    expect(s).toEqual({ row: 20, col: 1 });
    s = resultTableReducer(s, { type: 'top' }, limits);
    expect(s).toEqual({ row: 0, col: 1 });
    expect(resultTableReducer(s, { type: 'reset' }, limits)).toBe(TABLE_START);
    expect(resultTableReducer({ row: 50, col: 9 }, { type: 'clamp' }, limits)).toEqual({ row: 20, col: 3 });
  });
});
