// Changes to the settings file between app versions, keyed by the version that brings them (conf's
// `migrations`, run once when a newer version first opens the file; conf records the version in
// the file's `__internal__.migrations.version`).

import { SETTING_DEFS, SETTING_KEYS, type SettingKey } from './schema';

/** What a migration may do to the file: conf's store, reduced to the calls used here. */
export interface MigrationStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  has(key: string): boolean;
}

export type Migrations = Record<string, (store: MigrationStore) => void>;

/**
 * 0.1.0, the first version with a settings file: a file written by hand (no version recorded)
 * may hold numbers and booleans as text ("0.85", "true"); they become the types the schema wants.
 * Anything that still does not fit is left for the store to treat as damaged.
 */
function typedValues(store: MigrationStore): void {
  for (const key of SETTING_KEYS) {
    if (!store.has(key)) continue;
    const value = store.get(key);
    const def = SETTING_DEFS[key as SettingKey];
    if (typeof value !== 'string' || def.accepts(value)) continue;
    const parsed = def.parse(value, { cwd: '/', zoneExists: () => null });
    if (parsed.ok) store.set(key, parsed.value);
  }
}

export const MIGRATIONS: Migrations = {
  '0.1.0': typedValues,
};
