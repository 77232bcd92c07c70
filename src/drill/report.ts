// The instructor's side: read the collected result files, set aside the ones that do not belong to
// this session, and aggregate the rest. Every file is untrusted (see validate.ts); nothing in here
// prints, so the renderers decide how (and how safely) text is shown.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import type { NotebookGrade } from '../notebook/grade';
import { notebookKind, parseNotebook, type Notebook } from '../notebook/parse';
import type { Blank, PracticeTask } from '../lessons/types';
import type { Verdict } from '../checks/types';
import type { TaskOutcome } from './drill-state';
import type { DrillResult } from './result-file';
import { parseUntrustedJson, validateDrillResult } from './validate';

export const MAX_RESULT_BYTES = 1024 * 1024;
/** Notebooks carry markdown and outputs (images too): a larger cap than a result file's. */
export const MAX_NOTEBOOK_BYTES = 16 * 1024 * 1024;

export interface LoadedResult {
  path: string;
  result: DrillResult;
}

export interface LoadedNotebook {
  path: string;
  notebook: Notebook;
}

export interface Rejection {
  path: string;
  reason: string;
}

export interface LoadOutcome {
  accepted: LoadedResult[];
  notebooks: LoadedNotebook[];
  rejected: Rejection[];
}

/**
 * Reads result files and lab notebooks. Each path is a file (a notebook when it ends in .ipynb or
 * .py, else a result file whatever its name) or a folder (its `*.json`, `*.ipynb` and `*.py`
 * files, and those of its direct subfolders; dot-files, such as leftover temp files, are skipped,
 * and so are links that lead out of the folder). A file that cannot be read, is over the size cap,
 * is not UTF-8, or does not have the result or notebook shape is rejected with a reason.
 */
export function loadResults(paths: readonly string[], options: { maxBytes?: number; maxNotebookBytes?: number } = {}): LoadOutcome {
  const maxBytes = options.maxBytes ?? MAX_RESULT_BYTES;
  const maxNotebookBytes = options.maxNotebookBytes ?? MAX_NOTEBOOK_BYTES;
  const accepted: LoadedResult[] = [];
  const notebooks: LoadedNotebook[] = [];
  const rejected: Rejection[] = [];
  const seen = new Set<string>();

  const consider = (path: string) => {
    let key = path;
    try {
      key = realpathSync(path);
    } catch {
      // Reported by readResultFile below.
    }
    if (seen.has(key)) return;
    seen.add(key);
    const kind = notebookKind(path);
    if (kind !== null) {
      const read = readNotebookFile(path, kind, maxNotebookBytes);
      if (read.ok) notebooks.push({ path, notebook: read.notebook });
      else rejected.push({ path, reason: read.reason });
      return;
    }
    const read = readResultFile(path, maxBytes);
    if (read.ok) accepted.push({ path, result: read.result });
    else rejected.push({ path, reason: read.reason });
  };

  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      rejected.push({ path, reason: describeFsError(error) });
      continue;
    }
    if (!stats.isDirectory()) {
      // Opening a FIFO or a device could block or never end: only regular files are read.
      if (stats.isFile()) consider(path);
      else rejected.push({ path, reason: 'not a regular file' });
      continue;
    }
    const listed = listFolder(path);
    if (!listed.ok) {
      rejected.push({ path, reason: listed.reason });
      continue;
    }
    rejected.push(...listed.skipped);
    for (const file of listed.files) consider(file);
    for (const sub of listed.folders) {
      const inner = listFolder(sub, listed.root);
      if (!inner.ok) rejected.push({ path: sub, reason: inner.reason });
      else {
        rejected.push(...inner.skipped);
        for (const file of inner.files) consider(file);
      }
    }
  }
  return { accepted, notebooks, rejected };
}

const READABLE = /\.(json|ipynb|py)$/i;

export interface FolderListing {
  ok: true;
  /** The folder's real path: links must stay inside it. */
  root: string;
  files: string[];
  folders: string[];
  /** Entries refused with a reason (links out of the folder, FIFOs, devices, sockets). */
  skipped: Rejection[];
}

/**
 * One folder's readable entries. A symbolic link is followed only when it stays inside `root`
 * (the listed folder by default): a learner's folder must not make the report read /etc or
 * another class's files. FIFOs, devices and sockets are listed as skipped, never opened.
 */
