// A learner's jobs as a Databricks Asset Bundle (`databricks.yml`), laid out like the lab's
// reference YAML so the two can be shown side by side: job fields in the order name, trigger,
// tasks, queue, parameters; task fields in the order task_key, depends_on, notebook_task,
// existing_cluster_id. Defaults are left out, as in the lab (no run_if: ALL_SUCCESS, no
// max_retries: 0).

import { stringify } from 'yaml';
import { triggerField, triggersOf } from '../jobs/triggers';
import { DEFAULT_RUN_IF, type JobSpec, type TaskSpec, type TriggerSpec } from '../jobs/types';

export interface BundleOptions {
  /**
   * Emit `bundle: { name }` first. The schema does not require a `bundle` block (only `name`
   * inside it when present), and the lab's YAML has none, so it is off by default.
   */
  bundleName?: string;
  /** Emit `targets: { dev: { mode: development, default: true } }`. Not required by the schema either. */
  devTarget?: boolean;
  /**
   * The cluster spec written under `job_clusters[].new_cluster` for every job cluster the tasks
   * use (the model keeps only the key). Placeholders by default, like the lab's `<CLUSTER_ID>`.
   */
  newCluster?: Record<string, unknown>;
}

export const DEFAULT_NEW_CLUSTER: Readonly<Record<string, unknown>> = {
  spark_version: '<SPARK_VERSION>',
  node_type_id: '<NODE_TYPE_ID>',
  num_workers: 1,
};

type Obj = Record<string, unknown>;

const pause = (t: { paused?: boolean }): 'PAUSED' | 'UNPAUSED' => (t.paused === true ? 'PAUSED' : 'UNPAUSED');

function waits(t: { min_time_between_triggers_seconds?: number; wait_after_last_change_seconds?: number }): Obj {
  const out: Obj = {};
  if (t.min_time_between_triggers_seconds !== undefined) out.min_time_between_triggers_seconds = t.min_time_between_triggers_seconds;
  if (t.wait_after_last_change_seconds !== undefined) out.wait_after_last_change_seconds = t.wait_after_last_change_seconds;
  return out;
}

/** The `trigger` object for table-update, file-arrival and periodic triggers (lab order: pause_status first). */
function triggerObject(t: TriggerSpec): Obj | null {
  switch (t.kind) {
    case 'table_update': {
      const body: Obj = { table_names: [...t.table_names] };
      if (t.condition === 'ALL_UPDATED') body.condition = t.condition;
      return { pause_status: pause(t), table_update: { ...body, ...waits(t) } };
    }
    case 'file_arrival':
      return { pause_status: pause(t), file_arrival: { url: t.url, ...waits(t) } };
    case 'periodic':
      return { pause_status: pause(t), periodic: { interval: t.interval, unit: t.unit } };
    default:
      return null;
  }
}

function taskObject(task: TaskSpec): Obj {
  const out: Obj = { task_key: task.task_key };
  if (task.depends_on.length > 0) out.depends_on = task.depends_on.map((k) => ({ task_key: k }));
  if (task.run_if !== undefined && task.run_if !== DEFAULT_RUN_IF) out.run_if = task.run_if;
  if (task.type === 'pipeline') {
    out.pipeline_task = { pipeline_id: task.pipeline_id ?? '' };
  } else {
    out.notebook_task = { notebook_path: task.notebook_path, source: task.source };
    if (task.compute.kind === 'existing_cluster') out.existing_cluster_id = task.compute.id;
    else if (task.compute.kind === 'job_cluster') out.job_cluster_key = task.compute.key;
  }
  if (task.max_retries !== undefined && task.max_retries !== 0) out.max_retries = task.max_retries;
  if (task.min_retry_interval_millis !== undefined && task.min_retry_interval_millis !== 0) out.min_retry_interval_millis = task.min_retry_interval_millis;
  if (task.retry_on_timeout === true) out.retry_on_timeout = true;
  if (task.timeout_seconds !== undefined && task.timeout_seconds !== 0) out.timeout_seconds = task.timeout_seconds;
  if (task.disabled === true) out.disabled = true;
  return out;
}

/** One job as the value under `resources.jobs.<key>`. */
export function jobResource(job: JobSpec, opts: BundleOptions = {}): Obj {
  const out: Obj = { name: job.name };
  const triggers = triggersOf(job);
  // A job has one `trigger`; validateJob reports extra ones, the export keeps the first.
  const general = triggers.find((t) => triggerField(t) === 'trigger');
  const trigger = general === undefined ? null : triggerObject(general);
  if (trigger !== null) out.trigger = trigger;
  for (const t of triggers) {
    if (t.kind === 'schedule' && out.schedule === undefined) {
      out.schedule = { quartz_cron_expression: t.quartz_cron_expression, timezone_id: t.timezone_id, pause_status: pause(t) };
    } else if (t.kind === 'continuous' && out.continuous === undefined) {
      out.continuous = t.task_retry_mode === undefined ? { pause_status: pause(t) } : { pause_status: pause(t), task_retry_mode: t.task_retry_mode };
    }
  }
  out.tasks = job.tasks.map(taskObject);

  const clusterKeys: string[] = [];
  for (const t of job.tasks) {
    if (t.type !== 'pipeline' && t.compute.kind === 'job_cluster' && !clusterKeys.includes(t.compute.key)) clusterKeys.push(t.compute.key);
  }
  if (clusterKeys.length > 0) {
    const spec = opts.newCluster ?? DEFAULT_NEW_CLUSTER;
    out.job_clusters = clusterKeys.map((k) => ({ job_cluster_key: k, new_cluster: { ...spec } }));
  }
  if (job.queue !== undefined) out.queue = { enabled: job.queue.enabled };
  if (job.parameters.length > 0) out.parameters = job.parameters.map((p) => ({ name: p.name, default: p.default }));
  return out;
}

/** The whole bundle as a plain object (what `bundleYaml` serialises). */
export function bundleObject(jobs: readonly JobSpec[], opts: BundleOptions = {}): Obj {
  const resources: Obj = {};
  for (const job of jobs) {
    if (Object.hasOwn(resources, job.key)) {
      throw new Error(`Two jobs use the bundle key "${job.key}"; each job needs its own key.`);
    }
    resources[job.key] = jobResource(job, opts);
  }
  const out: Obj = {};
  if (opts.bundleName !== undefined) out.bundle = { name: opts.bundleName };
  out.resources = { jobs: resources };
  if (opts.devTarget === true) out.targets = { dev: { mode: 'development', default: true } };
  return out;
}

/** `databricks.yml` text for these jobs, two-space indented like the lab, never line-wrapped. */
export function bundleYaml(jobs: readonly JobSpec[], opts: BundleOptions = {}): string {
  return stringify(bundleObject(jobs, opts), { lineWidth: 0, indent: 2 });
}
