// Task 4's live helper: the DAG the typed dependency lists describe, drawn like the lab's own
// diagram (fan-out as siblings, fan-in as a join), with unknown tasks and cycles flagged by the
// same checks the job builder uses (src/jobs). The notebook's asserts still decide pass or fail.

import { dependentsMap, findCycles, knownDeps, taskIndex, uniqueTasks } from '../jobs/graph';
import type { JobSpec, TaskSpec } from '../jobs/types';
import { validateJob } from '../jobs/validate';
import type { PracticeTask } from '../lessons/types';
import { displayWidth as width } from '../text/width';
import { readBlankValue } from '../checks/blank-value';
import { explainError } from '../checks/explain';
import { parseStringList } from './pylist';

export type DagSegKind =
  /** Tree connectors. */
  | 'edge'
  | 'task'
  /** ✗ after a task with a problem. */
  | 'flag'
  /** ? after a task whose list is not filled in (or not readable) yet. */
  | 'pending'
  /** A remark in the drawing, e.g. extra dependencies of a fan-in that could not be joined. */
  | 'note';

export interface DagSeg {
  text: string;
  kind: DagSegKind;
}

export type DagLine = DagSeg[];

export interface DagFlag {
  severity: 'error' | 'warning' | 'pending';
  /** The task the flag is about, when there is one. */
  task?: string;
  message: string;
}

export interface DagModel {
  /** The job the answers describe (tasks in cell order, dependencies as read). */
  job: JobSpec;
  lines: DagLine[];
  flags: DagFlag[];
}

/** The task keys of a DAG task's blanks, from labels like `task_dependencies["ingest"]`. */
export function dagTaskKeys(task: PracticeTask): string[] | null {
  if (task.blanks.length === 0) return null;
  const keys: string[] = [];
  for (const blank of task.blanks) {
    const m = /\["([^"]+)"\]$/.exec(blank.label);
    if (blank.kind !== 'list' || !m) return null;
    keys.push(m[1] as string);
  }
  return keys;
}

function taskSpec(key: string, deps: string[]): TaskSpec {
  return {
    task_key: key,
    type: 'notebook',
    notebook_path: '',
    source: 'WORKSPACE',
    compute: { kind: 'serverless' },
    depends_on: deps,
  };
}

const DEP_CODES = new Set(['depends_on_unknown', 'depends_on_self', 'depends_on_duplicate', 'cycle', 'task_key_duplicate']);

/** One blank as the helper understands it: the names to draw and what to say about them. */
interface Reading {
  empty: boolean;
  items: string[];
  flags: DagFlag[];
}

/**
 * Reads a dependency blank through the interpreter (the judge's own reading), so `None` is a
 * value that is not a list and `[ingest]` raises NameError exactly as the notebook would. Only
 * while the text is still being typed (an unclosed bracket or string) does the forgiving reader
 * supply the names typed so far.
 */
function readBlank(task: PracticeTask, answers: readonly string[], i: number, key: string, expression: string): Reading {
  const typed = answers[i] ?? '';
  const value = readBlankValue(task, i, typed, expression);
  if (value.state === 'empty') return { empty: true, items: [], flags: [] };
  if (value.state === 'value') {
    if (value.items === null) {
      return {
        empty: false,
        items: [],
        flags: [{ severity: 'error', task: key, message: `${key}: ${value.repr} is a value, but not a list (it is ${value.type}); write the dependencies in [ ] ([] for none).` }],
      };
    }
    const items = value.items.filter((x): x is string => x !== null);
    const flags: DagFlag[] = [];
    if (value.type !== 'list') {
      flags.push({ severity: 'warning', task: key, message: `${key}: ${value.repr} is a ${value.type}, not a list; the lab asks for a list in [ ].` });
    }
    for (const other of value.others) {
      flags.push({ severity: 'error', task: key, message: `${key}: ${other} is not a task name; list task names as quoted strings.` });
    }
    return { empty: false, items, flags };
  }
  const partial = parseStringList(typed);
  const items = partial.state === 'parsed' ? partial.items : [];
  const unclosed = partial.state === 'parsed' && partial.issues.some((p) => p.kind === 'unclosed-string' || p.kind === 'unclosed-list');
  if (value.incomplete || (value.errorType === 'SyntaxError' && unclosed)) {
    const open = partial.state === 'parsed' && partial.issues.some((p) => p.kind === 'unclosed-string');
    const message = open ? `${key}: a quoted name is not closed yet.` : `${key}: the list has no closing ] yet.`;
    return { empty: false, items, flags: [{ severity: 'pending', task: key, message }] };
  }
  // The engine's own explanation of the error, so the helper and the check say the same thing.
  const advice = explainError(value.errorType, value.message, { task, answers, blank: i });
  return { empty: false, items, flags: [{ severity: 'error', task: key, message: `${value.errorType}: ${advice}` }] };
}

