// Screens bound to the learner's real progress: the registry entries that need more than the narrow
// StorePort (the workshop builder's saved entries, and later the practice answers) get them here,
// so App and the registry stay ignorant of where progress lives.
import type { ReactElement } from 'react';
import type { ProgressStore } from '../progress/index';
import { createWorkshopStore, serializeBuilderState } from '../workshop/index';
import { WorkshopStepWithCheckpoint, WorkshopStoreContext } from './workshop/checkpoints/index';
import { registry, type Registry, type ScreenProps } from './registry';
import { PracticeProgressContext, type PracticeProgressPort } from './practice/task/progress-port';
import { practicePortFor } from './practice/task/store-adapter';
import { PracticeTaskScreen } from './practice/PracticeTaskScreen';
import { LAB08 } from '../lessons/lab08';
import { wrongBlanks } from '../checks/blame';
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
  const base = practicePortFor(progress);
  const practice: PracticeProgressPort = {
    ...base,
    recordCheck(taskId, verdict, answers) {
      base.recordCheck(taskId, verdict, answers);
      if (verdict.outcome === 'passed') return;
      // Each blank wrong on its own joins the review deck as a miss.
      const task = LAB08.practice.tasks.find((t) => t.id === taskId);
      if (!task) return;
      for (const i of wrongBlanks(task, answers)) progress.recordMiss(task.blanks[i]!.id, answers[i] ?? '', 'practice');
    },
  };
  function ConnectedPracticeTask(props: ScreenProps<ScreenOf<'practice'>>): ReactElement {
    return (
      <PracticeProgressContext.Provider value={practice}>
        <PracticeTaskScreen {...props} />
      </PracticeProgressContext.Provider>
    );
  }
  return {
    practice: { ...registry.practice, component: ConnectedPracticeTask },
    workshop: { ...registry.workshop, component: ConnectedWorkshopStep, omit: [] },
  };
}
