import { Box } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/sql/types';
import { QueryEditor, useQueryEditor, useQueryEditorInput } from '../../../src/screens/sql/QueryEditor';
import { ResultTable, useResultTable, useResultTableInput } from '../../../src/screens/sql/ResultTable';
import { createTheme, ThemeContext } from '../../../src/screens/theme';
import { hasColourCodes, KEY, renderAt, visibleLines, widestLine } from '../helpers';

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

function Table({ result, width, height, active = true }: { result: QueryResult; width: number; height: number; active?: boolean }) {
  const table = useResultTable(result, { width, height });
  useResultTableInput(table.dispatch, { isActive: active });
  return table.layout ? <ResultTable layout={table.layout} /> : null;
}

const MANY: QueryResult = {
  columns: [
    { name: 'run_id', type: 'BIGINT' },
    { name: 'result_state', type: 'VARCHAR' },
    { name: 'note', type: 'VARCHAR' },
    { name: 'a_long_column_name_one', type: 'VARCHAR' },
    { name: 'a_long_column_name_two', type: 'VARCHAR' },
    { name: 'a_long_column_name_three', type: 'VARCHAR' },
  ],
  rows: Array.from({ length: 40 }, (_, i) => [1000 + i, i % 3 === 0 ? 'FAILED' : 'SUCCEEDED', i === 1 ? null : `row ${i}`, 'x'.repeat(24), 'y'.repeat(24), `last ${i}`]),
  notes: [],
};

function mountTable(props: { width: number; height: number; noColor?: boolean }) {
  const r = renderAt(
    <ThemeContext.Provider value={createTheme({ noColor: props.noColor ?? false })}>
      <Table result={MANY} width={props.width} height={props.height} />
    </ThemeContext.Provider>,
    { columns: props.width, rows: 24 },
  );
  mounted.push(r.unmount);
  return r;
}

describe('<ResultTable> with its input hook', () => {
  it('fits 80 columns and 21 rows, scrolls rows with ↓/PgDn and columns with →', async () => {
    const r = mountTable({ width: 80, height: 21 });
    await r.waitFor('40 rows');
    expect(widestLine(r.frame())).toBeLessThanOrEqual(80);
    expect(visibleLines(r.frame()).filter((l) => l.trim() !== '')).toHaveLength(21);
    expect(r.frame()).toContain('showing 1–18');
    await r.press(KEY.down, 'j');
    await r.waitFor('showing 3–20');
    await r.press(KEY.pageDown);
    await r.waitFor('showing 20–37');
    await r.press('G');
    await r.waitFor('showing 23–40');
    expect(r.frame()).toContain('columns 1–');
    await r.press(KEY.right, KEY.right, KEY.right);
    const frame = await r.waitFor('a_long_column_name_three');
    expect(frame).not.toMatch(/^\s*run_id/m);
    expect(widestLine(frame)).toBeLessThanOrEqual(80);
  });

  it('shows NULL without colour too (NO_COLOR): it is dim and italic, not a plain word', async () => {
    const r = mountTable({ width: 80, height: 21, noColor: true });
    await r.waitFor('NULL');
    expect(hasColourCodes(r.rawFrame())).toBe(false);
  });
});

function Editor({ width, height, initial = '' }: { width: number; height: number; initial?: string }) {
  const editor = useQueryEditor(initial);
  useQueryEditorInput(editor, { isActive: true, page: height });
  return (
    <Box flexDirection="column">
      <QueryEditor state={editor.state} width={width} height={height} focused placeholder="Type a query" />
    </Box>
  );
}

describe('<QueryEditor> with its input hook', () => {
  it('types several lines with Enter, moves between them with ↑, and keeps 80 columns', async () => {
    const r = renderAt(<Editor width={80} height={4} />, { columns: 80, rows: 24 });
    mounted.push(r.unmount);
    await r.waitFor('Type a query');
    for (const ch of 'SELECT *') await r.press(ch);
    await r.press(KEY.enter);
    for (const ch of 'FROM t') await r.press(ch);
    await r.waitFor('FROM t');
    const lines = visibleLines(r.frame());
    expect(lines[0]).toMatch(/^ 1 SELECT \*/);
    expect(lines[1]).toMatch(/^ 2 FROM t/);
    await r.press(KEY.up, 'X');
    // FROM t ends at column 6: the cursor lands after SELECT.
    await r.waitFor('SELECTX *');
  });

  it('takes a bracketed paste as text with its line breaks, never as Enter or commands', async () => {
    const r = renderAt(<Editor width={40} height={3} />, { columns: 40, rows: 24 });
    mounted.push(r.unmount);
    await r.waitFor('Type a query');
    r.stdin.write('\u001b[200~SELECT 1\nFROM q\nWHERE x\n  AND y\u001b[201~');
    const frame = await r.waitFor('AND y');
    // Four lines in a three-row editor: the view follows the cursor to the last one.
    expect(visibleLines(frame).slice(0, 3).map((l) => l.trim())).toEqual(['2 FROM q', '3 WHERE x', '4   AND y']);
  });

  it('scrolls a long line sideways with a cut mark, within the width', async () => {
    const r = renderAt(<Editor width={30} height={2} initial={`SELECT ${'c, '.repeat(30)}d`} />, { columns: 30, rows: 24 });
    mounted.push(r.unmount);
    const frame = await r.waitFor('…');
    expect(widestLine(frame)).toBeLessThanOrEqual(30);
  });
});
