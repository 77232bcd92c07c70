// Starts the TUI with the learner's real progress store. Loaded lazily by bin/cli.ts, so the
// scriptable commands never pay for React and Ink.
import { LAB08 } from '../lessons/lab08';
import { openProgressStore } from '../progress/index';
import { runTui } from '../screens/run';
import { ProgressSession } from '../screens/session';
import type { Screen } from '../screens/nav';
import type { DrillSettings } from '../drill/settings';
import { closeAppTables } from '../screens/sql/open-tables';
import { openSettings, type SettingsStore } from '../settings/store';
import { keepYoungGenerationSmall } from './young-generation';

export interface StartArgs {
  initial: { name: 'home' } | { name: 'workshop'; step?: number } | { name: 'practice'; task?: number };
  color: boolean;
  /** Opened by bin/cli.ts before the TUI loads (the colour setting must be known by then). */
  settings?: SettingsStore;
}

function initialScreen(initial: StartArgs['initial']): Screen {
  if (initial.name === 'workshop') return initial.step ? { name: 'workshop', step: initial.step } : { name: 'workshop-list' };
  if (initial.name === 'practice') return initial.task ? { name: 'practice', task: initial.task } : { name: 'practice-list' };
  return { name: 'home' };
}

/**
 * Opens the TUI on `screen` over the learner's real progress, with every screen connected, so Esc
 * from any command's first screen leads to a working Home. Saves and closes the store however the
 * app ends.
 */
export async function openTui(screen: Screen, options: { color: boolean; drill?: DrillSettings; settings?: SettingsStore }): Promise<number> {
  // Once the app's modules are loaded, before its first render (young-generation.ts says why).
  keepYoungGenerationSmall();
  const settings = options.settings ?? (await openSettings());
  const store = openProgressStore();
  store.attachProcessHooks();
  try {
    return await runTui({
      initial: screen,
      noColor: !options.color,
      settings,
      session: new ProgressSession(store, LAB08),
      ...(options.drill ? { drill: { settings: options.drill } } : {}),
    });
  } finally {
    store.flush();
    store.close();
    // The SQL engine, if a query opened it (DuckDB holds native resources).
    await closeAppTables();
  }
}

export function startApp(args: StartArgs): Promise<number> {
  return openTui(initialScreen(args.initial), { color: args.color, ...(args.settings ? { settings: args.settings } : {}) });
}
