// `lakeflow-lab progress [--json]`: the saved progress as plain text or JSON. The steps and
// tasks come in as a small outline so this does not depend on the lesson module itself.

import type { Lab } from '../lessons/types';
import type { Progress, StoreWarning, TaskProgress } from './types';

export interface ProgressOutline {
  steps: Array<{ id: string; number: number; title: string }>;
  tasks: Array<{ id: string; number: number; title: string; blankCount: number }>;
  /** The SQL lab's exercises, in order (src/lessons/sql-exercises.ts); the report has a section when given. */
  sqlExercises?: Array<{ id: string; title: string }>;
}

export interface ProgressReportOptions {
  outline: ProgressOutline;
  /** The data file, shown so the learner can find (and back up) it. */
  file: string;
  warnings?: readonly StoreWarning[];
  /** Step ids whose checkpoint passes (src/workshop/done.ts); without it, the saved done marks. */
  stepsDone?: ReadonlySet<string>;
}

export type TaskStatus = 'passed' | 'in-progress' | 'not-started';

export interface ProgressReport {
  dataFile: string;
  learner: string | null;
  workshop: {
    done: number;
    total: number;
    steps: Array<{ id: string; number: number; title: string; done: boolean }>;
  };
  practice: {
    passed: number;
    total: number;
    tasks: Array<{
      id: string;
      number: number;
      title: string;
      status: TaskStatus;
      passed: boolean;
      attempts: number;
      hintsUsed: number;
      solutionRevealed: boolean;
      secondsSpent: number;
      blanksFilled: number;
      blankCount: number;
      lastOutcome: 'passed' | 'failed' | 'error' | null;
    }>;
  };
  /** The SQL lab, when the outline lists its exercises. */
  sqlLab?: {
    passed: number;
    total: number;
    exercises: Array<{
      id: string;
      number: number;
      title: string;
      status: TaskStatus;
      passed: boolean;
      attempts: number;
      hintsShown: number;
      solutionRevealed: boolean;
      lastOutcome: 'passed' | 'failed' | 'error' | null;
    }>;
  };
  /** Saved ids this version of the lab does not have (kept in the file, never dropped). */
  otherIds: string[];
  warnings: Array<{ code: string; level: string; message: string; file?: string }>;
}

export function outlineFromLab(lab: Lab): ProgressOutline {
  return {
    steps: lab.workshop.steps.map((s) => ({ id: s.id, number: s.number, title: s.title })),
    tasks: lab.practice.tasks.map((t) => ({ id: t.id, number: t.number, title: t.title, blankCount: t.blanks.length })),
  };
}

function taskStatus(task: TaskProgress | undefined): TaskStatus {
  if (!task) return 'not-started';
  if (task.passed) return 'passed';
  const touched = task.attempts > 0 || task.hintsUsed > 0 || task.solutionRevealed || task.secondsSpent > 0;
  return touched || task.answers.some((a) => a.trim() !== '') ? 'in-progress' : 'not-started';
}

