// One JSON file per drill, rewritten after every submission so that Ctrl+C, a crash or a closed
// lid keeps everything answered so far. The instructor collects these files from thirty machines.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { makeFolders } from '../progress/fsio';
import { basename, dirname, join } from 'node:path';
import type { PracticeTask } from '../lessons/types';
import type { DrillState, EndReason, TaskOutcome } from './drill-state';
import { taskOutcome } from './drill-state';

export const RESULT_FORMAT = 'lakeflow-lab/drill-result';
export const RESULT_VERSION = 1;
/** Verdict messages are cut to this length in the file. */
export const MAX_MESSAGE_CHARS = 4000;
/** At most this many explanation lines per task are kept in the file. */
export const MAX_EXPLAIN_LINES = 20;

/**
 * What a file says of a task. A drill without feedback writes only 'submitted' (or 'unanswered'),
 * with an empty message and no explanation: the file is the learner's to open, so it must not
 * tell them what the screen did not. The report judges every answer set again anyway.
 */
export type RecordedOutcome = TaskOutcome | 'submitted';

export interface DrillResultTask {
  task: number;
  /** In blank order, exactly as typed (for a submitted task: as submitted last). */
  answers: string[];
  outcome: RecordedOutcome;
  /** The verdict's message; always empty with feedback off. */
  message: string;
  errorType: string | null;
  /** What the learner saw under the verdict (Verdict.explain); absent in files from older versions. */
  explain?: string[];
  seconds: number;
  attempts: number;
}

export interface DrillResultSettings {
  minutes: number;
  tasks: number[];
  attempts: number;
  feedback: boolean;
}

export interface DrillResult {
  format: typeof RESULT_FORMAT;
  version: typeof RESULT_VERSION;
  labId: string;
  /** labContentHash of the lab the answers were checked against. */
  labHash: string;
  appVersion: string;
  learner: string;
  seed: string;
  settings: DrillResultSettings;
  /** Task numbers in the order the drill showed them. */
  order: number[];
  startedAt: string;
  /** Null while the drill has not ended (the file of an interrupted drill keeps null). */
  endedAt: string | null;
  /** When this version of the file was written. */
  savedAt: string;
  finished: boolean;
  endReason: EndReason | null;
  /** Sorted by task number; a task never submitted has outcome 'unanswered', and with feedback off a submitted one 'submitted'. */
  tasks: DrillResultTask[];
}

export interface DrillResultMeta {
  labId: string;
  labHash: string;
  appVersion: string;
  learner: string;
  seed: string;
  settings: DrillResultSettings;
}

/** The part of the lab whose content decides the verdicts. */
export interface HashableLab {
  practice: { tasks: ReadonlyArray<Pick<PracticeTask, 'number' | 'todoCell' | 'verifyCell'>> };
}

/**
 * sha256 (hex) of a canonical JSON of the practice tasks' TODO and verification cells. Two apps
 * with the same hash judged the same cells, so their results can be compared.
 */
export function labContentHash(lab: HashableLab): string {
  const tasks = [...lab.practice.tasks]
    .sort((a, b) => a.number - b.number)
    .map((t) => ({ number: t.number, todoCell: t.todoCell, verifyCell: t.verifyCell }));
  return createHash('sha256').update(canonicalJson(tasks), 'utf8').digest('hex');
}

/** JSON with object keys sorted at every level, no whitespace. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

export function buildDrillResult(state: DrillState, meta: DrillResultMeta, savedAtMs: number): DrillResult {
  if (state.startedAtMs === null) throw new Error('buildDrillResult: the drill has not started');
  // A nameless file would be rejected by the instructor's report: the lobby must ask for a name.
  if (meta.learner.trim() === '') throw new Error('buildDrillResult: the learner has no name');
  // Both must agree that feedback was on for a verdict to be written.
  const feedback = state.config.feedback && meta.settings.feedback;
  const tasks: DrillResultTask[] = state.progress
    .map((p): DrillResultTask => {
      if (!feedback) {
        return {
          task: p.task,
          answers: [...(p.judgedAnswers ?? p.answers)],
          outcome: p.attempts === 0 ? 'unanswered' : 'submitted',
          message: '',
          errorType: null,
          explain: [],
          seconds: Math.round(p.ms / 1000),
          attempts: p.attempts,
        };
      }
      const verdict = p.verdict;
      return {
        task: p.task,
        answers: [...(p.judgedAnswers ?? p.answers)],
        outcome: taskOutcome(p),
        message: (verdict?.message ?? '').slice(0, MAX_MESSAGE_CHARS),
        errorType: verdict?.outcome === 'error' ? verdict.errorType : null,
        explain: (verdict?.explain ?? []).slice(0, MAX_EXPLAIN_LINES).map((l) => l.slice(0, MAX_MESSAGE_CHARS)),
        seconds: Math.round(p.ms / 1000),
        attempts: p.attempts,
      };
    })
    .sort((a, b) => a.task - b.task);
  const finished = state.phase === 'finished';
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    labId: meta.labId,
    labHash: meta.labHash,
    appVersion: meta.appVersion,
    learner: meta.learner,
    seed: meta.seed,
    settings: { ...meta.settings, tasks: [...meta.settings.tasks], feedback },
    order: [...state.config.order],
    startedAt: new Date(state.startedAtMs).toISOString(),
    endedAt: finished && state.endedAtMs !== null ? new Date(state.endedAtMs).toISOString() : null,
    savedAt: new Date(savedAtMs).toISOString(),
    finished,
    endReason: state.endReason,
    tasks,
  };
}

/** Lower-case ASCII words joined by `-`, at most 40 characters; `learner` if nothing is left. */
export function learnerSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug === '' ? 'learner' : slug;
}

/** `20260314T101502Z-ada-lovelace-3f9a1c.json`: sorts by time, says whose it is, never collides. */
export function resultFileName(startedAtMs: number, learner: string, suffix: string): string {
  const stamp = new Date(startedAtMs).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `${stamp}-${learnerSlug(learner)}-${suffix}.json`;
}

export interface CreateOptions {
  /** Random suffix source; injected by tests to force collisions. */
  suffix?: () => string;
}

/**
 * Creates a new result file in `dir` (made if missing) and returns its path. The name is claimed
 * with O_EXCL (`wx`), so an existing file, even one with the same name, is never overwritten.
 */
export function createResultFile(dir: string, result: DrillResult, options: CreateOptions = {}): string {
  makeFolders(dir);
  const suffix = options.suffix ?? (() => randomBytes(3).toString('hex'));
  const startedAtMs = Date.parse(result.startedAt);
  for (let attempt = 0; attempt < 20; attempt++) {
    const path = join(dir, resultFileName(startedAtMs, result.learner, suffix()));
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      writeAll(fd, serialise(result));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    fsyncDir(dir);
    return path;
  }
  throw new Error(`Could not find a free result file name in ${dir}`);
}

/**
 * Replaces the result file at `path` atomically: a temp file in the same folder is written and
 * fsynced, then renamed over it. A reader (or a crash) sees the old version or the new one, never
 * half of one. The temp name starts with a dot and does not end in .json, so reports skip leftovers.
 */
export function saveResultFile(path: string, result: DrillResult): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    try {
      writeAll(fd, serialise(result));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or never written: nothing to clean.
    }
    throw error;
  }
  fsyncDir(dir);
}

function serialise(result: DrillResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

function writeAll(fd: number, text: string): void {
  const buffer = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < buffer.length) offset += writeSync(fd, buffer, offset, buffer.length - offset);
}

// Makes the rename itself durable. Windows cannot open a folder for fsync; the rename is still atomic there.
function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort only.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
