import { describe, expect, it } from 'vitest';
import { topoOrder, type JobSpec } from '../../src/jobs';
import { initRunView, planPipelineRun, runViewReducer, tableWrittenBy, whyNotTriggered, type RunViewState, type TimelineEvent } from '../../src/workshop';
import { apply, doneUpTo } from './helpers';

const OPTS = { startAt: 1_700_000_000_000, runId: 9001 };

function playAll(state: RunViewState): RunViewState[] {
  const frames = [state];
  let s = state;
  while (!s.done) {
    s = runViewReducer(s, { type: 'tick' });
    frames.push(s);
    if (frames.length > 500) throw new Error('the run never ends');
  }
  return frames;
}

describe('planPipelineRun', () => {
  const plan = planPipelineRun(doneUpTo(7), OPTS);

  it('runs the customer job, fires the orders trigger on silver_customers, runs the orders job', () => {
    expect(plan.problems).toEqual([]);
    expect(plan.notTriggered).toBeUndefined();
    expect(plan.jobs.map((j) => [j.job, j.run.result, j.launched, j.runId])).toEqual([
      ['customer', 'SUCCESS', 'manual', 9001],
      ['orders', 'SUCCESS', 'table_update', 9002],
    ]);
    const trigger = plan.events.find((e) => e.kind === 'trigger') as Extract<TimelineEvent, { kind: 'trigger' }>;
    expect(trigger.table).toBe('retailhub_ana.silver.silver_customers');
    const silverDone = plan.events.find((e) => e.kind === 'task' && e.task_key === 'silver_customer' && e.state === 'SUCCESS');
    expect(trigger.t).toBe(silverDone?.t);
    // The orders job starts only once silver_customers has been written.
    const firstOrders = plan.events.findIndex((e) => e.job === 'orders');
    const silverWrite = plan.events.findIndex((e) => e.kind === 'table' && e.table.endsWith('.silver.silver_customers'));
    expect(silverWrite).toBeGreaterThan(-1);
    expect(firstOrders).toBeGreaterThan(silverWrite);
  });

  it('events are in time order and each job\'s tasks start in dependency order', () => {
    for (let i = 1; i < plan.events.length; i++) expect(plan.events[i]!.t).toBeGreaterThanOrEqual(plan.events[i - 1]!.t);
    for (const j of plan.jobs) {
      const starts = plan.events.filter((e) => e.kind === 'task' && e.job === j.job && e.state === 'RUNNING').map((e) => (e as { task_key: string }).task_key);
      expect(starts).toEqual(topoOrder(j.spec));
    }
  });

  it('records both runs in the Run History, newest first', () => {
    expect(plan.record.history.map((h) => [h.jobName, h.result, h.launched])).toEqual([
      ['ana_orders_pipeline', 'SUCCESS', 'table_update'],
      ['ana_customer_pipeline', 'SUCCESS', 'manual'],
    ]);
    const [orders, customer] = plan.record.history;
    expect(customer!.startedAt).toBe(OPTS.startAt);
    expect(orders!.startedAt).toBe(OPTS.startAt + customer!.durationSeconds * 1000);
  });

  it('is deterministic', () => {
    expect(planPipelineRun(doneUpTo(7), OPTS)).toEqual(plan);
  });

  it('does not start the orders job when the trigger does not match, and says why', () => {
    const s = apply(doneUpTo(7), { type: 'trigger/set', job: 'orders', patch: { table: 'silver_customers' } });
    const p = planPipelineRun(s, OPTS);
    expect(p.jobs.map((j) => j.job)).toEqual(['customer']);
    expect(p.notTriggered).toMatch(/^Its trigger watches silver_customers, but the customer pipeline updated retailhub_ana\.bronze\.bronze_customers, retailhub_ana\.silver\.silver_customers/);
    expect(p.record.notTriggered).toBe(p.notTriggered);
    const paused = planPipelineRun(apply(doneUpTo(7), { type: 'trigger/set', job: 'orders', patch: { paused: true } }), OPTS);
    expect(paused.notTriggered).toBe('Its table update trigger is paused (step 7).');
    expect(planPipelineRun(doneUpTo(6), OPTS).notTriggered).toBe('The orders job has no trigger, so nothing starts it (step 7).');
    expect(planPipelineRun(doneUpTo(5), OPTS).notTriggered).toBe('There is no orders job yet (step 6).');
  });

  it('a trigger on bronze_customers starts the orders job before the customer job ends', () => {
    const s = apply(doneUpTo(7), { type: 'trigger/set', job: 'orders', patch: { table: 'retailhub_ana.bronze.bronze_customers' } });
    const p = planPipelineRun(s, OPTS);
    const orders = p.jobs.find((j) => j.job === 'orders')!;
    expect(orders.start).toBeLessThan(p.jobs[0]!.run.duration);
  });

  it('writes tables in the catalog the job parameter names', () => {
    const s = apply(doneUpTo(7), { type: 'param/set', job: 'customer', index: 0, field: 'value', value: 'retailhub_other' });
    const p = planPipelineRun(s, OPTS);
    expect(p.notTriggered).toMatch(/updated retailhub_other\.bronze\.bronze_customers, retailhub_other\.silver\.silver_customers/);
  });

  it('refuses to run a customer job that cannot run', () => {
    expect(planPipelineRun(doneUpTo(1), OPTS).problems).toEqual(['The customer job cannot run: The job has no tasks yet. Add a task.']);
    expect(planPipelineRun(apply(doneUpTo(1), { type: 'run/clear' }), OPTS).events).toEqual([]);
  });

  it('tableWrittenBy follows the notebook, then the task name', () => {
    const job: JobSpec = { key: 'k', name: 'k', parameters: [], tasks: [] };
    const t = { task_key: 'x', type: 'notebook' as const, notebook_path: '/W/gold_daily_orders', source: 'WORKSPACE' as const, compute: { kind: 'serverless' as const }, depends_on: [] };
    expect(tableWrittenBy(t, job, 'c')).toBe('c.gold.gold_daily_orders');
    expect(tableWrittenBy({ ...t, notebook_path: '/W/nb', task_key: 'silver_x' }, job, 'c')).toBe('c.silver.silver_x');
    expect(tableWrittenBy({ ...t, notebook_path: '/W/nb' }, job, 'c')).toBeUndefined();
    expect(whyNotTriggered({ ...job, trigger: { kind: 'continuous' } }, [])).toBe('Its trigger is continuous, which does not react to table updates (step 7).');
  });
});

