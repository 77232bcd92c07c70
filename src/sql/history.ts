// The runs behind the system tables: 30 days of the lab's two jobs and Task 4's job, made with the
// jobs model (simulateRun, simulateRepair), plus the learner's own runs. Pure and deterministic:
// one seed and one "now" give one history. tables.ts turns it into rows.
//
// The story (every number below is a choice for the lesson, not a Databricks default):
// - Task 4's DAG (retailhub_dag) runs daily at 02:00 UTC on a schedule. build_fact_tables is long
//   (some runs pass an hour, so they are sliced hourly), fails now and then; from its third
//   version it has max_retries 2 and a 75-minute timeout, so failures are retried and slow days
//   time out. One failed run (at least) is repaired a few hours later.
// - The customer pipeline runs daily at 06:00 UTC on a schedule; silver_customer may fail and is
//   retried once. Each success of silver_customer updates silver.silver_customers, which fires the
//   orders pipeline's table-update trigger a minute later, as in the lab. After a failed morning a
//   person sometimes starts the customer pipeline by hand (ONE_TIME), which fires the orders job too.
// - The orders pipeline's gold_customer_orders_summary has a 15-minute timeout.
// - The jobs table keeps every version of each job (SCD2): created without a trigger, the trigger
//   added, the DAG's retry/timeout change, and a scratch copy of the orders job that was deleted.

import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { learnerSlug, practiceDagJob, referenceJobs } from '../jobs/reference';
import { simulateRepair } from '../jobs/repair';
import { simulateRun, type RunResult } from '../jobs/simulate';
import type { AttemptOutcome, JobSpec, TaskSpec } from '../jobs/types';
import type { HistoryOptions, LearnerRun } from './types';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const HISTORY_DAYS = 30;


/** `trigger_type` of a run in job_run_timeline (the Jobs API's TriggerType values). */
export type RunTriggerType = 'PERIODIC' | 'ONE_TIME' | 'TABLE' | 'FILE_ARRIVAL' | 'CONTINUOUS';

export interface JobVersion {
  jobId: string;
  spec: JobSpec;
  /** Epoch ms when this version was written (the SCD2 row's change_time). */
  changeTime: number;
  createTime: number;
  /** Set on the last row of a deleted job. */
  deleteTime: number | null;
}

export interface HistoryRun {
  jobId: string;
  /** The job run's id (job_run_timeline.run_id). */
  runId: string;
  spec: JobSpec;
  trigger: RunTriggerType;
  /** Epoch ms. */
  start: number;
  run: RunResult;
  /** A repair of this run, "as part of the original job run" (facts §c). */
  repair?: { start: number; run: RunResult & { rerun: string[] } };
  source: 'history' | 'learner';
}

export interface History {
  versions: JobVersion[];
  /** Sorted by start time. */
  runs: HistoryRun[];
  /** The learner slug the job names were built from. */
  slug: string;
}

/** Job ids: the customer and orders ids match the workshop's (defaultJobId) so the learner's runs join them. */
export const JOB_IDS = {
  customer: '684213977150412',
  orders: '684213977150498',
  dag: '684213977150577',
  scratch: '684213977150613',
} as const;

type Rng = ReturnType<typeof xoroshiro128plus>;

function between(rng: Rng, min: number, max: number): number {
  return uniformInt(rng, min, max);
}

/** True with probability percent/100. */
function chance(rng: Rng, percent: number): boolean {
  return uniformInt(rng, 0, 99) < percent;
}

function withTask(job: JobSpec, key: string, patch: Partial<TaskSpec>): JobSpec {
  return { ...job, tasks: job.tasks.map((t) => (t.task_key === key ? { ...t, ...patch } : t)) };
}

