// Every change the learner can make in the workshop builder, as a typed action, and the pure
// reducer that applies it. Unchanged parts keep their identity (the views are memoised on them),
// and an action that changes nothing returns the very same state (no re-render, no save).

import {
  defaultJobId,
  emptyJob,
  emptyTask,
  initialBuilderState,
  MAX_PAST_RUNS,
  restoreBuilderState,
  type BuilderState,
  type JobDraft,
  type JobRef,
  type ParamDraft,
  type RunRecord,
  type TaskDraft,
  type TriggerDraft,
} from './state';

export type WorkshopAction =
  /** "Create Job". Creating the orders job copies the customer job's parameters ("the same steps"). */
  | { type: 'job/create'; job: JobRef; id?: number }
  /** Step 2's name field. */
  | { type: 'name/set'; value: string }
  | { type: 'param/add'; job: JobRef }
  | { type: 'param/set'; job: JobRef; index: number; field: keyof ParamDraft; value: string }
  | { type: 'param/remove'; job: JobRef; index: number }
  /** Replace `to`'s parameters with a copy of `from`'s. */
  | { type: 'params/copy'; from: JobRef; to: JobRef }
  /** Edit task slot `index` (slots up to it are added blank). Renaming a task renames its dependents' references. */
  | { type: 'task/set'; job: JobRef; index: number; patch: Partial<TaskDraft> }
  | { type: 'task/remove'; job: JobRef; index: number }
  | { type: 'trigger/set'; job: JobRef; patch: Partial<TriggerDraft> }
  /** Step 8: the outcome of a simulated run, recorded when its animation ends. */
  | { type: 'run/record'; record: RunRecord }
  | { type: 'run/clear' }
  /** Replace everything with a saved state (e.g. after another instance saved). */
  | { type: 'restore'; saved: unknown }
  | { type: 'reset' };

function withJob(state: BuilderState, job: JobRef, draft: JobDraft): BuilderState {
  return job === 'customer' ? { ...state, customer: draft } : { ...state, orders: draft };
}

function createJob(state: BuilderState, job: JobRef, id?: number): JobDraft {
  const draft = emptyJob(id ?? defaultJobId(job));
  // "Create a new job following the same steps as above": the orders job starts with the
  // parameters already entered for the customer job.
  if (job === 'orders' && state.customer) draft.parameters = state.customer.parameters.map((p) => ({ ...p }));
  return draft;
}

/** The job, created on first edit so a learner who skipped step 1 is never stuck. */
function ensure(state: BuilderState, job: JobRef): [BuilderState, JobDraft] {
  const existing = state[job];
  if (existing) return [state, existing];
  const draft = createJob(state, job);
  return [withJob(state, job, draft), draft];
}

