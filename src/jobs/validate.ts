// What Databricks would reject (or warn about) in a learner's job, in words a learner can act on.
// The bundle schema catches neither unknown dependencies nor cycles (facts §0), so this is the
// only place those are checked.

import { findCycles, taskIndex } from './graph';
import { isFullyQualifiedTable, triggerField, triggersOf } from './triggers';
import { RUN_IF_VALUES, type JobSpec, type TaskSpec } from './types';

export type ProblemCode =
  | 'job_name_empty'
  | 'job_key_invalid'
  | 'no_tasks'
  | 'task_key_empty'
  | 'task_key_duplicate'
  | 'task_key_charset'
  | 'depends_on_unknown'
  | 'depends_on_self'
  | 'depends_on_duplicate'
  | 'cycle'
  | 'notebook_path_missing'
  | 'notebook_path_not_absolute'
  | 'notebook_path_not_relative'
  | 'pipeline_id_missing'
  | 'cluster_id_missing'
  | 'job_cluster_key_invalid'
  | 'run_if_invalid'
  | 'run_if_without_dependencies'
  | 'max_retries_invalid'
  | 'min_retry_interval_invalid'
  | 'timeout_invalid'
  | 'parameter_name_empty'
  | 'parameter_name_charset'
  | 'parameter_duplicate'
  | 'table_update_no_tables'
  | 'table_name_not_qualified'
  | 'file_arrival_url_missing'
  | 'periodic_interval_invalid'
  | 'schedule_cron_missing'
  | 'schedule_timezone_missing'
  | 'trigger_wait_too_short'
  | 'schedule_and_continuous'
  | 'multiple_trigger_conditions'
  | 'continuous_with_retries'
  | 'continuous_with_dependencies';

export interface Problem {
  code: ProblemCode;
  /** Errors make Databricks reject the job (or the app unable to run it); warnings do not. */
  severity: 'error' | 'warning';
  message: string;
  /** The task concerned, when there is one. */
  task_key?: string;
  /** Where in the job it is, in bundle-field terms, e.g. `tasks[2].depends_on[0]`. */
  path?: string;
  /** For `cycle`: the loop in run order, first task repeated at the end. */
  cycle?: string[];
}

/** Jobs API: task_key is 1..100 characters of `^[\w\-\_]+$` (REST reference, jobs/getrun). */
const TASK_KEY_RE = /^[A-Za-z0-9_-]{1,100}$/;
/** Schema: parameter names "may only contain alphanumeric characters, `_`, `-`, and `.`" (facts §0). */
const PARAM_NAME_RE = /^[A-Za-z0-9_.-]+$/;
/** Bundle resource keys become YAML map keys and CLI arguments; keep them to safe characters. */
const RESOURCE_KEY_RE = /^[A-Za-z0-9_-]+$/;

const quote = (s: string): string => `"${s}"`;

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

