import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/screens/App';
import { preloadScreens } from '../../../src/screens/lazy';
import { registry } from '../../../src/screens/registry';
import { SessionContext } from '../../../src/screens/session';
import { SystemTablesContext } from '../../../src/screens/sql/open-tables';
import { resetSqlHistory, SAMPLE_QUERY } from '../../../src/screens/sql/SqlScreen';
import { createTheme, ThemeContext } from '../../../src/screens/theme';
import { TABLES } from '../../../src/sql/tables';
import { SqlError, type QueryResult, type SystemTables } from '../../../src/sql/types';
import { memorySession } from '../../support/memory-session';
import { FIXTURE_LAB } from '../fixtures/lab';
import { KEY, renderAt, visibleLines, widestLine } from '../helpers';

beforeAll(async () => {
  await preloadScreens(registry);
});

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
  resetSqlHistory();
});

const ctrl = (letter: string): string => String.fromCharCode(letter.charCodeAt(0) - 96);

const RUNS: QueryResult = {
  columns: [
    { name: 'job_id', type: 'VARCHAR' },
    { name: 'run_id', type: 'VARCHAR' },
    { name: 'result_state', type: 'VARCHAR' },
    { name: 'period_start_time', type: 'TIMESTAMP' },
    { name: 'period_end_time', type: 'TIMESTAMP' },
    { name: 'run_duration_seconds', type: 'BIGINT' },
  ],
  rows: Array.from({ length: 30 }, (_, i) => [
    '684213977150577',
    String(400000087977724 - i),
    i % 4 === 0 ? 'FAILED' : 'SUCCEEDED',
    `2026-12-${String(30 - i).padStart(2, '0')} 02:00:18`,
    `2026-12-${String(30 - i).padStart(2, '0')} 02:14:36`,
    858 + i,
  ]),
  notes: [],
};

const LONG_NOTE =
  "start_time/end_time are the lab's simplified columns: the real job_run_timeline has period_start_time/period_end_time, one row per hourly slice of a run.";

/** Answers every query with RUNS, except text containing SELEC without T (a typo) and ONE. */
class Tables implements SystemTables {
  readonly queries: string[] = [];
  async query(sql: string): Promise<QueryResult> {
    this.queries.push(sql);
    if (/\bSELEC\b/.test(sql)) throw new SqlError('Parser Error: syntax error at or near "SELEC"\nLINE 1: SELEC 1');
    if (/\bLONGNOTE\b/.test(sql)) return { columns: [{ name: 'one', type: 'INTEGER' }], rows: [[1]], notes: [LONG_NOTE] };
    if (/\bONE\b/.test(sql)) return { columns: [{ name: 'one', type: 'INTEGER' }], rows: [[1]], notes: ['a note from the engine'] };
    return RUNS;
  }
  async close(): Promise<void> {}
}

function mount(size: { columns: number; rows: number } = { columns: 80, rows: 24 }) {
  const tables = new Tables();
  const open = vi.fn(async () => tables);
  const memory = memorySession({ lab: FIXTURE_LAB });
  const r = renderAt(
    <ThemeContext.Provider value={createTheme({ noColor: false })}>
      <SessionContext.Provider value={memory.session}>
        <SystemTablesContext.Provider value={open}>
          <App lab={FIXTURE_LAB} initial={{ name: 'sql' }} onExit={vi.fn()} />
        </SystemTablesContext.Provider>
      </SessionContext.Provider>
    </ThemeContext.Provider>,
    size,
  );
  mounted.push(r.unmount);
  return { ...r, tables, open };
}

const fits = (frame: string): void => {
  expect(widestLine(frame)).toBeLessThanOrEqual(80);
  expect(visibleLines(frame).length).toBeLessThanOrEqual(24);
};

