// `lakeflow-lab check`: the scriptable verdict, for instructors and scripts. Pure engine + lesson data:
// this path never loads React or Ink, which keeps it close to `node -e 0` in start-up time.
import { LAB08 } from '../lessons/lab08';
import type { PracticeTask } from '../lessons/types';
import { checkTask, countBlanks, explainLines, verdictHeadline } from '../checks/engine';
import type { Verdict } from '../checks/types';
import { UsageError, inert, readInput, writeOut } from './io';
import { judgeBatch } from './batch';

/** An answer set is a few short strings; a megabyte is already far beyond any real one. */
const MAX_ANSWERS_BYTES = 1024 * 1024;

export interface CheckJson {
  task: number | null;
  outcome: 'passed' | 'failed' | 'error';
  message: string;
  errorType: string | null;
  /** Python's own words for an error (the message field explains it for a learner). */
  pythonMessage: string | null;
  output: string[];
  /** What a failed assert compared, notes on meaning, cautions under PASSED; [] when nothing to add. */
  explain: string[];
}

export function findTask(value: unknown): PracticeTask {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  const task = LAB08.practice.tasks.find((t) => t.number === number);
  if (!task) {
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    throw new UsageError(`unknown task ${shown}: tasks are numbered 1 to ${LAB08.practice.tasks.length}`);
  }
  return task;
}

export function parseAnswers(task: PracticeTask, value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((a) => typeof a === 'string')) {
    throw new UsageError(`answers must be a JSON array of strings, one per blank of task ${task.number}`);
  }
  const expected = countBlanks(task.todoCell);
  if (value.length !== expected) {
    throw new UsageError(
      `task ${task.number} has ${expected} blank${expected === 1 ? '' : 's'}, got ${value.length} answer${value.length === 1 ? '' : 's'}`,
    );
  }
  return value as string[];
}

export function verdictJson(task: number | null, verdict: Verdict): CheckJson {
  return {
    task,
    outcome: verdict.outcome,
    message: verdict.message,
    errorType: verdict.outcome === 'error' ? verdict.errorType : null,
    pythonMessage: verdict.outcome === 'error' ? verdict.pythonMessage : null,
    output: verdict.output,
    explain: explainLines(verdict),
  };
}

/** Notebook-style text: what the cell prints, then the exception line, then the learner's explanation. */
export function verdictText(verdict: Verdict): string {
  const lines: string[] = [];
  if (verdict.outcome === 'passed') {
    lines.push(...verdict.output);
    lines.push(...explainLines(verdict).map((l) => `caution: ${l}`));
  } else {
    lines.push(...verdict.output, verdictHeadline(verdict));
    lines.push(...explainLines(verdict).map((l) => `  ${l}`));
    if (verdict.outcome === 'error') lines.push(`hint: ${verdict.message}`);
  }
  // What the cell printed can carry the learner's escape sequences (a clipboard write, a screen
  // clear): shown inert, as the report does. --json keeps the exact text.
  return lines.map(inert).join('\n');
}

export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON: ${(error as Error).message}`);
  }
}

export interface CheckArgs {
  task?: string;
  answers?: string;
  batch?: string;
  notebook?: string;
  json: boolean;
}

export function runCheck(args: CheckArgs): number | Promise<number> {
  if (args.notebook !== undefined) {
    if (args.task !== undefined || args.answers !== undefined || args.batch !== undefined) {
      throw new UsageError('--notebook takes no task number, no --answers and no --batch');
    }
    const notebook = args.notebook;
    // Loaded only here: the notebook readers are a third of what `check` would load otherwise.
    return import('./check-notebook').then((m) => m.runNotebookCheck(notebook, args.json));
  }
  if (args.batch !== undefined) {
    if (args.task !== undefined || args.answers !== undefined) {
      throw new UsageError('--batch takes no task number and no --answers');
    }
    return runBatch(readInput(args.batch));
  }
  if (args.task === undefined) throw new UsageError('which task? usage: lakeflow-lab check <task 1-8> --answers FILE|-');
  const task = findTask(args.task);
  if (args.answers === undefined) throw new UsageError('missing --answers FILE|- (a JSON array of strings, one per blank)');
  const answers = parseAnswers(task, parseJson(readInput(args.answers, MAX_ANSWERS_BYTES), args.answers === '-' ? 'standard input' : args.answers));
  const verdict = checkTask(task, answers);
  writeOut(args.json ? JSON.stringify(verdictJson(task.number, verdict)) : verdictText(verdict));
  return verdict.outcome === 'passed' ? 0 : 1;
}

async function runBatch(text: string): Promise<number> {
  const { json, allPassed } = await judgeBatch(text);
  for (let i = 0; i < json.length; i += 512) process.stdout.write(json.slice(i, i + 512).join('\n') + '\n');
  return allPassed ? 0 : 1;
}

