// `lakeflow-lab review [--cards N] [--cram] [--exam-date D] [--retention R] [--exam [N]]`: the TUI
// opened directly on the review screen, with Home below it (Esc leads there); and
// `review --export anki|json FILE`, which writes the deck without a terminal (no React loaded).
// Loaded lazily by bin/cli.ts, like the app itself.
import { writeFileSync } from 'node:fs';
import { describeFsError } from '../progress/fsio';
// Static: the app loads both anyway, and a dynamic import of each would split them into chunks of
// their own, more files for Home's start to read (README "Performance").
import { LAB08 } from '../lessons/lab08';
import { openProgressStore } from '../progress/index';
import { examDateProblem, retentionProblem, type ReviewSettings } from '../review/settings';

// Kept here (not imported from src/review/exam) so parsing flags loads nothing heavy.
const DEFAULT_EXAM_QUESTIONS = 20;
const MAX_EXAM_QUESTIONS = 60;
import { UsageError, writeOut } from './io';
import type { SettingsStore } from '../settings/store';

export const MAX_CARDS = 100;

export interface ReviewArgs {
  /** The raw `--cards` value, if given. */
  cards?: string;
  cram: boolean;
  color: boolean;
  examDate?: string;
  retention?: string;
  /** `--exam [N]`: the raw N ('' when absent), undefined without --exam. */
  exam?: string;
  /** The learner's settings (opened by bin/cli.ts before the TUI loads). */
  prefs?: SettingsStore;
}

/** `--exam [N]`: N questions, 1 to 60, default 20. */
export function parseExamQuestions(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return DEFAULT_EXAM_QUESTIONS;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_EXAM_QUESTIONS) {
    throw new UsageError(`--exam takes a number of questions from 1 to ${MAX_EXAM_QUESTIONS}, got ${value}`);
  }
  return Number(text);
}

/** `--exam-date` and `--retention` as review settings (the rest keep their defaults). */
export function parseSettings(args: Pick<ReviewArgs, 'examDate' | 'retention'>): Partial<ReviewSettings> {
  const settings: Partial<ReviewSettings> = {};
  if (args.examDate !== undefined) {
    const problem = examDateProblem(args.examDate);
    if (problem) throw new UsageError(`--exam-date: ${problem}`);
    settings.examDate = args.examDate.trim();
  }
  if (args.retention !== undefined) {
    const value = Number(args.retention.trim());
    const problem = args.retention.trim() === '' ? 'desired retention must be a number' : retentionProblem(value);
    if (problem) throw new UsageError(`--retention: ${problem}`);
    settings.desiredRetention = value;
  }
  return settings;
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
  const settings = parseSettings(args);
  const exam = parseExamQuestions(args.exam);
  const { openTui } = await import('./app');
  return openTui(
    {
      name: 'review',
      ...(exam === undefined ? {} : { exam }),
      ...(cards === undefined ? {} : { cards }),
      ...(args.cram ? { cram: true } : {}),
      ...(Object.keys(settings).length > 0 ? { settings } : {}),
    },
    { color: args.color, ...(args.prefs ? { settings: args.prefs } : {}) },
  );
}

/** `--export FORMAT`: anki or json. */
export function parseExportFormat(value: string): 'anki' | 'json' {
  if (value === 'anki' || value === 'json') return value;
  throw new UsageError(`--export takes anki or json, got ${value}`);
}

/**
 * `review --export anki|json FILE` (FILE `-`: standard output): every card of the deck, the
 * generated families as the scenarios introduced so far plus each family once.
 */
export async function runReviewExport(args: { format: string; file: string | undefined }): Promise<number> {
  const format = parseExportFormat(args.format);
  if (args.file === undefined || args.file === '') throw new UsageError(`usage: lakeflow-lab review --export ${format} FILE (or - for standard output)`);
  const [{ deckRecords }, { ankiText, jsonText }] = await Promise.all([import('../review/catalog'), import('../review/export')]);
  const store = openProgressStore();
  const introduced = Object.keys(store.get().cards);
  store.close();
  const records = deckRecords(LAB08, introduced);
  const text = format === 'anki' ? ankiText(records) : jsonText(records);
  if (args.file === '-') {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(args.file, text);
  } catch (error) {
    process.stderr.write(`lakeflow-lab: could not write ${args.file}: ${describeFsError(error)}\n`);
    return 1;
  }
  writeOut(`Wrote ${records.length} cards to ${args.file} (${format === 'anki' ? 'Anki: File › Import, tab-separated, HTML in fields' : 'JSON'}).`);
  return 0;
}
