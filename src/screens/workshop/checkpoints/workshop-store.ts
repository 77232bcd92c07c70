// The builder state the checkpoints edit: one WorkshopStore per progress session, restored from
// progress.json (`workshop.entries`) the first time a checkpoint opens and saved on every change,
// so it survives moving between steps and restarts. Lives here, loaded with the checkpoints, so
// the builder (and its YAML) stays out of start-up.

import { createWorkshopStore, serializeBuilderState, type WorkshopStore } from '../../../workshop';
import { useSession, type ProgressSession } from '../../session';
import { useSettings } from '../../settings/context';

const stores = new WeakMap<ProgressSession, WorkshopStore>();

/**
 * `learnerName`: the `learner-name` setting, which fills in step 2's name when the learner has not
 * typed one yet (their own typing, saved in progress, is never replaced).
 */
export function workshopStoreOf(session: ProgressSession, learnerName: string | null = null): WorkshopStore {
  let store = stores.get(session);
  if (!store) {
    store = createWorkshopStore(session.get().workshop?.entries, (state) => {
      session.setWorkshop(serializeBuilderState(state));
      // Step 2's name is the learner's name everywhere else too (drills, reports).
      const name = state.learnerName.trim();
      if (name !== '' && session.learnerName() !== name) session.setLearner(name);
    }, learnerName);
    stores.set(session, store);
  }
  return store;
}

export function useWorkshopStore(): WorkshopStore {
  const learnerName = useSettings()['learner-name'];
  return workshopStoreOf(useSession(), learnerName);
}
