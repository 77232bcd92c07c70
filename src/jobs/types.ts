// What a learner builds in the simulated Jobs UI. Field names follow the Jobs API / bundle YAML
// (snake_case) so the bundle export is a direct mapping and the learner sees the real names.

export const RUN_IF_VALUES = [
  'ALL_SUCCESS',
  'AT_LEAST_ONE_SUCCESS',
  'NONE_FAILED',
  'ALL_DONE',
  'AT_LEAST_ONE_FAILED',
  'ALL_FAILED',
] as const;
export type RunIf = (typeof RUN_IF_VALUES)[number];
/** The API default (facts §d); the bundle export omits it. */
export const DEFAULT_RUN_IF: RunIf = 'ALL_SUCCESS';

/** How the Jobs UI labels each condition in the "Run if dependencies" drop-down. */
export const RUN_IF_LABELS: Record<RunIf, string> = {
  ALL_SUCCESS: 'All succeeded',
  AT_LEAST_ONE_SUCCESS: 'At least one succeeded',
  NONE_FAILED: 'None failed',
  ALL_DONE: 'All done',
  AT_LEAST_ONE_FAILED: 'At least one failed',
  ALL_FAILED: 'All failed',
};

export type NotebookSource = 'WORKSPACE' | 'GIT';

export type Compute =
  /** An all-purpose cluster (the lab's "shared training cluster"): `existing_cluster_id`. */
  | { kind: 'existing_cluster'; id: string }
  /** A cluster declared in the job's `job_clusters`: `job_cluster_key`. */
  | { kind: 'job_cluster'; key: string }
  /** Serverless jobs compute: no compute field at all in the task. */
  | { kind: 'serverless' };

/** Notebook is what the lab uses; pipeline appears in the lab's Task 1 JSON. */
export type TaskType = 'notebook' | 'pipeline';

export interface TaskSpec {
  task_key: string;
  type: TaskType;
  /** Notebook tasks only ('' while unset). WORKSPACE paths are absolute, GIT paths relative. */
  notebook_path: string;
  source: NotebookSource;
  /** Pipeline tasks only. */
  pipeline_id?: string;
  /** Ignored for pipeline tasks: the pipeline brings its own compute. */
  compute: Compute;
  /** Task keys this task waits for, in the order the learner added them. */
  depends_on: string[];
  /** Absent means ALL_SUCCESS. */
  run_if?: RunIf;
  /** -1 retries indefinitely, 0 never (facts §e). */
  max_retries?: number;
  min_retry_interval_millis?: number;
  /** 0 or absent: no timeout. */
  timeout_seconds?: number;
  retry_on_timeout?: boolean;
  disabled?: boolean;
}

export type PauseStatus = 'UNPAUSED' | 'PAUSED';
export type TableUpdateCondition = 'ANY_UPDATED' | 'ALL_UPDATED';
export type PeriodicUnit = 'MINUTES' | 'HOURS' | 'DAYS' | 'WEEKS';

/**
 * One trigger, as picked in the UI's "Schedules & Triggers" dialog. `paused` maps to
 * `pause_status`. `manual` is the UI's "None": it exports to no field at all.
 */
export type TriggerSpec =
  | { kind: 'manual' }
  | {
      kind: 'table_update';
      /** Fully qualified `catalog.schema.table` names. */
      table_names: string[];
      /** Absent means ANY_UPDATED. */
      condition?: TableUpdateCondition;
      min_time_between_triggers_seconds?: number;
      wait_after_last_change_seconds?: number;
      paused?: boolean;
    }
  | {
      kind: 'file_arrival';
      url: string;
      min_time_between_triggers_seconds?: number;
      wait_after_last_change_seconds?: number;
      paused?: boolean;
    }
  | { kind: 'periodic'; interval: number; unit: PeriodicUnit; paused?: boolean }
  | { kind: 'schedule'; quartz_cron_expression: string; timezone_id: string; paused?: boolean }
  | { kind: 'continuous'; task_retry_mode?: 'NEVER' | 'ON_FAILURE'; paused?: boolean };

export type TriggerKind = TriggerSpec['kind'];

export interface JobParameter {
  name: string;
  default: string;
}

export interface JobSpec {
  /** The bundle resource key (`resources.jobs.<key>`). */
  key: string;
  name: string;
  parameters: JobParameter[];
  tasks: TaskSpec[];
  /**
   * Usually one trigger. A list is accepted because the API keeps `schedule`, `continuous` and
   * `trigger` as separate fields, so a learner can set more than one and validateJob must be able
   * to say which combinations Databricks rejects.
   */
  trigger?: TriggerSpec | TriggerSpec[];
  queue?: { enabled: boolean };
}

/** Task-run result states from the API's RunResultState (facts §d) that a task can end in. */
export type TaskResultState =
  | 'SUCCESS'
  | 'FAILED'
  | 'TIMEDOUT'
  | 'CANCELED'
  | 'EXCLUDED'
  | 'UPSTREAM_FAILED'
  | 'UPSTREAM_CANCELED'
  | 'DISABLED';

/** Job-run result states the simulator produces (a subset of RunResultState). */
export type JobResultState = 'SUCCESS' | 'SUCCESS_WITH_FAILURES' | 'FAILED' | 'CANCELED';

/** Life-cycle states (facts §d) used while a task is not finished, then its result state. */
export type TaskEventState = 'BLOCKED' | 'RUNNING' | 'WAITING_FOR_RETRY' | TaskResultState;

/** What one attempt of a task does when it runs, as chosen by the lesson or the learner. */
export type AttemptOutcome = 'success' | 'fail' | 'timeout' | 'cancel';

/** Result of a single attempt. */
export type AttemptResult = 'SUCCESS' | 'FAILED' | 'TIMEDOUT' | 'CANCELED';

export const UNSUCCESSFUL_STATES: ReadonlySet<TaskResultState> = new Set<TaskResultState>([
  'FAILED',
  'TIMEDOUT',
  'CANCELED',
  'UPSTREAM_FAILED',
  'UPSTREAM_CANCELED',
]);

/** A task ended well: succeeded, or "excluded … treated as successful" (facts §d), or disabled. */
export function isOkState(state: TaskResultState): boolean {
  return state === 'SUCCESS' || state === 'EXCLUDED' || state === 'DISABLED';
}
