// The progress store: the learner's work in memory, saved to progress.json so that nothing typed
// is lost to Ctrl+C, a crash, SIGKILL (beyond the last ~debounce window), a full disk, a damaged
// file or a second terminal. Nothing here throws to the caller; problems become `warnings`.
//
// Every save re-reads the file, merges it with memory entry by entry (merge.ts) and replaces it
// atomically (fsio.ts), under a short-lived lock file, so two instances keep each other's work.

import path from 'node:path';
import {
  MAX_PROGRESS_BYTES,
  acquireLock,
  describeFsError,
  errorCode,
  ignore,
  nodeFsLayer,
  pidAlive,
  tempOwner,
  writeFileAtomic,
  type FsLayer,
} from './fsio';
import { HOME_ENV, PROGRESS_FILE, dataDir } from './location';
import { blankTime, mergeProgress } from './merge';
import {
  PROGRESS_VERSION,
  emptyProgress,
  type MissSource,
  type Progress,
  type SqlExerciseProgress,
  type StoreWarning,
  type TaskProgress,
  type VerdictOutcome,
  type WarningCode,
} from './types';
import { normalizeMiss, parseProgressText, type ParseResult } from './validate';

export interface ProgressStoreOptions {
  /** The folder to use. Default: dataDir() (LAKEFLOW_LAB_HOME, else the per-user config folder). */
  dir?: string;
  env?: Record<string, string | undefined>;
  /** File operations; tests inject failures here. */
  fs?: FsLayer;
  /** The clock for `updatedAt` stamps. */
  now?: () => number;
  /** Quiet time before a scheduled save. Default 300 ms. */
  debounceMs?: number;
  /** Longest a scheduled save waits while the learner keeps typing. Default 1000 ms. */
  maxWaitMs?: number;
  /** How long a save waits for another instance's lock before going ahead. Default 250 ms. */
  lockTimeoutMs?: number;
  /** Back-off between retries of a failed save. Default 1 s, 2 s, 5 s, 10 s, then every 30 s. */
  retryDelaysMs?: number[];
}

/** The part of a check's Verdict that is saved (a full Verdict from src/checks fits). */
export interface VerdictLike {
  outcome: VerdictOutcome;
  message: string;
  errorType?: string;
}

type DiskState =
  | { kind: 'missing' }
  | Extract<ParseResult, { kind: 'ok' | 'future' }> & { text: string }
  | { kind: 'corrupt'; reason: string }
  /** Could not be read for a reason that may pass (EIO, EMFILE…): neither overwrite nor move it. */
  | { kind: 'unreadable'; reason: string };

const TEMP_MAX_AGE_MS = 60_000;

export function openProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
  return new ProgressStore(options);
}

export class ProgressStore {
  /** The folder in use (drills put their result files next to progress.json). */
  readonly dir: string;
  /** The progress file. */
  readonly file: string;