describe('runViewReducer', () => {
  const plan = planPipelineRun(doneUpTo(7), OPTS);

  it('starts idle with every task pending', () => {
    const s = initRunView(plan);
    expect(s.jobs).toEqual({ customer: 'idle', orders: 'idle' });
    expect(s.tasks.customer).toEqual({ bronze_customer: 'PENDING', silver_customer: 'PENDING' });
    expect(Object.keys(s.tasks.orders)).toEqual(['bronze_orders', 'silver_orders', 'gold_daily_orders', 'gold_customer_orders_summary']);
    expect(s.done).toBe(false);
  });

  it('ticks one change at a time to the end: both jobs succeed', () => {
    const frames = playAll(initRunView(plan));
    const last = frames[frames.length - 1]!;
    expect(last.jobs).toEqual({ customer: 'SUCCESS', orders: 'SUCCESS' });
    expect(Object.values(last.tasks.orders).every((t) => t === 'SUCCESS')).toBe(true);
    expect(last.applied).toBe(plan.events.length);
    expect(frames.length).toBeGreaterThan(10);
    // The orders job only runs after the customer one succeeded.
    const ordersRunning = frames.findIndex((f) => f.jobs.orders === 'RUNNING');
    expect(frames[ordersRunning]!.jobs.customer).toBe('SUCCESS');
    expect(last.log).toContain('Table update trigger fired on retailhub_ana.silver.silver_customers: ana_orders_pipeline starts.');
    expect(runViewReducer(last, { type: 'tick' })).toBe(last);
  });

  it('silver_customer is blocked while bronze_customer runs', () => {
    const s = runViewReducer(initRunView(plan), { type: 'tick' });
    const s2 = runViewReducer(s, { type: 'tick' });
    expect(s2.tasks.customer).toEqual({ bronze_customer: 'RUNNING', silver_customer: 'BLOCKED' });
  });

  it('finish jumps to the end and explains a missing orders run', () => {
    const s = apply(doneUpTo(7), { type: 'trigger/set', job: 'orders', patch: { type: 'none' } });
    const end = runViewReducer(initRunView(planPipelineRun(s, OPTS)), { type: 'finish' });
    expect(end.done).toBe(true);
    expect(end.jobs).toEqual({ customer: 'SUCCESS', orders: 'idle' });
    expect(end.log[end.log.length - 1]).toBe('The orders pipeline did not start. The orders job has no trigger, so nothing starts it (step 7).');
  });
});
