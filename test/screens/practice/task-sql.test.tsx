import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAB08 } from '../../../src/lessons';
import type { PracticeTask } from '../../../src/lessons/types';
import { PracticeTaskView } from '../../../src/screens/practice/task/PracticeTaskView';
import { SystemTablesContext, type OpenTables } from '../../../src/screens/sql/open-tables';
import { createTheme, ThemeContext } from '../../../src/screens/theme';
import { FakeTables } from '../../support/fake-tables';

const KEY = { tab: '\t', esc: '\u001B', ctrlR: '\u0012', ctrlX: '\u0018' };
// eslint-disable-next-line no-control-regex
const strip = (s: string): string => s.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');
const flat = (frame: string): string =>
  frame
    .split('\n')
    .map((l) => l.slice(0, 78).trimEnd())
    .join(' ')
    .replace(/\s+/g, ' ');

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((r) => setImmediate(r));
}

function mount(n: number, open: OpenTables, height = 90) {
  const task = LAB08.practice.tasks.find((t) => t.number === n) as PracticeTask;
  const r = render(
    <ThemeContext.Provider value={createTheme({ noColor: false })}>
      <SystemTablesContext.Provider value={open}>
        <PracticeTaskView task={task} onChange={vi.fn()} onCheck={vi.fn()} onHint={vi.fn()} onReveal={vi.fn()} onBack={vi.fn()} width={80} height={height} taskCount={8} />
      </SystemTablesContext.Provider>
    </ThemeContext.Provider>,
  );
  mounted.push(r.unmount);
  const frame = (): string => strip(r.lastFrame() ?? '');
  return {
    frame,
    async press(...keys: string[]): Promise<void> {
      for (const k of keys) {
        r.stdin.write(k);
        await settle();
      }
    },
    async waitFor(text: string): Promise<string> {
      await vi.waitFor(
        () => {
          if (!flat(frame()).includes(text)) throw new Error(`no ${JSON.stringify(text)} in:\n${frame()}`);
        },
        { timeout: 2000, interval: 5 },
      );
      return frame();
    },
  };
}

async function fill(m: ReturnType<typeof mount>, answers: readonly string[]): Promise<void> {
  for (const a of answers) await m.press(KEY.tab, a);
}

describe('task 7: the query runs on the system tables', () => {
  it('Ctrl+X shows "running", then the rows in a table within 80 columns and the query for the real columns', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const tables = new FakeTables(undefined, gate);
    const open = vi.fn(async () => tables);
    const m = mount(7, open);
    await fill(m, ['FAILED', '7']);
    expect(open).not.toHaveBeenCalled();
    await m.press(KEY.ctrlX);
    await m.waitFor('Running…');
    expect(open).toHaveBeenCalledTimes(1);
    release();
    const frame = await m.waitFor("Same rows as the lab's reference query (2).");
    const lines = frame.split('\n');
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(80);
    expect(lines.some((l) => /^job_id\s+run_id\s+result_state\s+start_time\s+end_time/.test(l))).toBe(true);
    expect(lines.some((l) => /^11\s+1001\s+FAILED\s+2026-12-01 12:00:00/.test(l))).toBe(true);
    expect(flat(frame)).toContain('2 rows');
    expect(flat(frame)).toContain('The real system.lakeflow.job_run_timeline has no start_time or end_time: start_time is period_start_time, end_time is period_end_time.');
    expect(frame).toContain('│   AND period_start_time >= current_date() - INTERVAL 7 DAYS');
    expect(frame).toContain('│ ORDER BY period_start_time DESC');
  });

  it("'failed' passes the notebook; the rows then say why it would be wrong on Databricks, under PASSED", async () => {
    const m = mount(7, async () => new FakeTables());
    await fill(m, ['failed', '7']);
    expect(m.frame()).toContain('Ctrl+X query');
    await m.press(KEY.ctrlR);
    await m.waitFor('Task 7 PASSED');
    // Before the query runs: the caution read from the text, and how to see the rows.
    expect(flat(m.frame())).toContain("! On Databricks result_state = 'failed' finds no runs");
    expect(flat(m.frame())).toContain('x runs the query on the system tables');
    await m.press(KEY.ctrlX);
    const frame = await m.waitFor('But on the system tables your query does not return what the task asks for:');
    const text = flat(frame);
    expect(text).toContain('Task 7 PASSED: System table query is correct');
    expect(text).toContain("On these tables your query matches no row at all; the lab's reference query returns 2 rows.");
    expect(text).toContain("No row has result_state = 'failed': the table spells it FAILED (upper case)");
    // The text-based caution gives way to what the rows showed.
    expect(text).not.toContain("! On Databricks result_state = 'failed' finds no runs");
    expect(frame).toContain('✓ passed');
  });

  it('INTERVAL 17 DAYS: the runs from before the week are named under PASSED', async () => {
    const m = mount(7, async () => new FakeTables());
    await fill(m, ['FAILED', '17']);
    await m.press(KEY.ctrlR, KEY.ctrlX);
    const frame = await m.waitFor('of your rows started before 2026-11-26');
    expect(flat(frame)).toContain('Task 7 PASSED');
    expect(flat(frame)).toContain('outside the last 7 days the task asks for');
  });

  it('in command mode x runs it; an engine that cannot load is one line', async () => {
    const m = mount(7, async () => {
      throw new Error('Cannot find module @duckdb/node-api\n    at stack line');
    });
    await fill(m, ['FAILED', '7']);
    await m.press(KEY.esc, 'x');
    const frame = await m.waitFor('The SQL engine could not run the query: Cannot find module @duckdb/node-api');
    expect(frame).not.toContain('stack line');
  });

  it('a task without SQL offers no query key', async () => {
    const open = vi.fn(async () => new FakeTables());
    const m = mount(3, open, 40);
    await m.press(KEY.tab);
    expect(m.frame()).not.toMatch(/(Ctrl\+X|\bx) query/);
    await m.press(KEY.esc, 'x');
    expect(open).not.toHaveBeenCalled();
    expect(m.frame()).not.toMatch(/(Ctrl\+X|\bx) query/);
  });
});