export function listFolder(dir: string, root?: string): FolderListing | { ok: false; reason: string } {
  let base: string;
  try {
    base = root ?? realpathSync(dir);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  const files: string[] = [];
  const folders: string[] = [];
  const skipped: Rejection[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    let stats;
    try {
      stats = lstatSync(full);
      if (stats.isSymbolicLink()) {
        const target = realpathSync(full);
        if (!isInside(base, target)) {
          skipped.push({ path: full, reason: 'a link to a place outside the folder (not followed)' });
          continue;
        }
        stats = statSync(full);
      }
    } catch (error) {
      // Gone since listed: nothing to say. A dangling link or a loop of links is named.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') skipped.push({ path: full, reason: 'a loop of links (not followed)' });
      else if (code === 'ENOENT' && isLink(full)) skipped.push({ path: full, reason: 'a link to nothing (its target is gone)' });
      continue;
    }
    if (stats.isDirectory()) folders.push(full);
    else if (stats.isFile()) {
      if (READABLE.test(name)) files.push(full);
    } else if (READABLE.test(name)) skipped.push({ path: full, reason: 'not a regular file (a FIFO, device or socket is never opened)' });
  }
  return { ok: true, root: base, files, folders, skipped };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A regular file's bytes as UTF-8 text, at most `maxBytes`; never opens anything else. */
export function readCappedText(path: string, maxBytes: number, what = 'file'): { ok: true; text: string } | { ok: false; reason: string } {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO put in place of a file must not block the open.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  let bytes: Buffer;
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stats.size > maxBytes) return { ok: false, reason: `too large (${stats.size} bytes; a ${what} is under ${maxBytes} bytes)` };
    // Read at most one byte past the cap, in case the file grows while we read it.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { ok: false, reason: `too large (over ${maxBytes} bytes)` };
    bytes = buffer.subarray(0, length);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not UTF-8 text' };
  }
}

export function readResultFile(path: string, maxBytes = MAX_RESULT_BYTES): { ok: true; result: DrillResult } | { ok: false; reason: string } {
  const read = readCappedText(path, maxBytes, 'result file');
  if (!read.ok) return read;
  let data: unknown;
  try {
    data = parseUntrustedJson(read.text);
  } catch (error) {
    // The parser's own message quotes the file; keep it out of the reason.
    return { ok: false, reason: error instanceof RangeError ? 'JSON nested too deeply' : 'not valid JSON' };
  }
  const validation = validateDrillResult(data);
  return validation.ok ? validation : { ok: false, reason: `not a valid result file: ${validation.reason}` };
}

export function readNotebookFile(
  path: string,
  kind: 'ipynb' | 'databricks-source',
  maxBytes = MAX_NOTEBOOK_BYTES,
): { ok: true; notebook: Notebook } | { ok: false; reason: string } {
  const read = readCappedText(path, maxBytes, 'notebook');
  if (!read.ok) return read;
  const parsed = parseNotebook(read.text, kind);
  return parsed.ok ? parsed : { ok: false, reason: parsed.reason };
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return `cannot read (${typeof code === 'string' ? code : 'unknown error'})`;
  }
}

// ---- screening: which valid files belong to this session --------------------------------------

export interface SessionExpectation {
  labId: string;
  /** labContentHash of the instructor's lab. */
  labHash: string;
  /** The session seed (`report --seed`); without it the most common seed is taken. */
  seed?: string;
}

export interface SeedChoice {
  seed: string;
  source: 'given' | 'majority';
  /** How many files (after the lab checks) had this seed, out of how many. */
  agreeing: number;
  total: number;
}

export interface Screened {
  counted: LoadedResult[];
  /** Valid files set aside: another lab, other lab content, another seed, an older duplicate. */
  excluded: Rejection[];
  seed: SeedChoice | null;
}

