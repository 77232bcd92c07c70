import { describe, expect, it } from 'vitest';
import { createHistory, historyReducer, historyText, HISTORY_KEEP } from '../../../src/screens/sql/query-history';
import { errorLine, RUN_IDLE, runReducer, type RunState } from '../../../src/screens/sql/run-state';
import { schemaItems, schemaLines, schemaReducer, shortType } from '../../../src/screens/sql/schema-list';
import { lineText } from '../../../src/screens/markdown/lines';
import { displayWidth } from '../../../src/text/width';

describe('historyReducer', () => {
  it('walks back from the draft and forward to it again, skipping the query still in the editor', () => {
    let h = createHistory();
    expect(historyReducer(h, { type: 'prev', current: 'x' })).toBe(h);
    h = historyReducer(h, { type: 'add', sql: 'SELECT 1' });
    h = historyReducer(h, { type: 'add', sql: 'SELECT 2\n' });
    h = historyReducer(h, { type: 'add', sql: 'SELECT 2' });
    expect(h.entries).toEqual(['SELECT 1', 'SELECT 2']);
    h = historyReducer(h, { type: 'prev', current: 'SELECT 2' });
    expect(historyText(h)).toBe('SELECT 1');
    expect(historyReducer(h, { type: 'prev', current: '' })).toBe(h);
    h = historyReducer(h, { type: 'next' });
    expect(historyText(h)).toBe('SELECT 2');
    h = historyReducer(h, { type: 'next' });
    expect(h.index).toBeNull();
    expect(historyText(h)).toBe('SELECT 2');
    const typed = historyReducer(h, { type: 'prev', current: 'SELECT 3 -- half typed' });
    expect(historyText(historyReducer(typed, { type: 'next' }))).toBe('SELECT 3 -- half typed');
  });

  it(`keeps the newest ${HISTORY_KEEP} queries and ignores blank ones`, () => {
    let h = createHistory();
    for (let i = 0; i < HISTORY_KEEP + 5; i++) h = historyReducer(h, { type: 'add', sql: `SELECT ${i}` });
    h = historyReducer(h, { type: 'add', sql: '   ' });
    expect(h.entries).toHaveLength(HISTORY_KEEP);
    expect(h.entries[0]).toBe('SELECT 5');
  });
});

describe('runReducer', () => {
  it('drops the answer of a query that is no longer the latest', () => {
    let s: RunState<number> = RUN_IDLE;
    s = runReducer(s, { type: 'start', id: 1, sql: 'a' });
    s = runReducer(s, { type: 'start', id: 2, sql: 'b' });
    expect(runReducer(s, { type: 'finish', id: 1, value: 1 })).toBe(s);
    expect(runReducer(s, { type: 'finish', id: 2, value: 2 })).toEqual({ status: 'done', id: 2, sql: 'b', value: 2 });
    expect(runReducer(s, { type: 'fail', id: 2, message: 'no' })).toEqual({ status: 'error', id: 2, sql: 'b', message: 'no' });
  });

  it('makes an error one line', () => {
    expect(errorLine(new Error('\nBinder Error: column "x" not found\nLINE 1: ...'))).toBe('Binder Error: column "x" not found');
    expect(errorLine('plain')).toBe('plain');
  });
});

describe('the table list', () => {
  const tables = [
    { name: 'system.lakeflow.jobs', doc: 'SCD2', columns: [{ name: 'job_id', type: 'VARCHAR', doc: 'the job' }, { name: 'trigger', type: 'STRUCT(pause_status VARCHAR, schedule STRUCT(x INT))' }] },
    { name: 'system.lakeflow.job_tasks', columns: [{ name: 'depends_on_keys', type: 'VARCHAR[]' }] },
  ];
  it('lists tables then their columns; Enter inserts the full table name or the column name', () => {
    const items = schemaItems(tables);
    expect(items.map((i) => i.insert)).toEqual(['system.lakeflow.jobs', 'job_id', 'trigger', 'system.lakeflow.job_tasks', 'depends_on_keys']);
    expect(schemaReducer(0, { type: 'move', delta: -1 }, items.length)).toBe(0);
    expect(schemaReducer(0, { type: 'page', delta: 1, rows: 10 }, items.length)).toBe(4);
  });

  it('draws a window around the selection within the width, types shortened', () => {
    expect(shortType('STRUCT(a INT)[]')).toBe('STRUCT(…)[]');
    expect(shortType('MAP(VARCHAR, VARCHAR)')).toBe('MAP(…)');
    const items = schemaItems(tables);
    const { lines, top } = schemaLines(items, 4, 20, 2, 0);
    expect(top).toBe(3);
    expect(lines.map(lineText)).toEqual(['  system.lakeflow.j…', '›   depends_on_keys']);
    for (const l of lines) expect(displayWidth(lineText(l))).toBeLessThanOrEqual(20);
  });
});
