// Screens Home does not draw are loaded on first use, so start-up parses only what Home needs
// (the workshop builder with its YAML parser, the practice editor with the Python interpreter and
// the review are most of the code). `preload()` lets the caller fetch a screen before it is shown:
// the initial screen before the first frame, the screens the current one leads to in the background
// (upkeep.ts).

import { createElement, useEffect, useState, type ComponentType, type ReactElement } from 'react';

export interface LazyScreen<P extends object> {
  (props: P): ReactElement | null;
  /** Loads the screen's module (once); resolves when it can render without waiting. */
  preload(): Promise<void>;
}

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let failure: { error: unknown } | undefined;
  let pending: Promise<void> | undefined;
  const preload = (): Promise<void> => {
    pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        failure = { error };
      },
    );
    return pending;
  };

  function Lazy(props: P): ReactElement | null {
    const [, setTick] = useState(0);
    // Whether this render could draw the screen. The module may arrive between this render and
    // its effects (a prefetch in flight): the effect must still ask for a new render then.
    const ready = loaded !== undefined || failure !== undefined;
    useEffect(() => {
      if (ready) return undefined;
      let live = true;
      void preload().then(() => {
        if (live) setTick((n) => n + 1);
      });
      return () => {
        live = false;
      };
    }, [ready]);
    // A module that cannot load is a broken install: let the UI's error handling report it.
    if (failure) throw failure.error;
    return loaded ? createElement(loaded, props) : null;
  }
  return Object.assign(Lazy, { preload });
}

/** Whether a screen component is a lazy one (it can be preloaded). */
export function preloadable(component: unknown): component is { preload(): Promise<void> } {
  return typeof component === 'function' && typeof (component as { preload?: unknown }).preload === 'function';
}

/** Loads every lazy screen of a registry (tests that navigate everywhere). */
export async function preloadScreens(screens: Readonly<Record<string, { component: unknown }>>): Promise<void> {
  await Promise.all(Object.values(screens).map((entry) => (preloadable(entry.component) ? entry.component.preload() : undefined)));
}
