// Grades a lab notebook the way the notebook itself would: for each practice task, the learner's
// TODO cell (found by its content, wherever it now sits) runs as they left it, then the lab's
// original verification cell runs after it. An edited verification cell earns nothing: it is never
// run. Where the cell still fits the lab's template around the blanks, the per-blank answers are
// read out too, so the report can blame blanks; otherwise the task is graded as a whole cell.
// Pure: the engine runs in memory, no I/O.
import { BLANK, checkCell, fillBlanks, splitBlanks } from '../checks/engine';
import type { Verdict } from '../checks/types';
import type { PracticeTask } from '../lessons/types';
import type { Notebook, NotebookCell } from './parse';

export type NotebookOutcome = 'passed' | 'failed' | 'error' | 'unanswered' | 'needs-review';

export interface NotebookTaskGrade {
  task: number;
  outcome: NotebookOutcome;
  /** The verdict's message (the assertion, or the explanation of an error), or why it was not graded. */
  message: string;
  errorType: string | null;
  pythonMessage: string | null;
  /** The engine's explanation lines, when it gives any. */
  explain: string[];
  output: string[];
  /** blanks: per-blank answers were read out of the cell; whole-cell: the cell no longer fits the template. */
  graded: 'blanks' | 'whole-cell' | 'not-graded';
  /** Per blank, when graded by blanks. */
  answers: string[];
  /** The notebook cell (0-based) taken as this task's TODO cell; null when none was found. */
  cell: number | null;
  /** What a human should know: whole-cell grading, an edited verification cell, why a look is needed. */
  notes: string[];
}

export interface NotebookGrade {
  learner: string;
  /** Where the name came from. */
  nameFrom: 'notebook' | 'file';
  tasks: NotebookTaskGrade[];
}

export type CellJudge = (task: PracticeTask, cell: string) => Verdict;

/** Names a Databricks cluster defines in every notebook; the trainer has none of them. */
const DATABRICKS_NAMES = new Set(['spark', 'dbutils', 'display', 'displayHTML', 'sc', 'sqlContext', 'table', 'sql', 'getArgument']);
/** A cell must share at least this fraction of a template's lines to be taken as that cell. */
export const MATCH_THRESHOLD = 0.5;

export function gradeNotebook(
  notebook: Notebook,
  tasks: readonly PracticeTask[],
  fileName: string,
  judge: CellJudge = checkCell,
): NotebookGrade {
  const candidates = notebook.cells.filter((c) => c.kind === 'code' || c.kind === 'magic');
  const lines = new Map(candidates.map((c) => [c.index, distinctLines(c.source)]));
  const todo = assign(tasks, candidates, lines, (t) => t.todoCell, new Set(), 'worked');
  const taken = new Set([...todo.values()].map((c) => c.index));
  const verify = assign(tasks, candidates, lines, (t) => t.verifyCell, taken, 'pristine');

  const grades = [...tasks]
    .sort((a, b) => a.number - b.number)
    .map((task) => gradeTask(task, todo.get(task.number) ?? null, verify.get(task.number) ?? null, judge, candidates));
  const named = learnerFromNotebook(notebook);
  return named === null ? { learner: nameFromFile(fileName), nameFrom: 'file', tasks: grades } : { learner: named, nameFrom: 'notebook', tasks: grades };
}

function gradeTask(
  task: PracticeTask,
  cell: NotebookCell | null,
  verifyCell: NotebookCell | null,
  judge: CellJudge,
  others: readonly NotebookCell[],
): NotebookTaskGrade {
  const notes: string[] = [];
  if (verifyCell === null) notes.push("No verification cell was found; the lab's original was run.");
  else if (normalise(verifyCell.source) !== normalise(task.verifyCell)) {
    notes.push(`The verification cell (cell ${verifyCell.index + 1}) was edited; the lab's original was run instead.`);
  }
  const base = { task: task.number, errorType: null, pythonMessage: null, explain: [], output: [], answers: [] as string[], notes };
  if (cell === null) {
    return { ...base, outcome: 'unanswered', message: "No cell matches this task's TODO cell.", graded: 'not-graded', cell: null };
  }
  if (cell.kind === 'magic') {
    return {
      ...base,
      outcome: 'needs-review',
      message: `Cell ${cell.index + 1} is a %${cell.magic ?? ''} cell, not Python: the trainer cannot run it.`,
      graded: 'not-graded',
      cell: cell.index,
    };
  }
  const answers = extractAnswers(task.todoCell, cell.source);
  if (answers !== null && answers.every((a) => a === BLANK)) {
    return { ...base, outcome: 'unanswered', message: 'The TODO cell is as the lab left it: no blank is filled.', graded: 'blanks', answers, cell: cell.index };
  }
  if (answers === null) notes.push('The cell was changed around the blanks, so it is graded as a whole (no per-blank answers).');
  const verdict = judge(task, cell.source);
  const review = needsReview(verdict) ?? definedElsewhere(verdict, cell, others);
  const explain = (verdict as { explain?: unknown }).explain;
  const graded = answers === null ? 'whole-cell' : 'blanks';
  return {
    ...base,
    outcome: review === null ? verdict.outcome : 'needs-review',
    message: review ?? verdict.message,
    errorType: verdict.outcome === 'error' ? verdict.errorType : null,
    pythonMessage: verdict.outcome === 'error' ? verdict.pythonMessage : null,
    explain: Array.isArray(explain) ? explain.filter((line): line is string => typeof line === 'string') : [],
    output: verdict.output,
    graded,
    answers: answers ?? [],
    cell: cell.index,
  };
}

