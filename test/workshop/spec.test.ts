import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundleYaml } from '../../src/bundle';
import { referenceJobs, validateJob } from '../../src/jobs';
import { LAB08 } from '../../src/lessons';
import { JOB_CLUSTER_KEY, computeSpec, initialBuilderState, jobsFingerprint, toJobSpecs, triggerSpec } from '../../src/workshop';
import { apply, doneUpTo } from './helpers';

describe('toJobSpecs', () => {
  it('is empty before any job exists, and grows with the steps', () => {
    expect(toJobSpecs(initialBuilderState())).toEqual([]);
    expect(toJobSpecs(doneUpTo(1)).map((j) => j.name)).toEqual(['learner_customer_pipeline']);
    expect(toJobSpecs(doneUpTo(6)).map((j) => j.name)).toEqual(['ana_customer_pipeline', 'ana_orders_pipeline']);
  });

  it.each(['Ana', 'Ana María', 'j.doe-42'])('the lab done right for %s validates and equals the reference jobs', (name) => {
    const jobs = toJobSpecs(doneUpTo(7, name));
    for (const job of jobs) expect(validateJob(job)).toEqual([]);
    expect(jobs).toEqual(referenceJobs(name));
    expect(bundleYaml(jobs)).toBe(bundleYaml(referenceJobs(name)));
  });

  it('writes YAML shaped like the lab\'s reference definitions', () => {
    const yaml = parse(bundleYaml(toJobSpecs(doneUpTo(7, 'trainer')))) as { resources: { jobs: Record<string, unknown> } };
    const refOrders = parse(LAB08.workshop.reference.ordersYaml) as { resources: { jobs: Record<string, unknown> } };
    const refCustomer = parse(LAB08.workshop.reference.customerYaml) as { resources: { jobs: Record<string, unknown> } };
    const relabel = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replace(/\/Workspace\/Users\/trainer\/retailhub\//g, '/Workspace/.../'));
    expect(relabel(yaml.resources.jobs.trainer_customer_pipeline)).toEqual({ ...(refCustomer.resources.jobs.demo_customer_pipeline as object), name: 'trainer_customer_pipeline' });
    expect(relabel(yaml.resources.jobs.trainer_orders_pipeline)).toEqual({ ...(refOrders.resources.jobs.demo_orders_pipeline as object), name: 'trainer_orders_pipeline' });
  });

  it('leaves blank slots out and keeps mistakes for validateJob to report', () => {
    const s = apply(doneUpTo(5), { type: 'param/add', job: 'customer' }, { type: 'task/set', job: 'customer', index: 3, patch: { task_key: 'x y' } });
    const [customer] = toJobSpecs(s);
    expect(customer?.parameters).toHaveLength(2);
    expect(customer?.tasks.map((t) => t.task_key)).toEqual(['bronze_customer', 'silver_customer', 'x y']);
    const codes = validateJob(customer!).map((p) => p.code);
    expect(codes).toContain('task_key_charset');
    expect(codes).toContain('notebook_path_missing');
    expect(codes).toContain('cluster_id_missing');
  });

  it('maps the compute and trigger choices to the model', () => {
    expect(computeSpec('shared')).toEqual({ kind: 'existing_cluster', id: '<CLUSTER_ID>' });
    expect(computeSpec('job_cluster')).toEqual({ kind: 'job_cluster', key: JOB_CLUSTER_KEY });
    expect(computeSpec('serverless')).toEqual({ kind: 'serverless' });
    expect(computeSpec(null)).toEqual({ kind: 'existing_cluster', id: '' });
    expect(triggerSpec({ type: 'none', table: 'a', url: '', paused: false })).toBeUndefined();
    expect(triggerSpec({ type: 'table_update', table: '', url: '', paused: true })).toEqual({ kind: 'table_update', table_names: [], paused: true });
    expect(triggerSpec({ type: 'file_arrival', table: '', url: '/Volumes/a', paused: false })).toEqual({ kind: 'file_arrival', url: '/Volumes/a' });
    expect(triggerSpec({ type: 'continuous', table: '', url: '', paused: false })).toEqual({ kind: 'continuous' });
  });

  it('a job cluster choice exports a job_clusters entry that validates', () => {
    const s = apply(doneUpTo(5), { type: 'task/set', job: 'customer', index: 0, patch: { compute: 'job_cluster' } });
    const [customer] = toJobSpecs(s);
    expect(validateJob(customer!)).toEqual([]);
    expect(bundleYaml([customer!])).toContain('job_cluster_key: job_cluster');
  });

  it('the fingerprint changes with the jobs and only with them', () => {
    const a = doneUpTo(7);
    expect(jobsFingerprint(toJobSpecs(a))).toMatch(/^[0-9a-f]{8}$/);
    expect(jobsFingerprint(toJobSpecs(a))).toBe(jobsFingerprint(toJobSpecs(doneUpTo(7))));
    const b = apply(a, { type: 'trigger/set', job: 'orders', patch: { paused: true } });
    expect(jobsFingerprint(toJobSpecs(b))).not.toBe(jobsFingerprint(toJobSpecs(a)));
  });
});
