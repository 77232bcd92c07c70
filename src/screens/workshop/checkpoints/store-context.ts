// Where the checkpoints find the builder state. The app provides a store restored from
// progress.json (`workshop.entries`) and saved on change; without a provider (tests, demos) a
// process-wide in-memory store is used, so the state still survives moving between steps.

import { createContext, useContext } from 'react';
import { createWorkshopStore, type WorkshopStore } from '../../../workshop';

export const WorkshopStoreContext = createContext<WorkshopStore | undefined>(undefined);

let fallback: WorkshopStore | undefined;

export function useWorkshopStore(): WorkshopStore {
  const store = useContext(WorkshopStoreContext);
  if (store) return store;
  fallback ??= createWorkshopStore();
  return fallback;
}
