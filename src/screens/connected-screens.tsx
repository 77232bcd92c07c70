// The bodies of connected.tsx's screens (see there), in their own module so that they, and what
// they bring (the workshop builder's YAML, the practice checks' interpreter), load on first use.
import type { ReactElement } from 'react';
import type { ProgressStore } from '../progress/index';
import { createWorkshopStore, serializeBuilderState } from '../workshop/index';
import { WorkshopStepWithCheckpoint, WorkshopStoreContext } from './workshop/checkpoints/index';
import type { ScreenProps } from './registry';
import { PracticeProgressContext, type PracticeProgressPort } from './practice/task/progress-port';
import { practicePortFor } from './practice/task/store-adapter';
import { PracticeTaskScreen } from './practice/PracticeTaskScreen';
import { LAB08 } from '../lessons/lab08';
import { wrongBlanks } from '../checks/blame';
import type { ScreenOf } from './nav';

export interface BoundScreens {
  practice: (props: ScreenProps<ScreenOf<'practice'>>) => ReactElement;
  workshop: (props: ScreenProps<ScreenOf<'workshop'>>) => ReactElement;
}

export function bindScreens(progress: ProgressStore): BoundScreens {
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
      const task = LAB08.practice.tasks.find((t) => t.id === taskId);
      if (!task) return;
      // A pass clears the task's misses: the review deck shows them as ordinary cards again.
      if (verdict.outcome === 'passed') return progress.clearMisses(task.blanks.map((b) => b.id));
      // Each blank wrong on its own joins the review deck as a miss.
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
  return { practice: ConnectedPracticeTask, workshop: ConnectedWorkshopStep };
}
