// A deterministic run of a job: what each task ends as, and a timed event list to animate it.
//
// Sources for the rules:
// - run_if meanings, Upstream failed vs Excluded, "excluded counts as success", all-deps-excluded
//   ⇒ excluded: https://docs.databricks.com/en/workflows/jobs/conditional-tasks.html
// - Retries: FAILED is retried up to max_retries (-1 = forever), TIMEDOUT only with
//   retry_on_timeout, retries start immediately unless min_retry_interval_millis: the descriptions
//   of those `jobs.Task` fields in the Databricks bundle JSON schema (test/bundle/schema.ts loads it).
// - Disabled tasks and their downstream per run_if: conditional-tasks (above) plus the table on
//   https://docs.databricks.com/gcp/en/jobs/disabled-tasks
// - Job result from the leaf tasks (SUCCESS / SUCCESS_WITH_FAILURES / FAILED): docs
//   jobs/conditional-tasks "How does Databricks Jobs determine job run status?" and the API's
//   SUCCESS_WITH_FAILURES description ("leaf tasks were successful").
// Choices the sources do not settle are marked GUESS.

import { dependentsMap, knownDeps, taskIndex, topoOrder, uniqueTasks } from './graph';
import { STRUCTURAL_CODES, validateJob } from './validate';
import {
  DEFAULT_RUN_IF,
  RUN_IF_LABELS,
  isOkState,
  type AttemptOutcome,
  type AttemptResult,
  type JobResultState,
  type JobSpec,
  type RunIf,
  type TaskEventState,
  type TaskResultState,
  type TaskSpec,
} from './types';

export interface SimOptions {
  /** Seconds each attempt of a task takes. */
  durations?: Record<string, number>;
  /** For tasks not in `durations`. Default 60. */
  defaultDuration?: number;
  /**
   * Tasks that do not run in this simulation and keep a state from an earlier run. Used for
   * repair runs: they complete at t=0 with the given state.
   */
  fixed?: Record<string, TaskResultState>;
  /** max_retries = -1 retries forever; stop after this many attempts in total. Default 10. */
  unlimitedRetryCap?: number;
}

export interface Attempt {
  /** 0-based, like the API's attempt_number. */
  attempt: number;
  start: number;
  end: number;
  result: AttemptResult;
}

export interface TaskRun {
  task_key: string;
  state: TaskResultState;
  /** False for tasks skipped (upstream failed, excluded, disabled) or kept from an earlier run. */
  ran: boolean;
  /** True when the state was carried over from an earlier run (repair). */
  kept: boolean;
  attempts: Attempt[];
  /** When all dependencies had completed (0 for tasks without any). */
  ready: number;
  /** When the task reached its final state. */
  end: number;
  /** One sentence for the learner: why this state. */
  reason: string;
}

export interface RunEvent {
  /** Simulated seconds since the run started. */
  t: number;
  task_key: string;
  state: TaskEventState;
  /** For RUNNING, WAITING_FOR_RETRY and attempt results. */
  attempt?: number;
}

export interface RunResult {
  job_key: string;
  result: JobResultState;
  /** By task key. */
  tasks: Record<string, TaskRun>;
  /** Task keys in dependency order. */
  order: string[];
  /** Sorted by time; at equal times an upstream task's event comes first. */
  events: RunEvent[];
  /** When the last task finished. */
  duration: number;
}

const FAILURE_STATES: ReadonlySet<TaskResultState> = new Set<TaskResultState>(['FAILED', 'TIMEDOUT', 'CANCELED', 'UPSTREAM_FAILED', 'UPSTREAM_CANCELED']);

/** Counts as a success for run_if: SUCCESS, and EXCLUDED ("treated as successful", facts §d). */
function successLike(s: TaskResultState): boolean {
  return s === 'SUCCESS' || s === 'EXCLUDED';
}

