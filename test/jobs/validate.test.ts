import { describe, expect, it } from 'vitest';
import { jobErrors, referenceJobs, validateJob, type JobSpec, type ProblemCode } from '../../src/jobs';
import { dag, task } from './helpers';

const codes = (job: JobSpec): ProblemCode[] => validateJob(job).map((p) => p.code);

describe('validateJob', () => {
  it('accepts both reference jobs and the lab DAG', () => {
    for (const job of referenceJobs('alice')) expect(validateJob(job)).toEqual([]);
    expect(validateJob(dag({ ingest: [], dim: ['ingest'], fact: ['ingest'], report: ['dim', 'fact'] }))).toEqual([]);
  });

  it('reports an empty job name, a bad bundle key and a job without tasks', () => {
    expect(codes({ key: 'my job', name: ' ', parameters: [], tasks: [] })).toEqual(['job_name_empty', 'job_key_invalid', 'no_tasks']);
  });

  it('reports empty, duplicate and badly spelled task keys', () => {
    const job = dag({}, {}, { tasks: [task(''), task('load'), task('load'), task('silver customer'), task('a.b')] });
    const problems = validateJob(job);
    expect(problems.map((p) => [p.code, p.task_key ?? null])).toEqual([
      ['task_key_empty', null],
      ['task_key_duplicate', 'load'],
      ['task_key_charset', 'silver customer'],
      ['task_key_charset', 'a.b'],
    ]);
    expect(problems[2]?.message).toContain('"silver_customer"');
    expect(codes(dag({ ['x'.repeat(101)]: [] }))).toEqual(['task_key_charset']);
    expect(codes(dag({ ['x'.repeat(100)]: [], 'with-dash_9': [] }))).toEqual([]);
  });

  it('reports dependencies on unknown tasks, on the task itself, and repeated ones', () => {
    const problems = validateJob(dag({ bronze: [], silver: ['bronz', 'silver', 'bronze', 'bronze'] }));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['depends_on_unknown', 'tasks[1].depends_on[0]'],
      ['depends_on_self', 'tasks[1].depends_on[1]'],
      ['depends_on_duplicate', 'tasks[1].depends_on[3]'],
    ]);
    expect(problems[0]?.message).toContain('"bronz"');
    expect(problems[2]?.severity).toBe('warning');
  });

  it('reports each cycle once with its path in run order', () => {
    const problems = validateJob(dag({ a: ['c'], b: ['a'], c: ['b'], d: [], e: ['f'], f: ['e'] }));
    const cycles = problems.filter((p) => p.code === 'cycle');
    expect(cycles.map((p) => p.cycle)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['e', 'f', 'e'],
    ]);
    expect(cycles[0]?.message).toContain('a → b → c → a');
  });

  it('reports notebook paths: missing, relative in the workspace, absolute in Git; pipeline without id', () => {
    const job = dag(
      { a: [], b: [], c: [], d: [], e: [] },
      {
        a: { notebook_path: '' },
        b: { notebook_path: 'Users/me/nb' },
        c: { notebook_path: '/Repos/x/nb', source: 'GIT' },
        d: { notebook_path: 'notebooks/nb', source: 'GIT' },
        e: { type: 'pipeline', notebook_path: '' },
      },
    );
    expect(validateJob(job).map((p) => [p.code, p.task_key])).toEqual([
      ['notebook_path_missing', 'a'],
      ['notebook_path_not_absolute', 'b'],
      ['notebook_path_not_relative', 'c'],
      ['pipeline_id_missing', 'e'],
    ]);
  });

  it('reports compute, run_if, retries and timeouts that Databricks would reject', () => {
    const job = dag(
      { a: [], b: ['a'], c: ['a'], d: [] },
      {
        a: { compute: { kind: 'existing_cluster', id: '' }, max_retries: -2 },
        b: { compute: { kind: 'job_cluster', key: 'my cluster' }, timeout_seconds: 1.5, min_retry_interval_millis: -1 },
        c: { run_if: 'SOMETIMES' as never },
        d: { run_if: 'ALL_DONE' },
      },
    );
    expect(codes(job)).toEqual([
      'cluster_id_missing',
      'max_retries_invalid',
      'job_cluster_key_invalid',
      'min_retry_interval_invalid',
      'timeout_invalid',
      'run_if_invalid',
      'run_if_without_dependencies',
    ]);
    expect(jobErrors(job).map((p) => p.code)).not.toContain('run_if_without_dependencies');
  });

  it('reports parameter names outside [A-Za-z0-9_.-], empty and duplicate names', () => {
    const job = dag({ a: [] }, {}, { parameters: [
      { name: 'catalog', default: 'x' },
      { name: 'source path', default: 'y' },
      { name: '', default: '' },
      { name: 'catalog', default: 'z' },
      { name: 'a.b-c_1', default: '' },
    ] });
    expect(validateJob(job).map((p) => [p.code, p.path])).toEqual([
      ['parameter_name_charset', 'parameters[1].name'],
      ['parameter_name_empty', 'parameters[2].name'],
      ['parameter_duplicate', 'parameters[3].name'],
    ]);
  });

  it('reports table update triggers on names that are not catalog.schema.table, or on no table', () => {
    const bad = dag({ a: [] }, {}, { trigger: { kind: 'table_update', table_names: ['silver_customers', 'silver.silver_customers', 'retailhub_bob.silver.silver_customers', 'a..b'] } });
    const problems = validateJob(bad);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['table_name_not_qualified', 'trigger.table_update.table_names[0]'],
      ['table_name_not_qualified', 'trigger.table_update.table_names[1]'],
      ['table_name_not_qualified', 'trigger.table_update.table_names[3]'],
    ]);
    expect(problems[0]?.message).toContain('retailhub_<you>.silver.silver_customers');
    expect(codes(dag({ a: [] }, {}, { trigger: { kind: 'table_update', table_names: [' '] } }))).toEqual(['table_update_no_tables']);
  });

  it('reports the other trigger problems', () => {
    const on = (trigger: JobSpec['trigger']): ProblemCode[] => codes(dag({ a: [] }, {}, { trigger }));
    expect(on({ kind: 'file_arrival', url: '' })).toEqual(['file_arrival_url_missing']);
    expect(on({ kind: 'file_arrival', url: '/Volumes/c/s/v/', wait_after_last_change_seconds: 30 })).toEqual(['trigger_wait_too_short']);
    expect(on({ kind: 'periodic', interval: 0, unit: 'HOURS' })).toEqual(['periodic_interval_invalid']);
    expect(on({ kind: 'schedule', quartz_cron_expression: '', timezone_id: '' })).toEqual(['schedule_cron_missing', 'schedule_timezone_missing']);
    expect(on([{ kind: 'schedule', quartz_cron_expression: '0 0 6 * * ?', timezone_id: 'UTC' }, { kind: 'continuous' }])).toEqual(['schedule_and_continuous']);
    expect(on([{ kind: 'periodic', interval: 1, unit: 'DAYS' }, { kind: 'file_arrival', url: '/Volumes/c/s/v/' }])).toEqual(['multiple_trigger_conditions']);
    expect(on([{ kind: 'manual' }, { kind: 'schedule', quartz_cron_expression: '0 0 6 * * ?', timezone_id: 'UTC' }])).toEqual([]);
  });

  it('warns about task retries in a continuous job', () => {
    const job = dag({ a: [], b: [] }, { b: { max_retries: 3 } }, { trigger: { kind: 'continuous' } });
    expect(validateJob(job)).toEqual([expect.objectContaining({ code: 'continuous_with_retries', severity: 'warning', task_key: 'b' })]);
  });

  it('rejects task dependencies in a continuous job (Databricks does not allow them)', () => {
    const job = dag({ a: [], b: ['a'], c: [] }, {}, { trigger: { kind: 'continuous' } });
    expect(validateJob(job)).toEqual([expect.objectContaining({ code: 'continuous_with_dependencies', severity: 'error', task_key: 'b', path: 'tasks[1].depends_on' })]);
    expect(jobErrors(job).map((p) => p.code)).toEqual(['continuous_with_dependencies']);
    // The same tasks under a table update trigger are fine.
    expect(validateJob(dag({ a: [], b: ['a'] }, {}, { trigger: { kind: 'table_update', table_names: ['c.s.t'] } }))).toEqual([]);
  });
});
