// The task graph. Every function tolerates a half-built job (unknown dependencies, duplicate
// keys, cycles) because the UI draws the DAG while the learner is still editing it.

import type { JobSpec, TaskSpec } from './types';

/** First definition of each task key wins; later duplicates are left out of the graph. */
export function uniqueTasks(job: JobSpec): TaskSpec[] {
  const seen = new Set<string>();
  const out: TaskSpec[] = [];
  for (const task of job.tasks) {
    if (seen.has(task.task_key)) continue;
    seen.add(task.task_key);
    out.push(task);
  }
  return out;
}

/** Definition index of each (unique) task key. */
export function taskIndex(job: JobSpec): Map<string, number> {
  const index = new Map<string, number>();
  uniqueTasks(job).forEach((t, i) => index.set(t.task_key, i));
  return index;
}

/** A task's dependencies that name an existing task other than itself, without repeats. */
export function knownDeps(task: TaskSpec, index: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  for (const dep of task.depends_on) {
    if (dep !== task.task_key && index.has(dep) && !out.includes(dep)) out.push(dep);
  }
  return out;
}

/** Direct dependents of every task, each list in definition order. */
export function dependentsMap(job: JobSpec): Map<string, string[]> {
  const tasks = uniqueTasks(job);
  const index = taskIndex(job);
  const map = new Map<string, string[]>(tasks.map((t) => [t.task_key, []]));
  for (const task of tasks) {
    for (const dep of knownDeps(task, index)) map.get(dep)?.push(task.task_key);
  }
  return map;
}

/** Tasks that run directly after `key`. */
export function dependentsOf(job: JobSpec, key: string): string[] {
  return dependentsMap(job).get(key) ?? [];
}

/** Every task downstream of any of `keys` (transitively), not counting `keys` themselves unless reachable. */
export function downstreamOf(job: JobSpec, keys: Iterable<string>): Set<string> {
  const deps = dependentsMap(job);
  const out = new Set<string>();
  const stack = [...keys];
  while (stack.length > 0) {
    const key = stack.pop() as string;
    for (const next of deps.get(key) ?? []) {
      if (!out.has(next)) {
        out.add(next);
        stack.push(next);
      }
    }
  }
  return out;
}

/** Every task `key` waits for, directly or not. */
export function upstreamOf(job: JobSpec, key: string): Set<string> {
  const index = taskIndex(job);
  const byKey = new Map(uniqueTasks(job).map((t) => [t.task_key, t]));
  const out = new Set<string>();
  const stack = [key];
  while (stack.length > 0) {
    const task = byKey.get(stack.pop() as string);
    if (!task) continue;
    for (const dep of knownDeps(task, index)) {
      if (!out.has(dep)) {
        out.add(dep);
        stack.push(dep);
      }
    }
  }
  return out;
}

/** Tasks nothing depends on: they decide the job's result (see simulate.ts). */
export function leafTasks(job: JobSpec): string[] {
  return [...dependentsMap(job)].filter(([, ds]) => ds.length === 0).map(([k]) => k);
}

/**
 * Dependency order. Among tasks that are ready at the same time the one defined first goes first
 * (Kahn's algorithm with the definition index as priority), so the order is stable while the
 * learner edits. Tasks caught in a cycle, and everything after them, are appended in definition
 * order so a broken job can still be drawn.
 */
export function topoOrder(job: JobSpec): string[] {
  const tasks = uniqueTasks(job);
  const index = taskIndex(job);
  const remaining = new Map(tasks.map((t) => [t.task_key, knownDeps(t, index).length]));
  const dependents = dependentsMap(job);
  const order: string[] = [];
  const ready = tasks.filter((t) => remaining.get(t.task_key) === 0).map((t) => t.task_key);
  while (ready.length > 0) {
    ready.sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0));
    const key = ready.shift() as string;
    order.push(key);
    for (const next of dependents.get(key) ?? []) {
      const left = (remaining.get(next) ?? 0) - 1;
      remaining.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  if (order.length < tasks.length) {
    const placed = new Set(order);
    for (const t of tasks) if (!placed.has(t.task_key)) order.push(t.task_key);
  }
  return order;
}

/**
 * Waves of tasks that can run in parallel: wave n holds the tasks whose longest chain of
 * dependencies has length n. Each wave is in definition order. Tasks that cannot be placed
 * (cycles and what follows them) form one last wave.
 */
export function levels(job: JobSpec): string[][] {
  const tasks = uniqueTasks(job);
  const index = taskIndex(job);
  const byKey = new Map(tasks.map((t) => [t.task_key, t]));
  const order = topoOrder(job);
  const level = new Map<string, number>();
  const stuck: string[] = [];
  for (const key of order) {
    const deps = knownDeps(byKey.get(key) as TaskSpec, index);
    if (deps.some((d) => !level.has(d))) {
      stuck.push(key);
      continue;
    }
    level.set(key, deps.reduce((m, d) => Math.max(m, (level.get(d) ?? 0) + 1), 0));
  }
  const waves: string[][] = [];
  for (const t of tasks) {
    const l = level.get(t.task_key);
    if (l === undefined) continue;
    (waves[l] ??= []).push(t.task_key);
  }
  const dense = waves.filter((w) => w !== undefined);
  if (stuck.length > 0) dense.push(tasks.map((t) => t.task_key).filter((k) => stuck.includes(k)));
  return dense;
}

/**
 * One cycle per strongly connected component of more than one task, as a path in run order that
 * returns to its start (`['a', 'b', 'a']` for "a runs before b, b before a"). Self-dependencies are
 * not reported here (validateJob has its own code for them).
 */
export function findCycles(job: JobSpec): string[][] {
  const tasks = uniqueTasks(job);
  const index = taskIndex(job);
  const dependents = dependentsMap(job);
  const byIndex = (a: string, b: string): number => (index.get(a) ?? 0) - (index.get(b) ?? 0);

  // Tarjan's algorithm, iterating in definition order so the result is stable.
  let counter = 0;
  const num = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (v: string): void => {
    num.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of dependents.get(v) ?? []) {
      if (!num.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, num.get(w) as number));
      }
    }
    if (low.get(v) === num.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) components.push(comp.sort(byIndex));
    }
  };
  for (const t of tasks) if (!num.has(t.task_key)) visit(t.task_key);

  // Shortest way round each component, starting from its first-defined task.
  return components
    .sort((a, b) => byIndex(a[0] as string, b[0] as string))
    .map((comp) => {
      const members = new Set(comp);
      const start = comp[0] as string;
      const parent = new Map<string, string>();
      const queue = [start];
      const seen = new Set([start]);
      while (queue.length > 0) {
        const v = queue.shift() as string;
        for (const w of dependents.get(v) ?? []) {
          if (!members.has(w)) continue;
          if (w === start) {
            const path = [start];
            for (let x: string | undefined = v; x !== undefined && x !== start; x = parent.get(x)) path.splice(1, 0, x);
            path.push(start);
            return path;
          }
          if (!seen.has(w)) {
            seen.add(w);
            parent.set(w, v);
            queue.push(w);
          }
        }
      }
      return [...comp, start]; // unreachable for a real SCC; kept so the type is total
    });
}
