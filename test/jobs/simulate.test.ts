import { describe, expect, it } from 'vitest';
import {
  JobNotRunnableError,
  evaluateRunIf,
  jobResult,
  practiceConfigJob,
  practiceDagJob,
  referenceJobs,
  runStates,
  simulateRun,
  type RunIf,
  type TaskResultState,
} from '../../src/jobs';
import { dag } from './helpers';

describe('evaluateRunIf', () => {
  const cases: Array<[RunIf, TaskResultState[], true | TaskResultState]> = [
    ['ALL_SUCCESS', ['SUCCESS', 'SUCCESS'], true],
    ['ALL_SUCCESS', ['SUCCESS', 'FAILED'], 'UPSTREAM_FAILED'],
    ['ALL_SUCCESS', ['SUCCESS', 'EXCLUDED'], true],
    ['ALL_SUCCESS', ['UPSTREAM_FAILED'], 'UPSTREAM_FAILED'],
    ['ALL_SUCCESS', ['TIMEDOUT'], 'UPSTREAM_FAILED'],
    ['ALL_SUCCESS', ['CANCELED', 'SUCCESS'], 'UPSTREAM_CANCELED'],
    ['AT_LEAST_ONE_SUCCESS', ['SUCCESS', 'FAILED'], true],
    ['AT_LEAST_ONE_SUCCESS', ['FAILED', 'UPSTREAM_FAILED'], 'UPSTREAM_FAILED'],
    ['NONE_FAILED', ['SUCCESS', 'EXCLUDED'], true],
    ['NONE_FAILED', ['SUCCESS', 'FAILED'], 'UPSTREAM_FAILED'],
    ['ALL_DONE', ['FAILED', 'UPSTREAM_FAILED', 'CANCELED'], true],
    ['AT_LEAST_ONE_FAILED', ['SUCCESS', 'FAILED'], true],
    ['AT_LEAST_ONE_FAILED', ['UPSTREAM_FAILED'], true],
    ['AT_LEAST_ONE_FAILED', ['CANCELED'], true],
    ['AT_LEAST_ONE_FAILED', ['SUCCESS', 'SUCCESS'], 'EXCLUDED'],
    ['ALL_FAILED', ['FAILED', 'TIMEDOUT'], true],
    ['ALL_FAILED', ['SUCCESS', 'FAILED'], 'EXCLUDED'],
  ];
  it.each(cases)('%s with %j → %s', (runIf, deps, expected) => {
    expect(evaluateRunIf(runIf, deps)).toEqual(expected === true ? { run: true } : { run: false, state: expected });
  });

  it('excludes a task whose dependencies are all excluded, whatever its condition', () => {
    for (const runIf of ['ALL_SUCCESS', 'ALL_DONE', 'NONE_FAILED', 'AT_LEAST_ONE_FAILED'] as const) {
      expect(evaluateRunIf(runIf, ['EXCLUDED', 'EXCLUDED'])).toEqual({ run: false, state: 'EXCLUDED' });
    }
  });

  it('follows the disabled-parent table of the disabled-tasks doc', () => {
    expect(evaluateRunIf('ALL_SUCCESS', ['DISABLED'])).toEqual({ run: false, state: 'DISABLED' });
    expect(evaluateRunIf('AT_LEAST_ONE_SUCCESS', ['DISABLED', 'SUCCESS'])).toEqual({ run: true });
    expect(evaluateRunIf('AT_LEAST_ONE_SUCCESS', ['DISABLED'])).toEqual({ run: false, state: 'DISABLED' });
    expect(evaluateRunIf('NONE_FAILED', ['DISABLED', 'EXCLUDED'])).toEqual({ run: true });
    expect(evaluateRunIf('NONE_FAILED', ['DISABLED', 'DISABLED'])).toEqual({ run: false, state: 'DISABLED' });
    expect(evaluateRunIf('ALL_DONE', ['DISABLED'])).toEqual({ run: true });
    expect(evaluateRunIf('AT_LEAST_ONE_FAILED', ['DISABLED', 'FAILED'])).toEqual({ run: true });
    expect(evaluateRunIf('AT_LEAST_ONE_FAILED', ['DISABLED', 'SUCCESS'])).toEqual({ run: false, state: 'DISABLED' });
    expect(evaluateRunIf('ALL_FAILED', ['DISABLED'])).toEqual({ run: false, state: 'DISABLED' });
  });
});