/** The live DAG for a task whose blanks are dependency lists; null for any other task. */
export function dagModel(task: PracticeTask, answers: readonly string[]): DagModel | null {
  const keys = dagTaskKeys(task);
  if (!keys) return null;
  const readings = keys.map((key, i) => readBlank(task, answers, i, key, task.blanks[i]!.label));
  const job: JobSpec = {
    key: 'task_dependencies',
    name: 'task_dependencies',
    parameters: [],
    tasks: keys.map((key, i) => taskSpec(key, readings[i]!.items)),
  };

  const flags: DagFlag[] = [];
  const empty = keys.filter((_, i) => readings[i]!.empty);
  if (empty.length > 0) flags.push({ severity: 'pending', message: `Not filled in yet: ${empty.join(', ')}.` });
  flags.push(...readings.flatMap((r) => r.flags));
  for (const problem of validateJob(job)) {
    if (!DEP_CODES.has(problem.code)) continue;
    const flag: DagFlag = { severity: problem.severity, message: problem.message };
    if (problem.task_key !== undefined) flag.task = problem.task_key;
    flags.push(flag);
  }

  const marks = new Map<string, 'flag' | 'pending'>(empty.map((k) => [k, 'pending']));
  for (const f of flags) {
    if (f.task === undefined) continue;
    if (f.severity === 'pending') {
      if (!marks.has(f.task)) marks.set(f.task, 'pending');
    } else {
      marks.set(f.task, 'flag');
    }
  }
  for (const cycle of findCycles(job)) for (const k of cycle) marks.set(k, 'flag');
  return { job, lines: drawDag(job, marks), flags };
}

// ---------------------------------------------------------------- drawing

const ROOT = '\u0000root';

interface Join {
  node: string;
  members: string[];
}


/**
 * The lab's diagram style: a task's dependents hang below it (`├──` / `└──`); a task waiting for
 * several siblings is drawn once, below a join (`──┐`, `─┤`, `└──`). A fan-in whose dependencies
 * are not simple siblings hangs under its last dependency with "(+ waits for …)". Tasks caught in
 * a cycle cannot be placed and are listed at the end.
 */
