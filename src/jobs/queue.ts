// What happens to a triggered run when the job is already busy. From "Databricks Jobs queueing
// and concurrency settings" (https://docs.gcp.databricks.com/en/jobs/advanced.html):
// - "By default, the maximum concurrent runs for all new jobs is 1";
// - without queueing, "Databricks skips the run if the job has already reached its maximum
//   number of active runs";
// - with queueing, "the run is queued for up to 48 hours" and "dequeued and run" when capacity
//   is available;
// - queueing "is enabled by default for jobs created through the UI after April 15, 2024".
// And from the Jobs API (`max_concurrent_runs`): "Setting this value to 0 causes all new runs to
// be skipped".

export const DEFAULT_MAX_CONCURRENT_RUNS = 1;
/** How long a queued run waits at most. */
export const QUEUE_LIMIT_MINUTES = 48 * 60;

export interface Concurrency {
  /** `max_concurrent_runs`; 1 when absent. */
  maxConcurrentRuns?: number;
  /** `queue.enabled`. */
  queue: boolean;
}

export type Admission = 'start' | 'queue' | 'skip';

/** What happens to a new run while `active` runs of the job are in progress. */
export function admitRun(active: number, c: Concurrency): Admission {
  const max = c.maxConcurrentRuns ?? DEFAULT_MAX_CONCURRENT_RUNS;
  if (max <= 0) return 'skip';
  if (active < max) return 'start';
  return c.queue ? 'queue' : 'skip';
}

export interface RunOutcome {
  /** When the trigger fired, in minutes from the first trigger. */
  triggeredAt: number;
  /** `started` right away, `queued` then started, `skipped`, or `expired` after 48 hours in the queue. */
  outcome: 'started' | 'queued' | 'skipped' | 'expired';
  /** When it started running (absent for skipped and expired runs). */
  startedAt?: number;
}

/**
 * Replays triggers at the given minutes for a job whose every run takes `duration` minutes.
 * Queued runs start first in, first out as runs finish. Ties: a run finishing at minute t frees
 * its slot before a trigger at minute t is admitted.
 */
export function replayTriggers(triggers: readonly number[], duration: number, c: Concurrency): RunOutcome[] {
  const out: RunOutcome[] = triggers.map((t) => ({ triggeredAt: t, outcome: 'skipped' }));
  const running: number[] = []; // end times
  const queue: number[] = []; // indexes into out
  const startQueued = (now: number): void => {
    while (queue.length > 0 && admitRun(running.length, { ...c, queue: false }) === 'start') {
      const i = queue.shift() as number;
      const r = out[i] as RunOutcome;
      if (now - r.triggeredAt > QUEUE_LIMIT_MINUTES) {
        r.outcome = 'expired';
        continue;
      }
      r.startedAt = now;
      running.push(now + duration);
    }
  };
  const finishUntil = (now: number): void => {
    while (running.length > 0) {
      const next = Math.min(...running);
      if (next > now) return;
      running.splice(running.indexOf(next), 1);
      startQueued(next);
    }
  };
  triggers.forEach((t, i) => {
    finishUntil(t);
    const r = out[i] as RunOutcome;
    switch (admitRun(running.length, c)) {
      case 'start':
        r.outcome = 'started';
        r.startedAt = t;
        running.push(t + duration);
        break;
      case 'queue':
        r.outcome = 'queued';
        queue.push(i);
        break;
      case 'skip':
        r.outcome = 'skipped';
        break;
    }
  });
  finishUntil(Number.POSITIVE_INFINITY);
  for (const i of queue) (out[i] as RunOutcome).outcome = 'expired';
  return out;
}
