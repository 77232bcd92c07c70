// `lakeflow-lab drill [options]`: the classroom drill, opened on its lobby with Home below it.
// The settings are checked first and without React (`drillSettingsFromArgs`), so a mistyped
// option is reported with exit 2 even in a pipe; the TUI is loaded only once they are valid.
import { drillSettings, type DrillOptions, type DrillSettings } from '../drill/settings';
import { accessSync, constants } from 'node:fs';
import { describeFsError, makeFolders } from '../progress/fsio';
import { dataDir } from '../progress/location';
import { UsageError } from './io';
import type { SettingsStore } from '../settings/store';

export interface DrillArgs extends DrillOptions {
  color: boolean;
}

/** The drill's settings from the command line; throws UsageError (exit 2) with the reason. */
export function drillSettingsFromArgs(
  args: DrillArgs,
  context: { dataDir?: string; cwd?: string; defaults?: { name: string | null; out: string | null } } = {},
): DrillSettings {
  const parsed = drillSettings(args, {
    dataDir: context.dataDir ?? dataDir(),
    ...(context.cwd === undefined ? {} : { cwd: context.cwd }),
    ...(context.defaults === undefined ? {} : { defaults: context.defaults }),
  });
  if (!parsed.ok) throw new UsageError(parsed.message);
  return parsed.settings;
}

/** `settings`: when bin/cli.ts checked them already (a made-up seed must not change on the way). */
export async function runDrillCommand(
  args: DrillArgs,
  settings: DrillSettings = drillSettingsFromArgs(args),
  prefs?: SettingsStore,
): Promise<number> {
  const { openTui } = await import('./app');
  return openTui({ name: 'drill' }, { color: args.color, drill: settings, ...(prefs ? { settings: prefs } : {}) });
}

/** The drill's folder is made and tried before the lobby, so a learner never drills into a folder that can't keep the result. */
export function ensureResultFolder(dir: string): void {
  try {
    makeFolders(dir);
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new UsageError(`drill results cannot be written to ${dir} (${describeFsError(error)}); --out DIR picks another folder`);
  }
}
