// The live class view's data: the folder learners write to, read again and again while the drill
// runs. The folder is untrusted exactly as `report` treats it (same size caps, links kept inside
// the folder, FIFOs and devices never opened); a file that does not parse yet is retried while it
// is fresh, since a synced or copied file can be seen half-written. Each file version is read and
// judged once: a scan costs a stat per file when nothing changed.
import { statSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Lab } from '../lessons/types';
import {
  buildReport,
  listFolder,
  notebookRow,
  readNotebookFile,
  readResultFile,
  screenResults,
  type ClassReport,
  type LearnerRow,
  type LoadedResult,
  type Rejection,
  type ReportJudge,
} from './report';
import { notebookKind } from '../notebook/parse';
import { labContentHash } from './result-file';
import { renderCsv, renderJson } from './report-render';

/** A file that fails to parse is taken as still being written for this long after it last changed. */
export const HALF_WRITTEN_MS = 5000;

interface Version {
  mtimeMs: number;
  size: number;
}

type Entry =
  | (Version & { kind: 'result'; loaded: LoadedResult })
  | (Version & { kind: 'notebook'; row: LearnerRow | null; reason?: string })
  | (Version & { kind: 'rejected'; reason: string });

export interface FileActivity {
  path: string;
  /** When the file last changed, by this machine's clock (learners' clocks may be off). */
  mtimeMs: number;
}

export interface LiveScan {
  report: ClassReport;
  /** Last change of each counted learner's file, by path. */
  activity: Map<string, number>;
  /** Files seen but not parseable yet, retried at the next scan. */
  pending: string[];
  /** Each drill file's task order, by path (the current task is the first one not submitted). */
  order: Map<string, number[]>;
}

export class FolderScanner {
  private readonly cache = new Map<string, Entry>();
  private readonly labHash: string;

  constructor(
    private readonly dir: string,
    private readonly lab: Lab,
    private readonly judge: ReportJudge,
    private readonly now: () => number = Date.now,
  ) {
    this.labHash = labContentHash(lab);
  }

  scan(): LiveScan {
    const rejected: Rejection[] = [];
    const pending: string[] = [];
    const files: string[] = [];
    const top = listFolder(this.dir);
    if (!top.ok) {
      rejected.push({ path: this.dir, reason: top.reason });
    } else {
      rejected.push(...top.skipped);
      files.push(...top.files);
      for (const sub of top.folders) {
        const inner = listFolder(sub, top.root);
        if (inner.ok) {
          rejected.push(...inner.skipped);
          files.push(...inner.files);
        } else rejected.push({ path: sub, reason: inner.reason });
      }
    }

    const seen = new Set(files);
    for (const path of this.cache.keys()) if (!seen.has(path)) this.cache.delete(path);

    const accepted: LoadedResult[] = [];
    const rows: LearnerRow[] = [];
    const activity = new Map<string, number>();
    for (const path of files) {
      const entry = this.entry(path);
      if (entry === null) {
        pending.push(path);
        continue;
      }
      activity.set(path, entry.mtimeMs);
      if (entry.kind === 'result') accepted.push(entry.loaded);
      else if (entry.kind === 'notebook') {
        if (entry.row) rows.push(entry.row);
        else rejected.push({ path, reason: entry.reason ?? 'not graded' });
      } else rejected.push({ path, reason: entry.reason });
    }
    const screened = screenResults(accepted, { labId: this.lab.id, labHash: this.labHash });
    const report = buildReport(screened.counted, this.lab, this.judge, {
      notCounted: [...rejected, ...screened.excluded],
      seed: screened.seed,
      rows,
    });
    const order = new Map(screened.counted.map((item) => [item.path, [...item.result.order]]));
    return { report, activity, pending, order };
  }

  /** The file's current version, read when it changed; null while it looks half-written. */
  private entry(path: string): Entry | null {
    let version: Version;
    try {
      const stats = statSync(path);
      version = { mtimeMs: stats.mtimeMs, size: stats.size };
    } catch {
      return null;
    }
    const cached = this.cache.get(path);
    if (cached && cached.mtimeMs === version.mtimeMs && cached.size === version.size) return cached;

    const kind = notebookKind(path);
    let entry: Entry;
    if (kind !== null) {
      const read = readNotebookFile(path, kind);
      if (read.ok) {
        const grade = this.judge.notebook?.(read.notebook, path);
        entry =
          grade && grade.tasks.some((t) => t.cell !== null)
            ? { ...version, kind: 'notebook', row: notebookRow(path, grade) }
            : { ...version, kind: 'notebook', row: null, reason: "not this lab's notebook (none of its TODO cells is in it)" };
      } else entry = { ...version, kind: 'rejected', reason: read.reason };
    } else {
      const read = readResultFile(path);
      entry = read.ok ? { ...version, kind: 'result', loaded: { path, result: read.result } } : { ...version, kind: 'rejected', reason: read.reason };
    }
    if (entry.kind === 'rejected' && this.now() - version.mtimeMs < HALF_WRITTEN_MS && !entry.reason.startsWith('too large')) {
      // Maybe still being written: try again at the next scan, keep showing the last good version.
      return cached && cached.kind !== 'rejected' ? cached : null;
    }
    this.cache.set(path, entry);
    return entry;
  }
}