export function screenResults(accepted: readonly LoadedResult[], expect: SessionExpectation): Screened {
  const excluded: Rejection[] = [];
  let pool: LoadedResult[] = [];
  for (const item of accepted) {
    if (item.result.labId !== expect.labId) {
      excluded.push({ path: item.path, reason: `made for another lab (${item.result.labId}, not ${expect.labId})` });
    } else if (item.result.labHash !== expect.labHash) {
      excluded.push({
        path: item.path,
        reason: `checked against different lab content (lakeflow-lab ${item.result.appVersion}); use the same lakeflow-lab version as the class`,
      });
    } else {
      pool.push(item);
    }
  }

  let seed: SeedChoice | null = null;
  if (expect.seed !== undefined) {
    const agreeing = pool.filter((item) => item.result.seed === expect.seed).length;
    seed = { seed: expect.seed, source: 'given', agreeing, total: pool.length };
  } else if (pool.length > 0) {
    const counts = new Map<string, number>();
    for (const item of pool) counts.set(item.result.seed, (counts.get(item.result.seed) ?? 0) + 1);
    // Ties go to the lexicographically smallest seed so the same files always give the same report.
    const [best, agreeing] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0] as [
      string,
      number,
    ];
    seed = { seed: best, source: 'majority', agreeing, total: pool.length };
  }
  if (seed !== null) {
    const session = seed;
    pool = pool.filter((item) => {
      if (item.result.seed === session.seed) return true;
      excluded.push({
        path: item.path,
        reason: `another seed ("${item.result.seed}"; this session's is "${session.seed}"${session.source === 'majority' ? ', the most common' : ''})`,
      });
      return false;
    });
  }

  // One learner, several files (a restart, a second try): keep the latest drill.
  const byLearner = new Map<string, LoadedResult[]>();
  for (const item of pool) {
    const key = learnerKey(item.result.learner);
    const list = byLearner.get(key);
    if (list) list.push(item);
    else byLearner.set(key, [item]);
  }
  const counted: LoadedResult[] = [];
  for (const list of byLearner.values()) {
    list.sort(
      (a, b) =>
        compare(b.result.startedAt, a.result.startedAt) || compare(b.result.savedAt, a.result.savedAt) || compare(a.path, b.path),
    );
    const [latest, ...older] = list as [LoadedResult, ...LoadedResult[]];
    counted.push(latest);
    for (const item of older) {
      excluded.push({ path: item.path, reason: `an earlier drill by the same learner (the latest is ${latest.path})` });
    }
  }
  counted.sort((a, b) => compare(learnerKey(a.result.learner), learnerKey(b.result.learner)) || compare(a.path, b.path));
  return { counted, excluded, seed };
}

/** Names typed on thirty keyboards: compare them case-, width- and spacing-insensitively. */
export function learnerKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---- aggregation -----------------------------------------------------------------------------

/** What a report needs to know of the lab. */
export interface ReportLab {
  id: string;
  practice: {
    tasks: ReadonlyArray<
      Pick<PracticeTask, 'number' | 'title'> & { topic?: string; blanks: ReadonlyArray<Pick<Blank, 'id' | 'label' | 'answer'>> }
    >;
  };
}

/**
 * The checks engine, as the report uses it. Nothing a file says about its own verdicts is trusted:
 * every answer set is judged again, and a blank counts as wrong only when blame says so.
 */
export interface ReportJudge {
  /** The engine's verdict on a task's answers (one per blank). */
  check(task: number, answers: readonly string[]): Verdict;
  /** Indices of the blanks that are wrong on their own (src/checks/blame.ts). */
  blame(task: number, answers: readonly string[]): number[];
  /** What the learner is told for this one blank's answer when every other blank is right. */
  explainBlank(task: number, blank: number, answer: string): Verdict;
  /** Grades a lab notebook (src/notebook); without it notebooks are not counted. */
  notebook?(notebook: Notebook, path: string): NotebookGrade;
}

/** A task as the report counts it: the engine's verdict, and what the file claimed if it differs. */
export type ReportOutcome = TaskOutcome | 'needs-review';

export interface ReportTask {
  task: number;
  /** Per blank; empty when the task was graded as a whole (a notebook cell that no longer fits the template). */
  answers: string[];
  outcome: ReportOutcome;
  message: string;
  errorType: string | null;
  /** The engine's explanation lines, when it gives any. */
  explain: string[];
  seconds: number;
  attempts: number;
  /** Set when the file recorded another outcome than the engine's. */
  recordedOutcome?: TaskOutcome;
  /** How the task was graded: per blank (drill, notebook cell that fits the template) or the whole cell. */
  graded: 'blanks' | 'whole-cell' | 'not-graded';
  /** Why a task needs a human look, or how a notebook task was graded. */
  note?: string;
}

