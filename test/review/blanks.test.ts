import { describe, expect, it } from 'vitest';
import { checkTask, fillBlanks } from '../../src/checks/engine';
import type { Verdict } from '../../src/checks/types';
import { LAB08 } from '../../src/lessons/lab08';
import type { PracticeTask } from '../../src/lessons/types';
import { blankContext, blankMakers } from '../../src/review/cards/blanks';
import { makeRng } from '../../src/review/rng';
import { havePython, runPython } from '../support/python';
import { FIXTURE_LAB, FIXTURE_TASK, fixtureCheck, realEngineReady } from './fixtures';

describe('blank cards with a fixture lab and check', () => {
  it('one card per blank, keyed by the blank id, choice when the blank has options', () => {
    const { check } = fixtureCheck();
    const makers = blankMakers(FIXTURE_LAB, check);
    expect(makers.map((m) => m.scheduleId)).toEqual(['blank.fx.ingest_reruns', 'blank.fx.repair_is_cheaper']);
    const [first, second] = makers.map((m) => m.make(makeRng(1)));
    expect(first?.kind).toBe('choice');
    expect(second?.kind).toBe('typed');
    expect(first?.topic).toBe('repair');
    expect(first?.blankId).toBe('fx.ingest_reruns');
    expect(first?.prompt).toContain("Will 'ingest' run again during repair?");
    // The whole TODO cell, the other blank filled with its reference answer.
    expect(first?.code).toBe('ingest_reruns = ______  # bool\nrepair_is_cheaper = True  # bool');
  });

  it('runs the learner’s answer with every other blank at its reference answer', () => {
    const { check, calls } = fixtureCheck();
    const card = blankMakers(FIXTURE_LAB, check)[1]?.make(makeRng(1));
    if (!card || card.kind === 'self') throw new Error('answerable card expected');
    card.judge('False');
    expect(calls).toEqual([['False', 'False']]);
    card.judge('True');
    expect(calls[1]).toEqual(['False', 'True']);
  });

  it('the notebook decides, and its assertion message is the why', () => {
    const { check } = fixtureCheck();
    const card = blankMakers(FIXTURE_LAB, check)[0]?.make(makeRng(1));
    if (!card || card.kind === 'self') throw new Error('answerable card expected');
    const wrong = card.judge('True');
    expect(wrong.correct).toBe(false);
    expect(wrong.explanation).toContain('AssertionError: ingest_reruns should be False, got True');
    expect(wrong.expected).toBe('False');
    const right = card.judge('False');
    expect(right.correct).toBe(true);
    expect(right.explanation).toContain('Task 5 PASSED: fixture');
  });

  it('shows an error verdict’s learner message', () => {
    const check = (): Verdict => ({
      outcome: 'error',
      output: [],
      errorType: 'NameError',
      pythonMessage: "name 'Fals' is not defined",
      message: 'Python does not know the name Fals: did you mean False?',
      cell: 'todo',
    });
    const card = blankMakers(FIXTURE_LAB, check)[0]?.make(makeRng(1));
    if (!card || card.kind === 'self') throw new Error('answerable card expected');
    const j = card.judge('Fals');
    expect(j.correct).toBe(false);
    expect(j.explanation).toContain("NameError: name 'Fals' is not defined");
    expect(j.explanation).toContain('did you mean False?');
  });

  it('falls back to the reference text when the engine itself throws', () => {
    const check = (): Verdict => {
      throw new Error('engine down');
    };
    const card = blankMakers(FIXTURE_LAB, check)[1]?.make(makeRng(1));
    if (!card || card.kind === 'self') throw new Error('answerable card expected');
    expect(card.judge(' True ').correct).toBe(true);
    expect(card.judge('False').correct).toBe(false);
    expect(card.judge('False').explanation).toContain('could not run');
  });
});

