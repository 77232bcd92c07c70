import { describe, expect, it } from 'vitest';
import {
  MAX_PAST_RUNS,
  WORKSHOP_STATE_VERSION,
  createWorkshopStore,
  defaultJobId,
  initialBuilderState,
  restoreBuilderState,
  serializeBuilderState,
  workshopReducer,
  type BuilderState,
} from '../../src/workshop';
import { apply, doneUpTo } from './helpers';

describe('workshopReducer', () => {
  it('creates the customer job once, keeping the first Job ID', () => {
    const s1 = apply(initialBuilderState(), { type: 'job/create', job: 'customer', id: 42 });
    expect(s1.customer).toEqual({ id: 42, parameters: [], tasks: [], trigger: { type: 'none', table: '', url: '', paused: false } });
    const s2 = workshopReducer(s1, { type: 'job/create', job: 'customer', id: 43 });
    expect(s2).toBe(s1);
  });

  it('creating the orders job copies the customer parameters, as a copy', () => {
    const s = apply(doneUpTo(3), { type: 'job/create', job: 'orders' });
    expect(s.orders?.parameters).toEqual(s.customer?.parameters);
    expect(s.orders?.parameters).not.toBe(s.customer?.parameters);
    expect(s.orders?.id).toBe(defaultJobId('orders'));
    const edited = apply(s, { type: 'param/set', job: 'customer', index: 0, field: 'value', value: 'x' });
    expect(edited.orders?.parameters[0]?.value).toBe('retailhub_ana');
    const copied = apply(edited, { type: 'params/copy', from: 'customer', to: 'orders' });
    expect(copied.orders?.parameters[0]?.value).toBe('x');
  });

  it('an edit on a job that was not created yet creates it (nobody is stuck after skipping step 1)', () => {
    const s = apply(initialBuilderState(), { type: 'name/set', value: 'Bo' });
    expect(s.customer?.id).toBe(defaultJobId('customer'));
    expect(s.learnerName).toBe('Bo');
    const t = apply(initialBuilderState(), { type: 'task/set', job: 'orders', index: 2, patch: { task_key: 'gold_daily_orders' } });
    expect(t.orders?.tasks.map((x) => x.task_key)).toEqual(['', '', 'gold_daily_orders']);
  });

  it('returns the same state for actions that change nothing', () => {
    const s = doneUpTo(7);
    expect(workshopReducer(s, { type: 'name/set', value: 'Ana' })).toBe(s);
    expect(workshopReducer(s, { type: 'task/set', job: 'customer', index: 0, patch: { task_key: 'bronze_customer', depends_on: [] } })).toBe(s);
    expect(workshopReducer(s, { type: 'trigger/set', job: 'orders', patch: { paused: false } })).toBe(s);
    expect(workshopReducer(s, { type: 'param/remove', job: 'customer', index: 9 })).toBe(s);
    expect(workshopReducer(s, { type: 'task/set', job: 'customer', index: -1, patch: { task_key: 'x' } })).toBe(s);
    expect(workshopReducer(s, { type: 'run/clear' })).toBe(s);
  });

  it('keeps untouched slices identical so memoised views skip them', () => {
    const s = doneUpTo(7);
    const n = workshopReducer(s, { type: 'task/set', job: 'orders', index: 1, patch: { notebook_path: '/x' } });
    expect(n.customer).toBe(s.customer);
    expect(n.orders?.tasks[0]).toBe(s.orders?.tasks[0]);
    expect(n.orders?.tasks[1]).not.toBe(s.orders?.tasks[1]);
  });

  it('adds, edits and removes parameters', () => {
    let s = apply(initialBuilderState(), { type: 'param/add', job: 'customer' }, { type: 'param/add', job: 'customer' });
    expect(s.customer?.parameters).toHaveLength(2);
    s = apply(s, { type: 'param/set', job: 'customer', index: 1, field: 'name', value: 'catalog' });
    s = apply(s, { type: 'param/remove', job: 'customer', index: 0 });
    expect(s.customer?.parameters).toEqual([{ name: 'catalog', value: '' }]);
  });

  it('renaming a task renames the dependencies on it; removing it drops them', () => {
    let s = doneUpTo(5);
    s = apply(s, { type: 'task/set', job: 'customer', index: 0, patch: { task_key: 'bronze_c' } });
    expect(s.customer?.tasks[1]?.depends_on).toEqual(['bronze_c']);
    s = apply(s, { type: 'task/remove', job: 'customer', index: 0 });
    expect(s.customer?.tasks.map((t) => [t.task_key, t.depends_on])).toEqual([['silver_customer', []]]);
  });

  it('sets the trigger field by field', () => {
    let s = apply(initialBuilderState(), { type: 'trigger/set', job: 'orders', patch: { type: 'table_update' } });
    s = apply(s, { type: 'trigger/set', job: 'orders', patch: { table: 'a.b.c', paused: true } });
    expect(s.orders?.trigger).toEqual({ type: 'table_update', table: 'a.b.c', url: '', paused: true });
  });

  it('records and clears a run, resets and restores', () => {
    const record = { fingerprint: 'abc', at: 1, history: [] };
    let s = apply(doneUpTo(2), { type: 'run/record', record });
    expect(s.lastRun).toBe(record);
    s = apply(s, { type: 'run/clear' });
    expect(s.lastRun).toBeNull();
    expect(apply(s, { type: 'reset' })).toEqual(initialBuilderState());
    expect(apply(initialBuilderState(), { type: 'restore', saved: serializeBuilderState(s) })).toEqual(s);
  });
});

