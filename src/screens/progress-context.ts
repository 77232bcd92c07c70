// The learner's full progress store, for the screens that need more than the StorePort snapshot
// (review reads and writes card schedules). Typed by shape, not by class, so screens and tests
// never import src/progress at run time: the real ProgressStore fits as is, and tests pass the
// in-memory one below.

import { createContext, useContext } from 'react';
import type { ReviewProgress } from '../review/session';

export interface CardEntry {
  state: unknown;
  updatedAt: number;
}

export interface ProgressData extends ReviewProgress {
  cards: Record<string, CardEntry>;
  misses: Record<string, { count: number; updatedAt: number }>;
}

export interface FullProgressStore {
  /** The same object until something changes (fits useSyncExternalStore). */
  get(): ProgressData;
  subscribe(listener: () => void): () => void;
  /** Stores a review card's schedule (JSON) under its schedule id. */
  setCard(cardId: string, state: unknown): void;
  /** Debounced save. */
  scheduleSave(): void;
  /** Synchronous save; true when everything is on disk. */
  flush(): boolean;
}

/** Undefined when the app runs without a real store (demos, most screen tests). */
export const ProgressStoreContext = createContext<FullProgressStore | undefined>(undefined);

export function useProgressStore(): FullProgressStore | undefined {
  return useContext(ProgressStoreContext);
}

export interface MemoryProgressStore extends FullProgressStore {
  /** Test helper: how many times flush() ran. */
  readonly flushes: number;
  /** Test helper: replace the progress (e.g. to add misses), notifying subscribers. */
  set(next: Partial<ProgressData>): void;
}

/** Nothing persists: for tests, and for the review screen when no store was provided. */
export function createMemoryProgressStore(initial: Partial<ProgressData> = {}): MemoryProgressStore {
  let data: ProgressData = { cards: {}, misses: {}, ...initial };
  const listeners = new Set<() => void>();
  let flushes = 0;
  const update = (next: ProgressData): void => {
    data = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => data,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    setCard(cardId, state) {
      const prev = data.cards[cardId];
      // JSON, as the real store keeps it (Dates become strings).
      const stored: unknown = JSON.parse(JSON.stringify(state ?? null));
      update({ ...data, cards: { ...data.cards, [cardId]: { state: stored, updatedAt: Math.max(Date.now(), (prev?.updatedAt ?? 0) + 1) } } });
    },
    scheduleSave() {},
    flush() {
      flushes++;
      return true;
    },
    set(next) {
      update({ ...data, ...next });
    },
    get flushes() {
      return flushes;
    },
  };
}
