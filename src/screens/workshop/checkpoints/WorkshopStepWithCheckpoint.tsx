// The workshop step screen with its checkpoint plugged in: the `workshop` entry of the screen
// registry.

import { useBodySize } from '../../context';
import type { ScreenOf } from '../../nav';
import { WorkshopStepScreen } from '../WorkshopStepScreen';
import { useWorkshopStore } from './workshop-store';
import { ConnectedWorkshopCheckpoint, DEFAULT_CHECKPOINT_HEIGHT } from './WorkshopCheckpoint';

/** Rows left to the step text above an expanded checkpoint, at least. */
const MIN_TEXT_ROWS = 4;

export function WorkshopStepWithCheckpoint({ screen, active }: { screen: ScreenOf<'workshop'>; active: boolean }) {
  const store = useWorkshopStore();
  const { width, height } = useBodySize();
  // The step screen takes 2 rows (title, gap) before the text.
  const checkpointHeight = Math.max(6, Math.min(DEFAULT_CHECKPOINT_HEIGHT, height - 2 - MIN_TEXT_ROWS));
  return (
    <WorkshopStepScreen
      screen={screen}
      active={active}
      checkpoint={(ctx) => (
        <ConnectedWorkshopCheckpoint
          store={store}
          step={ctx.step.number}
          active={active && ctx.focused}
          expanded={ctx.focused}
          onDone={ctx.markDone}
          width={width}
          height={checkpointHeight}
        />
      )}
    />
  );
}