/** The three jobs' versions, oldest first, each with the time it took effect. */
function jobVersions(slug: string, name: string, start: number, rng: Rng): { versions: JobVersion[]; customer: JobSpec; orders: JobSpec } {
  const [customerBase, ordersBase] = referenceJobs(name) as [JobSpec, JobSpec];
  const dagBase = practiceDagJob();
  const created = (jobId: string, spec: JobSpec, at: number): JobVersion => ({ jobId, spec, changeTime: at, createTime: at, deleteTime: null });
  const changed = (v: JobVersion, spec: JobSpec, at: number): JobVersion => ({ ...v, spec, changeTime: at });

  const daily = (hour: number): JobSpec['trigger'] => ({ kind: 'schedule', quartz_cron_expression: `0 0 ${hour} * * ?`, timezone_id: 'UTC' });
  // Each history has its own edit times (so the SCD2 rows differ between seeds too).
  const minutes = (lo: number, hi: number): number => between(rng, lo, hi) * 60_000;
  const customerV1 = created(JOB_IDS.customer, { ...customerBase, trigger: undefined }, start - 2 * HOUR - minutes(0, 50));
  const customer = withTask({ ...customerBase, trigger: daily(6) }, 'silver_customer', { max_retries: 1 });
  const ordersV1 = created(JOB_IDS.orders, { ...ordersBase, trigger: undefined }, start - HOUR + minutes(0, 40));
  const orders = withTask(ordersBase, 'gold_customer_orders_summary', { timeout_seconds: 900 });
  const dagV1 = created(JOB_IDS.dag, dagBase, start - 4 * HOUR + minutes(0, 50));
  const dagV2 = { ...dagBase, trigger: daily(2) };
  const dagV3 = withTask(dagV2, 'build_fact_tables', { max_retries: 2, min_retry_interval_millis: 120_000, timeout_seconds: 4500 });
  const deleteAfter = between(rng, 2, 30) * HOUR;
  const scratchSpec: JobSpec = { ...ordersBase, key: `${slug}_orders_pipeline_copy`, name: `${slug}_orders_pipeline_copy`, trigger: undefined };
  const scratch = created(JOB_IDS.scratch, scratchSpec, start + between(rng, 5, 20) * DAY + 9 * HOUR + minutes(0, 480));

  const versions: JobVersion[] = [
    dagV1,
    changed(dagV1, dagV2, dagV1.changeTime + minutes(5, 30)),
    customerV1,
    changed(customerV1, customer, customerV1.changeTime + minutes(5, 30)),
    ordersV1,
    changed(ordersV1, orders, ordersV1.changeTime + minutes(5, 30)),
    // Before day 14's 02:00 run, so the forced timeout below meets the timeout.
    changed(dagV1, dagV3, start + between(rng, 9, 13) * DAY + 10 * HOUR + minutes(0, 600)),
    scratch,
    { ...scratch, changeTime: scratch.changeTime + deleteAfter, deleteTime: scratch.changeTime + deleteAfter },
  ];
  return { versions, customer, orders };
}

/** The version of a job in effect at `at`. */
export function specAt(versions: readonly JobVersion[], jobId: string, at: number): JobVersion | undefined {
  let found: JobVersion | undefined;
  for (const v of versions) if (v.jobId === jobId && v.changeTime <= at && (found === undefined || v.changeTime >= found.changeTime)) found = v;
  return found;
}

function durationsFor(rng: Rng, job: JobSpec, ranges: Record<string, [number, number]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of job.tasks) {
    const [lo, hi] = ranges[t.task_key] ?? [60, 180];
    out[t.task_key] = between(rng, lo, hi);
  }
  return out;
}

/** Outcomes for each attempt of a task: fail with `percent`, else succeed; up to `attempts` attempts. */
function attempts(rng: Rng, percent: number, count: number): AttemptOutcome[] {
  const out: AttemptOutcome[] = [];
  for (let i = 0; i < count; i++) {
    const fails = chance(rng, percent);
    out.push(fails ? 'fail' : 'success');
    if (!fails) break;
  }
  return out;
}

/** When a run's task finished with SUCCESS, in seconds from the run's start (undefined if it did not). */
function successAt(run: RunResult, key: string): number | undefined {
  const t = run.tasks[key];
  return t?.state === 'SUCCESS' ? t.end : undefined;
}

/**
 * The seeded 30-day history (no learner runs). Runs that would not have ended by `now` are left
 * out: the tables record finished runs only here.
 */
