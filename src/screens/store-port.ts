// What the screens need from the progress store, and nothing more. The real store
// (src/progress) is adapted to this port by the caller of runTui; tests and demos use the
// in-memory implementation below.

import type { Location } from './nav';

export interface TaskProgress {
  attempted: boolean;
  passed: boolean;
}

/**
 * An immutable snapshot. `get()` must return the SAME object until something changes
 * (React's useSyncExternalStore compares snapshots by identity).
 */
export interface ProgressSnapshot {
  /** Where the learner last was, for "Continue". */
  readonly last?: Location;
  /** WorkshopStep ids marked done. */
  readonly stepsDone: readonly string[];
  /** Keyed by PracticeTask id; a missing entry means never attempted. */
  readonly tasks: Readonly<Record<string, TaskProgress>>;
  /** Problems to show the learner, newest last (e.g. "progress could not be saved: EACCES …"). */
  readonly warnings: readonly string[];
}

export interface StorePort {
  get(): ProgressSnapshot;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  setLast(location: Location): void;
  markStep(stepId: string, done: boolean): void;
  /** Persist soon (debounced). The screens call it after each change they make. */
  scheduleSave(): void;
  /** Persist now; awaited before the process exits. */
  flush(): Promise<void>;
}

export interface MemoryStore extends StorePort {
  /** Test and demo helpers: not part of the port. */
  setTask(taskId: string, progress: TaskProgress): void;
  warn(message: string): void;
  readonly saves: number;
  readonly flushes: number;
}

export function createMemoryStore(initial: Partial<ProgressSnapshot> = {}): MemoryStore {
  let snapshot: ProgressSnapshot = {
    stepsDone: [],
    tasks: {},
    warnings: [],
    ...initial,
  };
  const listeners = new Set<() => void>();
  let saves = 0;
  let flushes = 0;

  const update = (next: ProgressSnapshot): void => {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };

  return {
    get: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setLast(location) {
      const last = snapshot.last;
      if (last && last.name === location.name && JSON.stringify(last) === JSON.stringify(location)) return;
      update({ ...snapshot, last: location });
    },
    markStep(stepId, done) {
      const has = snapshot.stepsDone.includes(stepId);
      if (has === done) return;
      update({
        ...snapshot,
        stepsDone: done ? [...snapshot.stepsDone, stepId] : snapshot.stepsDone.filter((id) => id !== stepId),
      });
    },
    setTask(taskId, progress) {
      update({ ...snapshot, tasks: { ...snapshot.tasks, [taskId]: progress } });
    },
    warn(message) {
      update({ ...snapshot, warnings: [...snapshot.warnings, message] });
    },
    scheduleSave() {
      saves++;
    },
    async flush() {
      flushes++;
    },
    get saves() {
      return saves;
    },
    get flushes() {
      return flushes;
    },
  };
}
