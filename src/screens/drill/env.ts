// What the drill screen needs from outside the App: its settings (from the command line, or the
// defaults when opened from Home), the learner's progress, a clock and the result files. Given
// through context by `drillEntry` (connected.tsx, src/cli/drill.ts), so tests inject a manual
// clock and a temp folder, and the App itself stays ignorant of all of it.

// Kept light: connected.tsx imports it at start-up, so the checks engine and the file code are
// only reached through the (lazily loaded) screen.
import { createContext } from 'react';
import type { DrillSettings } from '../../drill/settings';
import type { BlameFn, CheckFn, DrillPort, ResultFiles } from './controller';

export interface Clock {
  now(): number;
  /** Calls `fn` every `ms` until the returned function is called. */
  every(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  every(ms, fn) {
    const handle = setInterval(fn, ms);
    return () => clearInterval(handle);
  },
};

export interface DrillEnv {
  /** Called once each time the drill screen opens: the settings of that drill. */
  settings: () => DrillSettings;
  port?: DrillPort;
  clock?: Clock;
  check?: CheckFn;
  /** Which blanks of a failed submission are wrong on their own (recorded as misses). */
  blame?: BlameFn;
  files?: ResultFiles;
  appVersion?: string;
}

export const DrillEnvContext = createContext<DrillEnv | undefined>(undefined);

/** The progress store as the drill's port. Typed by shape: src/progress is not loaded here. */
export interface DrillStoreLike {
  get(): { learner: { name: string } | null };
  setLearner(name: string): void;
  recordMiss(blankId: string, typed: string, source: 'drill'): void;
  clearMisses(blankIds: readonly string[]): void;
}

export function drillPortFor(store: DrillStoreLike): DrillPort {
  return {
    learnerName: () => store.get().learner?.name ?? null,
    setLearner: (name) => store.setLearner(name),
    recordMiss: (blankId, typed) => store.recordMiss(blankId, typed, 'drill'),
    clearMisses: (blankIds) => store.clearMisses(blankIds),
  };
}
