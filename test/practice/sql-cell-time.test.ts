import { describe, expect, it } from 'vitest';
import { fillBlanks } from '../../src/checks/engine';
import { LAB08 } from '../../src/lessons';
import { blankLineIndex, cellLines } from '../../src/practice/cell';
import { isSqlTask, sqlPreview } from '../../src/practice/sql';
import { IDLE_CAP_MS, startClock, takeSeconds, tickClock } from '../../src/practice/time';

const tasks = LAB08.practice.tasks;
const T7 = tasks[6]!;

describe('sqlPreview', () => {
  it('is only for the SQL task', () => {
    expect(tasks.filter(isSqlTask).map((t) => t.number)).toEqual([7]);
    expect(sqlPreview(tasks[0]!, ['', '', '', '', ''])).toBeNull();
  });

  it('shows the query as it will run, with the typed values located', () => {
    const p = sqlPreview(T7, ['FAILED', '7'])!;
    expect(p.text).toBe(
      [
        'SELECT job_id, run_id, result_state, start_time, end_time',
        'FROM system.lakeflow.job_run_timeline',
        "WHERE result_state = 'FAILED'",
        '  AND start_time >= current_date() - INTERVAL 7 DAYS',
        'ORDER BY start_time DESC',
      ].join('\n'),
    );
    const lines = p.text.split('\n');
    expect(p.spans.map((s) => lines[s.line]?.slice(s.start, s.end))).toEqual(['FAILED', '7']);
    expect(p.spans.every((s) => !s.empty)).toBe(true);
    expect(p.issues).toEqual([]);
    // The same text the notebook's string holds.
    expect(fillBlanks(T7.todoCell, ['FAILED', '7'])).toContain(`"""\n${p.text}\n"""`);
  });

  it('keeps a visible placeholder where nothing is typed yet', () => {
    const p = sqlPreview(T7, ['', '7'])!;
    expect(p.text).toContain("result_state = '______'");
    expect(p.spans[0]).toMatchObject({ empty: true, line: 2 });
  });

  it('warns when typed text would end the Python string', () => {
    const p = sqlPreview(T7, ['FAILED"""', '7'])!;
    expect(p.issues).toEqual([
      'result_state: SyntaxError: A string is not closed (blank 1: result_state): unterminated string literal (detected at line 7). A quote typed inside quotes ends the string early.',
    ]);
  });

  it('reads the query through Python: a backslash that is no escape is no issue, one that is gets named', () => {
    expect(sqlPreview(T7, ['FAI\\LED', '7'])!.issues).toEqual([]);
    expect(sqlPreview(T7, ["FAILED'", '7'])!.issues).toEqual([]);
    expect(sqlPreview(T7, ['FAILED\\n', '7'])!.issues).toEqual([
      'result_state: Python reads a backslash as an escape, so the query does not hold FAILED\\n as typed.',
    ]);
  });
});

describe('cellLines', () => {
  it('splits every TODO cell into lines with its blanks in order', () => {
    for (const t of tasks) {
      const lines = cellLines(t.todoCell);
      expect(lines.flatMap((l) => l.blanks)).toEqual(t.blanks.map((_, i) => i));
      const rebuilt = lines.map((l) => l.parts.map((p) => (p.kind === 'text' ? p.text : '______')).join('')).join('\n');
      expect(rebuilt).toBe(t.todoCell);
    }
  });

  it('knows the line of each blank, including two blanks on one line (task 6)', () => {
    const t6 = tasks[5]!;
    const index = blankLineIndex(cellLines(t6.todoCell));
    expect(index[2]).toBe(index[3]);
    expect(t6.todoCell.split('\n')[index[2] as number]).toContain('task_values[______][______]');
  });
});

describe('active time', () => {
  it('counts gaps between keys up to the idle cap, in whole seconds', () => {
    let c = startClock();
    c = tickClock(c, 1_000);
    c = tickClock(c, 3_500);
    c = tickClock(c, 3_500 + 10 * 60_000);
    const [seconds, rest] = takeSeconds(c);
    expect(seconds).toBe(2 + IDLE_CAP_MS / 1000);
    expect(rest.pendingMs).toBe(500);
    expect(takeSeconds(rest)[0]).toBe(0);
  });
});