function taskProblems(task: TaskSpec, i: number, keys: ReadonlyMap<string, number>): Problem[] {
  const out: Problem[] = [];
  const at = `tasks[${i}]`;
  const key = task.task_key;
  const name = key.trim() === '' ? `Task #${i + 1}` : `Task ${quote(key)}`;
  const add = (p: Omit<Problem, 'task_key'>): void => {
    out.push(key.trim() === '' ? p : { ...p, task_key: key });
  };

  if (key.trim() === '') {
    add({ code: 'task_key_empty', severity: 'error', path: `${at}.task_key`, message: `${name} has no name. Every task needs a task name (task_key), e.g. bronze_customer.` });
  } else if (!TASK_KEY_RE.test(key)) {
    add({
      code: 'task_key_charset',
      severity: 'error',
      path: `${at}.task_key`,
      message: `${name}: a task name may use only letters, digits, "_" and "-" (no spaces or dots), at most 100 characters. Try ${quote(key.trim().replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 100))}.`,
    });
  }

  const seenDeps = new Set<string>();
  task.depends_on.forEach((dep, j) => {
    const path = `${at}.depends_on[${j}]`;
    if (dep === key && key !== '') {
      add({ code: 'depends_on_self', severity: 'error', path, message: `${name} depends on itself. Remove it from its own "Depends on" list.` });
    } else if (!keys.has(dep)) {
      add({
        code: 'depends_on_unknown',
        severity: 'error',
        path,
        message: `${name} depends on ${quote(dep)}, but the job has no task with that name. Pick an existing task or remove the dependency.`,
      });
    } else if (seenDeps.has(dep)) {
      add({ code: 'depends_on_duplicate', severity: 'warning', path, message: `${name} lists ${quote(dep)} twice under "Depends on"; once is enough.` });
    }
    seenDeps.add(dep);
  });

  if (task.type === 'notebook') {
    const p = task.notebook_path.trim();
    const path = `${at}.notebook_task.notebook_path`;
    if (p === '') {
      add({ code: 'notebook_path_missing', severity: 'error', path, message: `${name} has no notebook path. Choose the notebook this task runs.` });
    } else if (task.source === 'WORKSPACE' && !p.startsWith('/')) {
      add({ code: 'notebook_path_not_absolute', severity: 'error', path, message: `${name}: a Workspace notebook path must be absolute and start with "/", e.g. /Workspace/Users/<you>/${p}.` });
    } else if (task.source === 'GIT' && p.startsWith('/')) {
      add({ code: 'notebook_path_not_relative', severity: 'error', path, message: `${name}: a notebook from a Git repository is given by a path relative to the repository root, without a leading "/".` });
    }
  } else if (task.type === 'pipeline' && (task.pipeline_id ?? '').trim() === '') {
    add({ code: 'pipeline_id_missing', severity: 'error', path: `${at}.pipeline_task.pipeline_id`, message: `${name} is a pipeline task without a pipeline. Choose the pipeline it updates.` });
  }

  if (task.type !== 'pipeline') {
    if (task.compute.kind === 'existing_cluster' && task.compute.id.trim() === '') {
      add({ code: 'cluster_id_missing', severity: 'error', path: `${at}.existing_cluster_id`, message: `${name} uses an existing cluster but none is selected. Choose a cluster, or switch to a job cluster or serverless.` });
    } else if (task.compute.kind === 'job_cluster' && !TASK_KEY_RE.test(task.compute.key)) {
      add({
        code: 'job_cluster_key_invalid',
        severity: 'error',
        path: `${at}.job_cluster_key`,
        message: `${name}: the job cluster key ${quote(task.compute.key)} must be 1-100 letters, digits, "_" or "-".`,
      });
    }
  }

  if (task.run_if !== undefined) {
    if (!(RUN_IF_VALUES as readonly string[]).includes(task.run_if)) {
      add({ code: 'run_if_invalid', severity: 'error', path: `${at}.run_if`, message: `${name}: ${quote(task.run_if)} is not a Run if condition. Use one of ${RUN_IF_VALUES.join(', ')}.` });
    } else if (task.depends_on.length === 0 && task.run_if !== 'ALL_SUCCESS') {
      add({ code: 'run_if_without_dependencies', severity: 'warning', path: `${at}.run_if`, message: `${name} has a Run if condition but no dependencies, so the condition never applies.` });
    }
  }

  if (task.max_retries !== undefined && !(isInt(task.max_retries) && task.max_retries >= -1)) {
    add({ code: 'max_retries_invalid', severity: 'error', path: `${at}.max_retries`, message: `${name}: retries must be a whole number: 0 for none, -1 to retry forever.` });
  }
  if (task.min_retry_interval_millis !== undefined && !(isInt(task.min_retry_interval_millis) && task.min_retry_interval_millis >= 0)) {
    add({ code: 'min_retry_interval_invalid', severity: 'error', path: `${at}.min_retry_interval_millis`, message: `${name}: the retry interval must be a whole number of milliseconds, 0 or more.` });
  }
  if (task.timeout_seconds !== undefined && !(isInt(task.timeout_seconds) && task.timeout_seconds >= 0)) {
    add({ code: 'timeout_invalid', severity: 'error', path: `${at}.timeout_seconds`, message: `${name}: the timeout must be a whole number of seconds; 0 means no timeout.` });
  }
  return out;
}

