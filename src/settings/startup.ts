// What the full-screen commands need from the settings before the TUI loads, in one module: each
// dynamic import in bin/cli.ts is one more round of file reads before Home's first frame, and
// bin/cli.ts cannot import these statically without `check` loading them too.

import { prepareColor } from './effective';
import { readSettings, type SettingsStore } from './store';

export { drillDefaultsOf, usesColor } from './effective';
export { openSettings } from './store';

/** Reads the settings and applies `color` before Ink's colour library loads (prepareColor). */
export async function openTuiSettings(color: boolean): Promise<SettingsStore> {
  const settings = readSettings();
  prepareColor(color, settings.get());
  await settings.ready;
  return settings;
}