describe('blank cards for the real lab', () => {
  it('cover every practice blank of LAB08 with its question', () => {
    const makers = blankMakers(LAB08, fixtureCheck().check);
    const blanks = LAB08.practice.tasks.flatMap((t) => t.blanks);
    expect(makers.map((m) => m.blankId)).toEqual(blanks.map((b) => b.id));
    for (const [i, m] of makers.entries()) {
      const card = m.make(makeRng(i));
      expect(card.prompt).toContain(blanks[i]?.question);
      expect(card.code ?? '').toContain('______');
    }
  });

  it('the context line fills the other blanks on the same line', () => {
    const t6 = LAB08.practice.tasks.find((t) => t.number === 6) as PracticeTask;
    const index = t6.blanks.findIndex((b) => b.id === 't6.get_task_key');
    expect(blankContext(t6, index)).toContain('task_values[______]["rows_processed"]');
  });

  it('a cron blank is judged by meaning and says the notebook itself compares the text', () => {
    const t3 = LAB08.practice.tasks.find((t) => t.number === 3) as PracticeTask;
    // A check that behaves like the lab's: exact string comparison.
    const check = (task: PracticeTask, answers: readonly string[]): Verdict => {
      const bad = task.blanks.findIndex((b, i) => b.answer !== answers[i]);
      return bad === -1
        ? { outcome: 'passed', output: ['ok'], message: 'Task 3 PASSED: CRON expressions correct' }
        : { outcome: 'failed', output: [], message: `Expected '${task.blanks[bad]?.answer}', got '${answers[bad]}'` };
    };
    const maker = blankMakers({ ...LAB08, practice: { ...LAB08.practice, tasks: [t3] } }, check).find((m) => m.blankId === 't3.cron_weekdays_8am');
    const card = maker?.make(makeRng(1));
    if (!card || card.kind === 'self') throw new Error('answerable card expected');
    const j = card.judge('0 8 * * MON-FRI');
    expect(j.correct).toBe(true);
    expect(j.explanation).toContain('The notebook itself compares the text');
    const quartz = card.judge('0 0 8 ? * MON-FRI');
    expect(quartz.correct).toBe(true);
    expect(card.judge('0 8 * * 1-5').explanation).not.toContain('compares the text');
    const wrong = card.judge('0 9 * * MON-FRI');
    expect(wrong.correct).toBe(false);
    expect(wrong.explanation).toContain('Not the same schedule');
    expect(card.prompt).toContain('any equivalent form is accepted');
    // The two examples: the Quartz form of hourly, and MON-FRI.
    const hourly = blankMakers({ ...LAB08, practice: { ...LAB08.practice, tasks: [t3] } }, check).find((m) => m.blankId === 't3.cron_hourly')?.make(makeRng(1));
    if (!hourly || hourly.kind === 'self') throw new Error('answerable card expected');
    expect(hourly.judge('0 0 * * * ?').correct).toBe(true);
    expect(hourly.judge('0 0 * * * ?').explanation).toContain('The notebook itself compares the text');
  });

  it.skipIf(!realEngineReady())('with the real checks engine: every reference answer passes, a wrong one fails', () => {
    const makers = blankMakers(LAB08, checkTask);
    for (const m of makers) {
      const card = m.make(makeRng(3));
      if (card.kind === 'self') continue;
      const ref = card.judge('').expected;
      expect(card.judge(ref).correct, m.scheduleId).toBe(true);
    }
    const trigger = makers.find((m) => m.blankId === 't2.trigger_daily_6am')?.make(makeRng(1));
    if (!trigger || trigger.kind === 'self') throw new Error('answerable card expected');
    const wrong = trigger.judge('manual');
    expect(wrong.correct).toBe(false);
    expect(wrong.explanation).toContain('Daily at 6 AM = scheduled trigger, got manual');
  });
});

/**
 * The notebook's verdict from real CPython (independent of the TypeScript interpreter). Starting
 * CPython is slow here, so every case a test needs is run in one batch first, then looked up.
 */