export function progressReport(progress: Progress, options: ProgressReportOptions): ProgressReport {
  const { outline } = options;
  const steps = outline.steps.map((s) => ({ id: s.id, number: s.number, title: s.title, done: options.stepsDone ? options.stepsDone.has(s.id) : (progress.steps[s.id]?.done ?? false) }));
  const tasks = outline.tasks.map((t) => {
    const saved = progress.tasks[t.id];
    return {
      id: t.id,
      number: t.number,
      title: t.title,
      status: taskStatus(saved),
      passed: saved?.passed ?? false,
      attempts: saved?.attempts ?? 0,
      hintsUsed: saved?.hintsUsed ?? 0,
      solutionRevealed: saved?.solutionRevealed ?? false,
      secondsSpent: saved?.secondsSpent ?? 0,
      blanksFilled: saved ? saved.answers.slice(0, t.blankCount).filter((a) => a.trim() !== '').length : 0,
      blankCount: t.blankCount,
      lastOutcome: saved?.lastVerdict?.outcome ?? null,
    };
  });
  const exercises = outline.sqlExercises?.map((e, i) => {
    const saved = progress.sql[e.id];
    const touched = saved !== undefined && (saved.attempts > 0 || saved.hintsShown > 0 || saved.solutionRevealed || saved.query.trim() !== '');
    return {
      id: e.id,
      number: i + 1,
      title: e.title,
      status: (saved?.passed ? 'passed' : touched ? 'in-progress' : 'not-started') as TaskStatus,
      passed: saved?.passed ?? false,
      attempts: saved?.attempts ?? 0,
      hintsShown: saved?.hintsShown ?? 0,
      solutionRevealed: saved?.solutionRevealed ?? false,
      lastOutcome: saved?.lastVerdict?.outcome ?? null,
    };
  });
  const known = new Set([...outline.steps.map((s) => s.id), ...outline.tasks.map((t) => t.id)]);
  const otherIds = [...Object.keys(progress.steps), ...Object.keys(progress.tasks)].filter((id) => !known.has(id));
  return {
    dataFile: options.file,
    learner: progress.learner?.name ?? null,
    workshop: { done: steps.filter((s) => s.done).length, total: steps.length, steps },
    practice: { passed: tasks.filter((t) => t.passed).length, total: tasks.length, tasks },
    ...(exercises ? { sqlLab: { passed: exercises.filter((e) => e.passed).length, total: exercises.length, exercises } } : {}),
    otherIds,
    warnings: (options.warnings ?? []).map((w) => ({ code: w.code, level: w.level, message: w.message, ...(w.file ? { file: w.file } : {}) })),
  };
}

/** For `progress --json`. */
export function formatProgressJson(progress: Progress, options: ProgressReportOptions): string {
  return `${JSON.stringify(progressReport(progress, options), null, 2)}\n`;
}

export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** For `progress`: plain text, no colour, fits 80 columns for the usual titles. */
export function formatProgressText(progress: Progress, options: ProgressReportOptions): string {
  const report = progressReport(progress, options);
  const lines: string[] = [];
  lines.push(`lakeflow-lab progress — LAB 08${report.learner ? ` (${report.learner})` : ''}`);
  lines.push('');
  lines.push(`Workshop: ${report.workshop.done}/${report.workshop.total} steps done`);
  for (const step of report.workshop.steps) {
    lines.push(`  [${step.done ? 'x' : ' '}] Step ${step.number}: ${step.title}`);
  }
  lines.push('');
  lines.push(`Practice: ${report.practice.passed}/${report.practice.total} tasks passed`);
  for (const task of report.practice.tasks) {
    lines.push(`  [${task.passed ? 'x' : ' '}] Task ${task.number}: ${task.title}`);
    if (task.status === 'not-started') {
      lines.push('      not started');
      continue;
    }
    const facts = [
      task.passed ? 'passed' : 'not passed yet',
      plural(task.attempts, 'attempt'),
      plural(task.hintsUsed, 'hint'),
      task.solutionRevealed ? 'solution revealed' : 'solution not revealed',
      `${formatDuration(task.secondsSpent)} spent`,
      `${task.blanksFilled}/${task.blankCount} blanks filled`,
    ];
    lines.push(`      ${facts.join(' · ')}`);
  }
  if (report.sqlLab) {
    lines.push('');
    lines.push(`SQL lab: ${report.sqlLab.passed}/${report.sqlLab.total} exercises passed`);
    for (const e of report.sqlLab.exercises) {
      lines.push(`  [${e.passed ? 'x' : ' '}] ${e.number}. ${e.title}`);
      if (e.status === 'not-started') continue;
      const facts = [e.passed ? 'passed' : 'not passed yet', plural(e.attempts, 'check'), plural(e.hintsShown, 'hint')];
      if (e.solutionRevealed) facts.push('solution revealed');
      lines.push(`      ${facts.join(' · ')}`);
    }
  }
  if (report.otherIds.length > 0) {
    lines.push('');
    lines.push(`Also saved (not in this version of the lab, kept): ${report.otherIds.join(', ')}`);
  }
  if (report.warnings.length > 0) {
    lines.push('');
    lines.push('Warnings:');
    for (const w of report.warnings) lines.push(`  ! ${w.message}`);
  }
  lines.push('');
  lines.push(`Data file: ${report.dataFile}`);
  return `${lines.join('\n')}\n`;
}
