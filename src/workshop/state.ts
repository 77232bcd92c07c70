// The workshop builder's state: what the learner has entered in the simulated Jobs UI, field by
// field, as the UI shows it (drafts may be half-filled or wrong; the checkpoints say what to fix).
// It is saved as `workshop.entries` in progress.json, so it is plain JSON with a version, and
// restoring never throws: a damaged or foreign value becomes a fresh state.

import type { Attempt } from '../jobs/simulate';
import type { JobResultState, JobSpec, TaskResultState } from '../jobs/types';

export const WORKSHOP_STATE_VERSION = 1;

export type JobRef = 'customer' | 'orders';
export const JOB_REFS: readonly JobRef[] = ['customer', 'orders'];

/** The "Compute" drop-down of a notebook task. `null` until the learner picks one. */
export type ComputeChoice = 'shared' | 'job_cluster' | 'serverless';
export const COMPUTE_CHOICES: readonly ComputeChoice[] = ['shared', 'job_cluster', 'serverless'];

/** The "Type" drop-down; the model knows notebook and pipeline tasks. */
export type TaskTypeChoice = 'notebook' | 'pipeline';
export const TASK_TYPE_CHOICES: readonly TaskTypeChoice[] = ['notebook', 'pipeline'];

/** The "Source" drop-down of a notebook task. */
export type SourceChoice = 'WORKSPACE' | 'GIT';
export const SOURCE_CHOICES: readonly SourceChoice[] = ['WORKSPACE', 'GIT'];

/**
 * The "Trigger type" of the Schedules & Triggers dialog, limited to the kinds whose settings this
 * form can collect (a cron schedule needs more fields than a checkpoint has room for).
 */
export type TriggerTypeChoice = 'none' | 'table_update' | 'file_arrival' | 'continuous';
export const TRIGGER_TYPE_CHOICES: readonly TriggerTypeChoice[] = ['table_update', 'file_arrival', 'continuous', 'none'];

export interface TaskDraft {
  task_key: string;
  type: TaskTypeChoice;
  source: SourceChoice;
  notebook_path: string;
  compute: ComputeChoice | null;
  /** Task keys, in the order chosen. */
  depends_on: string[];
}

export interface ParamDraft {
  name: string;
  value: string;
}

export interface TriggerDraft {
  type: TriggerTypeChoice;
  /** The table-update trigger's table, as typed. */
  table: string;
  /** The file-arrival trigger's storage location, as typed. */
  url: string;
  /** The trigger's status toggle (pause_status: PAUSED). */
  paused: boolean;
}

export interface JobDraft {
  /** The Job ID "assigned automatically by Databricks" (simulated). */
  id: number;
  parameters: ParamDraft[];
  /** Slots in the order the learner filled them; wholly blank slots are not part of the job. */
  tasks: TaskDraft[];
  trigger: TriggerDraft;
}

/** One row of the simulated Run History tab. */
export interface RunHistoryEntry {
  job: JobRef;
  jobName: string;
  runId: number;
  /** "Manually" for Run now, "By trigger" for a table-update start. */
  launched: 'manual' | 'table_update';
  result: JobResultState;
  /** ms since epoch. */
  startedAt: number;
  durationSeconds: number;
}

/**
 * One job run of a Run now, with what the system tables need (src/sql/learner.ts): the job as it
 * ran and each task's attempts. The run's events and the tasks' reasons are not kept (the Run
 * History and the tables do not show them), so a saved run stays small.
 */
export interface SavedJobRun {
  job: JobRef;
  spec: JobSpec;
  /** ms since epoch. */
  startedAt: number;
  launched: RunHistoryEntry['launched'];
  result: JobResultState;
  durationSeconds: number;
  tasks: Array<{ task_key: string; state: TaskResultState; ran: boolean; kept: boolean; attempts: Attempt[]; ready: number; end: number }>;
}

