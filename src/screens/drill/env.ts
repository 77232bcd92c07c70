// What the drill screen takes from outside the App besides the progress session: its settings
// (from `lakeflow-lab drill …`; opened from Home, the defaults with a new seed), a clock, the
// checks and the result files. runTui provides it (empty: every default), so tests inject a
// manual clock and a temp folder, and the App itself stays ignorant of all of it.

// Kept light: run.tsx imports it at start-up, so the checks engine and the file code are only
// reached through the (lazily loaded) screen.
import { createContext } from 'react';
import type { DrillSettings } from '../../drill/settings';
import type { BlameFn, CheckFn, ResultFiles } from './controller';

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
  /** The settings of every drill opened; default: the defaults, a new seed each time. */
  settings?: DrillSettings;
  clock?: Clock;
  check?: CheckFn;
  /** Which blanks of a failed submission are wrong on their own (recorded as misses). */
  blame?: BlameFn;
  files?: ResultFiles;
  appVersion?: string;
}

export const DrillEnvContext = createContext<DrillEnv>({});