/**
 * GUESS: a dependency that was itself skipped as Upstream failed / Upstream canceled counts as
 * failed for run_if. The docs say cancellation "propagates to downstream tasks" and that tasks
 * with failure-handling conditions then run, which only works if skipped-by-failure counts as a
 * failure further down the graph.
 */
function failureLike(s: TaskResultState): boolean {
  return FAILURE_STATES.has(s);
}

export type RunIfDecision = { run: true } | { run: false; state: TaskResultState };

/**
 * Decide, once every dependency has completed, whether a task runs or what it is marked as.
 * Exported so the UI can explain a single condition on its own.
 */
export function evaluateRunIf(runIf: RunIf, depStates: readonly TaskResultState[]): RunIfDecision {
  if (depStates.length === 0) return { run: true };
  if (depStates.every((s) => s === 'EXCLUDED')) return { run: false, state: 'EXCLUDED' };

  const anyFailed = depStates.some(failureLike);
  let met: boolean;
  switch (runIf) {
    case 'ALL_SUCCESS':
      met = depStates.every(successLike);
      break;
    case 'AT_LEAST_ONE_SUCCESS':
      met = depStates.some(successLike);
      break;
    case 'NONE_FAILED':
      // "None failed, and at least one dependency was run": a disabled parent did not run
      // (disabled-tasks doc: "If all parent tasks are disabled, the downstream task does not run").
      met = !anyFailed && depStates.some((s) => s !== 'DISABLED');
      break;
    case 'ALL_DONE':
      met = true;
      break;
    case 'AT_LEAST_ONE_FAILED':
      met = anyFailed;
      break;
    case 'ALL_FAILED':
      met = depStates.every(failureLike);
      break;
  }
  if (met) return { run: true };

  if (runIf === 'AT_LEAST_ONE_FAILED' || runIf === 'ALL_FAILED') {
    // GUESS: when a disabled parent is involved the docs say the task is "marked as disabled for
    // that run"; otherwise the failure-handling task is Excluded (facts §d).
    return { run: false, state: depStates.includes('DISABLED') ? 'DISABLED' : 'EXCLUDED' };
  }
  if (anyFailed) {
    // GUESS: Upstream canceled only when every failure upstream is a cancellation.
    const failedNotCanceled = depStates.some((s) => s === 'FAILED' || s === 'TIMEDOUT' || s === 'UPSTREAM_FAILED');
    return { run: false, state: failedNotCanceled ? 'UPSTREAM_FAILED' : 'UPSTREAM_CANCELED' };
  }
  // Not met only because of disabled parents: the downstream task is disabled for this run.
  return { run: false, state: 'DISABLED' };
}

/**
 * The job's result from its leaf tasks (tasks nothing depends on):
 * every task ok ⇒ SUCCESS; some task failed but every leaf ok ⇒ SUCCESS_WITH_FAILURES;
 * a leaf failed ⇒ FAILED. "Ok" is SUCCESS, EXCLUDED (treated as successful) or DISABLED (GUESS:
 * a disabled task is skipped on purpose, so it does not fail the run).
 * GUESS: CANCELED when every leaf that is not ok was canceled or skipped by a cancellation.
 */
export function jobResult(job: JobSpec, states: Record<string, TaskResultState>): JobResultState {
  const keys = uniqueTasks(job).map((t) => t.task_key);
  const stateOf = (k: string): TaskResultState => states[k] ?? 'SUCCESS';
  if (keys.every((k) => isOkState(stateOf(k)))) return 'SUCCESS';
  const dependents = dependentsMap(job);
  const badLeaves = keys.filter((k) => (dependents.get(k) ?? []).length === 0 && !isOkState(stateOf(k)));
  if (badLeaves.length === 0) return 'SUCCESS_WITH_FAILURES';
  return badLeaves.every((k) => stateOf(k) === 'CANCELED' || stateOf(k) === 'UPSTREAM_CANCELED') ? 'CANCELED' : 'FAILED';
}

