// Step 8, "Run now", simulated: the customer job runs its tasks in dependency order, each
// successful task updates the table its notebook writes, and every table update is offered to
// the orders job's trigger (tableUpdateFires). If it fires, the orders job runs too. The result is
// one timeline of events that a view animates with a timer, through a pure reducer, and a
// RunRecord for the Run History.

import { JobNotRunnableError, simulateRun, type RunResult } from '../jobs/simulate';
import { jobFiresOnTableUpdate, triggersOf } from '../jobs/triggers';
import type { JobResultState, JobSpec, TaskEventState, TaskSpec } from '../jobs/types';
import { catalogFor } from './expected';
import { jobSpecFor, jobsFingerprint, toJobSpecs } from './spec';
import type { BuilderState, JobRef, RunHistoryEntry, RunRecord, SavedJobRun } from './state';

export type TimelineEvent =
  | { t: number; kind: 'job'; job: JobRef; state: 'RUNNING' | JobResultState; runId: number }
  | { t: number; kind: 'task'; job: JobRef; task_key: string; state: TaskEventState }
  | { t: number; kind: 'table'; job: JobRef; task_key: string; table: string }
  | { t: number; kind: 'trigger'; job: JobRef; table: string };

export interface PlannedJob {
  job: JobRef;
  spec: JobSpec;
  run: RunResult;
  /** Simulated seconds after Run now. */
  start: number;
  runId: number;
  launched: RunHistoryEntry['launched'];
}

export interface PipelinePlan {
  /** Why Run now is not possible at all (the customer job cannot run). */
  problems: string[];
  jobs: PlannedJob[];
  events: TimelineEvent[];
  /** Why the orders job did not start, when it did not. */
  notTriggered?: string;
  record: RunRecord;
}

export interface PlanOptions {
  /** When Run now was pressed (ms since epoch): the Run History's start times. */
  startAt: number;
  /** The customer run's id; the orders run gets the next one. */
  runId: number;
}

/** How long each notebook runs in the simulation (seconds). Not from the lab: only for pacing. */
const SECONDS: Record<string, number> = { bronze: 40, silver: 55, gold: 35 };

function durationOf(task: TaskSpec): number {
  return SECONDS[task.task_key.split('_')[0] ?? ''] ?? 45;
}

const MEDALLION = /^(bronze|silver|gold)_/;

/**
 * The table a notebook task writes: the lab's notebooks write `<layer>.<notebook name>` in the
 * job's `catalog` parameter (or the learner's catalog when the parameter is missing).
 */
export function tableWrittenBy(task: TaskSpec, job: JobSpec, fallbackCatalog: string): string | undefined {
  if (task.type !== 'notebook') return undefined;
  const base = task.notebook_path.trim().replace(/\/+$/, '').split('/').pop() ?? '';
  const name = MEDALLION.test(base) ? base : MEDALLION.test(task.task_key) ? task.task_key : '';
  if (name === '') return undefined;
  const layer = (MEDALLION.exec(name) as RegExpExecArray)[1] as string;
  const catalog = job.parameters.find((p) => p.name === 'catalog')?.default.trim() || fallbackCatalog;
  return `${catalog}.${layer}.${name}`;
}

/** Why a job's trigger did not fire for these updated tables, in learner language. */
export function whyNotTriggered(orders: JobSpec | undefined, updated: readonly string[]): string {
  if (!orders) return 'There is no orders job yet (step 6).';
  const triggers = triggersOf(orders);
  if (triggers.length === 0) return 'The orders job has no trigger, so nothing starts it (step 7).';
  const t = triggers[0] as (typeof triggers)[number];
  if (t.kind !== 'table_update') return `Its trigger is ${t.kind.replace('_', ' ')}, which does not react to table updates (step 7).`;
  if (t.paused === true) return 'Its table update trigger is paused (step 7).';
  const watched = t.table_names.join(', ') || 'no table';
  const list = updated.length > 0 ? updated.join(', ') : 'no table';
  return `Its trigger watches ${watched}, but the customer pipeline updated ${list} (step 7).`;
}

function offset(job: JobRef, start: number, run: RunResult): TimelineEvent[] {
  return run.events.map((e) => ({ t: e.t + start, kind: 'task' as const, job, task_key: e.task_key, state: e.state }));
}

/**
 * Plan the whole "Run now" of step 8 from the learner's jobs. Deterministic for a given state
 * and options; throws nothing (a job that cannot run becomes a problem or a not-triggered reason).
 */
