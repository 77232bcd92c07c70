// `check --batch`: one JSON verdict per input line, in input order. A large batch is judged in
// parallel: the lines are cut into contiguous parts, the main thread judges the first part while
// worker threads judge the others, and the parts are written back in order. Each worker loads this
// same module (its own bundled file) and runs the same judgeLines, so the output is the same
// whatever the number of threads (test/cli/cli.test.ts compares them).
//
// A class hands in the same answers many times (the bench's 10,000 generated sets hold 4,222
// distinct ones): a line equal to one already judged gets the same verdict without running the
// cells again. That is exact because the whole batch is judged as of one instant (the cells'
// datetime.now()), taken when it starts; nothing else a verdict depends on changes between lines.
import { availableParallelism, loadavg } from 'node:os';
import { checkTask } from '../checks/engine';
import { UsageError } from './io';
import { findTask, parseAnswers, parseJson, verdictJson, type CheckJson } from './check';

/** Below this many lines the threads' start-up (~0.1 s each) costs more than they save. */
const PARALLEL_FROM = 2000;
const MAX_THREADS = 4;

export interface JudgedLines {
  /** One JSON text per non-empty line. */
  json: string[];
  allPassed: boolean;
}

interface Judged {
  json: string;
  passed: boolean;
}

/**
 * Judges lines[from..to) as of `now`; messages number a line i as `lineBase + i + 1`, the line
 * numbers of the whole input. A line seen before in this part is answered from its first verdict
 * (a bad line is not kept: its message names its own line number).
 */
export function judgeLines(lines: readonly string[], from = 0, to = lines.length, now: Date = new Date(), lineBase = 0): JudgedLines {
  let allPassed = true;
  const json: string[] = [];
  const seen = new Map<string, Judged>();
  for (let i = from; i < to; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const known = seen.get(line);
    if (known !== undefined) {
      if (!known.passed) allPassed = false;
      json.push(known.json);
      continue;
    }
    let result: CheckJson;
    let keep = true;
    let taskNumber: number | null = null;
    try {
      const item = parseJson(line, `line ${lineBase + i + 1}`);
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new UsageError(`line ${lineBase + i + 1}: expected an object like {"task":3,"answers":[…]}`);
      }
      const record = item as Record<string, unknown>;
      const task = findTask(record.task);
      taskNumber = task.number;
      const answers = parseAnswers(task, record.answers);
      result = verdictJson(task.number, checkTask(task, answers, { now }));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      result = { task: taskNumber, outcome: 'error', message: error.message, errorType: 'UsageError', pythonMessage: null, output: [], explain: [] };
      keep = false;
    }
    const passed = result.outcome === 'passed';
    if (!passed) allPassed = false;
    const text = JSON.stringify(result);
    if (keep) seen.set(line, { json: text, passed });
    json.push(text);
  }
  return { json, allPassed };
}

/**
 * How many threads judge `count` lines: LAKEFLOW_LAB_BATCH_THREADS when set, else one per idle CPU
 * (CPUs minus the 1-minute load average, as `make -l` does), at most 4. On a busy machine more
 * threads only add their start-up: measured on 2 CPUs at load ~17, two threads took 25% more CPU
 * time than one and finished no sooner.
 */
export function batchThreads(count: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number.parseInt(env.LAKEFLOW_LAB_BATCH_THREADS ?? '', 10);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, MAX_THREADS, Math.max(1, count));
  if (count < PARALLEL_FROM) return 1;
  const idle = Math.round(availableParallelism() - (loadavg()[0] ?? 0));
  return Math.max(1, Math.min(idle, MAX_THREADS));
}

interface WorkerInput {
  /** The part's lines only: the whole input is not copied into every thread. */
  lines: string[];
  /** Where the part starts in the whole input (for line numbers). */
  from: number;
  /** The batch's instant (ms since the epoch). */
  now: number;
}

/** Set by the code a worker starts with (judgeInWorker), before it imports this module. */
const WORKER_MARK = 'lakeflowBatchWorker';

/**
 * In a worker started by judgeInWorker: judge the part it was given and hand it back.
 * worker_threads is loaded only here and in judgeInWorker, so a batch judged by one thread never
 * loads it (about 5-10 ms of start-up).
 */
async function runBatchWorker(): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads');
  const job = (workerData as { lakeflowBatch?: WorkerInput } | null)?.lakeflowBatch;
  if (parentPort === null || job === undefined) return;
  parentPort.postMessage(judgeLines(job.lines, 0, job.lines.length, new Date(job.now), job.from));
}

// Deferred until every module of the bundle has finished loading (check.ts and this file import
// each other).
if ((globalThis as Record<string, unknown>)[WORKER_MARK] === true) setImmediate(() => void runBatchWorker());

function judgeInWorker(lines: string[], from: number, to: number, now: Date): Promise<JudgedLines> {
  // The worker imports this module's own file: in the bundle a plain .js chunk. Under a loader
  // that Node cannot run in a worker (vitest's TypeScript), the part is judged here instead.
  const self = import.meta.url;
  if (!self.endsWith('.js')) return Promise.resolve(judgeLines(lines, from, to, now));
  return import('node:worker_threads').then(
    ({ Worker }) =>
      new Promise((resolve) => {
        let settled = false;
        const local = () => {
          if (!settled) {
            settled = true;
            resolve(judgeLines(lines, from, to, now));
          }
        };
        const worker = new Worker(`globalThis.${WORKER_MARK} = true; import(${JSON.stringify(self)}).catch(() => process.exit(3));`, {
          eval: true,
          workerData: { lakeflowBatch: { lines: lines.slice(from, to), from, now: now.getTime() } satisfies WorkerInput },
        });
        worker.once('message', (judged: JudgedLines) => {
          settled = true;
          resolve(judged);
          void worker.terminate();
        });
        // A worker that cannot start or fails: its part is judged on the main thread, same result.
        worker.once('error', local);
        worker.once('exit', local);
      }),
  );
}

/** Judges every line, in parallel when the batch is large; results in input order. */
export async function judgeBatch(text: string, env: NodeJS.ProcessEnv = process.env): Promise<JudgedLines> {
  const lines = text.split('\n');
  const now = new Date();
  const threads = batchThreads(lines.length, env);
  if (threads <= 1) return judgeLines(lines, 0, lines.length, now);
  const size = Math.ceil(lines.length / threads);
  const others: Array<Promise<JudgedLines>> = [];
  for (let t = 1; t < threads; t++) {
    others.push(judgeInWorker(lines, t * size, Math.min(lines.length, (t + 1) * size), now));
  }
  const first = judgeLines(lines, 0, Math.min(lines.length, size), now);
  const parts = [first, ...(await Promise.all(others))];
  return { json: parts.flatMap((p) => p.json), allPassed: parts.every((p) => p.allPassed) };
}
