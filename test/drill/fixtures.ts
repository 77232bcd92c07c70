// Small stand-ins for the lab and the checks engine, so drill tests do not depend on either.
import type { Verdict } from '../../src/checks/types';
import type { DrillState } from '../../src/drill/drill-state';
import { buildDrillConfig, createDrill, drillReducer, submitAction } from '../../src/drill/drill-state';
import type { DrillResult, DrillResultMeta } from '../../src/drill/result-file';
import { buildDrillResult, labContentHash } from '../../src/drill/result-file';
import type { ReportJudge } from '../../src/drill/report';

interface FixtureBlank {
  id: string;
  label: string;
  answer: string;
}

function task(number: number, title: string, blanks: Array<[string, string]>, topic?: string) {
  return {
    number,
    title,
    ...(topic === undefined ? {} : { topic }),
    todoCell: `# task ${number}\n${blanks.map(([label]) => `${label} = ______`).join('\n')}`,
    verifyCell: `assert True  # task ${number}`,
    blanks: blanks.map(([label, answer], i): FixtureBlank => ({ id: `t${number}.${label}`, label, answer: answer ?? String(i) })),
  };
}

export const FIXTURE_LAB = {
  id: 'lab08' as const,
  practice: {
    tasks: [
      task(1, 'Job Configuration', [
        ['num_tasks', '3'],
        ['first_task', 'refresh_pipeline'],
      ]),
      task(2, 'Trigger Types', [
        ['trigger_daily_6am', 'scheduled'],
        ['trigger_new_files', 'file_arrival'],
      ]),
      task(3, 'CRON Expressions', [
        ['cron_daily_6am', '0 6 * * *'],
        ['cron_hourly', '0 * * * *'],
      ]),
      task(4, 'Task Dependencies — DAG Design', [['ingest', '[]']], 'Dependencies (DAG)'),
      task(5, 'Repair Runs', [['ingest_reruns', 'False']]),
      task(6, 'Task Values', [['rows', 'rows_processed']]),
      task(7, 'System Tables', [['state', 'FAILED']]),
      task(8, 'Cluster Selection', [['nightly_etl', 'job_cluster']]),
    ],
  },
};

export const FIXTURE_HASH = labContentHash(FIXTURE_LAB);

export function referenceAnswers(taskNumber: number): string[] {
  const t = FIXTURE_LAB.practice.tasks.find((x) => x.number === taskNumber);
  if (!t) throw new Error(`no task ${taskNumber}`);
  return t.blanks.map((b) => b.answer);
}

/** Passes when every answer matches the reference (whitespace-trimmed); `boom` raises a NameError. */
export function fixtureCheck(taskNumber: number, answers: string[]): Verdict {
  if (answers.includes('boom')) {
    return {
      outcome: 'error',
      output: [],
      errorType: 'NameError',
      pythonMessage: "name 'boom' is not defined",
      message: 'boom is not a name Python knows.',
      cell: 'todo',
      line: 1,
    };
  }
  const ref = referenceAnswers(taskNumber);
  const wrong = ref.findIndex((r, i) => (answers[i] ?? '').trim() !== r);
  if (wrong === -1) return { outcome: 'passed', output: [`Task ${taskNumber} PASSED`], message: `Task ${taskNumber} PASSED` };
  return { outcome: 'failed', output: [], message: `Expected ${ref[wrong]}, got ${answers[wrong]}` };
}

export interface FakeDrill {
  learner: string;
  seed?: string;
  tasks?: number[];
  minutes?: number;
  attempts?: number;
  /** `drill --no-feedback` when false (default true). */
  feedback?: boolean;
  /** Answers submitted per task; tasks missing here are left unanswered. */
  submit?: Record<number, string[]>;
  /** Ends the drill (finished) unless false. */
  finish?: boolean;
  startMs?: number;
  labHash?: string;
  labId?: string;
}

/** Runs a real drill through the reducer and returns the state and the result document. */
export function fakeDrill(spec: FakeDrill): { state: DrillState; result: DrillResult } {
  const seed = spec.seed ?? '42';
  const tasks = spec.tasks ?? [1, 2, 3, 4, 5, 6, 7, 8];
  const settings = { minutes: spec.minutes ?? 10, tasks, attempts: spec.attempts ?? 1, feedback: spec.feedback ?? true };
  let state = createDrill(buildDrillConfig({ ...settings, seed }, FIXTURE_LAB));
  let now = spec.startMs ?? Date.UTC(2026, 2, 14, 9, 0, 0);
  state = drillReducer(state, { type: 'start', nowMs: now });
  for (let i = 0; i < state.config.order.length; i++) {
    const number = state.config.order[i] as number;
    now += 20_000 + number * 1000;
    const answers = spec.submit?.[number];
    if (answers) {
      answers.forEach((value, blank) => {
        state = drillReducer(state, { type: 'type', blank, value });
      });
      const action = submitAction(state, fixtureCheck, now);
      if (action) state = drillReducer(state, action);
    }
    state = drillReducer(state, { type: 'next', nowMs: now });
  }
  if (spec.finish !== false) state = drillReducer(state, { type: 'finish', nowMs: now + 1000 });
  const meta: DrillResultMeta = {
    labId: spec.labId ?? 'lab08',
    labHash: spec.labHash ?? FIXTURE_HASH,
    appVersion: '0.1.0',
    learner: spec.learner,
    seed,
    settings,
  };
  return { state, result: buildDrillResult(state, meta, now + 2000) };
}

/** The report's judge over fixtureCheck: blame tries each blank alone among reference answers, as src/checks/blame.ts does. */
export const fixtureJudge: ReportJudge = {
  check: (task, answers) => fixtureCheck(task, [...answers]),
  blame(task, answers) {
    const ref = referenceAnswers(task);
    return ref.flatMap((_, i) => {
      const trial = [...ref];
      trial[i] = answers[i] ?? '';
      return fixtureCheck(task, trial).outcome === 'passed' ? [] : [i];
    });
  },
  explainBlank(task, blank, answer) {
    const trial = referenceAnswers(task);
    trial[blank] = answer;
    return fixtureCheck(task, trial);
  },
};