// ---- what the view shows ----------------------------------------------------------------------

export interface LiveLearner {
  /** The name shown: the learner's, or "Learner N" with --anonymous. */
  name: string;
  source: 'drill' | 'notebook';
  /** The first task in drill order with no submission; null when all are submitted (or a notebook). */
  currentTask: number | null;
  /** Tasks with a submission (drill) or a filled cell (notebook). */
  done: number;
  total: number;
  passed: number;
  lastActivityMs: number | null;
  finished: boolean;
  /** Not finished, and nothing new for longer than the stuck threshold. */
  stuck: boolean;
}

export interface LiveOptions {
  nowMs: number;
  stuckMs: number;
  /** Numbers in place of names: a stable number per learner key, kept across scans by the caller. */
  anonymous: Map<string, number> | null;
}

/** One row per counted learner, in the report's order. */
export function liveLearners(scan: LiveScan, options: LiveOptions): LiveLearner[] {
  return scan.report.learnerRows.map((row) => {
    const last = scan.activity.get(row.path) ?? null;
    const submitted = new Set(row.tasks.filter((t) => t.outcome !== 'unanswered').map((t) => t.task));
    const order = scan.order.get(row.path) ?? row.tasks.map((t) => t.task);
    const current = row.source === 'drill' ? (order.find((n) => !submitted.has(n)) ?? null) : null;
    const finished = row.finished;
    let name = row.learner;
    if (options.anonymous) {
      const key = `${row.source}:${row.learner.normalize('NFKC').trim().toLowerCase()}`;
      let n = options.anonymous.get(key);
      if (n === undefined) {
        n = options.anonymous.size + 1;
        options.anonymous.set(key, n);
      }
      name = `Learner ${n}`;
    }
    return {
      name,
      source: row.source,
      currentTask: current,
      done: submitted.size,
      total: row.total,
      passed: row.passed,
      lastActivityMs: last,
      finished,
      stuck: !finished && last !== null && options.nowMs - last > options.stuckMs,
    };
  });
}

/** "12s", "4m", "1h05m" ago. */
export function ago(nowMs: number, thenMs: number | null): string {
  if (thenMs === null) return '–';
  const s = Math.max(0, Math.round((nowMs - thenMs) / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

// ---- watching and writing -----------------------------------------------------------------------

/** Polling runs whatever fs.watch does: network and synced folders often send no events at all. */
export const POLL_MS = 1000;
const DEBOUNCE_MS = 120;

/**
 * Calls `onChange` soon after anything in `dir` may have changed: on fs.watch events where the
 * platform has them, and on a steady poll in any case. Returns the function that stops both.
 */
export function watchFolder(dir: string, onChange: () => void, pollMs = POLL_MS): () => void {
  let timer: NodeJS.Timeout | null = null;
  const soon = () => {
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, DEBOUNCE_MS);
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dir, { persistent: false }, soon);
    // A watcher that fails later (folder removed, too many watches) leaves the poll to do the work.
    watcher.on('error', () => {
      watcher?.close();
      watcher = null;
    });
  } catch {
    watcher = null;
  }
  const poll = setInterval(onChange, pollMs);
  return () => {
    clearInterval(poll);
    if (timer !== null) clearTimeout(timer);
    watcher?.close();
  };
}

/** Writes the report as CSV and JSON into `dir`, never over an existing file; returns both paths. */
export function writeReportFiles(report: ClassReport, dir: string, nowMs: number): { csv: string; json: string } {
  const stamp = new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  for (let n = 0; n < 100; n++) {
    const base = join(dir, `class-report-${stamp}${n === 0 ? '' : `-${n}`}`);
    try {
      writeFileSync(`${base}.csv`, renderCsv(report), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    writeFileSync(`${base}.json`, renderJson(report), { flag: 'wx' });
    return { csv: `${base}.csv`, json: `${base}.json` };
  }
  throw new Error(`no free file name for the report in ${dir}`);
}
