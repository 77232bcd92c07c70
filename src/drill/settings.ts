// Drill options as the instructor dictates them: `drill --minutes 10 --seed 42`.
// Messages are one line and written for a learner who mistyped what was on the projector.
import { randomInt } from 'node:crypto';
import { isAbsolute, join, resolve } from 'node:path';

export interface DrillSettings {
  minutes: number;
  /** Sorted, unique task numbers. */
  tasks: number[];
  seed: string;
  /** True when no --seed was given and one was made up: the screen must show it. */
  seedGenerated: boolean;
  name: string | null;
  attempts: number;
  feedback: boolean;
  /** Folder the result file goes to. */
  out: string;
}

export type SettingsResult = { ok: true; settings: DrillSettings } | { ok: false; message: string };

export interface SettingsContext {
  /** The app's data folder; the default output is `<dataDir>/drills`. */
  dataDir: string;
  /** Folder a relative --out is resolved against (defaults to process.cwd()). */
  cwd?: string;
  /** How many practice tasks the lab has (8 for LAB 08). */
  taskCount?: number;
  /** Injected so tests are deterministic. */
  randomSeed?: () => string;
  /** The learner's settings `learner-name` and `drill-out`: used when --name / --out are absent. */
  defaults?: { name: string | null; out: string | null };
}

export const MINUTES = { min: 1, max: 180, default: 15 } as const;
export const ATTEMPTS = { min: 1, max: 10, default: 1 } as const;
export const MAX_SEED_CHARS = 64;
export const MAX_NAME_CHARS = 60;

// No 0/O/1/l/I: the seed is read aloud and copied off a projector.
const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function generateSeed(): string {
  let seed = '';
  for (let i = 0; i < 6; i++) seed += SEED_ALPHABET[randomInt(SEED_ALPHABET.length)];
  return seed;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const fail = (message: string): SettingsResult => ({ ok: false, message });

/**
 * The option values of `drill` as the command line gave them (undefined when absent); bin/cli.ts
 * has already split them with node's parseArgs, which reports a missing value or an unknown option.
 */
export interface DrillOptions {
  minutes?: string;
  tasks?: string;
  seed?: string;
  name?: string;
  attempts?: string;
  noFeedback?: boolean;
  out?: string;
}

/** The drill's settings from its options, or the one-line reason they cannot be used. */
export function drillSettings(options: DrillOptions, context: SettingsContext): SettingsResult {
  const feedback = options.noFeedback !== true;

  const minutes = parseBoundedInt(options.minutes, 'minutes', MINUTES);
  if (typeof minutes === 'string') return fail(minutes);
  const attempts = parseBoundedInt(options.attempts, 'attempts', ATTEMPTS);
  if (typeof attempts === 'string') return fail(attempts);

  const taskCount = context.taskCount ?? 8;
  const tasksText = options.tasks;
  const tasks = tasksText === undefined ? range(1, taskCount) : parseTaskList(tasksText, taskCount);
  if (!tasks.ok) return fail(tasks.message);

  let seed: string;
  let seedGenerated = false;
  const seedText = options.seed;
  if (seedText === undefined) {
    seed = (context.randomSeed ?? generateSeed)();
    seedGenerated = true;
  } else {
    seed = seedText.trim();
    if (seed === '') return fail('--seed is empty: use the seed your instructor gave, e.g. --seed 42.');
    if (seed.length > MAX_SEED_CHARS) return fail(`--seed is too long (at most ${MAX_SEED_CHARS} characters).`);
    if (CONTROL.test(seed)) return fail('--seed contains control characters: type it again by hand.');
  }

  let name: string | null = null;
  const nameText = options.name ?? context.defaults?.name ?? undefined;
  if (nameText !== undefined) {
    name = nameText.trim().replace(/\s+/g, ' ');
    if (name === '') return fail('--name is empty: type your name, e.g. --name "Ada Lovelace".');
    if (name.length > MAX_NAME_CHARS) return fail(`--name is too long (at most ${MAX_NAME_CHARS} characters).`);
    if (CONTROL.test(name)) return fail('--name contains control characters: type it again by hand.');
  }

  const outText = options.out ?? context.defaults?.out ?? undefined;
  let out: string;
  if (outText === undefined) {
    out = join(context.dataDir, 'drills');
  } else {
    if (outText.trim() === '') return fail('--out is empty: give a folder, e.g. --out ./results.');
    if (outText.includes('\0')) return fail('--out is not a valid folder path.');
    out = isAbsolute(outText) ? outText : resolve(context.cwd ?? process.cwd(), outText);
  }

  return { ok: true, settings: { minutes, tasks: tasks.tasks, seed, seedGenerated, name, attempts, feedback, out } };
}

/** `1-8`, `1,3,5`, `2-4,7` → sorted unique task numbers. */
export function parseTaskList(
  text: string,
  taskCount = 8,
): { ok: true; tasks: number[] } | { ok: false; message: string } {
  const bad = (why: string) => ({
    ok: false as const,
    message: `--tasks ${why}: use task numbers 1 to ${taskCount}, e.g. --tasks 1-${taskCount} or --tasks 2-4,7.`,
  });
  const found = new Set<number>();
  const items = text.split(',').map((item) => item.trim());
  if (items.length === 1 && items[0] === '') return bad('is empty');
  for (const item of items) {
    if (item === '') return bad('has an empty item');
    const match = /^(\d{1,3})(?:\s*-\s*(\d{1,3}))?$/.exec(item);
    if (!match) return bad(`has "${printable(item)}", which is not a number or range`);
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    for (const n of [from, to]) {
      if (n < 1 || n > taskCount) return bad(`has ${n}, which is not a task`);
    }
    if (to < from) return bad(`has the range ${from}-${to}, which runs backwards`);
    for (let n = from; n <= to; n++) found.add(n);
  }
  return { ok: true, tasks: [...found].sort((a, b) => a - b) };
}

function parseBoundedInt(
  text: string | undefined,
  option: string,
  bounds: { min: number; max: number; default: number },
): number | string {
  if (text === undefined) return bounds.default;
  const trimmed = text.trim();
  const message = `--${option} must be a whole number from ${bounds.min} to ${bounds.max}`;
  if (!/^\d{1,4}$/.test(trimmed)) return `${message}, not "${printable(text)}".`;
  const n = Number(trimmed);
  if (n < bounds.min || n > bounds.max) return `${message}, not ${n}.`;
  return n;
}

function range(from: number, to: number): { ok: true; tasks: number[] } {
  const tasks: number[] = [];
  for (let n = from; n <= to; n++) tasks.push(n);
  return { ok: true, tasks };
}

// Echoing the learner's own typo back must not echo a terminal escape with it.
function printable(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  // eslint-disable-next-line no-control-regex
  return shown.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
}
