// Where the progress file lives.
//
// The default folder is exactly the one `conf` picks for `new Conf({projectName: 'lakeflow-lab'})`
// (env-paths' config folder with conf's default "-nodejs" suffix); test/progress checks that against
// conf itself. The progress store does not use conf: loading it (ajv, semver, atomically…) adds
// ~40 ms to a start, and its writer busy-waits up to 1 s on each EACCES/EPERM, which would freeze
// the UI on every retried save in a read-only folder. The settings (src/settings) use conf, loaded
// only to write them.

import os from 'node:os';
import path from 'node:path';

export const PROJECT_NAME = 'lakeflow-lab';
export const PROGRESS_FILE = 'progress.json';
/** Overrides the folder (classroom machines, tests). */
export const HOME_ENV = 'LAKEFLOW_LAB_HOME';

type Env = Record<string, string | undefined>;

/** env-paths' `config` folder for PROJECT_NAME, as conf 15 computes it. */
export function confConfigDir(env: Env = process.env, platform: string = process.platform, home: string = os.homedir()): string {
  const name = `${PROJECT_NAME}-nodejs`;
  if (platform === 'darwin') return path.join(home, 'Library', 'Preferences', name);
  if (platform === 'win32') {
    return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), name, 'Config');
  }
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), name);
}

/** The folder in use: LAKEFLOW_LAB_HOME when set, else the per-user config folder. */
export function dataDir(env: Env = process.env): string {
  const override = env[HOME_ENV];
  if (override !== undefined && override.trim() !== '') return path.resolve(override);
  return confConfigDir(env);
}

export function progressFilePath(dir: string = dataDir()): string {
  return path.join(dir, PROGRESS_FILE);
}
