import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundleObject, bundleYaml, jobResource } from '../../src/bundle';
import { referenceJobs, referenceNotebookDir, randomDag, practiceConfigJob, practiceDagJob, type JobSpec, type TaskSpec } from '../../src/jobs';
import { LAB, SCHEMA, describeErrors, labYamlBlocks, loadSchema, validateBundle } from './schema';

const [customer, orders] = referenceJobs('alice') as [JobSpec, JobSpec];

function withTasks(job: JobSpec, edit: (t: TaskSpec, i: number) => TaskSpec): JobSpec {
  return { ...job, tasks: job.tasks.map(edit) };
}

/** Keys of every mapping, depth first, so two objects can be compared for field order too. */
function keyOrder(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keyOrder(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [`${path}.${k}`, ...keyOrder(v, `${path}.${k}`)]);
  }
  return [];
}

/** Rewrite the lab's demo names into the learner's, everywhere (keys and values). */
function relabel(value: unknown, learner: string): unknown {
  const fix = (s: string): string =>
    s
      .replace(/^demo_/, `${learner}_`)
      .replace(/retailhub_trainer/g, `retailhub_${learner}`)
      .replace(/^\/Workspace\/\.\.\.\//, `${referenceNotebookDir(learner)}/`);
  if (Array.isArray(value)) return value.map((v) => relabel(v, learner));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [fix(k), relabel(v, learner)]));
  }
  return typeof value === 'string' ? fix(value) : value;
}

