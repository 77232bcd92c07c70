// The generated history follows the jobs model, and its rows follow the system tables' rules
// (hourly slices, result_state on the last slice only, SCD2). Pure: no DuckDB here.
import { describe, expect, it } from 'vitest';
import { repairScope } from '../../src/jobs/repair';
import { topoOrder } from '../../src/jobs/graph';
import { HOUR, DAY, buildHistory, seededHistory, specAt, type History, type HistoryRun } from '../../src/sql/history';
import { jobRunRows, jobRows, jobTaskRows, runSegments, tableRows, taskRunRows, type Row } from '../../src/sql/tables';
import { learnerHistoryFromWorkshop } from '../../src/sql/learner';
import { planPipelineRun } from '../../src/workshop/run';
import { workshopReducer } from '../../src/workshop/reducer';
import { serializeBuilderState } from '../../src/workshop/state';
import { doneUpTo } from '../workshop/helpers';

const NOW = Date.UTC(2026, 11, 3, 8, 30);
const SEEDS = [1, 2, 3];
const histories = SEEDS.map((seed) => seededHistory({ seed, now: NOW }));
const ms = (cell: Row[string] | undefined): number => (cell as { ts: number }).ts;

function eachRun(f: (r: HistoryRun, h: History) => void): void {
  for (const h of histories) for (const r of h.runs) f(r, h);
}

describe('the seeded history', () => {
  it('is the same for the same seed and now, and differs between seeds', () => {
    expect(JSON.stringify(tableRows(seededHistory({ seed: 2, now: NOW })))).toBe(JSON.stringify(tableRows(histories[1] as History)));
    expect(JSON.stringify(tableRows(histories[0] as History))).not.toBe(JSON.stringify(tableRows(histories[1] as History)));
  });

  it('has its own SCD2 edit times per seed (the jobs table differs between histories too)', () => {
    const times = histories.map((h) => JSON.stringify(h.versions.map((v) => v.changeTime)));
    expect(new Set(times).size).toBe(SEEDS.length);
  });

  it('covers 30 days of finished runs of the three jobs, each run with the job version in effect', () => {
    for (const h of histories) {
      const names = new Set(h.runs.map((r) => r.spec.name));
      expect([...names].sort()).toEqual(['demo_customer_pipeline', 'demo_orders_pipeline', 'retailhub_dag']);
      for (const r of h.runs) {
        expect(r.start).toBeGreaterThanOrEqual(NOW - 31 * DAY);
        expect(r.start + r.run.duration * 1000).toBeLessThanOrEqual(NOW);
        expect(specAt(h.versions, r.jobId, r.start)?.spec).toEqual(r.spec);
      }
    }
  });

  it('has in every history: a repair, a retry, a timeout, a table-update run and a run over an hour', () => {
    for (const h of histories) {
      expect(h.runs.some((r) => r.repair !== undefined)).toBe(true);
      expect(h.runs.some((r) => Object.values(r.run.tasks).some((t) => t.attempts.length > 1))).toBe(true);
      expect(h.runs.some((r) => Object.values(r.run.tasks).some((t) => t.state === 'TIMEDOUT'))).toBe(true);
      expect(h.runs.some((r) => r.trigger === 'TABLE')).toBe(true);
      expect(h.runs.some((r) => r.run.duration > 3600)).toBe(true);
    }
  });

  it('never retries more than max_retries allows, and retries only failures', () => {
    eachRun((r) => {
      for (const t of Object.values(r.run.tasks)) {
        const spec = r.spec.tasks.find((s) => s.task_key === t.task_key);
        expect(t.attempts.length).toBeLessThanOrEqual(1 + Math.max(0, spec?.max_retries ?? 0));
        t.attempts.slice(0, -1).forEach((a) => expect(a.result).toBe('FAILED'));
      }
    });
  });

  it('starts an orders run (TABLE) a minute after each customer run whose silver_customer succeeded, and only then', () => {
    for (const h of histories) {
      const customer = h.runs.filter((r) => r.spec.name === 'demo_customer_pipeline');
      const orders = h.runs.filter((r) => r.spec.name === 'demo_orders_pipeline');
      const fired = customer
        .filter((r) => r.run.tasks.silver_customer?.state === 'SUCCESS')
        .map((r) => r.start + (r.run.tasks.silver_customer?.end ?? 0) * 1000 + 60_000);
      for (const o of orders) expect(fired).toContain(o.start);
      // Orders runs take under an hour, so every trigger fired more than an hour ago has its run.
      for (const t of fired.filter((f) => f < NOW - HOUR)) expect(orders.map((o) => o.start)).toContain(t);
      for (const o of orders) expect(o.trigger).toBe('TABLE');
    }
  });
});

