// The learner's progress as the TUI sees it: ONE session object, made once where the TUI starts
// (src/cli/app.ts) around the progress store, and reached by every screen through ONE context
// with small hooks. A screen outside the provider throws instead of silently saving nothing.
// Tests use the same class over an in-memory file layer (test/support/memory-session.ts), so the
// store's rules run in screen tests too.
//
// src/progress is only a type here: the store is handed in, so loading the screens does not load
// the file code a second time or at a different moment.

import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Lab, PracticeTask } from '../lessons/types';
import type { ProgressStore, VerdictLike } from '../progress/store';
import type { LastPlace, MissSource, Progress } from '../progress/types';
import type { Location } from './nav';
import { stepStatus } from '../workshop/done';

/** A practice task as the menus show it. */
export interface TaskStatus {
  attempted: boolean;
  passed: boolean;
}

/**
 * What the menus and lists show, derived from the saved progress. The same object until
 * something changes (React's useSyncExternalStore compares snapshots by identity).
 */
export interface ProgressSummary {
  /** Where the learner last was, for "Continue". */
  readonly last?: Location;
  /** WorkshopStep ids whose checkpoint passes on the current builder entries (src/workshop/done.ts). */
  readonly stepsDone: readonly string[];
  /** Marked done with `d` while the checkpoint does not pass: shown as such, not counted. */
  readonly stepsMarked: readonly string[];
  /** Keyed by PracticeTask id; a missing entry means never attempted. */
  readonly tasks: Readonly<Record<string, TaskStatus>>;
  /** Keyed by SQL lab exercise id; a missing entry means never attempted. */
  readonly sql: Readonly<Record<string, TaskStatus>>;
  /** Problems to show the learner, newest last (e.g. "progress could not be saved: EACCES …"). */
  readonly warnings: readonly string[];
}

/** The saved place as a screen to open, when the lab still has it. */
function toLocation(last: Pick<LastPlace, 'screen' | 'id'> | null, lab: Lab): Location | undefined {
  if (!last?.id) return undefined;
  if (last.screen === 'workshop') {
    const step = lab.workshop.steps.find((s) => s.id === last.id);
    return step ? { name: 'workshop', step: step.number } : undefined;
  }
  if (last.screen === 'practice') {
    const task = lab.practice.tasks.find((t) => t.id === last.id);
    return task ? { name: 'practice', task: task.number } : undefined;
  }
  return undefined;
}

function fromLocation(location: Location, lab: Lab): { screen: string; id: string } | null {
  if (location.name === 'workshop') {
    const step = lab.workshop.steps.find((s) => s.number === location.step);
    return step ? { screen: 'workshop', id: step.id } : null;
  }
  const task = lab.practice.tasks.find((t) => t.number === location.task);
  return task ? { screen: 'practice', id: task.id } : null;
}

function stepsOf(lab: Lab, progress: Progress): { stepsDone: string[]; stepsMarked: string[] } {
  const marked = new Set(Object.entries(progress.steps).filter(([, s]) => s.done).map(([id]) => id));
  const status = stepStatus({ steps: lab.workshop.steps, entries: progress.workshop?.entries, marked });
  return { stepsDone: status.done, stepsMarked: status.markedNotPassed };
}

function sameStatuses(a: Readonly<Record<string, TaskStatus>>, b: Readonly<Record<string, TaskStatus>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    return x !== undefined && y !== undefined && x.attempted === y.attempted && x.passed === y.passed;
  });
}

const sameStrings = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

function sameLocation(a: Location | undefined, b: Location | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `next`, with every part equal to `prev`'s taken from `prev` (one test of identity per part for
 * its readers), or `prev` itself when nothing differs.
 */
export function sameSummary(prev: ProgressSummary, next: ProgressSummary): ProgressSummary {
  const tasks = sameStatuses(prev.tasks, next.tasks) ? prev.tasks : next.tasks;
  const sql = sameStatuses(prev.sql, next.sql) ? prev.sql : next.sql;
  const stepsDone = sameStrings(prev.stepsDone, next.stepsDone) ? prev.stepsDone : next.stepsDone;
  const stepsMarked = sameStrings(prev.stepsMarked, next.stepsMarked) ? prev.stepsMarked : next.stepsMarked;
  const warnings = sameStrings(prev.warnings, next.warnings) ? prev.warnings : next.warnings;
  const last = sameLocation(prev.last, next.last) ? prev.last : next.last;
  if (tasks === prev.tasks && sql === prev.sql && stepsDone === prev.stepsDone && stepsMarked === prev.stepsMarked && warnings === prev.warnings && last === prev.last) {
    return prev;
  }
  return { ...(last ? { last } : {}), stepsDone, stepsMarked, tasks, sql, warnings };
}

export class ProgressSession {
  private summaryOf: { progress: Progress; warnings: unknown; summary: ProgressSummary } | undefined;

  constructor(
    private readonly store: ProgressStore,
    readonly lab: Lab,
  ) {}

  /** The folder progress.json is in (drills put their result files under it). */
  get dataDir(): string {
    return this.store.dir;
  }

  // ---- reading (arrow properties: handed to useSyncExternalStore as they are)

  /** Everything saved; the same object until something changes. */
  readonly get = (): Progress => this.store.get();

