// The plain-text table, CSV and JSON of a result. Pure.
import { describe, expect, it } from 'vitest';
import { cellText, fitColumns, renderCsv, renderJson, renderTable } from '../../src/sql/render';
import { displayWidth } from '../../src/text/width';

const result = (names: string[], types: string[], rows: Array<Array<string | number | boolean | null>>) => ({
  columns: names.map((name, i) => ({ name, type: types[i] ?? 'VARCHAR' })),
  rows,
});

describe('renderTable', () => {
  it('aligns text left and numbers right, shows null, counts rows', () => {
    const text = renderTable(result(['name', 'n'], ['VARCHAR', 'BIGINT'], [['a', 1], ['bcd', 100], [null, null]]), 80);
    expect(text).toBe(['name     n', '----  ----', 'a        1', 'bcd    100', 'null  null', '(3 rows)', ''].join('\n'));
  });

  it('fits the width: long ids keep their end, then the widest columns are cut', () => {
    const ids = result(['job_id', 'run_id', 'result_state', 'start_time', 'end_time'], [], [['684213977150577', '400000087685560', 'FAILED', '2026-12-02 02:00:36', '2026-12-02 02:10:41']]);
    const lines = renderTable(ids, 80).split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(lines[2]).toContain('…3977150577');
    expect(lines[2]).toContain('2026-12-02 02:00:36');
    expect(fitColumns(['a', 'b'], [['x'.repeat(50), 'y'.repeat(50)]], 40)).toEqual([19, 19]);
  });

  it('prints one block per row when the columns cannot all be read side by side', () => {
    const names = Array.from({ length: 12 }, (_, i) => `column_${i}`);
    const text = renderTable(result(names, [], [names.map((n) => `value of ${n}`)]), 80);
    expect(text.split('\n')[0]).toMatch(/^-\[ row 1 \]-+$/);
    expect(text).toContain('column_11  value of column_11');
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('shows control characters and bidi overrides inert, in values and names', () => {
    expect(cellText('a\x1b[2Jb\u202ec\nd\te')).toBe('a\\x1b[2Jb\\u202ec⏎d e');
    const text = renderTable(result(['x\x07'], [], [['\x1b]0;title\x07']]), 80);
    expect([...text].filter((c) => c !== '\n' && (c.codePointAt(0) as number) < 0x20)).toEqual([]);
    expect(text).toContain('\\x1b]0;title\\x07');
  });
});

describe('renderCsv and renderJson', () => {
  it('keep values exact: CSV quotes what needs it, JSON keeps types and nulls', () => {
    const r = result(['a', 'b'], ['VARCHAR', 'DOUBLE'], [['x,"y"\n', 1.5], [null, null]]);
    expect(renderCsv(r)).toBe('a,b\r\n"x,""y""\n",1.5\r\n,\r\n');
    expect(JSON.parse(renderJson(r))).toEqual([{ a: 'x,"y"\n', b: 1.5 }, { a: null, b: null }]);
  });
});
