// The learner's drafts as JobSpecs, the model the rest of the app (validation, simulation, the
// bundle export) works on. Wholly blank slots are left out; everything else is kept as typed, so
// validateJob can point at what is still wrong.

import { REFERENCE_CLUSTER_ID } from '../jobs/reference';
import type { Compute, JobSpec, TaskSpec, TriggerSpec } from '../jobs/types';
import { jobNameFor } from './expected';
import { isBlankParam, isBlankTask, type BuilderState, type ComputeChoice, type JobDraft, type JobRef, type TaskDraft, type TriggerDraft } from './state';

/** The key a job cluster gets in `job_clusters` (the Jobs UI names the first one like this). */
export const JOB_CLUSTER_KEY = 'job_cluster';

/**
 * The shared training cluster is an all-purpose cluster, written like the lab's YAML as
 * `existing_cluster_id: <CLUSTER_ID>`. No choice yet is an existing cluster with no id, which
 * validateJob reports as "none is selected", just as the UI refuses to save it.
 */
export function computeSpec(choice: ComputeChoice | null): Compute {
  switch (choice) {
    case 'shared':
      return { kind: 'existing_cluster', id: REFERENCE_CLUSTER_ID };
    case 'job_cluster':
      return { kind: 'job_cluster', key: JOB_CLUSTER_KEY };
    case 'serverless':
      return { kind: 'serverless' };
    default:
      return { kind: 'existing_cluster', id: '' };
  }
}

export function taskSpec(t: TaskDraft): TaskSpec {
  const spec: TaskSpec = {
    task_key: t.task_key,
    type: t.type,
    notebook_path: t.type === 'notebook' ? t.notebook_path : '',
    source: t.source,
    compute: computeSpec(t.compute),
    depends_on: [...t.depends_on],
  };
  if (t.type === 'pipeline') spec.pipeline_id = '';
  return spec;
}

export function triggerSpec(t: TriggerDraft): TriggerSpec | undefined {
  const paused = t.paused ? { paused: true } : {};
  switch (t.type) {
    case 'table_update':
      return { kind: 'table_update', table_names: t.table.trim() === '' ? [] : [t.table], ...paused };
    case 'file_arrival':
      return { kind: 'file_arrival', url: t.url, ...paused };
    case 'continuous':
      return { kind: 'continuous', ...paused };
    case 'none':
      return undefined;
  }
}

export function jobSpecOf(state: BuilderState, job: JobRef, draft: JobDraft): JobSpec {
  const name = jobNameFor(state, job);
  const spec: JobSpec = {
    key: name,
    name,
    parameters: draft.parameters.filter((p) => !isBlankParam(p)).map((p) => ({ name: p.name, default: p.value })),
    tasks: draft.tasks.filter((t) => !isBlankTask(t)).map(taskSpec),
    // New jobs queue runs by default in the UI; the lab's YAML shows `queue: enabled: true`.
    queue: { enabled: true },
  };
  const trigger = triggerSpec(draft.trigger);
  if (trigger !== undefined) spec.trigger = trigger;
  return spec;
}

/** The job of one side, or undefined before it is created. */
export function jobSpecFor(state: BuilderState, job: JobRef): JobSpec | undefined {
  const draft = state[job];
  return draft ? jobSpecOf(state, job, draft) : undefined;
}

/** The jobs created so far, customer first (what `lakeflow-lab export bundle` writes). */
export function toJobSpecs(state: BuilderState): JobSpec[] {
  const out: JobSpec[] = [];
  for (const job of ['customer', 'orders'] as const) {
    const spec = jobSpecFor(state, job);
    if (spec) out.push(spec);
  }
  return out;
}

/** A short hash of the jobs (FNV-1a): a run recorded for other jobs than these is stale. */
export function jobsFingerprint(jobs: readonly JobSpec[]): string {
  const text = JSON.stringify(jobs);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