export const TOP_WRONG_ANSWERS = 5;

export interface WrongAnswer {
  /** Whitespace-normalised. */
  answer: string;
  count: number;
  /** What the engine says about this answer with every other blank right: the message, then explain lines. */
  explanation: string[];
}

export interface BlankStats {
  id: string;
  label: string;
  /** The reference answer. */
  answer: string;
  /** Submissions in which the engine blames this blank. */
  wrongTotal: number;
  /** The most common wrong answers, most common first (at most TOP_WRONG_ANSWERS). */
  wrong: WrongAnswer[];
}

export interface TaskStats {
  task: number;
  title: string;
  /** The short name from the practice overview (the title when the lab has none). */
  topic: string;
  /** Learners whose drill (or notebook) included this task. */
  drilled: number;
  passed: number;
  failed: number;
  errors: number;
  unanswered: number;
  /** Tasks the engine could not judge (code outside its Python subset): a human looks. */
  needsReview: number;
  /** passed / (drilled − needsReview); null when none was judged. */
  passRate: number | null;
  /** Median seconds among learners who spent any time on the task. */
  medianSeconds: number | null;
  blanks: BlankStats[];
}

export interface LearnerRow {
  learner: string;
  path: string;
  /** Where the row comes from. */
  source: 'drill' | 'notebook';
  finished: boolean;
  endReason: DrillResult['endReason'];
  /** Null for a notebook. */
  seed: string | null;
  passed: number;
  total: number;
  /** passed / total. */
  score: number;
  seconds: number;
  /** The file recorded at least one outcome the engine does not agree with. */
  altered: boolean;
  /** The learner's tasks, by task number. */
  tasks: ReportTask[];
}

export interface ClassReport {
  labId: string;
  seed: SeedChoice | null;
  learners: number;
  finished: number;
  unfinished: number;
  /** Learners whose files recorded outcomes the engine does not agree with. */
  altered: number;
  /** Scores are fractions 0..1 (passed / tasks in that learner's drill); null with no learners. */
  meanScore: number | null;
  medianScore: number | null;
  /** Every lab task that at least one learner drilled, by number. */
  tasks: TaskStats[];
  learnerRows: LearnerRow[];
  /** Files read but not counted, and why (unreadable, invalid, or set aside by screening). */
  notCounted: Rejection[];
}

const MAX_REPORT_MESSAGE = 4000;

/** The engine's verdict as a report task; `answers` must fit the task's blanks. */
export function verdictTask(
  verdict: Verdict,
  base: { task: number; answers: string[]; seconds: number; attempts: number; graded: ReportTask['graded']; note?: string },
): ReportTask {
  const explain = (verdict as { explain?: unknown }).explain;
  return {
    task: base.task,
    answers: base.answers,
    outcome: verdict.outcome,
    message: verdict.message.slice(0, MAX_REPORT_MESSAGE),
    errorType: verdict.outcome === 'error' ? verdict.errorType : null,
    explain: Array.isArray(explain) ? explain.filter((line): line is string => typeof line === 'string') : [],
    seconds: base.seconds,
    attempts: base.attempts,
    graded: base.graded,
    ...(base.note === undefined ? {} : { note: base.note }),
  };
}