export class JobNotRunnableError extends Error {
  constructor(readonly problems: ReturnType<typeof validateJob>) {
    super(`The job cannot run: ${problems.map((p) => p.message).join(' ')}`);
    this.name = 'JobNotRunnableError';
  }
}

function attemptOutcomes(spec: AttemptOutcome | AttemptOutcome[] | undefined): AttemptOutcome[] {
  if (spec === undefined) return ['success'];
  const list = Array.isArray(spec) ? spec : [spec];
  return list.length > 0 ? list : ['success'];
}

function describeSkip(task: TaskSpec, runIf: RunIf, deps: string[], states: Record<string, TaskResultState>, state: TaskResultState): string {
  const list = deps.map((d) => `${d} ${(states[d] ?? '').toLowerCase().replace('_', ' ')}`).join(', ');
  const cond = `its condition "${RUN_IF_LABELS[runIf]}"`;
  switch (state) {
    case 'UPSTREAM_FAILED':
      return `Skipped (Upstream failed): ${cond} was not met (${list}).`;
    case 'UPSTREAM_CANCELED':
      return `Skipped (Upstream canceled): ${list}.`;
    case 'EXCLUDED':
      return deps.every((d) => states[d] === 'EXCLUDED')
        ? 'Excluded: all of its dependencies were excluded. Excluded counts as success.'
        : `Excluded: ${cond} was not met (${list}). Excluded counts as success.`;
    case 'DISABLED':
      return task.disabled === true ? 'Disabled: this task is switched off and does not run.' : `Disabled for this run: ${cond} cannot be met because a parent is disabled (${list}).`;
    default:
      return '';
  }
}

/**
 * Run a job. `outcomes` says what each attempt of a task does: one value for every attempt, or a
 * list (attempt 1, attempt 2, …; the last value repeats). Missing tasks succeed. Tasks start as
 * soon as all their dependencies have completed; there is no limit on parallelism.
 *
 * Throws JobNotRunnableError for jobs whose graph is broken (unknown or duplicate task keys,
 * cycles, self-dependencies, no tasks).
 */
