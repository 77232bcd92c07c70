// The settings file on disk, read without conf: `settings.json` next to progress.json (so
// LAKEFLOW_LAB_HOME moves both). Start-up reads it here (a few hundred bytes, no ajv) and loads
// conf only to write or to migrate a file an earlier version wrote (store.ts).

import nodeFs from 'node:fs';
import path from 'node:path';
import { describeFsError, errorCode, readRegularFile } from '../progress/fsio';
import { dataDir } from '../progress/location';
import { knownValues, type SettingKey, type Settings } from './schema';

/** conf's `configName`: the file is `<configName>.json`. */
export const SETTINGS_NAME = 'settings';
export const SETTINGS_FILE = `${SETTINGS_NAME}.json`;
/** A real settings file is a few hundred bytes. */
export const MAX_SETTINGS_BYTES = 64 * 1024;

export function settingsFilePath(dir: string = dataDir()): string {
  return path.join(dir, SETTINGS_FILE);
}

export type SettingsRead =
  | { state: 'missing' }
  /**
   * `version`: the app version conf last migrated the file to (absent in a hand-made file);
   * `bad`: keys whose values no setting can hold (a migration may still mend them).
   */
  | { state: 'ok'; values: Partial<Settings>; bad: SettingKey[]; version: string | undefined }
  /** Not JSON, not an object, a value a setting cannot hold, a folder, a FIFO, too large, unreadable. */
  | { state: 'damaged'; reason: string };

export function readSettingsFile(file: string): SettingsRead {
  let text: string;
  try {
    text = readRegularFile(file, MAX_SETTINGS_BYTES).toString('utf8');
  } catch (error) {
    // ENOTDIR: a part of the folder's path is a file, so there is no settings file either.
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return { state: 'missing' };
    return { state: 'damaged', reason: `it cannot be read (${describeFsError(error)})` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { state: 'damaged', reason: 'it is not valid JSON' };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { state: 'damaged', reason: 'it does not hold settings' };
  const { values, bad } = knownValues(raw as Record<string, unknown>);
  const internal = (raw as { __internal__?: { migrations?: { version?: unknown } } }).__internal__;
  const version = typeof internal?.migrations?.version === 'string' ? internal.migrations.version : undefined;
  return { state: 'ok', values, bad, version };
}

/** Why a file's values cannot be used. */
export function badValuesReason(bad: readonly SettingKey[]): string {
  return `${bad.join(', ')} ${bad.length === 1 ? 'has a value it cannot take' : 'have values they cannot take'}`;
}

/**
 * Moves a damaged settings file out of the way, never deleting it:
 * `settings.corrupt-<ISO time>.json` beside it. Returns the backup's path.
 */
export function moveAside(file: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/:/g, '-');
  const base = path.join(path.dirname(file), `${SETTINGS_NAME}.corrupt-${stamp}`);
  for (let n = 0; ; n++) {
    const target = `${base}${n === 0 ? '' : `-${n}`}.json`;
    if (nodeFs.existsSync(target)) continue;
    nodeFs.renameSync(file, target);
    return target;
  }
}