/** One drill result file, every submitted task judged again by the engine. */
export function rejudgeDrill(loaded: LoadedResult, lab: ReportLab, judge: ReportJudge): LearnerRow {
  const { path, result } = loaded;
  const labTasks = new Map(lab.practice.tasks.map((t) => [t.number, t]));
  const tasks: ReportTask[] = [];
  for (const t of result.tasks) {
    const labTask = labTasks.get(t.task);
    if (!labTask) continue;
    const base = { task: t.task, answers: [...t.answers], seconds: t.seconds, attempts: t.attempts, graded: 'blanks' as const };
    let judged: ReportTask;
    if (t.outcome === 'unanswered') {
      // Nothing was submitted: nothing to judge (the validator ties this to zero attempts).
      judged = { ...base, outcome: 'unanswered', message: '', errorType: null, explain: [] };
    } else if (t.answers.length !== labTask.blanks.length) {
      judged = {
        ...base,
        outcome: 'error',
        message: `The file holds ${t.answers.length} answer(s) for this task's ${labTask.blanks.length} blank(s): the drill never writes that.`,
        errorType: null,
        explain: [],
      };
    } else {
      judged = verdictTask(judge.check(t.task, t.answers), base);
    }
    // A drill without feedback records no verdict ('submitted'): there is nothing to differ.
    if (t.outcome !== 'submitted' && judged.outcome !== t.outcome) judged.recordedOutcome = t.outcome;
    tasks.push(judged);
  }
  return learnerRow({
    learner: result.learner,
    path,
    source: 'drill',
    finished: result.finished,
    endReason: result.endReason,
    seed: result.seed,
    tasks,
  });
}

/** A graded notebook as a learner like any other (no seed, no clock: it was not a drill). */
export function notebookRow(path: string, grade: NotebookGrade): LearnerRow {
  return learnerRow({
    learner: grade.learner,
    path,
    source: 'notebook',
    finished: true,
    endReason: null,
    seed: null,
    tasks: grade.tasks.map((t) => {
      const note = t.notes.length === 0 ? undefined : t.notes.join(' ');
      return {
        task: t.task,
        answers: [...t.answers],
        outcome: t.outcome,
        message: t.message.slice(0, MAX_REPORT_MESSAGE),
        errorType: t.errorType,
        explain: [...t.explain],
        seconds: 0,
        attempts: t.outcome === 'unanswered' ? 0 : 1,
        graded: t.graded,
        ...(note === undefined ? {} : { note }),
      };
    }),
  });
}

/** A row from already-judged tasks (the drill re-judged above, or a graded notebook). */
export function learnerRow(input: Omit<LearnerRow, 'passed' | 'total' | 'score' | 'seconds' | 'altered'>): LearnerRow {
  const tasks = [...input.tasks].sort((a, b) => a.task - b.task);
  const passed = tasks.filter((t) => t.outcome === 'passed').length;
  return {
    ...input,
    tasks,
    passed,
    total: tasks.length,
    score: tasks.length === 0 ? 0 : passed / tasks.length,
    seconds: tasks.reduce((sum, t) => sum + t.seconds, 0),
    altered: tasks.some((t) => t.recordedOutcome !== undefined),
  };
}

