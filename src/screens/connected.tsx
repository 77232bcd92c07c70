// Screens bound to the learner's real progress: the registry entries that need more than the narrow
// StorePort (the workshop builder's saved entries, and later the practice answers) get them here,
// so App and the registry stay ignorant of where progress lives.
import type { ReactElement } from 'react';
import type { ProgressStore } from '../progress/index';
import { createWorkshopStore, serializeBuilderState } from '../workshop/index';
import { WorkshopStepWithCheckpoint, WorkshopStoreContext } from './workshop/checkpoints/index';
import { registry, type Registry, type ScreenProps } from './registry';
import type { ScreenOf } from './nav';

export function connectedScreens(progress: ProgressStore): Partial<Registry> {
  const workshop = createWorkshopStore(progress.get().workshop?.entries, (state) => {
    progress.setWorkshop(serializeBuilderState(state));
    // Step 2's name is the learner's name everywhere else too (drills, reports).
    const name = state.learnerName.trim();
    if (name !== '' && progress.get().learner?.name !== name) progress.setLearner(name);
  });
  function ConnectedWorkshopStep(props: ScreenProps<ScreenOf<'workshop'>>): ReactElement {
    return (
      <WorkshopStoreContext.Provider value={workshop}>
        <WorkshopStepWithCheckpoint {...props} />
      </WorkshopStoreContext.Provider>
    );
  }
  return {
    workshop: { ...registry.workshop, component: ConnectedWorkshopStep, omit: [] },
  };
}
