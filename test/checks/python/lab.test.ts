import { describe, expect, it } from 'vitest';
import { runCells } from '../../../src/checks/python/index';
import { pythonInfo, runCPython } from './cpython';
import { NOW } from './helpers';
import { LAB_TASKS, fill } from './lab-cells';

const PASS_LINES: Record<number, string> = {
  1: 'Task 1 PASSED: Job configuration understood correctly',
  2: 'Task 2 PASSED: Trigger types matched correctly',
  3: 'Task 3 PASSED: CRON expressions correct',
  4: 'Task 4 PASSED: DAG dependencies correct',
  5: 'Task 5 PASSED: Repair Run behavior understood correctly',
  6: 'Task 6 PASSED: Task value passing works correctly',
  7: 'Task 7 PASSED: System table query is correct',
  8: 'Task 8 PASSED: Cluster type selection correct',
};

describe('LAB 08 Section 2 with the reference answers', () => {
  for (const task of LAB_TASKS) {
    it(`task ${task.number} passes`, () => {
      const r = runCells([fill(task.todo, task.answers), task.verify], { now: NOW });
      expect(r.error).toBeNull();
      expect(r.output[0]).toBe(PASS_LINES[task.number]);
    });
  }

  it('prints the whole DAG for task 4 and the stored values for task 6', () => {
    const t4 = LAB_TASKS[3]!;
    expect(runCells([fill(t4.todo, t4.answers), t4.verify], { now: NOW }).output).toEqual([
      'Task 4 PASSED: DAG dependencies correct',
      '',
      'DAG structure:',
      '  ingest',
      '    +-- build_dim_tables',
      '    +-- build_fact_tables',
      '          +-- generate_report (waits for both)',
      '                +-- send_notification',
    ]);
    const t6 = LAB_TASKS[5]!;
    expect(runCells([fill(t6.todo, t6.answers), t6.verify], { now: NOW }).output).toEqual([
      'Task 6 PASSED: Task value passing works correctly',
      '  rows_processed: 15420',
      '  processing_time: 2026-11-23T22:30:59.123000',
    ]);
  });

  const info = pythonInfo();
  if (!info.available) {
    it.skip(`prints exactly what CPython prints (skipped: ${info.reason})`, () => {});
  } else {
    it('prints exactly what CPython 3.11 prints, for every task', () => {
      const cases = LAB_TASKS.map((t) => [fill(t.todo, t.answers), t.verify]);
      const py = runCPython(cases, NOW);
      cases.forEach((cells, i) => {
        const ours = runCells(cells, { now: NOW });
        expect(py[i]?.errorType).toBeNull();
        expect(ours.output).toEqual(py[i]?.output);
      });
    });
  }
});

describe('LAB 08 Section 2 with typical wrong answers', () => {
  const answer = (n: number, blank: number, text: string): ReturnType<typeof runCells> => {
    const task = LAB_TASKS[n - 1]!;
    const answers = task.answers.slice();
    answers[blank] = text;
    return runCells([fill(task.todo, answers), task.verify], { now: NOW });
  };

  it('reports the lab\'s own assertion messages', () => {
    expect(answer(1, 0, '4').error).toMatchObject({ type: 'AssertionError', message: 'Expected 3 tasks, got 4', cell: 1, line: 2 });
    expect(answer(1, 2, '1800').error).toMatchObject({ message: '1800 seconds = 30 minutes, got 1800' });
    expect(answer(1, 4, 'True').error).toMatchObject({ message: 'Dependent tasks do NOT run if their dependency fails' });
    expect(answer(2, 0, 'schedule').error).toMatchObject({ message: 'Daily at 6 AM = scheduled trigger, got schedule' });
    expect(answer(3, 2, '0 8 * * MON-FRI').error).toMatchObject({ message: "Expected '0 8 * * 1-5', got '0 8 * * MON-FRI'" });
    expect(answer(4, 0, 'None').error).toMatchObject({ type: 'AssertionError', message: 'Ingest has no dependencies', line: 2 });
    expect(answer(5, 0, '"build_fact_tables"').error).toMatchObject({
      message: "Repair re-runs the failed task + all downstream. Expected ['build_fact_tables', 'generate_report', 'send_notification'], got ['build_fact_tables']",
      line: 3,
    });
    expect(answer(7, 1, '14').error).toMatchObject({ message: 'Should look back 7 days' });
    expect(answer(8, 3, 'all_purpose').error).toMatchObject({ message: 'Scheduled ML training -> job cluster (cost-effective)' });
  });

  it('accepts equivalent answers the checks allow', () => {
    expect(answer(1, 2, '1800/60').error).toBeNull();
    expect(answer(1, 2, '1800 // 60').error).toBeNull();
    expect(answer(1, 4, '0').error).toBeNull();
    expect(answer(4, 3, '["build_fact_tables", "build_dim_tables"]').error).toBeNull();
    expect(answer(5, 0, "'send_notification', 'generate_report', 'build_fact_tables'").error).toBeNull();
    expect(answer(7, 0, 'failed').error).toBeNull();
  });

  it('reports Python errors in the cell where they happen', () => {
    expect(answer(1, 0, 'three').error).toMatchObject({ type: 'NameError', message: "name 'three' is not defined", cell: 0, line: 4 });
    expect(answer(1, 0, '______').error).toMatchObject({ type: 'NameError', message: "name '______' is not defined", cell: 0 });
    expect(answer(2, 0, '"scheduled"').error).toMatchObject({ type: 'SyntaxError', message: 'invalid syntax', cell: 0, line: 4 });
    expect(answer(4, 1, '["ingest"').error).toMatchObject({ type: 'SyntaxError', cell: 0 });
    expect(answer(5, 0, '"a", 1').error).toMatchObject({
      type: 'TypeError',
      message: "'<' not supported between instances of 'int' and 'str'",
      cell: 1,
      line: 3,
    });
    expect(answer(6, 2, 'refresh_pipeline').error).toMatchObject({ type: 'NameError', message: "name 'refresh_pipeline' is not defined" });
    expect(answer(6, 3, '"rows"').error).toMatchObject({ type: 'KeyError', message: "'rows'", cell: 0 });
  });

  it('fails a second datetime.now() call, as a real notebook would', () => {
    const r = answer(6, 1, 'datetime.now().isoformat()');
    expect(r.error).toMatchObject({ type: 'AssertionError', message: 'processing_time should match', cell: 1 });
  });
});