export function buildReport(
  results: readonly LoadedResult[],
  lab: ReportLab,
  judge: ReportJudge,
  extras: { notCounted?: readonly Rejection[]; seed?: SeedChoice | null; rows?: readonly LearnerRow[] } = {},
): ClassReport {
  const labTasks = new Map(lab.practice.tasks.map((t) => [t.number, t]));
  const learnerRows: LearnerRow[] = [...results.map((loaded) => rejudgeDrill(loaded, lab, judge)), ...(extras.rows ?? [])];
  learnerRows.sort((a, b) => compare(learnerKey(a.learner), learnerKey(b.learner)) || compare(a.path, b.path));

  // One pass over every learner's tasks; per-task buckets keep the work linear in the input.
  interface Bucket {
    counts: Record<ReportOutcome, number>;
    seconds: number[];
    wrong: Array<Map<string, WrongAnswer>>;
    wrongTotal: number[];
  }
  const buckets = new Map<number, Bucket>();
  for (const row of learnerRows) {
    for (const t of row.tasks) {
      const labTask = labTasks.get(t.task);
      if (!labTask) continue;
      let bucket = buckets.get(t.task);
      if (!bucket) {
        bucket = {
          counts: { passed: 0, failed: 0, error: 0, unanswered: 0, 'needs-review': 0 },
          seconds: [],
          wrong: labTask.blanks.map(() => new Map<string, WrongAnswer>()),
          wrongTotal: labTask.blanks.map(() => 0),
        };
        buckets.set(t.task, bucket);
      }
      bucket.counts[t.outcome]++;
      if (t.seconds > 0) bucket.seconds.push(t.seconds);
      if ((t.outcome === 'failed' || t.outcome === 'error') && t.graded === 'blanks' && t.answers.length === labTask.blanks.length) {
        for (const i of judge.blame(t.task, t.answers)) {
          const typed = t.answers[i] ?? '';
          const given = normaliseAnswer(typed);
          const map = bucket.wrong[i] as Map<string, WrongAnswer>;
          const seen = map.get(given);
          if (seen) seen.count++;
          else map.set(given, { answer: given, count: 1, explanation: explanationLines(judge.explainBlank(t.task, i, typed)) });
          bucket.wrongTotal[i] = (bucket.wrongTotal[i] ?? 0) + 1;
        }
      }
    }
  }

  const tasks: TaskStats[] = [...lab.practice.tasks]
    .sort((a, b) => a.number - b.number)
    .flatMap((labTask) => {
      const bucket = buckets.get(labTask.number);
      if (!bucket) return [];
      const c = bucket.counts;
      const drilled = c.passed + c.failed + c.error + c.unanswered + c['needs-review'];
      const judged = drilled - c['needs-review'];
      return [
        {
          task: labTask.number,
          title: labTask.title,
          topic: labTask.topic ?? labTask.title,
          drilled,
          passed: c.passed,
          failed: c.failed,
          errors: c.error,
          unanswered: c.unanswered,
          needsReview: c['needs-review'],
          passRate: judged === 0 ? null : c.passed / judged,
          medianSeconds: median(bucket.seconds),
          blanks: labTask.blanks.map((blank, i) => ({
            id: blank.id,
            label: blank.label,
            answer: blank.answer,
            wrongTotal: bucket.wrongTotal[i] ?? 0,
            wrong: [...(bucket.wrong[i] ?? new Map<string, WrongAnswer>()).values()]
              .sort((a, b) => b.count - a.count || compare(a.answer, b.answer))
              .slice(0, TOP_WRONG_ANSWERS),
          })),
        },
      ];
    });

  const scores = learnerRows.map((row) => row.score);
  const finished = learnerRows.filter((row) => row.finished).length;
  return {
    labId: lab.id,
    seed: extras.seed ?? null,
    learners: learnerRows.length,
    finished,
    unfinished: learnerRows.length - finished,
    altered: learnerRows.filter((row) => row.altered).length,
    meanScore: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
    medianScore: median(scores),
    tasks,
    learnerRows,
    notCounted: [...(extras.notCounted ?? [])],
  };
}

/** The learner's view of a verdict: its message (the assertion, or the explanation of an error), then any explain lines. */
function explanationLines(verdict: Verdict): string[] {
  const explain = (verdict as { explain?: unknown }).explain;
  const extra = Array.isArray(explain) ? explain.filter((line): line is string => typeof line === 'string') : [];
  const head =
    verdict.outcome === 'failed' ? (verdict.message === '' ? 'AssertionError' : `AssertionError: ${verdict.message}`) : verdict.message;
  return [head, ...extra].filter((line) => line !== '');
}

/** Trims and collapses whitespace runs, so `0  6 * * *` and `0 6 * * * ` group together. */
export function normaliseAnswer(answer: string): string {
  return answer.trim().replace(/\s+/g, ' ');
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// ---- the whole pipeline, for the CLI ------------------------------------------------------------

/** load → screen → build, with every file not counted listed in `notCounted`. */
export function classReport(
  paths: readonly string[],
  lab: ReportLab,
  judge: ReportJudge,
  expect: Omit<SessionExpectation, 'labId'>,
): ClassReport {
  const loaded = loadResults(paths);
  const screened = screenResults(loaded.accepted, { ...expect, labId: lab.id });
  const rows: LearnerRow[] = [];
  const notCounted = [...loaded.rejected, ...screened.excluded];
  for (const { path, notebook } of loaded.notebooks) {
    if (!judge.notebook) {
      notCounted.push({ path, reason: 'notebooks are graded by the checks engine only' });
      continue;
    }
    const grade = judge.notebook(notebook, path);
    // Not one TODO cell of the lab: another notebook that happened to be in the folder.
    if (grade.tasks.every((t) => t.cell === null)) notCounted.push({ path, reason: "not this lab's notebook (none of its TODO cells is in it)" });
    else rows.push(notebookRow(path, grade));
  }
  return buildReport(screened.counted, lab, judge, { notCounted, seed: screened.seed, rows });
}
