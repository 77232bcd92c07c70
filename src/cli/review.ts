// `lakeflow-lab review [--cards N] [--cram]`: the TUI opened directly on the review screen,
// with Home below it (Esc leads there). Loaded lazily by bin/cli.ts, like the app itself.
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
  const { openTui } = await import('./app');
  return openTui(
    { name: 'review', ...(cards === undefined ? {} : { cards }), ...(args.cram ? { cram: true } : {}) },
    { color: args.color },
  );
}