function triggerProblems(job: JobSpec): Problem[] {
  const out: Problem[] = [];
  const triggers = triggersOf(job);
  for (const t of triggers) {
    const waits: Array<[string, number | undefined]> =
      t.kind === 'table_update' || t.kind === 'file_arrival'
        ? [
            ['min_time_between_triggers_seconds', t.min_time_between_triggers_seconds],
            ['wait_after_last_change_seconds', t.wait_after_last_change_seconds],
          ]
        : [];
    for (const [field, value] of waits) {
      // Schema: "The minimum allowed value is 60 seconds" for both fields (facts §0).
      if (value !== undefined && value !== 0 && !(isInt(value) && value >= 60)) {
        out.push({ code: 'trigger_wait_too_short', severity: 'error', path: `trigger.${t.kind}.${field}`, message: `The ${t.kind.replace('_', ' ')} trigger's ${field} must be at least 60 seconds.` });
      }
    }
    switch (t.kind) {
      case 'table_update': {
        const names = t.table_names.map((n) => n.trim()).filter((n) => n !== '');
        if (names.length === 0) {
          out.push({ code: 'table_update_no_tables', severity: 'error', path: 'trigger.table_update.table_names', message: 'The table update trigger watches no table. Add the table whose updates should start this job, e.g. retailhub_<you>.silver.silver_customers.' });
        }
        t.table_names.forEach((n, i) => {
          if (n.trim() !== '' && !isFullyQualifiedTable(n)) {
            out.push({
              code: 'table_name_not_qualified',
              severity: 'error',
              path: `trigger.table_update.table_names[${i}]`,
              message: `${quote(n)} is not a full table name. A table update trigger needs catalog.schema.table, e.g. retailhub_<you>.silver.${n.split('.').pop() ?? n}.`,
            });
          }
        });
        break;
      }
      case 'file_arrival':
        if (t.url.trim() === '') {
          out.push({ code: 'file_arrival_url_missing', severity: 'error', path: 'trigger.file_arrival.url', message: 'The file arrival trigger has no storage location. Give the volume or external location to watch, e.g. /Volumes/<catalog>/<schema>/<volume>/.' });
        }
        break;
      case 'periodic':
        if (!(isInt(t.interval) && t.interval > 0)) {
          out.push({ code: 'periodic_interval_invalid', severity: 'error', path: 'trigger.periodic.interval', message: 'A periodic trigger runs every N minutes, hours, days or weeks: N must be a whole number above 0.' });
        }
        break;
      case 'schedule':
        if (t.quartz_cron_expression.trim() === '') {
          out.push({ code: 'schedule_cron_missing', severity: 'error', path: 'schedule.quartz_cron_expression', message: 'The schedule has no cron expression. Databricks schedules use Quartz syntax, e.g. 0 0 6 * * ? for 06:00 every day.' });
        }
        if (t.timezone_id.trim() === '') {
          out.push({ code: 'schedule_timezone_missing', severity: 'error', path: 'schedule.timezone_id', message: 'The schedule needs a time zone (a Java time zone ID such as UTC or Europe/London).' });
        }
        break;
      case 'continuous':
        break;
    }
  }

  const fields = triggers.map(triggerField);
  if (fields.includes('schedule') && fields.includes('continuous')) {
    out.push({ code: 'schedule_and_continuous', severity: 'error', path: 'continuous', message: 'A job can have a schedule or be continuous, not both. Keep one of them.' });
  }
  if (fields.filter((f) => f === 'trigger').length > 1) {
    const kinds = triggers.filter((t) => triggerField(t) === 'trigger').map((t) => t.kind.replace('_', ' '));
    out.push({ code: 'multiple_trigger_conditions', severity: 'error', path: 'trigger', message: `A job has one trigger, but this one has ${kinds.join(' and ')} triggers. Keep one.` });
  }
  if (fields.includes('continuous')) {
    // "You cannot use task dependencies with a continuous job" (Run jobs continuously,
    // https://docs.databricks.com/jobs/continuous.html): an exported bundle must not hold one.
    job.tasks.forEach((task, i) => {
      if (task.depends_on.length > 0) {
        out.push({
          code: 'continuous_with_dependencies',
          severity: 'error',
          task_key: task.task_key,
          path: `tasks[${i}].depends_on`,
          message: `Task ${quote(task.task_key)} depends on ${task.depends_on.map(quote).join(', ')}, but a continuous job cannot have task dependencies. Remove the dependency or pick another trigger (for example a table update trigger).`,
        });
      }
    });
    job.tasks.forEach((task, i) => {
      if (task.max_retries !== undefined && task.max_retries !== 0) {
        out.push({
          code: 'continuous_with_retries',
          severity: 'warning',
          task_key: task.task_key,
          path: `tasks[${i}].max_retries`,
          message: `Task ${quote(task.task_key)} sets retries, but continuous jobs cannot use retry policies: failed runs are restarted with exponential back-off, and task_retry_mode ON_FAILURE (the default) retries a failed task inside the run while another task is still on its first attempt.`,
        });
      }
    });
  }
  return out;
}

