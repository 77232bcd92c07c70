// conf, loaded only when the settings file is written or an older version's file is migrated:
// conf brings ajv, semver and atomically (~40 ms to load), which start-up and `check` never pay.

import { PROJECT_NAME } from '../progress/location';
import { MIGRATIONS, type Migrations } from './migrations';
import { confSchema } from './schema';
import { SETTINGS_NAME } from './file';

/** The calls the store makes on conf. */
export interface ConfFile {
  readonly path: string;
  readonly store: Record<string, unknown>;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** The app's version as semver (tests run with a placeholder version). */
export function appVersion(): string {
  return /^\d+\.\d+\.\d+/.test(__APP_VERSION__) ? __APP_VERSION__ : '0.0.0';
}

/**
 * Opens `settings.json` in `dir` with conf: validated against the schema, migrated to `version`.
 * Throws what conf throws (a file-system error, or "Config schema violation" for a bad value).
 */
export async function openConfFile(dir: string, version: string = appVersion(), migrations: Migrations = MIGRATIONS): Promise<ConfFile> {
  const { default: Conf } = await import('conf');
  return new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: SETTINGS_NAME,
    projectName: PROJECT_NAME,
    projectVersion: version,
    migrations: migrations as never,
    schema: confSchema() as never,
    // Defaults stay in the schema, not in the file: an unset key follows the app's default,
    // and `config unset` means exactly that.
    ajvOptions: { useDefaults: false },
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
  });
}