describe('a repaired run', () => {
  it('re-runs exactly the unsuccessful tasks of the original run and keeps the rest', () => {
    let seen = 0;
    eachRun((r) => {
      if (!r.repair) return;
      seen++;
      const rerun = repairScope(r.spec, r.run);
      expect(r.repair.run.rerun).toEqual(rerun);
      for (const key of topoOrder(r.spec)) {
        const t = r.repair.run.tasks[key];
        if (rerun.includes(key)) expect(t?.kept).toBe(false);
        else expect(t).toMatchObject({ kept: true, state: r.run.tasks[key]?.state });
      }
      expect(r.run.result).toBe('FAILED');
      expect(r.repair.start).toBeGreaterThan(r.start + r.run.duration * 1000);
    });
    expect(seen).toBeGreaterThanOrEqual(SEEDS.length);
  });

  it('adds job_run_timeline rows under the same run_id, and task runs only for the re-run tasks', () => {
    eachRun((r) => {
      if (!r.repair) return;
      const rows = jobRunRows(r);
      const ended = rows.filter((x) => x.result_state !== null);
      expect(ended).toHaveLength(2);
      expect(new Set(rows.map((x) => x.run_id))).toEqual(new Set([r.runId]));
      const afterRepair = taskRunRows(r).filter((x) => ms(x.period_start_time) >= (r.repair as { start: number }).start);
      expect([...new Set(afterRepair.map((x) => x.task_key))].sort()).toEqual([...r.repair.run.rerun].sort());
      for (const x of afterRepair) expect(x.job_run_id).toBe(r.runId);
    });
  });
});

describe('hourly slices', () => {
  it('add up to each run and each task run, cut at clock hours, with result_state on the last slice only', () => {
    eachRun((r) => {
      const rows = jobRunRows(r);
      for (const seg of runSegments(r)) {
        const slices = rows.filter((x) => ms(x.start_time) === seg.start);
        const total = slices.reduce((sum, x) => sum + ms(x.period_end_time) - ms(x.period_start_time), 0);
        expect(total).toBe(seg.run.duration * 1000);
        expect(ms(slices[0]?.period_start_time ?? null)).toBe(seg.start);
        slices.forEach((x, i) => {
          const last = i === slices.length - 1;
          expect(x.result_state !== null).toBe(last);
          expect(x.termination_code !== null).toBe(last);
          if (i > 0) expect(ms(x.period_start_time)).toBe(ms(slices[i - 1]?.period_end_time ?? null));
          expect(ms(x.period_end_time)).toBeLessThanOrEqual((Math.floor(ms(x.period_start_time) / HOUR) + 1) * HOUR);
        });
      }
      const tasks = taskRunRows(r);
      for (const id of new Set(tasks.map((x) => x.run_id))) {
        const slices = tasks.filter((x) => x.run_id === id);
        const total = slices.reduce((sum, x) => sum + ms(x.period_end_time) - ms(x.period_start_time), 0);
        expect(total).toBe(ms(slices[0]?.end_time ?? null) - ms(slices[0]?.start_time ?? null));
        expect(slices.filter((x) => x.result_state !== null)).toHaveLength(1);
        expect(slices[slices.length - 1]?.result_state).not.toBeNull();
      }
    });
    expect(histories.some((h) => h.runs.some((r) => jobRunRows(r).length > 2))).toBe(true);
  });

  it('gives a task one task run per attempt (a retry is a new run_id), and skipped tasks a SKIPPED row', () => {
    eachRun((r) => {
      const rows = taskRunRows(r).filter((x) => ms(x.start_time) < (r.repair?.start ?? Infinity));
      for (const t of Object.values(r.run.tasks)) {
        const ids = new Set(rows.filter((x) => x.task_key === t.task_key).map((x) => x.run_id));
        expect(ids.size).toBe(t.ran ? t.attempts.length : 1);
        if (!t.ran) expect(rows.find((x) => x.task_key === t.task_key && x.result_state !== null)?.result_state).toBe('SKIPPED');
      }
    });
  });

  it("spells states as the tables do: SUCCEEDED, FAILED, TIMED_OUT, SKIPPED (never the API's SUCCESS/TIMEDOUT)", () => {
    const states = new Set<unknown>();
    for (const h of histories) for (const rows of [tableRows(h).job_run_timeline, tableRows(h).job_task_run_timeline]) for (const x of rows) states.add(x.result_state);
    expect([...states].filter((s) => s !== null).sort()).toEqual(['FAILED', 'SKIPPED', 'SUCCEEDED', 'TIMED_OUT']);
  });
});

