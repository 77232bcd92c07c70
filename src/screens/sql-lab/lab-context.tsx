// Where a SQL lab screen gets its engine: the app's lab (histories opened on first use, DuckDB
// loaded then, never at start-up), or one a test hands in through SqlLabContext.

import { createContext, useContext } from 'react';
import { createSqlLab, type SqlLab } from '../../sql/lab';
import { SqlError } from '../../sql/types';

export const SqlLabContext = createContext<SqlLab | undefined>(undefined);

/** Seeds the learner's own history (the one "run" shows). */
export const LEARNER_SEED = 7;

let appLab: SqlLab | undefined;

function defaultLab(): SqlLab {
  appLab ??= createSqlLab({
    open: () => Promise.reject(new SqlError('The SQL engine is not available in this build.')),
    now: Date.now(),
    seed: LEARNER_SEED,
  });
  return appLab;
}

export function useSqlLab(): SqlLab {
  return useContext(SqlLabContext) ?? defaultLab();
}
