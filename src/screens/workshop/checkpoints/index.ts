// The workshop checkpoints (steps 1–8 of the lab's Section 1): an offline job builder with the
// fields of the Databricks UI, one form per step, checked by src/workshop/checks.ts.
//
// Keys inside a checkpoint: ↑/↓ or Tab/Shift+Tab move between fields, ←/→ (or Space) change a
// choice, Enter checks the step (or presses the focused button), y shows the YAML (outside text
// fields), Esc is the step screen's "leave field". The key table (src/screens/keys.ts, scopes 'form', 'form-yaml', 'text') lists them.

export {
  WorkshopCheckpoint,
  ConnectedWorkshopCheckpoint,
  useCheckpointForm,
  useCheckpointKeys,
  resultLines,
  DEFAULT_CHECKPOINT_HEIGHT,
  COLLAPSED_HEIGHT,
  type WorkshopCheckpointProps,
  type ConnectedWorkshopCheckpointProps,
} from './WorkshopCheckpoint';
export { WorkshopStepWithCheckpoint } from './WorkshopStepWithCheckpoint';
export { useWorkshopStore, workshopStoreOf } from './workshop-store';
export { formCommand, yamlCommand, type FormCommand } from './keys';
export { buildForm, formUiReducer, initialFormUi, focusOrder, learnerYaml, referenceYaml, jobsOfStep, type FormModel, type FormUi, type UiAction, type Field, type Row, type FieldEffect } from './form';
export { RunPanel, RunHistory, runHostReducer } from './RunPanel';