/** How many earlier Run nows are kept besides the last one (for the system tables). */
export const MAX_PAST_RUNS = 9;

/** The outcome of the last simulated "Run now" (step 8). */
export interface RunRecord {
  /** `jobsFingerprint` of the jobs that ran: a later edit makes the record stale. */
  fingerprint: string;
  at: number;
  /** Newest first, like the Run History tab. */
  history: RunHistoryEntry[];
  /** Why the orders job did not start, when it did not (learner language). */
  notTriggered?: string;
  /** The runs in detail (absent in records saved before #17). */
  runs?: SavedJobRun[];
}

export interface BuilderState {
  version: typeof WORKSHOP_STATE_VERSION;
  /** The learner's name as typed in step 2 (job names and the catalog use its slug). */
  learnerName: string;
  /** null until "Create Job" (step 1, or the first edit of the job). */
  customer: JobDraft | null;
  orders: JobDraft | null;
  lastRun: RunRecord | null;
  /** Earlier Run nows, oldest first, at most MAX_PAST_RUNS (absent until there is one). */
  pastRuns?: RunRecord[];
}

export function emptyTask(): TaskDraft {
  return { task_key: '', type: 'notebook', source: 'WORKSPACE', notebook_path: '', compute: null, depends_on: [] };
}

export function emptyTrigger(): TriggerDraft {
  return { type: 'none', table: '', url: '', paused: false };
}

export function emptyJob(id: number): JobDraft {
  return { id, parameters: [], tasks: [], trigger: emptyTrigger() };
}

export function initialBuilderState(): BuilderState {
  return { version: WORKSHOP_STATE_VERSION, learnerName: '', customer: null, orders: null, lastRun: null };
}

/** A draft slot the learner has not touched: left out of the job. */
export function isBlankTask(t: TaskDraft): boolean {
  return t.task_key.trim() === '' && t.notebook_path.trim() === '' && t.depends_on.length === 0 && t.compute === null;
}

export function isBlankParam(p: ParamDraft): boolean {
  return p.name.trim() === '' && p.value.trim() === '';
}

// ---- restore -----------------------------------------------------------------------------

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

function restoreTask(v: unknown): TaskDraft {
  if (!isObj(v)) return emptyTask();
  return {
    task_key: str(v.task_key),
    type: oneOf(v.type, TASK_TYPE_CHOICES, 'notebook'),
    source: oneOf(v.source, SOURCE_CHOICES, 'WORKSPACE'),
    notebook_path: str(v.notebook_path),
    compute: typeof v.compute === 'string' && (COMPUTE_CHOICES as readonly string[]).includes(v.compute) ? (v.compute as ComputeChoice) : null,
    depends_on: Array.isArray(v.depends_on) ? v.depends_on.filter((d): d is string => typeof d === 'string') : [],
  };
}

function restoreJob(v: unknown, fallbackId: number): JobDraft | null {
  if (!isObj(v)) return null;
  const t = isObj(v.trigger) ? v.trigger : {};
  return {
    id: num(v.id, fallbackId),
    parameters: Array.isArray(v.parameters) ? v.parameters.filter(isObj).map((p) => ({ name: str(p.name), value: str(p.value) })) : [],
    tasks: Array.isArray(v.tasks) ? v.tasks.map(restoreTask) : [],
    trigger: {
      type: oneOf(t.type, TRIGGER_TYPE_CHOICES, 'none'),
      table: str(t.table),
      url: str(t.url),
      paused: t.paused === true,
    },
  };
}

const RESULTS: readonly JobResultState[] = ['SUCCESS', 'SUCCESS_WITH_FAILURES', 'FAILED', 'CANCELED'];

