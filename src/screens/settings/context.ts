// The learner's settings for every screen. runTui provides the process's SettingsStore; without
// one (screen tests), every setting has its default. Loaded at start-up: keep it light.

import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import type { SettingsStore } from '../../settings/store';

export const SettingsContext = createContext<SettingsStore | undefined>(undefined);

export function useSettingsStore(): SettingsStore | undefined {
  return useContext(SettingsContext);
}

const NO_SUBSCRIPTION = (): (() => void) => () => undefined;
const DEFAULTS = (): Settings => DEFAULT_SETTINGS;

/** Every setting (defaults filled in); re-renders when one changes. */
export function useSettings(): Settings {
  const store = useContext(SettingsContext);
  const subscribe = useCallback((fn: () => void) => (store ? store.subscribe(fn) : NO_SUBSCRIPTION()), [store]);
  const get = useCallback(() => (store ? store.get() : DEFAULTS()), [store]);
  return useSyncExternalStore(subscribe, get, get);
}
