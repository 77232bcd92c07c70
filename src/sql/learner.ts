// The learner's own runs for the system tables, from what the progress file keeps.
//
// The workshop saves only its latest "Run now" (workshop.entries.lastRun: when, which run ids,
// each job's result and duration) and the jobs as they are now; it does not save the runs' task
// details. Those are derived: a Run now is deterministic for the same jobs (planPipelineRun), so
// while the saved run's fingerprint matches the jobs, planning it again at the saved time gives
// back exactly the runs the learner watched. Once the jobs have been edited, the old run's task
// states cannot be known, and it is left out (the next Run now records the new one).

import { restoreBuilderState } from '../workshop/state';
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
  const last = state.lastRun;
  if (last === null || last.history.length === 0 || last.fingerprint !== jobsFingerprint(toJobSpecs(state))) return { ...name, learnerRuns: [] };
  const customerRun = last.history.find((h) => h.job === 'customer');
  const plan = planPipelineRun(state, { startAt: last.at, runId: customerRun?.runId ?? 0 });
  const learnerRuns = plan.jobs.map((j) => ({
    startedAt: last.at + j.start * 1000,
    run: j.run,
    job: j.spec,
    trigger: j.launched === 'manual' ? ('ONE_TIME' as const) : ('TABLE' as const),
  }));
  return { ...name, learnerRuns };
}