describe('bundleYaml layout', () => {
  it('writes the orders job like the lab: trigger before tasks, depends_on as task_key objects, queue and parameters last', () => {
    const text = bundleYaml([orders]);
    expect(text.split('\n').slice(0, 12)).toEqual([
      'resources:',
      '  jobs:',
      '    alice_orders_pipeline:',
      '      name: alice_orders_pipeline',
      '      trigger:',
      '        pause_status: UNPAUSED',
      '        table_update:',
      '          table_names:',
      '            - retailhub_alice.silver.silver_customers',
      '      tasks:',
      '        - task_key: bronze_orders',
      '          notebook_task:',
    ]);
    expect(text).toContain('          depends_on:\n            - task_key: bronze_orders\n');
    expect(text).toContain('          existing_cluster_id: <CLUSTER_ID>\n');
    expect(text.trimEnd().endsWith('- name: source_path\n          default: /Volumes/retailhub_alice/default/datasets')).toBe(true);
    expect(text).not.toContain('run_if');
  });

  it('puts several jobs under one resources.jobs map, in the given order', () => {
    const obj = parse(bundleYaml([customer, orders])) as { resources: { jobs: Record<string, unknown> } };
    expect(Object.keys(obj.resources.jobs)).toEqual(['alice_customer_pipeline', 'alice_orders_pipeline']);
  });

  it('adds bundle and targets blocks only when asked', () => {
    expect(bundleYaml([customer])).not.toMatch(/^bundle:|^targets:/m);
    const text = bundleYaml([customer], { bundleName: 'lakeflow_lab', devTarget: true });
    expect(text.startsWith('bundle:\n  name: lakeflow_lab\nresources:')).toBe(true);
    expect(parse(text)).toMatchObject({ targets: { dev: { mode: 'development', default: true } } });
  });

  it('maps compute: existing cluster id, job cluster key with a job_clusters entry, nothing for serverless', () => {
    const job = withTasks(customer, (t, i) => ({ ...t, compute: i === 0 ? { kind: 'job_cluster', key: 'etl' } : { kind: 'serverless' } }));
    const res = jobResource(job) as { tasks: Record<string, unknown>[]; job_clusters: unknown[] };
    expect(res.tasks[0]).toMatchObject({ job_cluster_key: 'etl' });
    expect(res.tasks[0]).not.toHaveProperty('existing_cluster_id');
    expect(res.tasks[1]).not.toHaveProperty('existing_cluster_id');
    expect(res.tasks[1]).not.toHaveProperty('job_cluster_key');
    expect(res.job_clusters).toEqual([{ job_cluster_key: 'etl', new_cluster: { spark_version: '<SPARK_VERSION>', node_type_id: '<NODE_TYPE_ID>', num_workers: 1 } }]);
  });

  it('writes run_if, retries, timeouts and disabled only when they differ from the defaults, after the compute', () => {
    const job = withTasks(customer, (t, i) =>
      i === 1 ? { ...t, run_if: 'ALL_DONE', max_retries: 2, min_retry_interval_millis: 60000, retry_on_timeout: true, timeout_seconds: 1800, disabled: true } : { ...t, run_if: 'ALL_SUCCESS', max_retries: 0 },
    );
    const res = jobResource(job) as { tasks: Record<string, unknown>[] };
    expect(Object.keys(res.tasks[0] as object)).toEqual(['task_key', 'notebook_task', 'existing_cluster_id']);
    expect(Object.keys(res.tasks[1] as object)).toEqual([
      'task_key',
      'depends_on',
      'run_if',
      'notebook_task',
      'existing_cluster_id',
      'max_retries',
      'min_retry_interval_millis',
      'retry_on_timeout',
      'timeout_seconds',
      'disabled',
    ]);
  });

  it('places schedule and continuous in their own fields and the other triggers under trigger', () => {
    const sched = jobResource({ ...customer, trigger: { kind: 'schedule', quartz_cron_expression: '0 0 6 * * ?', timezone_id: 'UTC' } });
    expect(sched.schedule).toEqual({ quartz_cron_expression: '0 0 6 * * ?', timezone_id: 'UTC', pause_status: 'UNPAUSED' });
    expect(sched).not.toHaveProperty('trigger');
    const cont = jobResource({ ...customer, trigger: { kind: 'continuous', paused: true } });
    expect(cont.continuous).toEqual({ pause_status: 'PAUSED' });
    const periodic = jobResource({ ...customer, trigger: { kind: 'periodic', interval: 1, unit: 'DAYS' } });
    expect(periodic.trigger).toEqual({ pause_status: 'UNPAUSED', periodic: { interval: 1, unit: 'DAYS' } });
    const file = jobResource({ ...customer, trigger: { kind: 'file_arrival', url: '/Volumes/retailhub_alice/default/landing/' } });
    expect(file.trigger).toEqual({ pause_status: 'UNPAUSED', file_arrival: { url: '/Volumes/retailhub_alice/default/landing/' } });
    const all = jobResource({ ...orders, trigger: { kind: 'table_update', table_names: ['a.b.c', 'a.b.d'], condition: 'ALL_UPDATED', wait_after_last_change_seconds: 120 } });
    expect(all.trigger).toEqual({ pause_status: 'UNPAUSED', table_update: { table_names: ['a.b.c', 'a.b.d'], condition: 'ALL_UPDATED', wait_after_last_change_seconds: 120 } });
    expect(jobResource({ ...customer, trigger: { kind: 'manual' } })).not.toHaveProperty('trigger');
  });

  it('refuses two jobs with the same bundle key instead of silently dropping one', () => {
    expect(() => bundleObject([customer, { ...orders, key: customer.key }])).toThrow(/alice_customer_pipeline/);
  });
});