  private state: Progress = emptyProgress();
  private lastFailure: string | undefined;
  private warningList: readonly StoreWarning[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly fs: FsLayer;
  private readonly clock: () => number;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly lockTimeoutMs: number;
  private readonly retryDelaysMs: number[];
  private dirty = false;
  private readOnly = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt: number | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  /** Temp files of crashed saves, merged in at open; deleted once their content is saved. */
  private recoveredTemps: string[] = [];
  /** Content of a file whose invalid entries were already backed up (to back it up once). */
  private backedUpText: string | undefined;
  private detachHooks: (() => void) | undefined;

  constructor(options: ProgressStoreOptions = {}) {
    this.fs = options.fs ?? nodeFsLayer;
    this.clock = options.now ?? Date.now;
    this.debounceMs = options.debounceMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? 1000;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 250;
    this.retryDelaysMs = options.retryDelaysMs?.length ? options.retryDelaysMs : [1000, 2000, 5000, 10_000, 30_000];
    this.dir = path.resolve(options.dir ?? dataDir(options.env ?? process.env));
    this.file = path.join(this.dir, PROGRESS_FILE);
    try {
      this.load();
    } catch (error) {
      // Unexpected; memory still works and every save re-reads the file, so nothing on disk is lost.
      this.warn('save-failed', `Could not load your progress (${describeFsError(error)}). Starting empty; saving will merge with the file.`);
    }
  }

  // ---- reading ----

  /** The current progress. Replaced (never mutated) on every change, so it can be compared by reference. */
  get(): Progress {
    return this.state;
  }

  /** Problems the UI should show. Replaced (never mutated) when it changes. */
  get warnings(): readonly StoreWarning[] {
    return this.warningList;
  }

  /** True when the file was written by a newer lakeflow-lab: nothing will be saved. */
  get isReadOnly(): boolean {
    return this.readOnly;
  }

  /** True while some change has not reached the disk. */
  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  /** Called after any change of `get()` or `warnings`. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // ---- changes (each one schedules a save) ----

  setLearner(name: string): void {
    if (this.state.learner?.name === name) return;
    this.commit({ ...this.state, learner: { name, updatedAt: this.stamp(this.state.learner) } });
  }

  /**
   * What the screen shows now. \`before\`: what it showed before this change; only the blanks that
   * differ from it were edited, get these answers and a fresh time. Every other blank keeps what
   * memory holds, which may be a newer edit merged in from another terminal while this screen
   * still shows the older text. Without \`before\`, every blank that differs from memory was edited.
   */
  setAnswers(taskId: string, answers: readonly string[], before?: readonly string[]): void {
    const t = this.state.tasks[taskId] ?? blankTask();
    const base = before ?? t.answers;
    const edited = answers.flatMap((answer, i) => (answer !== (base[i] ?? '') && answer !== t.answers[i] ? [i] : []));
    if (edited.length === 0 && answers.length <= t.answers.length) return;
    this.putTask(taskId, (task) => {
      const next = [...task.answers];
      const answersAt = task.answers.map((_, i) => blankTime(task, i));
      // Blanks the screen has and memory not yet: empty, and never edited.
      while (next.length < answers.length) {
        next.push('');
        answersAt.push(0);
      }
      const at = Math.max(this.clock(), (this.state.resetAt ?? -1) + 1);
      for (const i of edited) {
        next[i] = answers[i]!;
        answersAt[i] = Math.max(at, answersAt[i]! + 1);
      }
      return { ...task, answers: next, answersAt };
    });
  }

  /**
   * Counts an attempt and keeps its verdict; \`answers\`, when given, are the ones checked, kept with
   * the verdict (the task's answers are what setAnswers reported: a check is not an edit).
   */
  recordCheck(taskId: string, verdict: VerdictLike, answers?: readonly string[]): void {
    const at = this.clock();
    this.putTask(taskId, (t) => {
      const passed = verdict.outcome === 'passed';
      const next: TaskProgress = {
        ...t,
        attempts: t.attempts + 1,
        passed: t.passed || passed,
        lastVerdict: {
          outcome: verdict.outcome,
          message: verdict.message,
          ...(verdict.errorType === undefined ? {} : { errorType: verdict.errorType }),
          at: Math.max(at, (t.lastVerdict?.at ?? -1) + 1),
          ...(answers ? { answers: [...answers] } : {}),
        },
      };
      if (passed && next.firstPassedAt === undefined) next.firstPassedAt = at;
      return next;
    });
  }

  /** A hint was shown; with `blank`, that blank's hint `level` (1 = its first) is kept for a restart. */
  useHint(taskId: string, blank?: number, level?: number): void {
    this.putTask(taskId, (t) => {
      const next = { ...t, hintsUsed: t.hintsUsed + 1 };
      if (blank !== undefined && level !== undefined && Number.isInteger(blank) && blank >= 0) {
        const levels = [...(t.hintLevels ?? [])];
        while (levels.length <= blank) levels.push(0);
        levels[blank] = Math.max(levels[blank] ?? 0, level);
        next.hintLevels = levels;
      }
      return next;
    });
  }

  revealSolution(taskId: string): void {
    if (this.state.tasks[taskId]?.solutionRevealed) return;
    this.putTask(taskId, (t) => ({ ...t, solutionRevealed: true }));
  }

  addSeconds(taskId: string, seconds: number): void {
    if (!Number.isFinite(seconds) || seconds <= 0) return;
    this.putTask(taskId, (t) => ({ ...t, secondsSpent: Math.round((t.secondsSpent + seconds) * 1000) / 1000 }));
  }

  // ---- the SQL lab (one entry per exercise id)

  /** The query as the screen shows it now; a no-op when unchanged. */
  setSqlQuery(exerciseId: string, query: string): void {
    const prev = this.state.sql[exerciseId];
    if (prev && prev.query === query) return;
    if (!prev && query === '') return;
    this.putSql(exerciseId, (e) => ({ ...e, query, queryAt: Math.max(this.clock(), e.queryAt + 1, (this.state.resetAt ?? -1) + 1) }));
  }

  /** A check of `query`: attempts+1, the verdict kept with the text it judged, `passed` sticky. */
  recordSqlCheck(exerciseId: string, verdict: VerdictLike, query: string): void {
    const at = this.clock();
    this.putSql(exerciseId, (e) => {
      const passed = verdict.outcome === 'passed';
      const next: SqlExerciseProgress = {
        ...e,
        attempts: e.attempts + 1,
        passed: e.passed || passed,
        lastVerdict: { outcome: verdict.outcome, message: verdict.message, at: Math.max(at, (e.lastVerdict?.at ?? -1) + 1), query },
      };
      if (passed && next.firstPassedAt === undefined) next.firstPassedAt = at;
      return next;
    });
  }

  /** Hints shown so far for the exercise (only grows). */
  setSqlHints(exerciseId: string, shown: number): void {
    if ((this.state.sql[exerciseId]?.hintsShown ?? 0) >= shown) return;
    this.putSql(exerciseId, (e) => ({ ...e, hintsShown: shown }));
  }

  revealSqlSolution(exerciseId: string): void {
    if (this.state.sql[exerciseId]?.solutionRevealed) return;
    this.putSql(exerciseId, (e) => ({ ...e, solutionRevealed: true }));
  }

  markStep(stepId: string, done = true): void {
    const prev = this.state.steps[stepId];
    if (prev && prev.done === done) return;
    this.commit({ ...this.state, steps: { ...this.state.steps, [stepId]: { done, updatedAt: this.stamp(prev) } } });
  }

  /** `state` is stored as JSON: Dates come back as strings, so it is kept here the way it will load. */
  setCard(cardId: string, state: unknown): void {
    const prev = this.state.cards[cardId];
    this.commit({
      ...this.state,
      cards: { ...this.state.cards, [cardId]: { state: jsonCopy(state), updatedAt: this.stamp(prev) } },
    });
  }

  recordMiss(blankId: string, typed: string, source: MissSource): void {
    const prev = this.state.misses[blankId];
    const bySource = { ...prev?.bySource, [source]: (prev?.bySource[source] ?? 0) + 1 };
    const updatedAt = this.stamp(prev);
    const miss = normalizeMiss({
      count: 0,
      bySource,
      recent: [...(prev?.recent ?? []), { answer: typed, at: updatedAt }],
      sources: [],
      updatedAt,
    });
    this.commit({ ...this.state, misses: { ...this.state.misses, [blankId]: miss } });
  }

  /**
   * The blanks' task passed (in practice or a drill): their misses so far are cleared, and the
   * review deck treats them as ordinary cards again. Blanks never missed are left alone.
   */
  clearMisses(blankIds: readonly string[]): void {
    let misses = this.state.misses;
    for (const id of blankIds) {
      const prev = misses[id];
      if (!prev || prev.count === 0) continue;
      const at = this.stamp(prev);
      misses = { ...misses, [id]: { ...prev, clearedAt: at, updatedAt: at } };
    }
    if (misses !== this.state.misses) this.commit({ ...this.state, misses });
  }

  setLast(place: { screen: string; id?: string }): void {
    const prev = this.state.last;
    if (prev && prev.screen === place.screen && prev.id === place.id) return;
    const last = { screen: place.screen, ...(place.id === undefined ? {} : { id: place.id }), updatedAt: this.stamp(prev) };
    this.commit({ ...this.state, last });
  }

  setWorkshop(entries: unknown): void {
    this.commit({ ...this.state, workshop: { entries: jsonCopy(entries), updatedAt: this.stamp(this.state.workshop) } });
  }

  /** Forgets all progress, also in other instances (whatever was last changed before now). */
  reset(): void {
    let resetAt = Math.max(this.clock(), this.state.resetAt ?? 0);
    for (const stamp of allStamps(this.state)) resetAt = Math.max(resetAt, stamp);
    this.commit({ ...emptyProgress(), resetAt });
  }

  // ---- saving ----

  /**
   * Saves soon: after `debounceMs` of quiet, and at most `maxWaitMs` after the first unsaved
   * change. Cheap enough to call on every keystroke.
   */
  scheduleSave(): void {
    if (this.readOnly) return;
    const now = Date.now();
    this.firstPendingAt ??= now;
    const wait = Math.max(0, Math.min(this.debounceMs, this.firstPendingAt + this.maxWaitMs - now));
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.flush();
    }, wait);
    this.saveTimer.unref?.();
  }

  /** Saves now, synchronously. True when everything is on disk; never throws. */
  flush(): boolean {
    this.cancelScheduled();
    if (!this.dirty) return true;
    if (this.readOnly) return false;
    let ok = false;
    try {
      const release = acquireLock(this.fs, `${this.file}.lock`, this.lockTimeoutMs);
      try {
        ok = this.saveLocked();
      } finally {
        release();
      }
    } catch (error) {
      this.saveFailed(error);
    }
    if (!ok) this.scheduleRetry();
    return ok;
  }

  /** Merges what other instances saved into memory, without writing. */
  refresh(): void {
    try {
      const base = this.readForMerge();
      if (base) this.adopt(mergeProgress(this.state, base));
    } catch (error) {
      if (error instanceof AbortSave && !error.reason) return;
      const reason = error instanceof AbortSave ? error.reason : describeFsError(error);
      this.warn('save-failed', `Could not read your progress file (${reason}). Your work is kept in memory.`, this.file);
    }
  }

  /**
   * Saves on process exit and on SIGINT/SIGTERM/SIGHUP. A signal nobody else handles still ends
   * the process after the save, as it would have without this hook. Returns the detach function.
   */
  attachProcessHooks(proc: NodeJS.Process = process): () => void {
    this.detachHooks?.();
    const onExit = (): void => {
      this.flush();
    };
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    const onSignal = (signal: NodeJS.Signals): void => {
      this.flush();
      if (proc.listenerCount(signal) === 1) {
        detach();
        proc.kill(proc.pid, signal);
      }
    };
    const detach = (): void => {
      proc.removeListener('exit', onExit);
      for (const signal of signals) proc.removeListener(signal, onSignal);
      if (this.detachHooks === detach) this.detachHooks = undefined;
    };
    proc.on('exit', onExit);
    for (const signal of signals) proc.on(signal, onSignal);
    this.detachHooks = detach;
    return detach;
  }

  /** Saves, stops pending timers and detaches the process hooks. */
  close(): boolean {
    const ok = this.flush();
    this.cancelScheduled();
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.detachHooks?.();
    return ok;
  }

  // ---- internals ----

  private load(): void {
    // Why the folder could not be made says more than the access check that follows it.
    let folderError: unknown;
    try {
      this.fs.mkdirSync(this.dir);
    } catch (error) {
      folderError = error;
    }
    const disk = this.readDisk();
    switch (disk.kind) {
      case 'missing':
        break;
      case 'ok':
        this.state = disk.progress;
        this.noteIssues(disk.issues, disk.text);
        break;
      case 'future':
        this.state = disk.progress;
        this.enterReadOnly(disk.version);
        return;
      case 'corrupt':
        this.moveAside(disk.reason);
        break;
      case 'unreadable':
        this.warn('save-failed', `Could not read your progress file (${disk.reason}). Your work is kept in memory; saving is retried.`, this.file);
        this.dirty = true;
        break;
    }
    this.recoverTemps();
    try {
      this.fs.assertWritable(this.dir);
    } catch (error) {
      this.warn('not-writable', cannotSaveMessage(this.dir, folderError ?? error), this.dir);
    }
    if (this.dirty) this.scheduleSave();
  }

  private readDisk(): DiskState {
    let text: string;
    try {
      text = this.fs.readFileSync(this.file).toString('utf8');
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT') return { kind: 'missing' };
      if (code === 'EISDIR') return { kind: 'corrupt', reason: `${PROGRESS_FILE} is a folder, not a file` };
      if (code === 'EACCES' || code === 'EPERM') return { kind: 'corrupt', reason: `${PROGRESS_FILE} cannot be read (${code})` };
      if (code === 'ENOTREG') return { kind: 'corrupt', reason: `${PROGRESS_FILE} is not a regular file (a device, a FIFO or a link to one)` };
      if (code === 'EFBIG') return { kind: 'corrupt', reason: `${PROGRESS_FILE} is larger than ${MAX_PROGRESS_BYTES / (1024 * 1024)} MiB, far more than any progress` };
      return { kind: 'unreadable', reason: describeFsError(error) };
    }
    const parsed = parseProgressText(text);
    return parsed.kind === 'corrupt' ? parsed : { ...parsed, text };
  }

  /** The file's progress to merge with memory, or null when there is none; throws to abort a save. */
  private readForMerge(): Progress | null {
    const disk = this.readDisk();
    switch (disk.kind) {
      case 'missing':
        return null;
      case 'ok':
        this.noteIssues(disk.issues, disk.text);
        return disk.progress;
      case 'future':
        // A newer lakeflow-lab wrote it since we started: stop saving rather than downgrade it.
        this.enterReadOnly(disk.version);
        throw new AbortSave();
      case 'corrupt':
        if (!this.moveAside(disk.reason)) throw new AbortSave();
        return null;
      case 'unreadable':
        throw new AbortSave(`could not read ${PROGRESS_FILE}: ${disk.reason}`);
    }
  }

  private saveLocked(): boolean {
    let folderError: unknown;
    try {
      try {
        this.fs.mkdirSync(this.dir);
      } catch (error) {
        folderError = error;
      }
      const base = this.readForMerge();
      const merged = base ? mergeProgress(this.state, base) : this.state;
      writeFileAtomic(this.fs, this.file, `${JSON.stringify(merged, null, 2)}\n`);
      this.dirty = false;
      this.retries = 0;
      if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      for (const temp of this.recoveredTemps) ignore(() => this.fs.unlinkSync(temp));
      this.recoveredTemps = [];
      this.clearWarnings(['save-failed', 'not-writable', 'corrupt-stuck']);
      this.adopt(merged);
      return true;
    } catch (error) {
      if (error instanceof AbortSave) {
        if (error.reason) this.saveFailed(error.reason);
      } else {
        // A write that found no folder fails because the folder could not be made: say why.
        this.saveFailed(folderError !== undefined && errorCode(error) === 'ENOENT' ? folderError : error);
      }
      return false;
    }
  }

  /** Takes a merged state as the current one, telling listeners only if something changed. */
  private adopt(next: Progress): void {
    if (next === this.state || JSON.stringify(next) === JSON.stringify(this.state)) return;
    this.state = next;
    this.notify();
  }

  private moveAside(reason: string): boolean {
    const backup = this.freeName('corrupt');
    try {
      this.fs.renameSync(this.file, backup);
    } catch (error) {
      this.warn(
        'corrupt-stuck',
        `Your progress file could not be used (${reason}) and could not be moved aside (${describeFsError(error)}). ` +
          'It is left untouched and nothing is saved until it can be; your work is kept in memory.',
        this.file,
      );
      return false;
    }
    this.clearWarnings(['corrupt-stuck']);
    this.warn(
      'corrupt-moved',
      `Your progress file could not be used (${reason}). It was moved to ${backup} (nothing was deleted); progress starts fresh. ` +
        'Keep working; to recover answers, open the old file in a text editor.',
      backup,
    );
    return true;
  }

  private noteIssues(issues: string[], text: string): void {
    if (issues.length === 0 || text === this.backedUpText) return;
    this.backedUpText = text;
    const backup = this.freeName('backup');
    const copied = ignore(() => {
      this.fs.copyFileExclSync(this.file, backup);
      return true;
    });
    const shown = issues.slice(0, 3).join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '');
    this.warn(
      'invalid-entries',
      `Some saved entries were invalid and were skipped: ${shown}.` +
        (copied ? ` The original file was copied to ${backup}.` : ' (The original file could not be copied aside.)'),
      copied ? backup : this.file,
    );
  }

  private enterReadOnly(version: number): void {
    this.readOnly = true;
    this.cancelScheduled();
    this.warn(
      'future-version',
      `${this.file} was written by a newer lakeflow-lab (format version ${version}; this one knows ${PROGRESS_VERSION}). ` +
        'It is left untouched and this session will NOT be saved. Update lakeflow-lab to keep your work.',
      this.file,
    );
  }

  /** Merges the content of saves that were interrupted by a crash (complete temp files of dead processes). */
  private recoverTemps(): void {
    const names = ignore(() => this.fs.readdirSync(this.dir)) ?? [];
    let recovered = 0;
    for (const name of names) {
      const owner = tempOwner(this.file, name);
      if (owner === undefined) continue;
      const temp = path.join(this.dir, name);
      const mtime = ignore(() => this.fs.mtimeMs(temp));
      const old = mtime !== undefined && Date.now() - mtime > TEMP_MAX_AGE_MS;
      if (!old && (owner === process.pid || pidAlive(owner))) continue;
      const text = ignore(() => this.fs.readFileSync(temp).toString('utf8'));
      const parsed = text === undefined ? undefined : parseProgressText(text);
      if (parsed?.kind === 'ok' && !this.readOnly) {
        this.state = mergeProgress(this.state, parsed.progress);
        this.recoveredTemps.push(temp);
        this.dirty = true;
        recovered += 1;
      } else if (parsed?.kind !== 'future') {
        // A half-written copy of a save that never completed: the file holds the save before it.
        ignore(() => this.fs.unlinkSync(temp));
      }
    }
    if (recovered > 0) {
      this.warn('recovered', 'Work from a save interrupted by a crash was recovered.', undefined, 'info');
    }
  }

  private freeName(kind: 'corrupt' | 'backup'): string {
    const stamp = new Date(Date.now()).toISOString().replace(/:/g, '-');
    const base = path.join(this.dir, `progress.${kind}-${stamp}`);
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? `${base}.json` : `${base}-${n}.json`;
      if (ignore(() => this.fs.mtimeMs(candidate)) === undefined) return candidate;
    }
  }

  private saveFailed(error: unknown): void {
    this.lastFailure = describeFsError(error);
    // Supersedes the guess made at start-up: one message about it is enough.
    this.clearWarnings(['not-writable']);
    this.warn('save-failed', cannotSaveMessage(this.dir, error), this.file);
  }

  /** Why the last save failed, in a few words (undefined after a save that worked). */
  get saveFailure(): string | undefined {
    return this.dirty ? this.lastFailure : undefined;
  }

  private scheduleRetry(): void {
    if (this.readOnly || this.retryTimer !== undefined || !this.dirty) return;
    const delay = this.retryDelaysMs[Math.min(this.retries, this.retryDelaysMs.length - 1)] as number;
    this.retries += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.flush();
    }, delay);
    this.retryTimer.unref?.();
  }

  private cancelScheduled(): void {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.firstPendingAt = undefined;
  }

  /** A stamp later than the entry it replaces and than any reset, even if the clock stalls or steps back. */
  private stamp(prev?: { updatedAt: number } | null): number {
    return Math.max(this.clock(), (prev?.updatedAt ?? 0) + 1, (this.state.resetAt ?? -1) + 1);
  }

  private putTask(taskId: string, change: (task: TaskProgress) => TaskProgress): void {
    const prev = this.state.tasks[taskId];
    const next = { ...change(prev ?? blankTask()), updatedAt: this.stamp(prev) };
    this.commit({ ...this.state, tasks: { ...this.state.tasks, [taskId]: next } });
  }

  private putSql(exerciseId: string, change: (entry: SqlExerciseProgress) => SqlExerciseProgress): void {
    const prev = this.state.sql[exerciseId];
    const next = { ...change(prev ?? blankSql()), updatedAt: this.stamp(prev) };
    this.commit({ ...this.state, sql: { ...this.state.sql, [exerciseId]: next } });
  }

  private commit(next: Progress): void {
    this.state = next;
    this.dirty = true;
    this.notify();
    this.scheduleSave();
  }

  private warn(code: WarningCode, message: string, file?: string, level: StoreWarning['level'] = 'warning'): void {
    const warning: StoreWarning = { code, level, message, ...(file === undefined ? {} : { file }) };
    // One warning per kind, except moved files: each names a different backup worth knowing about.
    const same = this.warningList.find((w) => w.code === code && (code !== 'corrupt-moved' || w.file === file));
    if (same && same.message === message && same.file === file && same.level === level) return;
    this.warningList = [...this.warningList.filter((w) => w !== same), warning];
    this.notify();
  }

  private clearWarnings(codes: WarningCode[]): void {
    const keep = this.warningList.filter((w) => !codes.includes(w.code));
    if (keep.length === this.warningList.length) return;
    this.warningList = keep;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch {
        // A listener's bug must not stop the others or the save.
      }
    }
  }
}

class AbortSave extends Error {
  constructor(readonly reason?: string) {
    super(reason ?? 'save aborted');
  }
}

function blankTask(): TaskProgress {
  return { answers: [], answersAt: [], attempts: 0, hintsUsed: 0, solutionRevealed: false, passed: false, secondsSpent: 0, updatedAt: 0 };
}

function blankSql(): SqlExerciseProgress {
  return { query: '', queryAt: 0, attempts: 0, hintsShown: 0, solutionRevealed: false, passed: false, updatedAt: 0 };
}

function jsonCopy(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}

function* allStamps(p: Progress): Iterable<number> {
  for (const single of [p.learner, p.last, p.workshop]) if (single) yield single.updatedAt;
  for (const record of [p.tasks, p.sql, p.steps, p.cards, p.misses]) {
    for (const entry of Object.values(record)) yield entry.updatedAt;
  }
}

function cannotSaveMessage(dir: string, error: unknown): string {
  return (
    `Your progress cannot be saved in ${dir} (${describeFsError(error)}). ` +
    `Your work is kept in memory and saving is retried. To save elsewhere, start with ${HOME_ENV}=<a writable folder>.`
  );
}
