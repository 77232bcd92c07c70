// The learner's settings for one process: read at start without conf (file.ts), written through
// conf (conf-store.ts, loaded on the first change). Never throws and never stops the app: a damaged
// file is moved aside and the defaults apply; a folder that cannot be written keeps a change for
// this session only and says so.

import nodeFs from 'node:fs';
import { describeFsError, makeFolders } from '../progress/fsio';
import { dataDir } from '../progress/location';
import { appVersion, openConfFile, type ConfFile } from './conf-store';
import { badValuesReason, moveAside, readSettingsFile, settingsFilePath } from './file';
import type { Migrations } from './migrations';
import { DEFAULT_SETTINGS, formatSetting, knownValues, type SettingKey, type Settings } from './schema';

export type SaveResult = { saved: true } | { saved: false; message: string };

export interface SettingsOptions {
  /** Default: LAKEFLOW_LAB_HOME or the OS config folder, as for progress.json. */
  dir?: string;
  env?: Record<string, string | undefined>;
  /** The app version migrations run up to (default: this build's). */
  version?: string;
  migrations?: Migrations;
  now?: () => Date;
}

function describe(error: unknown): string {
  const text = describeFsError(error);
  return text.replace(/^Config schema violation: /, 'a value does not fit: ');
}

/** Why `dir` cannot take a new settings file, or null. Checked before conf writes: conf's writer
 *  retries a refused write for a second, which would freeze the screen. */
function writeProblem(dir: string, file: string): string | null {
  try {
    makeFolders(dir);
    nodeFs.accessSync(dir, nodeFs.constants.W_OK);
    if (nodeFs.existsSync(file)) nodeFs.accessSync(file, nodeFs.constants.W_OK);
    return null;
  } catch (error) {
    return describeFsError(error);
  }
}

export class SettingsStore {
  readonly dir: string;
  readonly file: string;
  /** Problems met while reading, for the learner (each a whole sentence). */
  readonly warnings: string[] = [];
  private values: Partial<Settings> = {};
  private snapshot: Settings = DEFAULT_SETTINGS;
  private readonly listeners = new Set<() => void>();
  private conf: Promise<ConfFile> | undefined;
  /** Set when a damaged file could not be moved aside: nothing is written over it. */
  private blocked: string | undefined;

  private constructor(private readonly options: SettingsOptions) {
    this.dir = options.dir ?? dataDir(options.env);
    this.file = settingsFilePath(this.dir);
  }

  /**
   * Settled once the settings are final: at once, unless a file an earlier version wrote is being
   * migrated through conf (values and warnings may then change). Never rejects.
   */
  ready: Promise<void> = Promise.resolve();

  /** Reads the file now, synchronously; a migration, if one is needed, goes on behind `ready`. */
  static read(options: SettingsOptions = {}): SettingsStore {
    const store = new SettingsStore(options);
    store.ready = store.load();
    return store;
  }

  /** Reads the settings; loads conf only for a file an earlier version wrote. Never throws. */
  static async open(options: SettingsOptions = {}): Promise<SettingsStore> {
    const store = SettingsStore.read(options);
    await store.ready;
    return store;
  }

  /** Every setting, defaults filled in; the same object until something changes. */
  get(): Settings {
    return this.snapshot;
  }

  /** Whether the learner chose a value (else the default applies). */
  isSet(key: SettingKey): boolean {
    return this.values[key] !== undefined;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Loads conf's code now (the Settings screen does, so the first change does not wait for it).
   * Only the module: opening the file with conf would write it (its migration stamp), and a
   * learner who only looked at the Settings screen must find no new file.
   */
  preload(): void {
    void import('conf').catch(() => undefined);
  }

  set<K extends SettingKey>(key: K, value: Settings[K]): Promise<SaveResult> {
    return this.write(key, value);
  }

  unset(key: SettingKey): Promise<SaveResult> {
    return this.write(key, null);
  }

  private async write(key: SettingKey, value: unknown): Promise<SaveResult> {
    const before = this.values;
    this.values = { ...before, [key]: value === null ? undefined : value };
    this.publish();
    const problem = this.blocked ?? writeProblem(this.dir, this.file);
    if (problem !== null) return this.notSaved(key, problem);
    try {
      const conf = await this.confFile();
      if (value === null) conf.delete(key);
      else conf.set(key, value);
      // What conf wrote, which includes what another terminal saved meanwhile.
      this.values = knownValues(conf.store).values;
      this.publish();
      return { saved: true };
    } catch (error) {
      this.conf = undefined;
      return this.notSaved(key, describe(error));
    }
  }

  private notSaved(key: SettingKey, reason: string): SaveResult {
    const shown = formatSetting(key, this.snapshot[key] as never) || 'the default';
    return {
      saved: false,
      message: `settings could not be saved to ${this.file} (${reason}): ${key} is ${shown} until you quit`,
    };
  }

  private confFile(): Promise<ConfFile> {
    this.conf ??= openConfFile(this.dir, this.options.version ?? appVersion(), this.options.migrations);
    return this.conf;
  }

  private publish(): void {
    const next = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
    for (const [key, value] of Object.entries(this.values)) if (value !== undefined) next[key as SettingKey] = value;
    this.snapshot = next as unknown as Settings;
    for (const listener of [...this.listeners]) listener();
  }

  private async load(): Promise<void> {
    const read = readSettingsFile(this.file);
    if (read.state === 'missing') return;
    if (read.state === 'damaged') return this.setAside(read.reason);
    const current = read.version === (this.options.version ?? appVersion());
    if (current && read.bad.length > 0) return this.setAside(badValuesReason(read.bad));
    this.values = read.values;
    this.publish();
    if (current) return;
    // Written by another version (or by hand): conf migrates it and records this version.
    const problem = writeProblem(this.dir, this.file);
    if (problem !== null) return;
    try {
      const conf = await this.confFile();
      this.values = knownValues(conf.store).values;
      this.publish();
    } catch (error) {
      this.conf = undefined;
      if (/schema violation|migration/i.test(String((error as Error)?.message))) {
        return this.setAside(read.bad.length > 0 ? badValuesReason(read.bad) : describe(error));
      }
      this.warnings.push(`settings in ${this.file} could not be brought up to this version (${describe(error)}); they are used as they are`);
    }
  }

  private setAside(reason: string): void {
    this.values = {};
    this.publish();
    try {
      const backup = moveAside(this.file, (this.options.now ?? (() => new Date()))());
      this.warnings.push(`settings file ${this.file} was damaged (${reason}); it was moved to ${backup} and the defaults apply`);
    } catch (error) {
      this.blocked = `the damaged settings file could not be moved aside: ${describeFsError(error)}`;
      this.warnings.push(`settings file ${this.file} is damaged (${reason}) and could not be moved aside (${describeFsError(error)}); the defaults apply and changes are not saved`);
    }
  }
}

/** The settings of this process, read now (SettingsStore.read): await `ready` before relying on them. */
export function readSettings(options: SettingsOptions = {}): SettingsStore {
  return SettingsStore.read(options);
}

/** The settings of this process (LAKEFLOW_LAB_HOME or the OS config folder). */
export function openSettings(options: SettingsOptions = {}): Promise<SettingsStore> {
  return SettingsStore.open(options);
}