describe('the SQL screen at 80x24', () => {
  it('opens on a sample query without loading the engine; Ctrl+R runs it and shows the rows', async () => {
    const m = mount();
    const first = await m.waitFor('Ctrl+R run');
    expect(first).toContain('FROM system.lakeflow.job_run_timeline');
    expect(m.open).not.toHaveBeenCalled();
    fits(first);
    await m.press(ctrl('r'));
    const frame = await m.waitFor('30 rows · showing 1–');
    expect(m.tables.queries).toEqual([SAMPLE_QUERY]);
    expect(frame).toMatch(/job_id\s+run_id\s+result_state\s+period_start_time/);
    // Six columns do not fit 80: the first four show, → brings the others.
    expect(frame).toContain('684213977150577');
    expect(frame).toContain('columns 1–4 of 6');
    fits(frame);
  });

  it('nothing is cut at 80 columns: the idle hint and a long note wrap, whole', async () => {
    const m = mount();
    const first = await m.waitFor('Ctrl+R run');
    const flat = (frame: string): string => visibleLines(frame).map((l) => l.trim()).join(' ');
    expect(flat(first)).toContain('Ctrl+R runs the query. Tab moves to the rows, then to the tables and their columns.');
    expect(first).not.toMatch(/…\s*$/m);
    fits(first);
    await m.press(ctrl('u'), KEY.up, KEY.up, KEY.up, ctrl('a'));
    for (let i = 0; i < 8; i++) await m.press(ctrl('k'));
    for (const ch of 'SELECT LONGNOTE') await m.press(ch);
    await m.press(ctrl('r'));
    const frame = await m.waitFor('1 row');
    expect(flat(frame)).toContain(`· ${LONG_NOTE}`);
    expect(frame).not.toMatch(/…\s*$/m);
    fits(frame);
  });

  it('Ctrl+X runs the query too, as it does on Task 7 and in the SQL lab', async () => {
    const m = mount();
    await m.waitFor('Ctrl+R run');
    await m.press(ctrl('x'));
    await m.waitFor('30 rows · showing 1–');
    expect(m.tables.queries).toEqual([SAMPLE_QUERY]);
  });

  it('letters are text in the editor (q does not quit); an engine error is one line', async () => {
    const m = mount();
    await m.waitFor('Ctrl+R run');
    await m.press(ctrl('u'), KEY.up, KEY.up, KEY.up, ctrl('a'));
    // Clear the sample query line by line (Ctrl+K at a line end joins the next one).
    for (let i = 0; i < 8; i++) await m.press(ctrl('k'));
    for (const ch of 'SELEC q') await m.press(ch);
    await m.waitFor('SELEC q');
    await m.press(ctrl('r'));
    const frame = await m.waitFor('✗ Parser Error: syntax error at or near "SELEC"');
    expect(frame).not.toContain('LINE 1');
    expect(frame).toContain('✗ error');
    fits(frame);
  });

  it('Tab moves to the rows: ↓ and → scroll them; Esc from the editor goes there too', async () => {
    const m = mount();
    await m.waitFor('Ctrl+R run');
    await m.press(ctrl('r'));
    await m.waitFor('30 rows · showing 1–');
    await m.press(KEY.esc);
    await m.waitFor('↑↓ rows');
    await m.press(KEY.down, KEY.down);
    await m.waitFor('30 rows · showing 3–');
    await m.press(KEY.right);
    const frame = await m.waitFor('columns 2–');
    expect(frame).not.toMatch(/^job_id/m);
    fits(frame);
    // Enter goes back into the editor; Esc twice leaves the screen (the App's back).
    await m.press(KEY.enter);
    await m.waitFor('Esc leave');
    await m.press(KEY.esc, KEY.esc);
    await m.waitFor('Workshop');
  });

  it('Ctrl+P brings back the previous query, Ctrl+N the one being typed', async () => {
    const m = mount();
    await m.waitFor('Ctrl+R run');
    await m.press(ctrl('r'));
    await m.waitFor('30 rows');
    await m.press(ctrl('u'));
    for (let i = 0; i < 8; i++) await m.press(KEY.up, ctrl('k'), ctrl('u'));
    for (const ch of 'SELECT 1 AS ONE') await m.press(ch);
    await m.press(ctrl('r'));
    await m.waitFor('a note from the engine');
    await m.press(ctrl('p'));
    await m.waitFor('FROM system.lakeflow.job_run_timeline');
    await m.press(ctrl('n'));
    const frame = await m.waitFor('SELECT 1 AS ONE');
    expect(frame).not.toContain('FROM system.lakeflow.job_run_timeline');
  });

  it('the third pane lists the tables and their columns; Enter puts the name into the query', async () => {
    const m = mount();
    await m.waitFor('Ctrl+R run');
    await m.press(KEY.tab, KEY.tab);
    const frame = await m.waitFor('system.lakeflow.jobs');
    expect(frame).toContain('── Tables');
    fits(frame);
    await m.press(KEY.down);
    await m.waitFor('the account');
    await m.press(KEY.enter);
    await m.waitFor('ORDER BY period_start_time DESC account_id');
  });

  it('on a wide terminal the tables stay beside the editor and the rows', async () => {
    const m = mount({ columns: 120, rows: 30 });
    const first = await m.waitFor('system.lakeflow.jobs');
    expect(first).toContain('── Tables');
    expect(first).toContain('── Result');
    await m.press(ctrl('r'));
    const frame = await m.waitFor('30 rows · showing 1–');
    expect(frame).toContain('system.lakeflow.jobs');
    // The selected table's description is whole in the narrow side pane, over as many rows as it needs.
    const side = visibleLines(frame).map((l) => l.slice(120 - 34).trim()).filter((l) => l !== '').join(' ');
    expect(side).toContain(TABLES[0]!.doc);
    expect(TABLES[0]!.doc!.length).toBeGreaterThan(2 * 34);
    expect(widestLine(frame)).toBeLessThanOrEqual(120);
    expect(visibleLines(frame).length).toBeLessThanOrEqual(30);
  });
});