export function seededHistory(opts: { seed: number; now: number; learnerName?: string }): History {
  const rng = xoroshiro128plus(opts.seed | 0);
  const slug = learnerSlug(opts.learnerName ?? 'demo');
  const name = opts.learnerName ?? 'demo';
  const today = Math.floor(opts.now / DAY) * DAY;
  const first = today - HISTORY_DAYS * DAY;
  const { versions } = jobVersions(slug, name, first, rng);
  const runs: HistoryRun[] = [];
  let nextRunId = 400_000_000_000_000 + between(rng, 0, 99_999) * 1_000;
  const newRunId = (): string => {
    nextRunId += between(rng, 1_000, 90_000);
    return String(nextRunId);
  };
  // Every history has a repaired DAG run in the last week (so Task 7's query finds a failure) and a
  // failed customer run two or three weeks ago (so a wider interval finds more than the week's).
  const forcedRepairDay = between(rng, HISTORY_DAYS - 6, HISTORY_DAYS - 2);
  const forcedCustomerFailureDay = between(rng, HISTORY_DAYS - 16, HISTORY_DAYS - 9);
  // And a DAG run that times out (after the version with the timeout, before the repaired one).
  const forcedTimeoutDay = between(rng, 14, HISTORY_DAYS - 8);

  const add = (run: Omit<HistoryRun, 'runId' | 'source'>): HistoryRun | undefined => {
    if (run.start + run.run.duration * 1000 > opts.now) return undefined;
    if (run.repair && run.repair.start + run.repair.run.duration * 1000 > opts.now) delete run.repair;
    const full: HistoryRun = { ...run, runId: newRunId(), source: 'history' };
    runs.push(full);
    return full;
  };

  for (let day = first; day <= today; day += DAY) {
    const dayIndex = Math.round((day - first) / DAY);
    // ---- Task 4's DAG at 02:00 ---------------------------------------------------------------
    const dagStart = day + 2 * HOUR + between(rng, 0, 40) * 1000;
    const dag = specAt(versions, JOB_IDS.dag, dagStart);
    if (dag && dag.deleteTime === null && dagStart > dag.changeTime) {
      const forced = dayIndex === forcedRepairDay;
      // The forced failure must be a failure, not a timeout (a timed-out run is not repaired here).
      const slow = dayIndex === forcedTimeoutDay || (!forced && chance(rng, 15));
      const durations = durationsFor(rng, dag.spec, {
        ingest: [420, 900],
        build_dim_tables: [600, 1500],
        build_fact_tables: dayIndex === forcedTimeoutDay ? [4600, 5600] : slow ? [3000, 5600] : [1200, 2900],
        generate_report: [300, 700],
        send_notification: [20, 90],
      });
      const fact = dag.spec.tasks.find((t) => t.task_key === 'build_fact_tables');
      const tries = 1 + Math.max(0, fact?.max_retries ?? 0);
      const outcomes: Record<string, AttemptOutcome | AttemptOutcome[]> = {
        ingest: !forced && dayIndex !== forcedTimeoutDay && chance(rng, 4) ? 'fail' : 'success',
        build_fact_tables: forced ? Array<AttemptOutcome>(tries).fill('fail') : attempts(rng, 18, tries),
      };
      const run = simulateRun(dag.spec, outcomes, { durations });
      const entry: Omit<HistoryRun, 'runId' | 'source'> = { jobId: JOB_IDS.dag, spec: dag.spec, trigger: 'PERIODIC', start: dagStart, run };
      const failedNotTimedOut = run.result === 'FAILED' && !Object.values(run.tasks).some((t) => t.state === 'TIMEDOUT');
      if (failedNotTimedOut && (forced || chance(rng, 50))) {
        const repairStart = dagStart + run.duration * 1000 + between(rng, 1, 4) * HOUR + between(rng, 0, 3599) * 1000;
        const repairDurations = durationsFor(rng, dag.spec, { ingest: [420, 900], build_dim_tables: [600, 1500], build_fact_tables: [1200, 2900], generate_report: [300, 700], send_notification: [20, 90] });
        entry.repair = { start: repairStart, run: simulateRepair(dag.spec, run, {}, { durations: repairDurations }) };
      }
      add(entry);
    }

    // ---- the customer pipeline at 06:00, and the orders runs its table updates fire ----------------
    const customerStart = day + 6 * HOUR + between(rng, 0, 40) * 1000;
    const customer = specAt(versions, JOB_IDS.customer, customerStart);
    const starts: Array<{ at: number; trigger: RunTriggerType }> = [{ at: customerStart, trigger: 'PERIODIC' }];
    for (let k = 0; k < starts.length && k < 2; k++) {
      const { at, trigger } = starts[k] as { at: number; trigger: RunTriggerType };
      if (!customer) break;
      const durations = durationsFor(rng, customer.spec, { bronze_customer: [40, 130], silver_customer: [50, 190] });
      const silverTries = 1 + Math.max(0, customer.spec.tasks.find((t) => t.task_key === 'silver_customer')?.max_retries ?? 0);
      const bronzeFails = (k === 0 && dayIndex === forcedCustomerFailureDay) || chance(rng, 4);
      const run = simulateRun(customer.spec, { bronze_customer: bronzeFails ? 'fail' : 'success', silver_customer: attempts(rng, 12, silverTries) }, { durations });
      const added = add({ jobId: JOB_IDS.customer, spec: customer.spec, trigger, start: at, run });
      if (!added) continue;
      const updatedAt = successAt(run, 'silver_customer');
      if (updatedAt === undefined) {
        // After a failed morning someone starts it again by hand, some days.
        if (k === 0 && chance(rng, 60)) starts.push({ at: at + between(rng, 2, 5) * HOUR + between(rng, 0, 3599) * 1000, trigger: 'ONE_TIME' });
        continue;
      }
      // silver.silver_customers was updated: the orders job's table-update trigger fires.
      const ordersStart = at + updatedAt * 1000 + 60_000;
      const orders = specAt(versions, JOB_IDS.orders, ordersStart);
      if (!orders) continue;
      const slowSummary = chance(rng, 8);
      const ordersDurations = durationsFor(rng, orders.spec, {
        bronze_orders: [60, 240],
        silver_orders: [60, 300],
        gold_daily_orders: [30, 200],
        gold_customer_orders_summary: slowSummary ? [1000, 1600] : [30, 240],
      });
      const ordersRun = simulateRun(orders.spec, { gold_daily_orders: chance(rng, 6) ? 'fail' : 'success' }, { durations: ordersDurations });
      add({ jobId: JOB_IDS.orders, spec: orders.spec, trigger: 'TABLE', start: ordersStart, run: ordersRun });
    }
  }
  runs.sort((a, b) => a.start - b.start || a.jobId.localeCompare(b.jobId));
  return { versions, runs, slug };
}

