import { describe, expect, it } from 'vitest';
import { practiceDagJob, repairScope, runStates, simulateRepair, simulateRun } from '../../src/jobs';
import { dag } from './helpers';

describe('repairScope', () => {
  const job = practiceDagJob();
  const failed = simulateRun(job, { build_fact_tables: 'fail' });

  it("reproduces the lab's Task 5: the failed task and its downstream re-run, succeeded tasks do not", () => {
    expect(runStates(failed)).toEqual({
      ingest: 'SUCCESS',
      build_dim_tables: 'SUCCESS',
      build_fact_tables: 'FAILED',
      generate_report: 'UPSTREAM_FAILED',
      send_notification: 'UPSTREAM_FAILED',
    });
    const scope = repairScope(job, failed);
    expect(scope).toEqual(['build_fact_tables', 'generate_report', 'send_notification']);
    expect(scope).not.toContain('ingest');
    expect(scope).not.toContain('build_dim_tables');
    expect(repairScope(job, failed, { rerunAllFailed: true })).toEqual(scope);
  });

  it('repairs the run: re-run tasks succeed, kept tasks are not executed again, the run now succeeds', () => {
    const repaired = simulateRepair(job, failed);
    expect(repaired.rerun).toEqual(['build_fact_tables', 'generate_report', 'send_notification']);
    expect(repaired.result).toBe('SUCCESS');
    expect(repaired.tasks.ingest).toMatchObject({ state: 'SUCCESS', ran: false, kept: true });
    expect(repaired.tasks.build_fact_tables).toMatchObject({ state: 'SUCCESS', ran: true, ready: 0 });
    const executed = Object.values(repaired.tasks).filter((t) => t.ran).map((t) => t.task_key);
    expect(executed).toEqual(['build_fact_tables', 'generate_report', 'send_notification']);
    // Less compute than a full re-run: 3 task runs instead of 5 (Task 5 Q4).
    expect(executed.length).toBeLessThan(job.tasks.length);
  });

  it('can fail again and be repaired again from its own result', () => {
    const again = simulateRepair(job, failed, { generate_report: 'fail' });
    expect(runStates(again)).toMatchObject({ build_fact_tables: 'SUCCESS', generate_report: 'FAILED', send_notification: 'UPSTREAM_FAILED' });
    expect(repairScope(job, again)).toEqual(['generate_report', 'send_notification']);
  });

  it('fan-out: only the failed branches and what hangs below them', () => {
    const fan = dag({ src: [], b: ['src'], c: ['src'], d: ['src'], b2: ['b'], d2: ['d'] });
    const run = simulateRun(fan, { b: 'fail', c: 'timeout' });
    expect(repairScope(fan, run)).toEqual(['b', 'c', 'b2']);
  });

  it('fan-in: the failed input and the joined task, not the input that succeeded', () => {
    const fanIn = dag({ x: [], y: [], z: ['x', 'y'], after: ['z'] });
    const run = simulateRun(fanIn, { x: 'fail' });
    expect(repairScope(fanIn, run)).toEqual(['x', 'z', 'after']);
  });

  it('leaves excluded and disabled tasks alone, and re-runs canceled ones', () => {
    const j = dag({ a: [], alert: ['a'], off: [], c: [], c2: ['c'] }, { alert: { run_if: 'AT_LEAST_ONE_FAILED' }, off: { disabled: true } });
    const run = simulateRun(j, { c: 'cancel' });
    expect(runStates(run)).toMatchObject({ alert: 'EXCLUDED', off: 'DISABLED', c: 'CANCELED', c2: 'UPSTREAM_CANCELED' });
    expect(repairScope(j, run)).toEqual(['c', 'c2']);
  });

  it('rerun_tasks: the chosen tasks plus their unsuccessful downstream; rerun_dependent_tasks adds all downstream', () => {
    expect(repairScope(job, failed, { rerunTasks: ['ingest'] })).toEqual(['ingest', 'build_fact_tables', 'generate_report', 'send_notification']);
    expect(repairScope(job, failed, { rerunTasks: ['ingest'], rerunDependents: true })).toEqual(job.tasks.map((t) => t.task_key));
    expect(repairScope(job, failed, { rerunTasks: ['build_dim_tables'] })).toEqual(['build_dim_tables', 'generate_report', 'send_notification']);
    expect(repairScope(job, failed, { rerunAllFailed: true, rerunDependents: true })).toEqual(['build_fact_tables', 'generate_report', 'send_notification']);
  });

  it('accepts plain task states and rejects what the API rejects', () => {
    expect(repairScope(job, { ...runStates(failed) })).toEqual(['build_fact_tables', 'generate_report', 'send_notification']);
    expect(() => repairScope(job, failed, { rerunTasks: ['ingest'], rerunAllFailed: true })).toThrow(/Only one of rerun_tasks or rerun_all_failed_tasks/);
    expect(() => repairScope(job, failed, { rerunTasks: ['nope'] })).toThrow(/"nope"/);
  });
});