export function planPipelineRun(state: BuilderState, opts: PlanOptions): PipelinePlan {
  const fingerprint = jobsFingerprint(toJobSpecs(state));
  const customer = jobSpecFor(state, 'customer');
  const orders = jobSpecFor(state, 'orders');
  const empty = (problems: string[]): PipelinePlan => ({ problems, jobs: [], events: [], record: { fingerprint, at: opts.startAt, history: [] } });
  if (!customer) return empty(['There is no customer job yet: create it in step 1.']);

  let customerRun: RunResult;
  try {
    customerRun = simulateRun(customer, {}, { durations: Object.fromEntries(customer.tasks.map((t) => [t.task_key, durationOf(t)])) });
  } catch (err) {
    if (err instanceof JobNotRunnableError) return empty(err.problems.map((p) => `The customer job cannot run: ${p.message}`));
    throw err;
  }

  const catalog = catalogFor(state);
  const byKey = new Map(customer.tasks.map((t) => [t.task_key, t]));
  const events: TimelineEvent[] = [{ t: 0, kind: 'job', job: 'customer', state: 'RUNNING', runId: opts.runId }];
  const jobs: PlannedJob[] = [{ job: 'customer', spec: customer, run: customerRun, start: 0, runId: opts.runId, launched: 'manual' }];
  const updated: string[] = [];
  let ordersStart: number | undefined;
  let firedBy = '';

  for (const e of offset('customer', 0, customerRun)) {
    events.push(e);
    if (e.kind !== 'task' || e.state !== 'SUCCESS') continue;
    const task = byKey.get(e.task_key);
    const table = task ? tableWrittenBy(task, customer, catalog) : undefined;
    if (!table) continue;
    events.push({ t: e.t, kind: 'table', job: 'customer', task_key: e.task_key, table });
    if (!updated.includes(table)) updated.push(table);
    if (ordersStart === undefined && orders && jobFiresOnTableUpdate(orders, [table])) {
      ordersStart = e.t;
      firedBy = table;
    }
  }
  events.push({ t: customerRun.duration, kind: 'job', job: 'customer', state: customerRun.result, runId: opts.runId });

  let notTriggered: string | undefined;
  if (ordersStart === undefined || !orders) {
    notTriggered = whyNotTriggered(orders, updated);
  } else {
    const ordersId = opts.runId + 1;
    try {
      const ordersRun = simulateRun(orders, {}, { durations: Object.fromEntries(orders.tasks.map((t) => [t.task_key, durationOf(t)])) });
      const start = ordersStart;
      events.push({ t: start, kind: 'trigger', job: 'orders', table: firedBy });
      events.push({ t: start, kind: 'job', job: 'orders', state: 'RUNNING', runId: ordersId });
      const ordersByKey = new Map(orders.tasks.map((t) => [t.task_key, t]));
      for (const e of offset('orders', start, ordersRun)) {
        events.push(e);
        if (e.kind === 'task' && e.state === 'SUCCESS') {
          const task = ordersByKey.get(e.task_key);
          const table = task ? tableWrittenBy(task, orders, catalog) : undefined;
          if (table) events.push({ t: e.t, kind: 'table', job: 'orders', task_key: e.task_key, table });
        }
      }
      events.push({ t: start + ordersRun.duration, kind: 'job', job: 'orders', state: ordersRun.result, runId: ordersId });
      jobs.push({ job: 'orders', spec: orders, run: ordersRun, start, runId: ordersId, launched: 'table_update' });
    } catch (err) {
      if (!(err instanceof JobNotRunnableError)) throw err;
      notTriggered = `The trigger fired, but the orders job cannot run: ${err.problems.map((p) => p.message).join(' ')}`;
    }
  }

  // Stable sort: equal times keep the causal order they were pushed in.
  const ordered = events.map((e, i) => [e, i] as const).sort((a, b) => a[0].t - b[0].t || a[1] - b[1]).map(([e]) => e);
  const history: RunHistoryEntry[] = jobs
    .map((j) => ({
      job: j.job,
      jobName: j.spec.name,
      runId: j.runId,
      launched: j.launched,
      result: j.run.result,
      startedAt: opts.startAt + j.start * 1000,
      durationSeconds: j.run.duration,
    }))
    .reverse();
  const runs: SavedJobRun[] = jobs.map((j) => ({
    job: j.job,
    spec: j.spec,
    startedAt: opts.startAt + j.start * 1000,
    launched: j.launched,
    result: j.run.result,
    durationSeconds: j.run.duration,
    tasks: j.run.order.map((k) => {
      const { task_key, state, ran, kept, attempts, ready, end } = j.run.tasks[k] as RunResult['tasks'][string];
      return { task_key, state, ran, kept, attempts, ready, end };
    }),
  }));
  const record: RunRecord = { fingerprint, at: opts.startAt, history, runs };
  if (notTriggered !== undefined) record.notTriggered = notTriggered;
  return { problems: [], jobs, events: ordered, ...(notTriggered === undefined ? {} : { notTriggered }), record };
}

