// Result files arrive on USB sticks from thirty machines: every one is untrusted. This checks the
// shape by hand and copies only the known fields into fresh objects, so unknown or hostile keys
// (`__proto__`, `constructor`) never reach the report.
import type { EndReason } from './drill-state';
import { MAX_ANSWER_CHARS } from './drill-state';
import type { DrillResult, DrillResultTask, RecordedOutcome } from './result-file';
import { MAX_EXPLAIN_LINES, MAX_MESSAGE_CHARS, RESULT_FORMAT, RESULT_VERSION } from './result-file';
import { ATTEMPTS, MAX_SEED_CHARS, MINUTES } from './settings';

export type Validation = { ok: true; result: DrillResult } | { ok: false; reason: string };

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse that drops `__proto__`, `constructor` and `prototype` keys wherever they appear.
 * JSON.parse alone already makes them plain own properties, but code that later copies objects
 * with assignment would turn them into prototype writes; dropping them removes the question.
 */
export function parseUntrustedJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (DANGEROUS_KEYS.has(key) ? undefined : value));
}

class Invalid extends Error {}

const OUTCOMES: readonly RecordedOutcome[] = ['passed', 'failed', 'error', 'unanswered', 'submitted'];
const END_REASONS: readonly EndReason[] = ['time-up', 'finished-early'];
const MAX_TASK_NUMBER = 99;
const MAX_BLANKS = 50;

export function validateDrillResult(data: unknown): Validation {
  try {
    return { ok: true, result: readResult(data) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    throw error;
  }
}

function readResult(data: unknown): DrillResult {
  const root = object(data, 'the file');
  if (root.format !== RESULT_FORMAT) throw new Invalid(`not a lakeflow-lab drill result (format is not "${RESULT_FORMAT}")`);
  if (root.version !== RESULT_VERSION) {
    const version = typeof root.version === 'number' && Number.isFinite(root.version) ? String(root.version) : 'unknown';
    throw new Invalid(`result file version ${version} is not supported (this lakeflow-lab reads version ${RESULT_VERSION})`);
  }
  const labId = string(root.labId, 'labId', 1, 64);
  const labHash = string(root.labHash, 'labHash', 64, 64);
  if (!/^[0-9a-f]{64}$/.test(labHash)) throw new Invalid('labHash: expected 64 lowercase hex digits');
  const appVersion = string(root.appVersion, 'appVersion', 1, 64);
  const learner = string(root.learner, 'learner', 1, 200);
  if (learner.trim() === '') throw new Invalid('learner: the name is blank');
  const seed = string(root.seed, 'seed', 1, MAX_SEED_CHARS);

  const rawSettings = object(root.settings, 'settings');
  const settings = {
    minutes: int(rawSettings.minutes, 'settings.minutes', MINUTES.min, MINUTES.max),
    tasks: taskList(rawSettings.tasks, 'settings.tasks'),
    attempts: int(rawSettings.attempts, 'settings.attempts', ATTEMPTS.min, ATTEMPTS.max),
    feedback: boolean(rawSettings.feedback, 'settings.feedback'),
  };
  const order = taskList(root.order, 'order');
  if (!sameSet(order, settings.tasks)) throw new Invalid('order: not the same tasks as settings.tasks');

  const startedAt = timestamp(root.startedAt, 'startedAt');
  const endedAt = root.endedAt === null ? null : timestamp(root.endedAt, 'endedAt');
  const savedAt = timestamp(root.savedAt, 'savedAt');
  const finished = boolean(root.finished, 'finished');
  const endReason = root.endReason === null ? null : oneOf(root.endReason, 'endReason', END_REASONS);
  if (finished && (endedAt === null || endReason === null)) throw new Invalid('finished: a finished drill needs endedAt and endReason');

  const rawTasks = array(root.tasks, 'tasks', MAX_TASK_NUMBER);
  const tasks = rawTasks.map((raw, i) => readTask(raw, `tasks[${i}]`, settings.attempts, settings.feedback));
  const numbers = tasks.map((t) => t.task);
  if (new Set(numbers).size !== numbers.length) throw new Invalid('tasks: a task appears twice');
  if (!sameSet(numbers, settings.tasks)) throw new Invalid('tasks: not the same tasks as settings.tasks');
  tasks.sort((a, b) => a.task - b.task);

  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    labId,
    labHash,
    appVersion,
    learner,
    seed,
    settings,
    order,
    startedAt,
    endedAt,
    savedAt,
    finished,
    endReason,
    tasks,
  };
}