export function drawDag(job: JobSpec, marks: ReadonlyMap<string, 'flag' | 'pending'> = new Map()): DagLine[] {
  const tasks = uniqueTasks(job);
  const index = taskIndex(job);
  const dependents = dependentsMap(job);
  const deps = new Map(tasks.map((t) => [t.task_key, knownDeps(t, index)]));
  const order = new Map(tasks.map((t, i) => [t.task_key, i]));

  const children = new Map<string, string[]>([[ROOT, []]]);
  for (const t of tasks) children.set(t.task_key, []);
  const parentOf = new Map<string, string>();
  for (const t of tasks) {
    const d = deps.get(t.task_key) as string[];
    if (d.length === 0) {
      children.get(ROOT)?.push(t.task_key);
      parentOf.set(t.task_key, ROOT);
    } else if (d.length === 1) {
      children.get(d[0] as string)?.push(t.task_key);
      parentOf.set(t.task_key, d[0] as string);
    }
  }

  const joins = new Map<string, Join>();
  const extra = new Map<string, string[]>();
  for (const t of tasks) {
    const d = deps.get(t.task_key) as string[];
    if (d.length < 2) continue;
    const parents = new Set(d.map((x) => parentOf.get(x)));
    const parent = parents.size === 1 ? [...parents][0] : undefined;
    const joinable =
      parent !== undefined &&
      !joins.has(parent) &&
      d.every((x) => {
        const ds = dependents.get(x) ?? [];
        return ds.length === 1 && ds[0] === t.task_key && (children.get(x)?.length ?? 0) === 0;
      });
    if (joinable) {
      const siblings = children.get(parent) ?? [];
      joins.set(parent, { node: t.task_key, members: siblings.filter((k) => d.includes(k)) });
      parentOf.set(t.task_key, `join:${parent}`);
      continue;
    }
    // Hang it under the dependency defined last; the others are named beside it.
    const host = [...d].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[d.length - 1] as string;
    children.get(host)?.push(t.task_key);
    parentOf.set(t.task_key, host);
    extra.set(t.task_key, d.filter((x) => x !== host));
  }

  const lines: DagLine[] = [];
  const drawn = new Set<string>();
  const label = (key: string): DagSeg[] => {
    const segs: DagSeg[] = [{ text: key, kind: 'task' }];
    const mark = marks.get(key);
    if (mark === 'flag') segs.push({ text: ' ✗', kind: 'flag' });
    else if (mark === 'pending') segs.push({ text: ' ?', kind: 'pending' });
    const also = extra.get(key);
    if (also && also.length > 0) segs.push({ text: `  (+ waits for ${also.join(', ')})`, kind: 'note' });
    return segs;
  };
  const labelWidth = (key: string): number => label(key).reduce((w, s) => (s.kind === 'note' ? w : w + width(s.text)), 0);

  // `base` is what lines below `parent` start with, up to the column of the children's connectors.
  const drawChildren = (parent: string, base: string): void => {
    const join = joins.get(parent);
    const kids = (children.get(parent) ?? []).filter((k) => !join?.members.includes(k));
    const list = join ? [...kids, ...join.members] : kids;
    const isRoot = parent === ROOT;
    const nameCol = isRoot ? 2 : base.length + 4;
    const joinCol = join ? Math.max(...join.members.map((m) => nameCol + labelWidth(m))) + 2 : 0;
    list.forEach((key, i) => {
      const last = i === list.length - 1;
      drawn.add(key);
      const line: DagLine = isRoot
        ? [{ text: '  ', kind: 'edge' }, ...label(key)]
        : [{ text: base + (last ? '└── ' : '├── '), kind: 'edge' }, ...label(key)];
      const m = join ? join.members.indexOf(key) : -1;
      if (m !== -1) {
        const end = nameCol + labelWidth(key);
        line.push({ text: ` ${'─'.repeat(Math.max(0, joinCol - end - 1))}${m === 0 ? '┐' : '┤'}`, kind: 'edge' });
      }
      lines.push(line.filter((s) => s.text !== ''));
      const childBase = isRoot ? '    ' : `${base}${last ? '    ' : '│   '}  `;
      drawChildren(key, childBase);
    });
    if (join) {
      drawn.add(join.node);
      const lead = isRoot ? '' : base;
      const pad = ' '.repeat(Math.max(0, joinCol - width(lead)));
      lines.push([{ text: `${lead}${pad}└── `, kind: 'edge' }, ...label(join.node)]);
      drawChildren(join.node, `${lead}${pad}      `);
    }
  };
  drawChildren(ROOT, '');

  const stuck = tasks.map((t) => t.task_key).filter((k) => !drawn.has(k));
  if (stuck.length > 0) {
    lines.push([
      { text: '  ', kind: 'edge' },
      { text: `✗ not placed (waits in a loop): ${stuck.join(', ')}`, kind: 'flag' },
    ]);
  }
  return lines;
}

export function dagText(lines: readonly DagLine[]): string[] {
  return lines.map((l) => l.map((s) => s.text).join('').trimEnd());
}
