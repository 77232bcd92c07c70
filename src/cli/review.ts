// `lakeflow-lab review [--cards N] [--cram]`: the TUI opened directly on the review screen,
// with Home below it (Esc leads there). Loaded lazily by bin/cli.ts, like the app itself.
import { LAB08 } from '../lessons/lab08';
import { openProgressStore } from '../progress/index';
import { adaptStore } from '../app/store-adapter';
import { connectedScreens } from '../screens/connected';
import { runTui } from '../screens/run';
import { UsageError } from './io';

export const MAX_CARDS = 100;

export interface ReviewArgs {
  /** The raw `--cards` value, if given. */
  cards?: string;
  cram: boolean;
  color: boolean;
}

/** `--cards N`: a whole number from 1 to 100; undefined when the flag is absent. */
export function parseCards(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_CARDS) {
    throw new UsageError(`--cards must be a whole number from 1 to ${MAX_CARDS}, got ${value}`);
  }
  return Number(text);
}

export async function runReviewCommand(args: ReviewArgs): Promise<number> {
  const cards = parseCards(args.cards);
  const store = openProgressStore();
  store.attachProcessHooks();
  try {
    return await runTui({
      initial: { name: 'review', ...(cards === undefined ? {} : { cards }), ...(args.cram ? { cram: true } : {}) },
      noColor: !args.color,
      store: adaptStore(store, LAB08),
      // The same screens as `lakeflow-lab`: Esc leads to Home, and from there anywhere.
      screens: connectedScreens(store),
      progressStore: store,
      features: { review: { available: true } },
    });
  } finally {
    store.flush();
    store.close();
  }
}