function readTask(data: unknown, where: string, maxAttempts: number, feedback: boolean): DrillResultTask {
  const raw = object(data, where);
  const task = int(raw.task, `${where}.task`, 1, MAX_TASK_NUMBER);
  const answers = array(raw.answers, `${where}.answers`, MAX_BLANKS).map((a, i) =>
    string(a, `${where}.answers[${i}]`, 0, MAX_ANSWER_CHARS),
  );
  const outcome = oneOf(raw.outcome, `${where}.outcome`, OUTCOMES);
  const message = string(raw.message, `${where}.message`, 0, MAX_MESSAGE_CHARS);
  const errorType = raw.errorType === null ? null : string(raw.errorType, `${where}.errorType`, 1, 100);
  const seconds = number(raw.seconds, `${where}.seconds`, 0, 24 * 3600);
  const attempts = int(raw.attempts, `${where}.attempts`, 0, maxAttempts);
  if ((outcome === 'unanswered') !== (attempts === 0)) {
    throw new Invalid(`${where}: outcome "${outcome}" does not match ${attempts} attempt(s)`);
  }
  const result: DrillResultTask = { task, answers, outcome, message, errorType, seconds, attempts };
  // Optional: files written before explanations existed have none.
  if (raw.explain !== undefined) {
    result.explain = array(raw.explain, `${where}.explain`, MAX_EXPLAIN_LINES).map((l, i) =>
      string(l, `${where}.explain[${i}]`, 0, MAX_MESSAGE_CHARS),
    );
  }
  // 'submitted' is what a drill without feedback writes instead of a verdict, and nothing else:
  // files written with feedback off before that (with verdicts) still read as they were.
  if (outcome === 'submitted') {
    if (feedback) throw new Invalid(`${where}: outcome "submitted" is written only with feedback off`);
    if (message !== '' || errorType !== null || (result.explain?.length ?? 0) > 0) {
      throw new Invalid(`${where}: a task recorded without feedback carries no verdict message`);
    }
  }
  return result;
}

// ---- typed readers: each throws Invalid with the field's path ------------------------------------

function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(`${where}: expected an object`);
  return value as Record<string, unknown>;
}

function array(value: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(`${where}: expected a list`);
  if (value.length > max) throw new Invalid(`${where}: more than ${max} items`);
  return value;
}

function string(value: unknown, where: string, min: number, max: number): string {
  if (typeof value !== 'string') throw new Invalid(`${where}: expected text`);
  if (value.length < min) throw new Invalid(`${where}: empty`);
  if (value.length > max) throw new Invalid(`${where}: longer than ${max} characters`);
  return value;
}

function number(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Invalid(`${where}: expected a number`);
  if (value < min || value > max) throw new Invalid(`${where}: ${value} is outside ${min}..${max}`);
  return value;
}

function int(value: unknown, where: string, min: number, max: number): number {
  const n = number(value, where, min, max);
  if (!Number.isInteger(n)) throw new Invalid(`${where}: expected a whole number`);
  return n;
}

function boolean(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw new Invalid(`${where}: expected true or false`);
  return value;
}

function oneOf<T extends string>(value: unknown, where: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new Invalid(`${where}: expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function timestamp(value: unknown, where: string): string {
  const text = string(value, where, 1, 40);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(text) || Number.isNaN(Date.parse(text))) {
    throw new Invalid(`${where}: expected an ISO timestamp`);
  }
  return text;
}

function taskList(value: unknown, where: string): number[] {
  const list = array(value, where, MAX_TASK_NUMBER).map((n, i) => int(n, `${where}[${i}]`, 1, MAX_TASK_NUMBER));
  if (list.length === 0) throw new Invalid(`${where}: no tasks`);
  if (new Set(list).size !== list.length) throw new Invalid(`${where}: a task appears twice`);
  return list;
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((n) => set.has(n));
}