// ---- the animation, as a reducer over the timeline ------------------------------------------

export type JobPhase = 'idle' | 'RUNNING' | JobResultState;
/** A task before its first event is PENDING. */
export type TaskPhase = 'PENDING' | TaskEventState;

export interface RunViewState {
  plan: PipelinePlan;
  /** How many events have been applied. */
  applied: number;
  jobs: Record<JobRef, JobPhase>;
  tasks: Record<JobRef, Record<string, TaskPhase>>;
  /** What happened, newest last, in learner language. */
  log: string[];
  done: boolean;
}

export type RunViewAction = { type: 'tick' } | { type: 'finish' };

export function initRunView(plan: PipelinePlan): RunViewState {
  const tasks: Record<JobRef, Record<string, TaskPhase>> = { customer: {}, orders: {} };
  for (const j of plan.jobs) for (const k of j.run.order) tasks[j.job][k] = 'PENDING';
  return { plan, applied: 0, jobs: { customer: 'idle', orders: 'idle' }, tasks, log: [], done: plan.events.length === 0 };
}

const SHORT_STATE: Partial<Record<TaskEventState, string>> = {
  SUCCESS: 'succeeded',
  FAILED: 'failed',
  TIMEDOUT: 'timed out',
  CANCELED: 'was canceled',
  UPSTREAM_FAILED: 'was skipped (upstream failed)',
  EXCLUDED: 'was excluded',
  DISABLED: 'is disabled',
};

function describe(e: TimelineEvent, plan: PipelinePlan): string | undefined {
  const name = plan.jobs.find((j) => j.job === e.job)?.spec.name ?? e.job;
  switch (e.kind) {
    case 'job':
      if (e.state === 'RUNNING') return e.job === 'customer' ? `Run now: ${name} started (run ${e.runId}).` : `${name} started (run ${e.runId}).`;
      return `${name} ${e.state === 'SUCCESS' ? 'succeeded' : `ended ${e.state}`}.`;
    case 'task':
      if (e.state === 'RUNNING') return `${e.task_key} is running.`;
      return SHORT_STATE[e.state] ? `${e.task_key} ${SHORT_STATE[e.state]}.` : undefined;
    case 'table':
      return `${e.table} updated by ${e.task_key}.`;
    case 'trigger':
      return `Table update trigger fired on ${e.table}: ${name} starts.`;
  }
}

function apply(state: RunViewState, e: TimelineEvent): RunViewState {
  const line = describe(e, state.plan);
  const log = line ? [...state.log, line] : state.log;
  switch (e.kind) {
    case 'job':
      return { ...state, log, jobs: { ...state.jobs, [e.job]: e.state } };
    case 'task':
      return { ...state, log, tasks: { ...state.tasks, [e.job]: { ...state.tasks[e.job], [e.task_key]: e.state } } };
    default:
      return { ...state, log };
  }
}

const isBlocked = (e: TimelineEvent): boolean => e.kind === 'task' && e.state === 'BLOCKED';

/** One tick shows one change; BLOCKED markers (set-up noise at t=0) ride along with it. */
export function runViewReducer(state: RunViewState, action: RunViewAction): RunViewState {
  if (state.done) return state;
  const events = state.plan.events;
  let s = state;
  let i = state.applied;
  const stopAt = action.type === 'finish' ? events.length : undefined;
  do {
    s = apply(s, events[i] as TimelineEvent);
    i++;
  } while (i < events.length && (stopAt !== undefined || isBlocked(events[i] as TimelineEvent)));
  const done = i >= events.length;
  let log = s.log;
  if (done && state.plan.notTriggered) log = [...log, `The orders pipeline did not start. ${state.plan.notTriggered}`];
  return { ...s, applied: i, done, log };
}
