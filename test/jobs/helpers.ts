import type { JobSpec, TaskSpec } from '../../src/jobs';

/** A task with sensible defaults; override any field. */
export function task(task_key: string, depends_on: string[] = [], extra: Partial<TaskSpec> = {}): TaskSpec {
  return {
    task_key,
    type: 'notebook',
    notebook_path: `/Workspace/Shared/${task_key}`,
    source: 'WORKSPACE',
    compute: { kind: 'serverless' },
    depends_on,
    ...extra,
  };
}

/** A job from `{ task: [deps] }` in definition order, with per-task overrides. */
export function dag(edges: Record<string, string[]>, extra: Record<string, Partial<TaskSpec>> = {}, job: Partial<JobSpec> = {}): JobSpec {
  return {
    key: 'test_job',
    name: 'test_job',
    parameters: [],
    tasks: Object.entries(edges).map(([k, deps]) => task(k, deps, extra[k])),
    ...job,
  };
}
