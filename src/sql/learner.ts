// The learner's own runs for the system tables, from what the progress file keeps.
//
// Every Run now of the workshop's step 8 is saved with its runs in detail (workshop.entries:
// lastRun and up to 9 pastRuns, each with `runs`: the job as it ran and each task's attempts),
// so the tables show each of them as it happened, even after the jobs were edited. A record saved
// before that detail existed has only the Run History's summary: it is planned again at its saved
// time while the jobs are unchanged (a Run now is deterministic for the same jobs), and left out
// once they were edited.

import type { RunResult, TaskRun } from '../jobs/simulate';
import { topoOrder } from '../jobs/graph';
import { restoreBuilderState, type BuilderState, type RunRecord, type SavedJobRun } from '../workshop/state';
import { planPipelineRun } from '../workshop/run';
import { jobsFingerprint, toJobSpecs } from '../workshop/spec';
import type { LearnerRun } from './types';

export interface LearnerHistory {
  learnerName?: string;
  learnerRuns: LearnerRun[];
}

/** From `progress.workshop.entries` (anything: a damaged value gives no runs). */
export function learnerHistoryFromWorkshop(entries: unknown): LearnerHistory {
  const state = restoreBuilderState(entries);
  const name = state.learnerName.trim() === '' ? {} : { learnerName: state.learnerName };
  const records = [...(state.pastRuns ?? []), ...(state.lastRun ? [state.lastRun] : [])];
  const learnerRuns = records.flatMap((r) => runsOf(r, state));
  return { ...name, learnerRuns };
}

function runsOf(record: RunRecord, state: BuilderState): LearnerRun[] {
  if (record.runs !== undefined) return record.runs.flatMap(fromSaved);
  if (record.history.length === 0 || record.fingerprint !== jobsFingerprint(toJobSpecs(state))) return [];
  const customerRun = record.history.find((h) => h.job === 'customer');
  return planPipelineRun(state, { startAt: record.at, runId: customerRun?.runId ?? 0 }).jobs.map((j) => ({
    startedAt: record.at + j.start * 1000,
    run: j.run,
    job: j.spec,
    trigger: j.launched === 'manual' ? ('ONE_TIME' as const) : ('TABLE' as const),
  }));
}

/** A saved job run as the jobs model's RunResult; one that does not fit its own job is left out. */
function fromSaved(saved: SavedJobRun): LearnerRun[] {
  let order: string[];
  try {
    order = topoOrder(saved.spec);
  } catch {
    return [];
  }
  const tasks: Record<string, TaskRun> = {};
  for (const t of saved.tasks) tasks[t.task_key] = { ...t, reason: '' };
  if (order.some((k) => tasks[k] === undefined)) return [];
  const run: RunResult = { job_key: saved.spec.key, result: saved.result, tasks, order, events: [], duration: saved.durationSeconds };
  return [{ startedAt: saved.startedAt, run, job: saved.spec, trigger: saved.launched === 'manual' ? 'ONE_TIME' : 'TABLE' }];
}