function editJob(state: BuilderState, job: JobRef, edit: (draft: JobDraft) => JobDraft): BuilderState {
  const [s, draft] = ensure(state, job);
  const next = edit(draft);
  return next === draft ? s : withJob(s, job, next);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function patchTask(task: TaskDraft, patch: Partial<TaskDraft>): TaskDraft {
  let changed = false;
  for (const [k, v] of Object.entries(patch) as Array<[keyof TaskDraft, unknown]>) {
    if (v === undefined) continue;
    const cur = task[k];
    if (Array.isArray(cur) && Array.isArray(v) ? !sameList(cur, v as string[]) : cur !== v) changed = true;
  }
  if (!changed) return task;
  const next = { ...task };
  if (patch.task_key !== undefined) next.task_key = patch.task_key;
  if (patch.type !== undefined) next.type = patch.type;
  if (patch.source !== undefined) next.source = patch.source;
  if (patch.notebook_path !== undefined) next.notebook_path = patch.notebook_path;
  if (patch.compute !== undefined) next.compute = patch.compute;
  if (patch.depends_on !== undefined) next.depends_on = [...patch.depends_on];
  return next;
}

function setTask(draft: JobDraft, index: number, patch: Partial<TaskDraft>): JobDraft {
  if (!Number.isInteger(index) || index < 0) return draft;
  const tasks = [...draft.tasks];
  while (tasks.length <= index) tasks.push(emptyTask());
  const before = tasks[index] as TaskDraft;
  const after = patchTask(before, patch);
  if (after === before && tasks.length === draft.tasks.length) return draft;
  tasks[index] = after;
  // The UI links dependencies to tasks, not to their names: a rename carries over.
  const oldKey = before.task_key;
  if (patch.task_key !== undefined && oldKey !== '' && oldKey !== after.task_key) {
    tasks.forEach((t, i) => {
      if (i !== index && t.depends_on.includes(oldKey)) {
        tasks[i] = { ...t, depends_on: t.depends_on.map((d) => (d === oldKey ? after.task_key : d)) };
      }
    });
  }
  return { ...draft, tasks };
}

export function workshopReducer(state: BuilderState, action: WorkshopAction): BuilderState {
  switch (action.type) {
    case 'job/create':
      return state[action.job] ? state : withJob(state, action.job, createJob(state, action.job, action.id));

    case 'name/set': {
      if (state.learnerName === action.value) return state;
      const [s] = ensure(state, 'customer');
      return { ...s, learnerName: action.value };
    }

    case 'param/add':
      return editJob(state, action.job, (d) => ({ ...d, parameters: [...d.parameters, { name: '', value: '' }] }));

    case 'param/set':
      return editJob(state, action.job, (d) => {
        if (!Number.isInteger(action.index) || action.index < 0) return d;
        const parameters = [...d.parameters];
        while (parameters.length <= action.index) parameters.push({ name: '', value: '' });
        const cur = parameters[action.index] as ParamDraft;
        if (cur[action.field] === action.value && parameters.length === d.parameters.length) return d;
        parameters[action.index] = { ...cur, [action.field]: action.value };
        return { ...d, parameters };
      });

    case 'param/remove': {
      const draft = state[action.job];
      if (!draft || action.index < 0 || action.index >= draft.parameters.length) return state;
      return withJob(state, action.job, { ...draft, parameters: draft.parameters.filter((_, i) => i !== action.index) });
    }

    case 'params/copy': {
      if (action.from === action.to) return state;
      const source = state[action.from]?.parameters ?? [];
      return editJob(state, action.to, (d) => ({ ...d, parameters: source.map((p) => ({ ...p })) }));
    }

    case 'task/set':
      return editJob(state, action.job, (d) => setTask(d, action.index, action.patch));

    case 'task/remove': {
      const draft = state[action.job];
      if (!draft || action.index < 0 || action.index >= draft.tasks.length) return state;
      const gone = (draft.tasks[action.index] as TaskDraft).task_key;
      const tasks = draft.tasks
        .filter((_, i) => i !== action.index)
        .map((t) => (gone !== '' && t.depends_on.includes(gone) ? { ...t, depends_on: t.depends_on.filter((k) => k !== gone) } : t));
      return withJob(state, action.job, { ...draft, tasks });
    }

    case 'trigger/set':
      return editJob(state, action.job, (d) => {
        const t = d.trigger;
        const next: TriggerDraft = {
          type: action.patch.type ?? t.type,
          table: action.patch.table ?? t.table,
          url: action.patch.url ?? t.url,
          paused: action.patch.paused ?? t.paused,
        };
        if (next.type === t.type && next.table === t.table && next.url === t.url && next.paused === t.paused) return d;
        return { ...d, trigger: next };
      });

    case 'run/record': {
      // The run it replaces joins the earlier ones (the system tables show every Run now).
      const previous = state.lastRun;
      if (previous === null || previous.at === action.record.at) return { ...state, lastRun: action.record };
      return { ...state, lastRun: action.record, pastRuns: [...(state.pastRuns ?? []), previous].slice(-MAX_PAST_RUNS) };
    }

    case 'run/clear':
      return state.lastRun === null ? state : { ...state, lastRun: null };

    case 'restore':
      return restoreBuilderState(action.saved);

    case 'reset':
      return initialBuilderState();
  }
}