export function simulateRun(job: JobSpec, outcomes: Record<string, AttemptOutcome | AttemptOutcome[]> = {}, opts: SimOptions = {}): RunResult {
  const structural = validateJob(job).filter((p) => STRUCTURAL_CODES.has(p.code));
  if (structural.length > 0) throw new JobNotRunnableError(structural);

  const index = taskIndex(job);
  const byKey = new Map(job.tasks.map((t) => [t.task_key, t]));
  const order = topoOrder(job);
  const defaultDuration = opts.defaultDuration ?? 60;
  const cap = Math.max(1, opts.unlimitedRetryCap ?? 10);
  const states: Record<string, TaskResultState> = {};
  const tasks: Record<string, TaskRun> = {};
  // [time, topo position, sequence] gives a causal order for equal times.
  const events: Array<RunEvent & { pos: number; seq: number }> = [];
  let seq = 0;
  const emit = (pos: number, e: RunEvent): void => {
    events.push({ ...e, pos, seq: seq++ });
  };

  order.forEach((key, pos) => {
    const task = byKey.get(key) as TaskSpec;
    const deps = knownDeps(task, index);
    const fixed = opts.fixed?.[key];
    if (fixed !== undefined) {
      states[key] = fixed;
      tasks[key] = { task_key: key, state: fixed, ran: false, kept: true, attempts: [], ready: 0, end: 0, reason: `Kept from the original run (${fixed}).` };
      emit(pos, { t: 0, task_key: key, state: fixed });
      return;
    }

    const ready = deps.reduce((m, d) => Math.max(m, tasks[d]?.end ?? 0), 0);
    if (deps.length > 0) emit(pos, { t: 0, task_key: key, state: 'BLOCKED' });
    const runIf = task.run_if ?? DEFAULT_RUN_IF;
    const depStates = deps.map((d) => states[d] as TaskResultState);
    const decision: RunIfDecision = task.disabled === true ? { run: false, state: 'DISABLED' } : evaluateRunIf(runIf, depStates);

    if (!decision.run) {
      // GUESS: a skipped task settles when its dependencies have completed (run_if "is evaluated
      // after all dependencies complete"), also for explicitly disabled tasks, so the animation
      // keeps the DAG's order.
      states[key] = decision.state;
      tasks[key] = { task_key: key, state: decision.state, ran: false, kept: false, attempts: [], ready, end: ready, reason: describeSkip(task, runIf, deps, states, decision.state) };
      emit(pos, { t: ready, task_key: key, state: decision.state });
      return;
    }

    const plan = attemptOutcomes(outcomes[key]);
    const duration = Math.max(0, opts.durations?.[key] ?? defaultDuration);
    const timeout = task.timeout_seconds !== undefined && task.timeout_seconds > 0 ? task.timeout_seconds : 0;
    const maxRetries = task.max_retries ?? 0;
    const attempts: Attempt[] = [];
    let start = ready;
    for (let n = 0; ; n++) {
      const outcome = plan[Math.min(n, plan.length - 1)] as AttemptOutcome;
      let result: AttemptResult;
      let end: number;
      if (outcome === 'timeout') {
        result = 'TIMEDOUT';
        end = start + (timeout > 0 ? timeout : duration);
      } else if (timeout > 0 && duration > timeout) {
        result = 'TIMEDOUT';
        end = start + timeout;
      } else {
        result = outcome === 'success' ? 'SUCCESS' : outcome === 'fail' ? 'FAILED' : 'CANCELED';
        end = start + duration;
      }
      attempts.push({ attempt: n, start, end, result });
      emit(pos, { t: start, task_key: key, state: 'RUNNING', attempt: n });
      emit(pos, { t: end, task_key: key, state: result, attempt: n });

      // Only FAILED counts as unsuccessful for retries; a timeout only with retry_on_timeout;
      // a cancellation is never retried (facts §e).
      const retryable = result === 'FAILED' || (result === 'TIMEDOUT' && task.retry_on_timeout === true);
      const retriesLeft = maxRetries === -1 ? n + 1 < cap : n < maxRetries;
      if (!(retryable && retriesLeft)) break;
      emit(pos, { t: end, task_key: key, state: 'WAITING_FOR_RETRY', attempt: n });
      // The interval counts "between the start of the failed run and the subsequent retry run".
      start = Math.max(end, start + (task.min_retry_interval_millis ?? 0) / 1000);
    }

    const last = attempts[attempts.length - 1] as Attempt;
    states[key] = last.result;
    const tries = attempts.length > 1 ? ` after ${attempts.length} attempts` : '';
    const reason =
      last.result === 'SUCCESS'
        ? `Succeeded${tries}.`
        : last.result === 'FAILED'
          ? `Failed${tries}.${maxRetries === 0 ? ' It has no retries.' : ''}`
          : last.result === 'TIMEDOUT'
            ? `Timed out after ${timeout > 0 ? timeout : duration} s${tries}.${task.retry_on_timeout === true ? '' : ' Timeouts are not retried unless "retry on timeout" is on.'}`
            : 'Canceled.';
    tasks[key] = { task_key: key, state: last.result, ran: true, kept: false, attempts, ready, end: last.end, reason };
  });

  events.sort((a, b) => a.t - b.t || a.pos - b.pos || a.seq - b.seq);
  return {
    job_key: job.key,
    result: jobResult(job, states),
    tasks,
    order,
    events: events.map(({ t, task_key, state, attempt }) => (attempt === undefined ? { t, task_key, state } : { t, task_key, state, attempt })),
    duration: Object.values(tasks).reduce((m, r) => Math.max(m, r.end), 0),
  };
}

/** Final state of every task, by key. */
export function runStates(run: Pick<RunResult, 'tasks'>): Record<string, TaskResultState> {
  return Object.fromEntries(Object.values(run.tasks).map((r) => [r.task_key, r.state]));
}