describe.skipIf(!SCHEMA.available)(`bundles against the Databricks bundle schema${SCHEMA.skipNote}`, () => {
  let schema: object;
  beforeAll(() => {
    schema = loadSchema();
  });

  const expectValid = (text: string): void => {
    const r = validateBundle(text, schema);
    expect(r.valid, describeErrors(r.errors)).toBe(true);
  };

  it('accepts the reference jobs for alice, alone and with bundle/targets blocks', () => {
    expectValid(bundleYaml(referenceJobs('alice')));
    expectValid(bundleYaml(referenceJobs('Ana María'), { bundleName: 'lakeflow_lab', devTarget: true }));
  });

  it('accepts learner variants: other compute, run_if, retries, disabled, every trigger kind, pipeline tasks', () => {
    const variants: JobSpec[] = [
      withTasks(customer, (t) => ({ ...t, compute: { kind: 'serverless' } })),
      withTasks(customer, (t) => ({ ...t, compute: { kind: 'job_cluster', key: 'etl_cluster' } })),
      withTasks(orders, (t, i) => (i === 3 ? { ...t, run_if: 'AT_LEAST_ONE_FAILED', max_retries: -1, timeout_seconds: 600, retry_on_timeout: true, disabled: true } : t)),
      { ...customer, trigger: { kind: 'schedule', quartz_cron_expression: '0 0 6 * * ?', timezone_id: 'Europe/London', paused: true } },
      { ...customer, trigger: { kind: 'continuous', task_retry_mode: 'ON_FAILURE' } },
      { ...customer, trigger: { kind: 'periodic', interval: 15, unit: 'MINUTES' } },
      { ...customer, trigger: { kind: 'file_arrival', url: '/Volumes/retailhub_alice/default/landing/', min_time_between_triggers_seconds: 60 } },
      { ...orders, trigger: { kind: 'table_update', table_names: ['a.b.c'], condition: 'ALL_UPDATED' }, queue: { enabled: false }, parameters: [] },
      practiceConfigJob(),
      practiceDagJob(),
      randomDag(7, { minTasks: 6, maxTasks: 9, withRunIf: true }),
    ];
    for (const job of variants) expectValid(bundleYaml([job]));
  });

  it.skipIf(!LAB.available)(`accepts the lab's own two reference YAML blocks${LAB.skipNote}`, () => {
    const blocks = labYamlBlocks();
    expect(blocks).toHaveLength(2);
    for (const block of blocks) expectValid(block);
  });

  it('rejects a task without task_key, naming the missing property', () => {
    const obj = bundleObject([customer]) as { resources: { jobs: Record<string, { tasks: Record<string, unknown>[] }> } };
    delete obj.resources.jobs.alice_customer_pipeline?.tasks[1]?.task_key;
    const r = validateBundle(JSON.stringify(obj), schema);
    expect(r.valid).toBe(false);
    expect(r.errors).toContainEqual(
      expect.objectContaining({ keyword: 'required', instancePath: '/resources/jobs/alice_customer_pipeline/tasks/1', params: { missingProperty: 'task_key' } }),
    );
  });

  it('rejects an unknown run_if with an enum error listing the allowed values', () => {
    const text = bundleYaml([withTasks(customer, (t, i) => (i === 1 ? { ...t, run_if: 'ALL_DONE' } : t))]).replace('run_if: ALL_DONE', 'run_if: WHEN_READY');
    const r = validateBundle(text, schema);
    expect(r.valid).toBe(false);
    const enumError = r.errors.find((e) => e.keyword === 'enum' && e.instancePath === '/resources/jobs/alice_customer_pipeline/tasks/1/run_if');
    expect(enumError, describeErrors(r.errors)).toBeDefined();
    expect((enumError?.params as { allowedValues: string[] }).allowedValues).toEqual(expect.arrayContaining(['ALL_SUCCESS', 'ALL_DONE', 'AT_LEAST_ONE_FAILED']));
  });

  it('rejects a table_update trigger without table_names and a depends_on entry with a stray field', () => {
    const obj = bundleObject([orders]) as { resources: { jobs: Record<string, { trigger: { table_update: Record<string, unknown> }; tasks: Array<{ depends_on?: Record<string, unknown>[] }> }> } };
    const job = obj.resources.jobs.alice_orders_pipeline;
    if (job === undefined) throw new Error('job missing');
    delete job.trigger.table_update.table_names;
    (job.tasks[1]?.depends_on ?? [])[0] = { task_key: 'bronze_orders', key: 'oops' };
    const r = validateBundle(JSON.stringify(obj), schema);
    expect(r.valid).toBe(false);
    expect(r.errors).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: 'table_names' } }));
    expect(r.errors).toContainEqual(expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'key' } }));
  });
});

describe.skipIf(!LAB.available)(`generated YAML equals the lab's reference YAML after renaming demo_/retailhub_trainer${LAB.skipNote}`, () => {
  it.each([
    ['orders', 0, orders],
    ['customer', 1, customer],
  ] as const)('%s pipeline', (_name, block, job) => {
    const lab = relabel(parse(labYamlBlocks()[block] as string), 'alice');
    const ours = parse(bundleYaml([job])) as unknown;
    expect(ours).toEqual(lab);
    // Same field order as well, so the side-by-side view lines up.
    expect(keyOrder(ours)).toEqual(keyOrder(lab));
  });
});
