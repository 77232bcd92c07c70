// What the TUI does in the background as the learner moves between screens (runTui feeds it the
// App's navigation). Both are about memory as much as time:
// - Screens loaded on first use (lazy.tsx) are fetched once the learner has stayed a moment on a
//   screen that leads to them (registry.ts `leadsTo`), not all at start-up: `lakeflow-lab practice`
//   never loads the workshop builder, the review or the drill unless Home is reached.
// - Once a screen has closed, its objects are garbage; a full collection shortly after gives the
//   memory back (full-gc.ts says why V8 would otherwise keep it until much later).

import { preloadable } from './lazy';
import { closesScreen, currentScreen, sameScreen, type NavState } from './nav';
import { entryFor, type Registry } from './registry';

export interface UpkeepOptions {
  registry: Registry;
  /** How long the learner stays on a screen before the screens it leads to are loaded. */
  prefetchDelayMs: number;
  /** A full garbage collection; null: none (tests, or a Node that cannot give one). */
  collect: (() => void) | null;
  /** How long after the last screen closed the collection runs. */
  collectDelayMs: number;
}

export interface Upkeep {
  /** The navigation went from `from` to `to` (the App's dispatch). */
  navigated(from: NavState, to: NavState): void;
  /** No more timers (the app is exiting). */
  stop(): void;
}

/** Starts the upkeep on `nav`, the stack the App opens on (its first frame is drawn). */
export function startUpkeep(nav: NavState, options: UpkeepOptions): Upkeep {
  const { registry, prefetchDelayMs, collect, collectDelayMs } = options;
  let prefetch: NodeJS.Timeout | undefined;
  let collection: NodeJS.Timeout | undefined;

  const prefetchFor = (state: NavState): void => {
    clearTimeout(prefetch);
    const names = entryFor(registry, currentScreen(state)).leadsTo ?? [];
    if (names.length === 0) return;
    prefetch = setTimeout(() => {
      for (const name of names) {
        const component = registry[name].component;
        if (preloadable(component)) void component.preload();
      }
    }, prefetchDelayMs);
    // Never what keeps the process alive.
    prefetch.unref?.();
  };

  prefetchFor(nav);
  return {
    navigated(from, to) {
      if (!sameScreen(currentScreen(from), currentScreen(to))) prefetchFor(to);
      if (collect === null || !closesScreen(from, to)) return;
      // Several screens closed in a row (Esc, Esc): one collection, after the last.
      clearTimeout(collection);
      collection = setTimeout(() => {
        collection = undefined;
        collect();
      }, collectDelayMs);
      collection.unref?.();
    },
    stop() {
      clearTimeout(prefetch);
      clearTimeout(collection);
    },
  };
}
