// The builder state outside React: one instance for the whole app, so the state survives moving
// between step screens (each is a new component). Views read it with useSyncExternalStore; the
// app saves `get()` as `workshop.entries` from the change callback.

import { workshopReducer, type WorkshopAction } from './reducer';
import { restoreBuilderState, type BuilderState } from './state';

export interface WorkshopStore {
  /** The same object until something changes (useSyncExternalStore compares by identity). */
  get(): BuilderState;
  subscribe(listener: () => void): () => void;
  dispatch(action: WorkshopAction): void;
}

/**
 * `saved` is what progress.json holds under `workshop.entries` (anything, even garbage: it is
 * restored field by field). `onChange` runs after every action that changed the state.
 */
/** `learnerName`: step 2's name when none was saved (the learner-name setting); kept in memory until an edit saves it. */
export function createWorkshopStore(saved?: unknown, onChange?: (state: BuilderState) => void, learnerName?: string | null): WorkshopStore {
  let state = restoreBuilderState(saved);
  if (learnerName && state.learnerName.trim() === '') state = { ...state, learnerName };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    dispatch(action) {
      const next = workshopReducer(state, action);
      if (next === state) return;
      state = next;
      onChange?.(state);
      for (const l of [...listeners]) l();
    },
  };
}
