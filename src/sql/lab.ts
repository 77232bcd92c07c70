// The SQL lab's engine side: the learner's own history (for "run": rows to look at) and the three
// judging histories (for "check"), each opened on first use and kept for the session. Opening is
// handed in (`open`: src/sql/index.ts's openSystemTables in the app, which loads DuckDB then), so
// nothing here loads the engine by itself.

import type { SqlExercise } from '../lessons/types';
import { judgeHistoryOptions, judgeQuery, type SqlVerdict } from './judge';
import type { HistoryOptions, LearnerRun, QueryResult, SystemTables } from './types';

export interface SqlLabOptions {
  open: (options: HistoryOptions) => Promise<SystemTables>;
  /** "Now" for the learner's history; the judge uses midnight UTC of that day (judgeNow). */
  now: number;
  /** Seeds the learner's own history (their runs are added to it). */
  seed: number;
  learnerRuns?: readonly LearnerRun[];
  /** The name typed in the workshop: the learner's history names its jobs after it. */
  learnerName?: string;
}

export interface SqlLab {
  /** Runs `query` on the learner's history. Throws SqlError for a query the engine refuses. */
  run(query: string): Promise<QueryResult>;
  /** Judges `query` for the exercise on the judging histories. */
  check(exercise: SqlExercise, query: string): Promise<SqlVerdict>;
  /**
   * The learner's runs or name changed (a new Run now in the workshop): the next run opens their
   * history again. `key` says what they are; the same key changes nothing.
   */
  setLearner(key: string, learner: { learnerRuns: readonly LearnerRun[]; learnerName?: string }): void;
  close(): Promise<void>;
}

export function createSqlLab(options: SqlLabOptions): SqlLab {
  let learner: { learnerRuns?: readonly LearnerRun[]; learnerName?: string } = options;
  let learnerKey: string | undefined;
  let own: Promise<SystemTables> | undefined;
  let judging: Promise<SystemTables[]> | undefined;
  const opened: Array<Promise<unknown>> = [];

  const ownHistory = (): Promise<SystemTables> => {
    if (!own) {
      own = options.open({
        seed: options.seed,
        now: options.now,
        ...(learner.learnerRuns ? { learnerRuns: learner.learnerRuns } : {}),
        ...(learner.learnerName ? { learnerName: learner.learnerName } : {}),
      });
      // A failed open is tried again on the next run (the message is shown meanwhile).
      own.catch(() => (own = undefined));
      opened.push(own);
    }
    return own;
  };

  const judgingHistories = (): Promise<SystemTables[]> => {
    if (!judging) {
      judging = Promise.all(judgeHistoryOptions(options.now).map((o) => options.open(o)));
      judging.catch(() => (judging = undefined));
      opened.push(judging);
    }
    return judging;
  };

  return {
    run: async (query) => (await ownHistory()).query(query),
    check: async (exercise, query) => judgeQuery(exercise, query, await judgingHistories()),
    setLearner: (key, next) => {
      if (key === learnerKey) return;
      const first = learnerKey === undefined && own === undefined;
      learnerKey = key;
      learner = next;
      if (first) return;
      const old = own;
      own = undefined;
      void old?.then((t) => t.close(), () => undefined);
    },
    close: async () => {
      const all = await Promise.allSettled(opened);
      for (const r of all) {
        if (r.status !== 'fulfilled') continue;
        const value = r.value as SystemTables | SystemTables[];
        for (const t of Array.isArray(value) ? value : [value]) await t.close();
      }
    },
  };
}