/** Why a verdict is not one the trainer can stand behind (code outside its Python subset), or null. */
export function needsReview(verdict: Verdict): string | null {
  if (verdict.outcome !== 'error') return null;
  const where = verdict.cell === 'verify' ? 'the verification cell' : 'the cell';
  if (verdict.errorType === 'NotSupportedError') return `Needs a human look: ${where} uses Python this trainer does not run (${verdict.pythonMessage}).`;
  if (verdict.errorType === 'InternalError') return `Needs a human look: the trainer's engine failed on ${where} (${verdict.pythonMessage}).`;
  if (verdict.errorType === 'RuntimeError' && /too many steps/.test(verdict.pythonMessage)) {
    return `Needs a human look: ${where} did not finish within the trainer's step limit (an endless loop, or work too large to simulate).`;
  }
  const name = /^name '([^']*)' is not defined$/.exec(verdict.pythonMessage)?.[1];
  if (verdict.errorType === 'NameError' && name !== undefined && DATABRICKS_NAMES.has(name)) {
    return `Needs a human look: ${where} uses ${name}, which only a Databricks cluster provides.`;
  }
  return null;
}

/**
 * A name the cell uses but another cell of the notebook defines: in the notebook it would run, the
 * trainer runs each task's cell on its own, so only a person can say what the learner meant.
 */
function definedElsewhere(verdict: Verdict, cell: NotebookCell, others: readonly NotebookCell[]): string | null {
  if (verdict.outcome !== 'error' || verdict.errorType !== 'NameError' || verdict.cell !== 'todo') return null;
  const name = /^name '([A-Za-z_]\w*)' is not defined$/.exec(verdict.pythonMessage)?.[1];
  if (name === undefined) return null;
  // Spaces and tabs only (never \s): a cell of a million blank lines must not make this quadratic.
  const defines = new RegExp(`^[ \\t]*(?:${name}[ \\t]*(?:,[^=\\n]*)?=(?!=)|(?:def|class)[ \\t]+${name}\\b|(?:from[ \\t]+\\S+[ \\t]+)?import[ \\t]+.*\\b${name}\\b)`, 'm');
  const other = others.find((c) => c.index !== cell.index && c.kind === 'code' && defines.test(c.source));
  if (!other) return null;
  return `Needs a human look: the cell uses ${name}, which cell ${other.index + 1} defines; the trainer runs each task's cell on its own.`;
}

// ---- finding cells -------------------------------------------------------------------------------

/** Each task gets the best-matching cell not already taken; a cell serves one task at most. */
function assign(
  tasks: readonly PracticeTask[],
  cells: readonly NotebookCell[],
  cellLines: ReadonlyMap<number, ReadonlySet<string>>,
  template: (task: PracticeTask) => string,
  taken: ReadonlySet<number>,
  prefer: 'worked' | 'pristine',
): Map<number, NotebookCell> {
  const pairs: Array<{ task: number; cell: NotebookCell; score: number; pristine: boolean }> = [];
  for (const task of tasks) {
    const text = template(task);
    const lines = templateLines(text);
    for (const cell of cells) {
      if (taken.has(cell.index)) continue;
      const score = matchScore(lines, cellLines.get(cell.index) ?? new Set());
      if (score >= MATCH_THRESHOLD) pairs.push({ task: task.number, cell, score, pristine: normalise(cell.source) === normalise(text) });
    }
  }
  // A learner who copied a TODO cell and worked in the copy left the lab's version untouched: the
  // worked one counts, and of two worked copies the later one, as running the notebook top to bottom
  // would. For the verification cell an untouched copy is the one that says nothing was edited.
  const sign = prefer === 'worked' ? 1 : -1;
  pairs.sort(
    (a, b) => b.score - a.score || sign * (Number(a.pristine) - Number(b.pristine)) || b.cell.index - a.cell.index || a.task - b.task,
  );
  const out = new Map<number, NotebookCell>();
  const used = new Set<number>();
  for (const pair of pairs) {
    if (out.has(pair.task) || used.has(pair.cell.index)) continue;
    out.set(pair.task, pair.cell);
    used.add(pair.cell.index);
  }
  return out;
}

