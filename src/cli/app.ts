// Starts the TUI with the learner's real progress store. Loaded lazily by bin/cli.ts, so the
// scriptable commands never pay for React and Ink.
import { LAB08 } from '../lessons/lab08';
import { openProgressStore } from '../progress/index';
import { adaptStore } from '../app/store-adapter';
import { runTui } from '../screens/run';
import { connectedScreens } from '../screens/connected';
import type { Screen } from '../screens/nav';

export interface StartArgs {
  initial: { name: 'home' } | { name: 'workshop'; step?: number } | { name: 'practice'; task?: number };
  color: boolean;
}

function initialScreen(initial: StartArgs['initial']): Screen {
  if (initial.name === 'workshop') return initial.step ? { name: 'workshop', step: initial.step } : { name: 'workshop-list' };
  if (initial.name === 'practice') return initial.task ? { name: 'practice', task: initial.task } : { name: 'practice-list' };
  return { name: 'home' };
}

export async function startApp(args: StartArgs): Promise<number> {
  const store = openProgressStore();
  store.attachProcessHooks();
  try {
    return await runTui({
      initial: initialScreen(args.initial),
      noColor: !args.color,
      store: adaptStore(store, LAB08),
      screens: connectedScreens(store),
      // Review reads and writes card schedules, more than the StorePort snapshot offers.
      progressStore: store,
      features: { review: { available: true } },
    });
  } finally {
    store.flush();
    store.close();
  }
}