describe('earlier runs (kept for the system tables, #17)', () => {
  const record = (at: number) => ({ fingerprint: 'f', at, history: [] });

  it('keeps each replaced run, oldest first, at most MAX_PAST_RUNS, and a repeated record once', () => {
    let s = apply(doneUpTo(2), { type: 'run/record', record: record(1) });
    expect(s.pastRuns).toBeUndefined();
    s = apply(s, { type: 'run/record', record: record(1) });
    expect(s.pastRuns).toBeUndefined();
    s = apply(s, { type: 'run/record', record: record(2) });
    expect(s.pastRuns?.map((r) => r.at)).toEqual([1]);
    for (let at = 3; at < 3 + MAX_PAST_RUNS + 5; at++) s = apply(s, { type: 'run/record', record: record(at) });
    expect(s.pastRuns).toHaveLength(MAX_PAST_RUNS);
    expect(s.pastRuns?.[MAX_PAST_RUNS - 1]?.at).toBe((s.lastRun?.at ?? 0) - 1);
    expect(restoreBuilderState(JSON.parse(JSON.stringify(serializeBuilderState(s))))).toEqual(s);
  });

  it("restores a run's saved details, dropping a damaged one", () => {
    const good = { job: 'customer', spec: { key: 'k', name: 'k', parameters: [], tasks: [{ task_key: 'a', depends_on: [], compute: { kind: 'serverless' } }] }, startedAt: 5, launched: 'manual', result: 'SUCCESS', durationSeconds: 3, tasks: [{ task_key: 'a', state: 'SUCCESS', ran: true, kept: false, attempts: [{ attempt: 0, start: 0, end: 3, result: 'SUCCESS' }], ready: 0, end: 3 }] };
    const s = restoreBuilderState({ version: 1, learnerName: '', lastRun: { fingerprint: 'f', at: 5, history: [], runs: [good, { ...good, startedAt: 'x' }, { ...good, tasks: [{ task_key: 'a' }] }] }, pastRuns: [3, { fingerprint: 'g', at: 1, history: [] }] });
    expect(s.lastRun?.runs).toEqual([good]);
    expect(s.pastRuns?.map((r) => r.fingerprint)).toEqual(['g']);
  });
});

describe('saving and restoring', () => {
  it('round-trips through JSON with its version', () => {
    const s: BuilderState = apply(doneUpTo(7), {
      type: 'run/record',
      record: { fingerprint: 'f', at: 5, history: [{ job: 'orders', jobName: 'x', runId: 2, launched: 'table_update', result: 'SUCCESS', startedAt: 9, durationSeconds: 3 }], notTriggered: 'n' },
    });
    const saved = JSON.parse(JSON.stringify(serializeBuilderState(s)));
    expect(saved.version).toBe(WORKSHOP_STATE_VERSION);
    expect(restoreBuilderState(saved)).toEqual(s);
  });

  it('gives a fresh state for garbage or another version', () => {
    for (const bad of [undefined, null, 3, 'x', [], {}, { version: 99, learnerName: 'a' }]) {
      expect(restoreBuilderState(bad)).toEqual(initialBuilderState());
    }
  });

  it('repairs damaged fields one by one and keeps the rest', () => {
    const s = restoreBuilderState({
      version: 1,
      learnerName: 'Zoé',
      customer: { id: 'x', parameters: [{ name: 'catalog', value: 3 }, 7], tasks: [{ task_key: 'a', type: 'sql', compute: 'gpu', depends_on: ['b', 4] }, null], trigger: 5 },
      orders: 'nope',
      lastRun: { fingerprint: 1 },
    });
    expect(s.learnerName).toBe('Zoé');
    expect(s.customer?.id).toBe(defaultJobId('customer'));
    expect(s.customer?.parameters).toEqual([{ name: 'catalog', value: '' }]);
    expect(s.customer?.tasks[0]).toEqual({ task_key: 'a', type: 'notebook', source: 'WORKSPACE', notebook_path: '', compute: null, depends_on: ['b'] });
    expect(s.customer?.tasks[1]?.task_key).toBe('');
    expect(s.customer?.trigger.type).toBe('none');
    expect(s.orders).toBeNull();
    expect(s.lastRun).toBeNull();
  });
});

describe('createWorkshopStore', () => {
  it('restores, dispatches, notifies and reports changes only', () => {
    const changes: BuilderState[] = [];
    const store = createWorkshopStore(serializeBuilderState(doneUpTo(2, 'Li')), (s) => changes.push(s));
    expect(store.get().learnerName).toBe('Li');
    let calls = 0;
    const off = store.subscribe(() => calls++);
    const before = store.get();
    store.dispatch({ type: 'name/set', value: 'Li' });
    expect(store.get()).toBe(before);
    store.dispatch({ type: 'name/set', value: 'Lu' });
    expect(store.get().learnerName).toBe('Lu');
    expect(calls).toBe(1);
    expect(changes).toHaveLength(1);
    off();
    store.dispatch({ type: 'name/set', value: 'Le' });
    expect(calls).toBe(1);
  });
});