/** A stable job id for a learner job that is not one of the history's jobs. */
function jobIdForName(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return String(700_000_000_000_000 + h);
}

const sameTasks = (a: JobSpec, b: JobSpec): boolean => JSON.stringify([a.tasks, a.trigger ?? null]) === JSON.stringify([b.tasks, b.trigger ?? null]);

/**
 * The seeded history plus the learner's runs. A learner job with the name of a history job is
 * that job (a new SCD2 version when its settings differ); any other is a new job created just
 * before its first run.
 */
export function buildHistory(opts: HistoryOptions): History {
  const base = seededHistory(opts);
  const learner = [...(opts.learnerRuns ?? [])].filter((r) => r.startedAt <= opts.now).sort((a, b) => a.startedAt - b.startedAt);
  if (learner.length === 0) return base;
  const versions = [...base.versions];
  const runs = [...base.runs];
  let lastId = runs.reduce((m, r) => Math.max(m, Number(r.runId)), 400_000_000_000_000);
  for (const r of learner) {
    const jobId = jobIdOf(versions, r);
    const current = specAt(versions, jobId, r.startedAt);
    if (!current) {
      const at = r.startedAt - 60_000;
      versions.push({ jobId, spec: r.job, changeTime: at, createTime: at, deleteTime: null });
    } else if (!sameTasks(current.spec, r.job)) {
      versions.push({ ...current, spec: r.job, changeTime: r.startedAt - 1000, deleteTime: null });
    }
    lastId += 7_919;
    runs.push({ jobId, runId: String(lastId), spec: r.job, trigger: runTrigger(r.trigger), start: r.startedAt, run: r.run, source: 'learner' });
  }
  runs.sort((a, b) => a.start - b.start || a.jobId.localeCompare(b.jobId));
  return { versions, runs, slug: base.slug };
}

function jobIdOf(versions: readonly JobVersion[], r: LearnerRun): string {
  const match = versions.find((v) => v.spec.name === r.job.name && v.deleteTime === null);
  return match?.jobId ?? jobIdForName(r.job.name);
}

function runTrigger(t: LearnerRun['trigger']): RunTriggerType {
  // "Run now" is a ONE_TIME trigger in the Jobs API's TriggerType.
  return t === 'MANUAL' ? 'ONE_TIME' : t;
}