interface TemplateLine {
  /** A line without blanks must appear as is (trimmed). */
  exact?: string;
  /** A line with blanks: the fixed text before the first blank, or after the last one. */
  prefix?: string;
  suffix?: string;
}

function templateLines(template: string): TemplateLine[] {
  const out: TemplateLine[] = [];
  for (const raw of template.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (!line.includes(BLANK)) {
      out.push({ exact: line });
      continue;
    }
    const prefix = line.slice(0, line.indexOf(BLANK)).trim();
    const suffix = line.slice(line.lastIndexOf(BLANK) + BLANK.length).trim();
    // A blank line like `______,` says too little to recognise a cell by.
    if (prefix.length >= 3) out.push({ prefix });
    else if (suffix.length >= 3) out.push({ suffix });
  }
  return out;
}

/** A cell's distinct non-empty lines, trimmed: a hostile cell of a million blank or repeated lines costs little. */
function distinctLines(source: string): Set<string> {
  const set = new Set<string>();
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line !== '') set.add(line);
  }
  return set;
}

/** The fraction of the template's lines found in the cell. */
function matchScore(template: readonly TemplateLine[], set: ReadonlySet<string>): number {
  if (template.length === 0) return 0;
  let found = 0;
  let open = 0;
  for (const t of template) {
    if (t.exact !== undefined) found += set.has(t.exact) ? 1 : 0;
    else open++;
  }
  // Even if every line with a blank matched, the cell could not pass the threshold: skip the scan.
  if ((found + open) / template.length < MATCH_THRESHOLD) return found / template.length;
  for (const t of template) {
    if (t.exact !== undefined) continue;
    for (const l of set) {
      if (t.prefix !== undefined ? l.startsWith(t.prefix) : l.endsWith(t.suffix ?? '')) {
        found++;
        break;
      }
    }
  }
  return found / template.length;
}

// ---- answers from a cell -------------------------------------------------------------------------

/** Trailing spaces and blank lines at the end mean nothing to Python or to a template match. */
function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * The text in place of each blank when the cell is the template with only the blanks changed
 * (trailing spaces aside); null when anything else was changed. Each fixed piece is matched
 * leftmost, in order, so the scan is linear whatever the cell holds.
 */
export function extractAnswers(template: string, cell: string): string[] | null {
  const parts = splitBlanks(normalise(template));
  const text = normalise(cell);
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (parts.length < 2 || !text.startsWith(first)) return null;
  const end = text.length - last.length;
  if (end < first.length || !text.endsWith(last)) return null;
  const answers: string[] = [];
  let pos = first.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i] as string;
    // Two blanks with nothing between them cannot be told apart.
    if (part === '') return null;
    const at = text.indexOf(part, pos);
    if (at < 0 || at + part.length > end) return null;
    answers.push(text.slice(pos, at));
    pos = at + part.length;
  }
  answers.push(text.slice(pos, end));
  // A blank holds one line in the drill and in practice: a multi-line "answer" means the cell was reshaped.
  if (answers.some((a) => a.includes('\n'))) return null;
  return fillBlanks(normalise(template), answers) === text ? answers : null;
}

// ---- the learner's name --------------------------------------------------------------------------

const NAME_COMMENT = /^#\s*(?:name|learner|student|your name)\s*[:=]\s*(.+?)\s*$/im;
const CATALOG = /\bretailhub_([A-Za-z0-9][A-Za-z0-9_]*)/;
const JOB_NAME = /\b([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*?)_(?:customer|orders)_pipeline\b/;

/**
 * The name the notebook gives: a `# Name: …` comment, the notebook's authors, or the name the
 * workshop asks learners to put in their catalog (`retailhub_<your_name>`) or job
 * (`<your_name>_customer_pipeline`) in a code cell. Null when it gives none.
 */
export function learnerFromNotebook(notebook: Notebook): string | null {
  const code = notebook.cells.filter((c) => c.kind === 'code' || c.kind === 'magic');
  for (const cell of code) {
    const name = NAME_COMMENT.exec(cell.source)?.[1];
    if (name !== undefined && !/^<.*>$/.test(name)) return cleanName(name);
  }
  const author = notebook.authors[0];
  if (author !== undefined) return cleanName(author);
  for (const pattern of [CATALOG, JOB_NAME]) {
    for (const cell of code) {
      const name = pattern.exec(cell.source)?.[1];
      if (name !== undefined) return cleanName(name);
    }
  }
  return null;
}

/** `ana-lima (2).ipynb` → `ana-lima (2)`: the file's name without folder and extension. */
export function nameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.(ipynb|py)$/i, '');
  return cleanName(stem === '' ? base : stem);
}

function cleanName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, 200);
  return clean === '' ? 'notebook' : clean;
}