function cpython(cases: Array<[PracticeTask, string[]]>): (task: PracticeTask, answers: readonly string[]) => Verdict {
  const key = (task: PracticeTask, answers: readonly string[]) => `${task.id}\u0000${answers.join('\u0000')}`;
  const results = runPython(cases.map(([task, answers]) => [fillBlanks(task.todoCell, answers), task.verifyCell]));
  const byKey = new Map(cases.map(([task, answers], i) => [key(task, answers), results[i]]));
  return (task, answers) => {
    const result = byKey.get(key(task, answers));
    if (!result) throw new Error(`case not primed: ${task.id} ${JSON.stringify(answers)}`);
    if (!result.error) return { outcome: 'passed', output: result.output, message: result.output[0] ?? '' };
    if (result.error.type === 'AssertionError') return { outcome: 'failed', output: result.output, message: result.error.message };
    return { outcome: 'error', output: result.output, errorType: result.error.type, pythonMessage: result.error.message, message: result.error.message, cell: result.error.cell === 0 ? 'todo' : 'verify' };
  };
}

describe.skipIf(!havePython())('blank cards judged by the lab’s cells under CPython', () => {
  const tasks = LAB08.practice.tasks;
  const withAnswer = (blankId: string, answer: string): [PracticeTask, string[]] => {
    const task = tasks.find((t) => t.blanks.some((b) => b.id === blankId)) as PracticeTask;
    return [task, task.blanks.map((b) => (b.id === blankId ? answer : b.answer))];
  };
  const tried: Array<[string, string]> = [
    ['t1.timeout_minutes', '1800'],
    ['t8.adhoc_analysis', 'job_cluster'],
    ['t5.repair_rerun_tasks', '"build_fact_tables"'],
    ['t5.repair_rerun_tasks', '"send_notification", "generate_report", "build_fact_tables"'],
    ['t4.generate_report', '["build_fact_tables", "build_dim_tables"]'],
    ['t7.result_state', 'failed'],
    ['t1.num_tasks', '1 + 2'],
    ['t1.validate_runs_on_failure', 'false'],
  ];
  const check = havePython()
    ? cpython([...tasks.map((t): [PracticeTask, string[]] => [t, t.blanks.map((b) => b.answer)]), ...tried.map(([id, a]) => withAnswer(id, a))])
    : () => {
        throw new Error('no python');
      };
  const makers = blankMakers(LAB08, check);
  const judge = (id: string, answer: string) => {
    const c = makers.find((m) => m.blankId === id)?.make(makeRng(1));
    if (!c || c.kind === 'self') throw new Error(`no answerable card for ${id}`);
    return c.judge(answer);
  };

  it('every reference answer passes the notebook', () => {
    for (const task of tasks) {
      for (const blank of task.blanks) expect(judge(blank.id, blank.answer).correct, blank.id).toBe(true);
    }
  });

  it('wrong answers fail with the notebook’s own assertion message', () => {
    expect(judge('t1.timeout_minutes', '1800').explanation).toContain('1800 seconds = 30 minutes, got 1800');
    expect(judge('t8.adhoc_analysis', 'job_cluster').explanation).toContain('Ad-hoc analysis -> all-purpose (interactive)');
    const repair = judge('t5.repair_rerun_tasks', '"build_fact_tables"');
    expect(repair.correct).toBe(false);
    expect(repair.explanation).toContain('Repair re-runs the failed task + all downstream');
  });

  it('the notebook, not a string match, decides: equivalent answers pass', () => {
    // Task 5 sorts the list, Task 4 sorts generate_report's deps, Task 7 upper-cases the query.
    expect(judge('t5.repair_rerun_tasks', '"send_notification", "generate_report", "build_fact_tables"').correct).toBe(true);
    expect(judge('t4.generate_report', '["build_fact_tables", "build_dim_tables"]').correct).toBe(true);
    expect(judge('t7.result_state', 'failed').correct).toBe(true);
    expect(judge('t1.num_tasks', '1 + 2').correct).toBe(true);
  });

  it('a Python error is reported, not thrown', () => {
    const j = judge('t1.validate_runs_on_failure', 'false');
    expect(j.correct).toBe(false);
    expect(j.explanation).toContain('NameError');
  });
});

it('fixture task is well formed', () => {
  expect(FIXTURE_TASK.todoCell.split('______').length - 1).toBe(FIXTURE_TASK.blanks.length);
});
