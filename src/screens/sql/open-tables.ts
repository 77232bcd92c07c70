// How a screen reaches the system tables: one engine for the app session, opened on the first
// query (DuckDB loads then, never at start-up), over the seeded history plus the learner's own
// workshop runs; opened again when the workshop's runs change. Tests hand in a fake through
// SystemTablesContext.

import { createContext, useCallback, useContext } from 'react';
import type { Progress } from '../../progress/types';
import { DEFAULT_SEED, type SystemTables } from '../../sql/types';
import { SessionContext } from '../session';

export type OpenTables = () => Promise<SystemTables>;

/** A stand-in for the engine (tests, or a host with its own tables). */
export const SystemTablesContext = createContext<OpenTables | undefined>(undefined);

/** The seeded history every learner sees unless a seed is asked for (`lakeflow-lab sql --seed`). */
export const APP_HISTORY_SEED = DEFAULT_SEED;

type Saved = Pick<Progress, 'workshop'>;
const NO_PROGRESS: Saved = { workshop: null };

let open: { key: string; tables: Promise<SystemTables> } | undefined;

/** What the engine's history depends on in the progress: the workshop's saved state. */
function historyKey(progress: Saved, seed: number): string {
  return `${seed}:${progress.workshop?.updatedAt ?? 0}`;
}

async function openFor(progress: Saved, seed: number): Promise<SystemTables> {
  const [sql, learner] = await Promise.all([import('../../sql/index'), import('../../sql/learner')]);
  const own = learner.learnerHistoryFromWorkshop(progress.workshop?.entries);
  return sql.openSystemTables({ seed, now: Date.now(), ...own });
}

/** The app's engine for this progress: the same one until the workshop's runs (or the seed) change. */
export function appTables(progress: Saved, seed = APP_HISTORY_SEED): Promise<SystemTables> {
  const key = historyKey(progress, seed);
  if (open && open.key === key) return open.tables;
  const previous = open;
  const tables = openFor(progress, seed);
  open = { key, tables };
  // A failed open is not kept: the next query tries again.
  tables.catch(() => {
    if (open?.tables === tables) open = undefined;
  });
  if (previous) void previous.tables.then((t) => t.close()).catch(() => undefined);
  return tables;
}

/** Closes the app's engine (on exit); a later query opens it again. */
export async function closeAppTables(): Promise<void> {
  const current = open;
  open = undefined;
  if (current) await current.tables.then((t) => t.close()).catch(() => undefined);
}

/** The opener a screen uses: the context's when one is given, else the app's engine. */
export function useOpenTables(seed?: number): OpenTables {
  const injected = useContext(SystemTablesContext);
  // Outside the App (a view under test) there is no session: the seeded history alone.
  const session = useContext(SessionContext);
  const fromApp = useCallback(() => appTables(session ? session.get() : NO_PROGRESS, seed), [session, seed]);
  return injected ?? fromApp;
}