/**
 * Everything wrong with a job, in a stable order: job fields, parameters, tasks in definition
 * order, dependency cycles, triggers. An empty list means Databricks would accept the job.
 */
export function validateJob(job: JobSpec): Problem[] {
  const out: Problem[] = [];
  if (job.name.trim() === '') {
    out.push({ code: 'job_name_empty', severity: 'error', path: 'name', message: 'The job has no name. Give it one, e.g. <your_name>_customer_pipeline.' });
  }
  if (!RESOURCE_KEY_RE.test(job.key)) {
    out.push({ code: 'job_key_invalid', severity: 'error', path: 'key', message: `The bundle key ${quote(job.key)} may use only letters, digits, "_" and "-".` });
  }

  const seenParams = new Set<string>();
  job.parameters.forEach((p, i) => {
    const path = `parameters[${i}].name`;
    if (p.name.trim() === '') {
      out.push({ code: 'parameter_name_empty', severity: 'error', path, message: `Job parameter #${i + 1} has no name.` });
    } else if (!PARAM_NAME_RE.test(p.name)) {
      out.push({ code: 'parameter_name_charset', severity: 'error', path, message: `Job parameter ${quote(p.name)}: names may contain only letters, digits, "_", "-" and ".".` });
    } else if (seenParams.has(p.name)) {
      out.push({ code: 'parameter_duplicate', severity: 'error', path, message: `Job parameter ${quote(p.name)} is defined twice.` });
    }
    seenParams.add(p.name);
  });

  if (job.tasks.length === 0) {
    out.push({ code: 'no_tasks', severity: 'error', path: 'tasks', message: 'The job has no tasks yet. Add a task.' });
  }
  const keys = taskIndex(job);
  const seenKeys = new Set<string>();
  job.tasks.forEach((task, i) => {
    out.push(...taskProblems(task, i, keys));
    if (task.task_key.trim() !== '' && seenKeys.has(task.task_key)) {
      out.push({ code: 'task_key_duplicate', severity: 'error', task_key: task.task_key, path: `tasks[${i}].task_key`, message: `Two tasks are named ${quote(task.task_key)}. Task names must be unique within a job.` });
    }
    seenKeys.add(task.task_key);
  });

  for (const cycle of findCycles(job)) {
    out.push({
      code: 'cycle',
      severity: 'error',
      task_key: cycle[0],
      cycle,
      message: `These tasks wait for each other in a loop: ${cycle.join(' → ')}. A job's tasks must form a DAG; remove one of these dependencies.`,
    });
  }

  out.push(...triggerProblems(job));
  return out;
}

/** Only the errors (what stops a job from being saved or run). */
export function jobErrors(job: JobSpec): Problem[] {
  return validateJob(job).filter((p) => p.severity === 'error');
}

/** Codes that make the graph itself unusable: the simulator refuses jobs with these. */
export const STRUCTURAL_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'no_tasks',
  'task_key_empty',
  'task_key_duplicate',
  'depends_on_unknown',
  'depends_on_self',
  'cycle',
]);