describe('SCD2 tables', () => {
  it('keep one row per version of each job, the deleted job ending with delete_time', () => {
    for (const h of histories) {
      const rows = jobRows(h.versions, h.slug);
      const byJob = new Map<string, Row[]>();
      for (const x of rows) byJob.set(x.job_id as string, [...(byJob.get(x.job_id as string) ?? []), x]);
      expect(byJob.size).toBe(4);
      for (const [, versions] of byJob) {
        const times = versions.map((x) => ms(x.change_time));
        expect(new Set(times).size).toBe(times.length);
        expect(versions.every((x) => ms(x.create_time) === ms(versions[0]?.create_time ?? null))).toBe(true);
      }
      const deleted = rows.filter((x) => x.delete_time !== null);
      expect(deleted).toHaveLength(1);
      const latest = [...(byJob.get(deleted[0]?.job_id as string) ?? [])].sort((a, b) => ms(b.change_time) - ms(a.change_time))[0];
      expect(latest).toBe(deleted[0]);
      // The DAG's retry/timeout change is a new version of the job and of that task.
      const dagTasks = jobTaskRows(h.versions).filter((x) => x.job_id === '684213977150577' && x.task_key === 'build_fact_tables');
      expect(dagTasks.map((x) => x.timeout_seconds)).toEqual([0, 4500]);
    }
  });
});

describe("the learner's own runs", () => {
  const at = NOW - 20 * 60_000;

  it('every saved Run now joins the history as runs of the same jobs, as it happened', () => {
    let state = doneUpTo(8, 'Ana');
    state = workshopReducer(state, { type: 'run/record', record: planPipelineRun(state, { startAt: at - 3_600_000, runId: 70 }).record });
    state = workshopReducer(state, { type: 'run/record', record: planPipelineRun(state, { startAt: at, runId: 77 }).record });
    // Edited after both runs: the saved runs still describe what ran.
    const edited = workshopReducer(state, { type: 'task/set', job: 'orders', index: 3, patch: { task_key: 'gold_summary' } });
    const learner = learnerHistoryFromWorkshop(JSON.parse(JSON.stringify(serializeBuilderState(edited))));
    expect(learner.learnerName).toBe('Ana');
    expect(learner.learnerRuns.map((r) => [r.job.name, r.trigger, r.run.result, r.startedAt - at])).toEqual([
      ['ana_customer_pipeline', 'ONE_TIME', 'SUCCESS', -3_600_000],
      ['ana_orders_pipeline', 'TABLE', 'SUCCESS', -3_600_000 + 95_000],
      ['ana_customer_pipeline', 'ONE_TIME', 'SUCCESS', 0],
      ['ana_orders_pipeline', 'TABLE', 'SUCCESS', 95_000],
    ]);
    const fresh = planPipelineRun(state, { startAt: at, runId: 77 });
    expect(learner.learnerRuns[3]?.run.tasks).toEqual(Object.fromEntries(Object.entries(fresh.jobs[1]!.run.tasks).map(([k, t]) => [k, { ...t, reason: '' }])));

    const h = buildHistory({ seed: 1, now: NOW, ...learner });
    const mine = h.runs.filter((r) => r.source === 'learner');
    expect(mine).toHaveLength(4);
    const seededIds = new Set(h.runs.filter((r) => r.source === 'history').map((r) => r.jobId));
    for (const r of mine) expect(seededIds.has(r.jobId)).toBe(true);
    // The learner's customer job has no schedule: a new version of the job, just before its first run.
    const versions = h.versions.filter((v) => v.jobId === mine[0]?.jobId);
    expect(versions[versions.length - 1]?.spec).toEqual(mine[0]?.spec);
    expect(versions[versions.length - 1]?.changeTime).toBe(mine[0]!.start - 1000);
    const rows = tableRows(h).job_run_timeline.filter((x) => mine.some((r) => r.runId === x.run_id));
    expect(rows.filter((x) => x.result_state !== null).map((x) => [x.trigger_type, x.result_state])).toEqual([
      ['ONE_TIME', 'SUCCEEDED'], ['TABLE', 'SUCCEEDED'], ['ONE_TIME', 'SUCCEEDED'], ['TABLE', 'SUCCEEDED'],
    ]);
  });

  it('a record saved without details is planned again while the jobs are unchanged, and left out after an edit', () => {
    const state = doneUpTo(8, 'Ana');
    const { runs: _details, ...summary } = planPipelineRun(state, { startAt: at, runId: 77 }).record;
    const old = { ...state, lastRun: summary };
    expect(learnerHistoryFromWorkshop(old).learnerRuns.map((r) => [r.job.name, r.startedAt - at])).toEqual([
      ['ana_customer_pipeline', 0],
      ['ana_orders_pipeline', 95_000],
    ]);
    expect(learnerHistoryFromWorkshop({ ...old, learnerName: 'Bo' }).learnerRuns).toEqual([]);
    expect(learnerHistoryFromWorkshop('garbage').learnerRuns).toEqual([]);
  });
});
