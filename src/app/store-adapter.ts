// Adapts the real progress store (src/progress) to the narrow port the screens read (StorePort).
// Snapshots are cached by the store's own snapshot identity, as useSyncExternalStore requires.
import type { Lab } from '../lessons/types';
import type { ProgressStore } from '../progress/index';
import type { Location } from '../screens/nav';
import type { ProgressSnapshot, StorePort } from '../screens/store-port';

export function toLocation(last: { screen: string; id?: string } | null, lab: Lab): Location | undefined {
  if (!last?.id) return undefined;
  if (last.screen === 'workshop') {
    const step = lab.workshop.steps.find((s) => s.id === last.id);
    return step ? { name: 'workshop', step: step.number } : undefined;
  }
  if (last.screen === 'practice') {
    const task = lab.practice.tasks.find((t) => t.id === last.id);
    return task ? { name: 'practice', task: task.number } : undefined;
  }
  return undefined;
}

export function fromLocation(location: Location, lab: Lab): { screen: string; id: string } | null {
  if (location.name === 'workshop') {
    const step = lab.workshop.steps.find((s) => s.number === location.step);
    return step ? { screen: 'workshop', id: step.id } : null;
  }
  const task = lab.practice.tasks.find((t) => t.number === location.task);
  return task ? { screen: 'practice', id: task.id } : null;
}

export interface StoreAdapter extends StorePort {
  readonly store: ProgressStore;
}

export function adaptStore(store: ProgressStore, lab: Lab): StoreAdapter {
  let cachedFrom: unknown = undefined;
  let cachedWarnings: unknown = undefined;
  let snapshot: ProgressSnapshot | undefined;

  const get = (): ProgressSnapshot => {
    const progress = store.get();
    const warnings = store.warnings;
    if (snapshot && cachedFrom === progress && cachedWarnings === warnings) return snapshot;
    cachedFrom = progress;
    cachedWarnings = warnings;
    const tasks: Record<string, { attempted: boolean; passed: boolean }> = {};
    for (const [id, t] of Object.entries(progress.tasks)) {
      tasks[id] = { attempted: t.attempts > 0 || t.answers.some((a) => a.trim() !== ''), passed: t.passed };
    }
    const last = toLocation(progress.last, lab);
    snapshot = {
      ...(last ? { last } : {}),
      stepsDone: Object.entries(progress.steps).filter(([, s]) => s.done).map(([id]) => id),
      tasks,
      warnings: warnings.filter((w) => w.level === 'warning').map((w) => w.message),
    };
    return snapshot;
  };

  return {
    store,
    get,
    subscribe: (listener) => store.subscribe(listener),
    setLast(location) {
      const place = fromLocation(location, lab);
      const current = store.get().last;
      if (place && (current?.screen !== place.screen || current?.id !== place.id)) store.setLast(place);
    },
    markStep: (stepId, done) => store.markStep(stepId, done),
    scheduleSave: () => store.scheduleSave(),
    async flush() {
      if (!store.flush()) {
        const problem = store.warnings.at(-1)?.message ?? 'unknown error';
        throw new Error(`progress could not be saved: ${problem}`);
      }
    },
  };
}