function restoreRun(v: unknown): RunRecord | null {
  if (!isObj(v) || typeof v.fingerprint !== 'string' || !Array.isArray(v.history)) return null;
  const history: RunHistoryEntry[] = v.history.filter(isObj).map((h) => ({
    job: oneOf(h.job, JOB_REFS, 'customer'),
    jobName: str(h.jobName),
    runId: num(h.runId, 0),
    launched: oneOf(h.launched, ['manual', 'table_update'] as const, 'manual'),
    result: oneOf(h.result, RESULTS, 'FAILED'),
    startedAt: num(h.startedAt, 0),
    durationSeconds: num(h.durationSeconds, 0),
  }));
  const out: RunRecord = { fingerprint: v.fingerprint, at: num(v.at, 0), history };
  if (typeof v.notTriggered === 'string') out.notTriggered = v.notTriggered;
  if (Array.isArray(v.runs)) out.runs = v.runs.filter(isSavedJobRun);
  return out;
}

/**
 * A saved job run is kept only when whole: the system tables read its spec and attempts, so a
 * damaged one is dropped rather than repaired.
 */
function isSavedJobRun(v: unknown): v is SavedJobRun {
  if (!isObj(v) || !isObj(v.spec) || !Array.isArray(v.tasks)) return false;
  const spec = v.spec;
  const specOk =
    typeof spec.key === 'string' &&
    typeof spec.name === 'string' &&
    Array.isArray(spec.parameters) &&
    Array.isArray(spec.tasks) &&
    spec.tasks.every((t) => isObj(t) && typeof t.task_key === 'string' && Array.isArray(t.depends_on) && t.depends_on.every((d) => typeof d === 'string') && isObj(t.compute));
  const tasksOk = v.tasks.every(
    (t) =>
      isObj(t) &&
      typeof t.task_key === 'string' &&
      typeof t.state === 'string' &&
      typeof t.ran === 'boolean' &&
      typeof t.kept === 'boolean' &&
      Number.isFinite(t.ready) &&
      Number.isFinite(t.end) &&
      Array.isArray(t.attempts) &&
      t.attempts.every((a) => isObj(a) && Number.isFinite(a.attempt) && Number.isFinite(a.start) && Number.isFinite(a.end) && typeof a.result === 'string'),
  );
  return (
    specOk &&
    tasksOk &&
    (v.job === 'customer' || v.job === 'orders') &&
    Number.isFinite(v.startedAt) &&
    (v.launched === 'manual' || v.launched === 'table_update') &&
    typeof v.result === 'string' &&
    (RESULTS as readonly string[]).includes(v.result) &&
    Number.isFinite(v.durationSeconds)
  );
}

/**
 * A builder state from saved JSON (`workshop.entries`). Anything unreadable is replaced by its
 * empty value field by field, so one bad field never costs the learner the rest of their work.
 * A state from a newer version is not understood and gives a fresh state.
 */
export function restoreBuilderState(saved: unknown): BuilderState {
  if (!isObj(saved) || saved.version !== WORKSHOP_STATE_VERSION) return initialBuilderState();
  return {
    version: WORKSHOP_STATE_VERSION,
    learnerName: str(saved.learnerName),
    customer: restoreJob(saved.customer, defaultJobId('customer')),
    orders: restoreJob(saved.orders, defaultJobId('orders')),
    lastRun: restoreRun(saved.lastRun),
    ...restorePastRuns(saved.pastRuns),
  };
}

function restorePastRuns(v: unknown): { pastRuns?: RunRecord[] } {
  if (!Array.isArray(v)) return {};
  const runs = v.map(restoreRun).filter((r): r is RunRecord => r !== null).slice(-MAX_PAST_RUNS);
  return runs.length === 0 ? {} : { pastRuns: runs };
}

/** What to save: the state is already plain JSON; this is the copy the store keeps. */
export function serializeBuilderState(state: BuilderState): unknown {
  return JSON.parse(JSON.stringify(state)) as unknown;
}

/** A stable Job ID when the caller does not provide one (tests, restored states without ids). */
export function defaultJobId(job: JobRef): number {
  return job === 'customer' ? 684213977150412 : 684213977150498;
}
