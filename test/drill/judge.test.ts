// The report judged by the real engine: an edited result file is counted by the engine, and a blank
// is wrong only when blame says so (accepted variants such as other quotes or order are not).
import { describe, expect, it } from 'vitest';
import { checkTask } from '../../src/checks/engine';
import { engineJudge } from '../../src/drill/judge';
import { buildReport } from '../../src/drill/report';
import { renderCsv, renderJson, renderText } from '../../src/drill/report-render';
import { LAB08 } from '../../src/lessons/lab08';
import { labResult as result, reference, task } from './lab-results';

const judge = engineJudge(LAB08.practice.tasks);

describe('report with the engine as judge', () => {
  const wrongLast = [...reference(3)];
  wrongLast[3] = '15 * * * *';
  // The Task 4 answers: only send_notification is wrong; the others are the reference in other quotes/order.
  const task4 = ['[]', "['ingest']", "['ingest']", "['build_fact_tables','build_dim_tables']", "['wrong']"];
  const report = buildReport(
    [
      result('Ada', { 3: { answers: reference(3) }, 4: { answers: task4 } }),
      // Mallory edited one line of her file: a failed task now says passed.
      result('Mallory', { 3: { answers: wrongLast, outcome: 'passed' }, 4: { answers: task4 } }),
    ],
    LAB08,
    judge,
  );

  it('counts the engine verdict and marks a learner whose file says otherwise', () => {
    const mallory = report.learnerRows.find((r) => r.learner === 'Mallory')!;
    expect(mallory.altered).toBe(true);
    expect(mallory.tasks.find((t) => t.task === 3)).toMatchObject({ outcome: 'failed', recordedOutcome: 'passed' });
    expect(mallory.passed).toBe(0);
    const ada = report.learnerRows.find((r) => r.learner === 'Ada')!;
    expect(ada.altered).toBe(false);
    expect(ada.tasks.every((t) => t.recordedOutcome === undefined)).toBe(true);
    expect(report.altered).toBe(1);
    expect(report.tasks.find((t) => t.task === 3)).toMatchObject({ passed: 1, failed: 1 });
  });

  it('shows the alteration in text, CSV and JSON', () => {
    expect(renderText(report)).toMatch(/Mallory\s+0\/2 .* finished ALTERED/);
    expect(renderText(report)).toContain('Mallory · task 3: the file says passed, the engine says failed');
    const csv = renderCsv(report).split('\r\n');
    expect(csv[0]).toMatch(/,error_type,altered,recorded_outcome,graded,note$/);
    const rows = csv.filter((line) => line.startsWith('Mallory,'));
    expect(rows.find((line) => /^Mallory,[^,]*,true,finished-early,42,3,/.test(line))).toMatch(/,failed,1,30,.*,true,passed,blanks,$/);
    expect(rows.find((line) => /^Mallory,[^,]*,true,finished-early,42,4,/.test(line))).toMatch(/,true,,blanks,$/);
    const json = JSON.parse(renderJson(report)) as { learners: Array<{ learner: string; altered: boolean; tasks: Array<Record<string, unknown>> }> };
    const m = json.learners.find((l) => l.learner === 'Mallory')!;
    expect(m.altered).toBe(true);
    expect(m.tasks.find((t) => t.task === 3)).toMatchObject({ outcome: 'failed', recordedOutcome: 'passed' });
    expect(m.tasks.find((t) => t.task === 4)).not.toHaveProperty('recordedOutcome');
    expect(json.learners.find((l) => l.learner === 'Ada')!.altered).toBe(false);
  });

  it('lists only the blanks the engine blames, with what the learner was told', () => {
    const t4 = report.tasks.find((t) => t.task === 4)!;
    expect(t4.blanks.map((b) => b.wrongTotal)).toEqual([0, 0, 0, 0, 2]);
    const wrong = t4.blanks[4]!.wrong;
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ answer: "['wrong']", count: 2 });
    const told = checkTask(task(4), [...reference(4).slice(0, 4), "['wrong']"]);
    expect(told.outcome).not.toBe('passed');
    expect(wrong[0]!.explanation[0]).toContain(told.message);
    const t3 = report.tasks.find((t) => t.task === 3)!;
    expect(t3.blanks.map((b) => b.wrongTotal)).toEqual([0, 0, 0, 1]);
    expect(t3.blanks[3]!.wrong[0]).toMatchObject({ answer: '15 * * * *', count: 1 });
  });

  it('judges a file whose answers do not fit the blanks as an error, not a pass', () => {
    const odd = result('Odd', { 1: { answers: reference(1) } });
    odd.result.tasks[0]!.answers = [...reference(1), 'extra'];
    const r = buildReport([odd], LAB08, judge);
    expect(r.learnerRows[0]!.tasks[0]).toMatchObject({ outcome: 'error', recordedOutcome: 'passed' });
    expect(r.learnerRows[0]!.altered).toBe(true);
  });
});
