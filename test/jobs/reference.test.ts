import { describe, expect, it } from 'vitest';
import { learnerSlug, practiceConfigJob, practiceDagJob, randomDag, referenceJobs, topoOrder, validateJob } from '../../src/jobs';

describe('referenceJobs', () => {
  it("builds the lab's two jobs for a learner", () => {
    const [customer, orders] = referenceJobs('alice');
    if (customer === undefined || orders === undefined) throw new Error('reference jobs missing');
    expect(customer.name).toBe('alice_customer_pipeline');
    expect(customer.key).toBe('alice_customer_pipeline');
    expect(customer.tasks.map((t) => [t.task_key, t.depends_on])).toEqual([
      ['bronze_customer', []],
      ['silver_customer', ['bronze_customer']],
    ]);
    expect(customer.trigger).toBeUndefined();
    expect(orders.name).toBe('alice_orders_pipeline');
    expect(topoOrder(orders)).toEqual(['bronze_orders', 'silver_orders', 'gold_daily_orders', 'gold_customer_orders_summary']);
    expect(orders.trigger).toEqual({ kind: 'table_update', table_names: ['retailhub_alice.silver.silver_customers'] });
    for (const job of [customer, orders]) {
      expect(job.queue).toEqual({ enabled: true });
      expect(job.parameters).toEqual([
        { name: 'catalog', default: 'retailhub_alice' },
        { name: 'source_path', default: '/Volumes/retailhub_alice/default/datasets' },
      ]);
      expect(job.tasks.every((t) => t.compute.kind === 'existing_cluster' && t.source === 'WORKSPACE')).toBe(true);
    }
    expect(customer.tasks[1]?.notebook_path).toBe('/Workspace/Users/alice/retailhub/silver_customers');
  });

  it('turns any learner name into a safe slug', () => {
    expect(learnerSlug('Alice')).toBe('alice');
    expect(learnerSlug(' Ana María-López ')).toBe('ana_maria_lopez');
    expect(learnerSlug('!!!')).toBe('learner');
    const ana = referenceJobs('Ana María')[0];
    if (ana === undefined) throw new Error('reference job missing');
    expect(validateJob(ana)).toEqual([]);
    expect(ana.parameters[0]?.default).toBe('retailhub_ana_maria');
  });

  it('provides the practice jobs of Tasks 1 and 4 as valid jobs', () => {
    expect(validateJob(practiceConfigJob())).toEqual([]);
    expect(validateJob(practiceDagJob())).toEqual([]);
    expect(practiceConfigJob().tasks.map((t) => [t.task_key, t.timeout_seconds ?? null, t.max_retries ?? null])).toEqual([
      ['refresh_pipeline', 1800, null],
      ['validate_results', null, 2],
      ['generate_report', null, null],
    ]);
  });
});

describe('randomDag', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(randomDag(42)).toEqual(randomDag(42));
    const shapes = new Set(Array.from({ length: 20 }, (_, s) => JSON.stringify(randomDag(s).tasks.map((t) => [t.task_key, t.depends_on]))));
    expect(shapes.size).toBeGreaterThan(10);
  });

  it('uses medallion-style task names', () => {
    const names = Array.from({ length: 30 }, (_, s) => randomDag(s, { minTasks: 5, maxTasks: 8 }).tasks.map((t) => t.task_key)).flat();
    expect(names.some((n) => /^(ingest|bronze|load_raw)_/.test(n))).toBe(true);
    expect(names.some((n) => /^(silver|clean|validate|build_dim)_/.test(n))).toBe(true);
    expect(names.every((n) => /^[a-z0-9_]+$/.test(n))).toBe(true);
  });
});
