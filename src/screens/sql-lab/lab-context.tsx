// Where a SQL lab screen gets its engine: the app's lab (histories opened on first use, DuckDB
// loaded then, never at start-up), or one a test hands in through SqlLabContext. The learner's
// own history follows the workshop's last Run now, as Task 7's and `lakeflow-lab sql`'s do.

import { createContext, useContext, useEffect } from 'react';
import { learnerHistoryFromWorkshop } from '../../sql/learner';
import { createSqlLab, type SqlLab } from '../../sql/lab';
import { DEFAULT_SEED } from '../../sql/types';
import { useSession } from '../session';

export const SqlLabContext = createContext<SqlLab | undefined>(undefined);

let appLab: SqlLab | undefined;

function defaultLab(): SqlLab {
  appLab ??= createSqlLab({
    open: async (options) => (await import('../../sql/index')).openSystemTables(options),
    now: Date.now(),
    seed: DEFAULT_SEED,
  });
  return appLab;
}

export function useSqlLab(): SqlLab {
  const given = useContext(SqlLabContext);
  const lab = given ?? defaultLab();
  const session = useSession();
  const entries = session.get().workshop?.entries;
  useEffect(() => {
    const learner = learnerHistoryFromWorkshop(entries);
    const key = JSON.stringify([learner.learnerName ?? null, learner.learnerRuns.map((r) => [r.job.name, r.startedAt])]);
    lab.setLearner(key, learner);
  }, [lab, entries]);
  return lab;
}