  readonly subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  readonly summary = (): ProgressSummary => {
    const progress = this.store.get();
    const warnings = this.store.warnings;
    const cached = this.summaryOf;
    if (cached && cached.progress === progress && cached.warnings === warnings) return cached.summary;
    const tasks: Record<string, TaskStatus> = {};
    for (const [id, t] of Object.entries(progress.tasks)) {
      tasks[id] = { attempted: t.attempts > 0 || t.answers.some((a) => a.trim() !== ''), passed: t.passed };
    }
    const sql: Record<string, TaskStatus> = {};
    for (const [id, e] of Object.entries(progress.sql)) {
      sql[id] = { attempted: e.attempts > 0 || e.query.trim() !== '', passed: e.passed };
    }
    const last = toLocation(progress.last, this.lab);
    // The workshop's checkpoint status reads only the builder entries and the marks: a typed
    // answer (every key in a blank) leaves both as they were.
    const steps =
      cached && cached.progress.steps === progress.steps && cached.progress.workshop === progress.workshop
        ? { stepsDone: cached.summary.stepsDone, stepsMarked: cached.summary.stepsMarked }
        : stepsOf(this.lab, progress);
    const fresh: ProgressSummary = {
      ...(last ? { last } : {}),
      ...steps,
      tasks,
      sql,
      warnings: warnings.filter((w) => w.level === 'warning').map((w) => w.message),
    };
    // Every key typed in a blank saves the answers, so the progress changes on every key while
    // what the menus show does not: keep the previous summary then, and the screens that read it
    // (the App, the lists under the open task) are not rendered again for nothing.
    const summary = cached ? sameSummary(cached.summary, fresh) : fresh;
    this.summaryOf = { progress, warnings, summary };
    return summary;
  };

  learnerName(): string | null {
    return this.store.get().learner?.name ?? null;
  }

  // ---- changes (the store schedules a save after each one)

  setLast(location: Location): void {
    const place = fromLocation(location, this.lab);
    const current = this.store.get().last;
    if (place && (current?.screen !== place.screen || current?.id !== place.id)) this.store.setLast(place);
  }

  markStep(stepId: string, done: boolean): void {
    this.store.markStep(stepId, done);
  }

  setLearner(name: string): void {
    this.store.setLearner(name);
  }

  /** The workshop builder's entries, as src/workshop serialises them. */
  setWorkshop(entries: unknown): void {
    this.store.setWorkshop(entries);
  }

  /** \`before\`: what the screen showed before this change (see ProgressStore.setAnswers). */
  setAnswers(taskId: string, answers: readonly string[], before?: readonly string[]): void {
    this.store.setAnswers(taskId, answers, before);
  }

  recordCheck(taskId: string, verdict: VerdictLike, answers: readonly string[]): void {
    this.store.recordCheck(taskId, verdict, answers);
    // A pass in practice clears the task's misses: review shows them as ordinary cards again.
    const task = this.lab.practice.tasks.find((t) => t.id === taskId);
    if (task && verdict.outcome === 'passed') this.clearMisses(task);
  }

  /** The task passed (practice or a drill): its blanks' misses so far are cleared. */
  clearMisses(task: PracticeTask): void {
    this.store.clearMisses(task.blanks.map((b) => b.id));
  }

  /**
   * The one place misses are recorded: `wrong` are the blanks of a failed submission that are
   * wrong on their own (src/checks/blame.ts); each joins the review deck.
   */
  recordMisses(task: PracticeTask, answers: readonly string[], wrong: readonly number[], source: MissSource): void {
    for (const i of wrong) {
      const blank = task.blanks[i];
      if (blank) this.store.recordMiss(blank.id, answers[i] ?? '', source);
    }
  }

  /** A hint was shown: the store counts it and keeps the blank's level for a restart. */
  useHint(taskId: string, blank?: number, level?: number): void {
    this.store.useHint(taskId, blank, level);
  }

  revealSolution(taskId: string): void {
    this.store.revealSolution(taskId);
  }

  addSeconds(taskId: string, seconds: number): void {
    this.store.addSeconds(taskId, seconds);
  }

  // ---- the SQL lab

  setSqlQuery(exerciseId: string, query: string): void {
    this.store.setSqlQuery(exerciseId, query);
  }

  recordSqlCheck(exerciseId: string, verdict: VerdictLike, query: string): void {
    this.store.recordSqlCheck(exerciseId, verdict, query);
  }

  setSqlHints(exerciseId: string, shown: number): void {
    this.store.setSqlHints(exerciseId, shown);
  }

  revealSqlSolution(exerciseId: string): void {
    this.store.revealSqlSolution(exerciseId);
  }

  /** A review card's schedule (any JSON), under its schedule id. */
  setCard(cardId: string, state: unknown): void {
    this.store.setCard(cardId, state);
  }

  scheduleSave(): void {
    this.store.scheduleSave();
  }

  /** Saves now; true when everything is on disk (saving is retried in the background otherwise). */
  flush(): boolean {
    return this.store.flush();
  }

  /** Why the last save failed, for the message on exit. */
  saveProblem(): string {
    const cause = this.store.saveFailure ?? this.store.warnings.at(-1)?.message ?? 'unknown error';
    // Said as the app closes: nothing is retried any more, so say what is lost and what to do.
    return `your progress could not be saved in ${this.store.dir} (${cause}); this session's changes are lost. To save elsewhere, start with LAKEFLOW_LAB_HOME=<a writable folder>.`;
  }
}

export const SessionContext = createContext<ProgressSession | undefined>(undefined);

export function useSession(): ProgressSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionContext.Provider>: runTui provides the progress session');
  return session;
}

/** What the menus show; re-renders when it changes. */
export function useProgressSummary(): ProgressSummary {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.summary, session.summary);
}

/** Everything saved (review reads card schedules and misses); re-renders when it changes. */
export function useSavedProgress(): Progress {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}