describe('simulateRun', () => {
  it('runs the customer pipeline to success, one task after the other', () => {
    const customer = referenceJobs('alice')[0];
    if (customer === undefined) throw new Error('reference job missing');
    const run = simulateRun(customer);
    expect(run.result).toBe('SUCCESS');
    expect(run.events).toEqual([
      { t: 0, task_key: 'bronze_customer', state: 'RUNNING', attempt: 0 },
      { t: 0, task_key: 'silver_customer', state: 'BLOCKED' },
      { t: 60, task_key: 'bronze_customer', state: 'SUCCESS', attempt: 0 },
      { t: 60, task_key: 'silver_customer', state: 'RUNNING', attempt: 0 },
      { t: 120, task_key: 'silver_customer', state: 'SUCCESS', attempt: 0 },
    ]);
    expect(run.duration).toBe(120);
  });

  it('runs fan-out tasks in parallel and waits for the slowest before the fan-in', () => {
    const run = simulateRun(practiceDagJob(), {}, { durations: { build_dim_tables: 30, build_fact_tables: 90 } });
    expect(run.tasks.build_dim_tables).toMatchObject({ ready: 60, end: 90 });
    expect(run.tasks.build_fact_tables).toMatchObject({ ready: 60, end: 150 });
    expect(run.tasks.generate_report).toMatchObject({ ready: 150, end: 210 });
    const times = run.events.map((e) => e.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("answers the lab's Task 1 Q5: when refresh_pipeline fails, validate_results does not run", () => {
    const run = simulateRun(practiceConfigJob(), { refresh_pipeline: 'fail' });
    expect(runStates(run)).toEqual({ refresh_pipeline: 'FAILED', validate_results: 'UPSTREAM_FAILED', generate_report: 'UPSTREAM_FAILED' });
    expect(run.tasks.validate_results?.ran).toBe(false);
    expect(run.tasks.validate_results?.reason).toContain('Upstream failed');
    expect(run.result).toBe('FAILED');
  });

  it('honours every run_if in a real graph', () => {
    const job = dag(
      { ok: [], bad: [], all_success: ['ok', 'bad'], one_success: ['ok', 'bad'], none_failed: ['ok', 'bad'], all_done: ['ok', 'bad'], one_failed: ['ok', 'bad'], all_failed: ['ok', 'bad'] },
      {
        one_success: { run_if: 'AT_LEAST_ONE_SUCCESS' },
        none_failed: { run_if: 'NONE_FAILED' },
        all_done: { run_if: 'ALL_DONE' },
        one_failed: { run_if: 'AT_LEAST_ONE_FAILED' },
        all_failed: { run_if: 'ALL_FAILED' },
      },
    );
    const states = runStates(simulateRun(job, { bad: 'fail' }));
    expect(states).toEqual({
      ok: 'SUCCESS',
      bad: 'FAILED',
      all_success: 'UPSTREAM_FAILED',
      one_success: 'SUCCESS',
      none_failed: 'UPSTREAM_FAILED',
      all_done: 'SUCCESS',
      one_failed: 'SUCCESS',
      all_failed: 'EXCLUDED',
    });
  });

  it('propagates exclusion and treats excluded as success', () => {
    const job = dag({ main: [], on_failure: ['main'], cleanup: ['on_failure'], report: ['main', 'on_failure'] }, { on_failure: { run_if: 'AT_LEAST_ONE_FAILED' } });
    const happy = simulateRun(job);
    expect(runStates(happy)).toEqual({ main: 'SUCCESS', on_failure: 'EXCLUDED', cleanup: 'EXCLUDED', report: 'SUCCESS' });
    expect(happy.tasks.cleanup?.reason).toContain('all of its dependencies were excluded');
    expect(happy.result).toBe('SUCCESS');

    const sad = simulateRun(job, { main: 'fail' });
    expect(runStates(sad)).toEqual({ main: 'FAILED', on_failure: 'SUCCESS', cleanup: 'SUCCESS', report: 'UPSTREAM_FAILED' });
    expect(sad.result).toBe('FAILED');
  });

  it('reports SUCCESS_WITH_FAILURES when a failure is handled and every leaf succeeds', () => {
    const job = dag({ main: [], alert: ['main'] }, { alert: { run_if: 'AT_LEAST_ONE_FAILED' } });
    const run = simulateRun(job, { main: 'fail' });
    expect(runStates(run)).toEqual({ main: 'FAILED', alert: 'SUCCESS' });
    expect(run.result).toBe('SUCCESS_WITH_FAILURES');
  });

  it('retries failed attempts up to max_retries, after min_retry_interval_millis from the failed start', () => {
    const job = dag({ flaky: [], next: ['flaky'] }, { flaky: { max_retries: 2, min_retry_interval_millis: 90_000 } });
    const run = simulateRun(job, { flaky: ['fail', 'fail', 'success'] });
    expect(run.tasks.flaky?.state).toBe('SUCCESS');
    expect(run.tasks.flaky?.attempts.map((a) => [a.attempt, a.start, a.end, a.result])).toEqual([
      [0, 0, 60, 'FAILED'],
      [1, 90, 150, 'FAILED'],
      [2, 180, 240, 'SUCCESS'],
    ]);
    expect(run.events.filter((e) => e.task_key === 'flaky').map((e) => e.state)).toEqual([
      'RUNNING', 'FAILED', 'WAITING_FOR_RETRY', 'RUNNING', 'FAILED', 'WAITING_FOR_RETRY', 'RUNNING', 'SUCCESS',
    ]);
    expect(run.tasks.next).toMatchObject({ state: 'SUCCESS', ready: 240 });

    const outOfRetries = simulateRun(dag({ flaky: [] }, { flaky: { max_retries: 1 } }), { flaky: 'fail' });
    expect(outOfRetries.tasks.flaky?.attempts).toHaveLength(2);
    expect(outOfRetries.tasks.flaky?.state).toBe('FAILED');
    expect(simulateRun(dag({ once: [] }), { once: 'fail' }).tasks.once?.attempts).toHaveLength(1);
  });

  it('stops "retry forever" (-1) at the safety cap', () => {
    const run = simulateRun(dag({ f: [] }, { f: { max_retries: -1 } }), { f: 'fail' }, { unlimitedRetryCap: 4 });
    expect(run.tasks.f?.attempts).toHaveLength(4);
    const recovers = simulateRun(dag({ f: [] }, { f: { max_retries: -1 } }), { f: ['fail', 'fail', 'success'] });
    expect(recovers.tasks.f?.attempts).toHaveLength(3);
  });

  it('times tasks out at timeout_seconds and retries a timeout only with retry_on_timeout', () => {
    const slow = dag({ slow: [] }, { slow: { timeout_seconds: 30, max_retries: 2 } });
    const noRetry = simulateRun(slow, {}, { durations: { slow: 100 } });
    expect(noRetry.tasks.slow?.attempts).toEqual([{ attempt: 0, start: 0, end: 30, result: 'TIMEDOUT' }]);
    expect(noRetry.result).toBe('FAILED');

    const withRetry = dag({ slow: [] }, { slow: { timeout_seconds: 30, max_retries: 2, retry_on_timeout: true } });
    const run = simulateRun(withRetry, { slow: ['timeout', 'success'] }, { durations: { slow: 20 } });
    expect(run.tasks.slow?.attempts.map((a) => a.result)).toEqual(['TIMEDOUT', 'SUCCESS']);
    expect(run.tasks.slow?.end).toBe(50);
  });

  it('never retries a canceled task and marks its dependents Upstream canceled', () => {
    const job = dag({ a: [], b: ['a'] }, { a: { max_retries: 3 } });
    const run = simulateRun(job, { a: 'cancel' });
    expect(run.tasks.a?.attempts).toHaveLength(1);
    expect(runStates(run)).toEqual({ a: 'CANCELED', b: 'UPSTREAM_CANCELED' });
    expect(run.result).toBe('CANCELED');
  });

  it('skips disabled tasks and disables dependents whose condition needs them', () => {
    const job = dag({ a: [], b: ['a'], c: ['a'], d: ['b'] }, { a: { disabled: true }, c: { run_if: 'ALL_DONE' } });
    const run = simulateRun(job, { a: 'fail' });
    expect(runStates(run)).toEqual({ a: 'DISABLED', b: 'DISABLED', c: 'SUCCESS', d: 'DISABLED' });
    expect(run.tasks.a?.ran).toBe(false);
    expect(run.tasks.a?.reason).toContain('switched off');
    expect(run.tasks.b?.reason).toContain('parent is disabled');
    expect(run.result).toBe('SUCCESS');
  });

  it('keeps fixed states without running those tasks', () => {
    const run = simulateRun(practiceDagJob(), {}, { fixed: { ingest: 'SUCCESS', build_dim_tables: 'SUCCESS' } });
    expect(run.tasks.ingest).toMatchObject({ kept: true, ran: false, end: 0 });
    expect(run.tasks.build_fact_tables).toMatchObject({ ran: true, ready: 0, end: 60 });
  });

  it('refuses a job whose graph is broken, saying why', () => {
    expect(() => simulateRun(dag({ a: ['b'], b: ['a'] }))).toThrow(JobNotRunnableError);
    expect(() => simulateRun(dag({ a: ['ghost'] }))).toThrow(/ghost/);
  });
});

describe('jobResult', () => {
  const job = practiceDagJob();
  it('looks at leaf tasks', () => {
    const ok = { ingest: 'SUCCESS', build_dim_tables: 'SUCCESS', build_fact_tables: 'SUCCESS', generate_report: 'SUCCESS', send_notification: 'SUCCESS' } as const;
    expect(jobResult(job, ok)).toBe('SUCCESS');
    expect(jobResult(job, { ...ok, build_dim_tables: 'FAILED' })).toBe('SUCCESS_WITH_FAILURES');
    expect(jobResult(job, { ...ok, send_notification: 'FAILED' })).toBe('FAILED');
    expect(jobResult(job, { ...ok, send_notification: 'EXCLUDED' })).toBe('SUCCESS');
  });
});
