// The workshop checkpoints (steps 1–8 of the lab's Section 1): an offline job builder with the
// fields of the Databricks UI, one form per step, checked by src/workshop/checks.ts.
//
// Wiring (for the lead):
// 1. One WorkshopStore for the app, restored from progress and saved on change:
//      const workshop = createWorkshopStore(progress.workshop?.entries, (state) => {
//        progressStore.setWorkshop(serializeBuilderState(state));   // the progress store schedules the save
//      });
//    and provide it around the App: <WorkshopStoreContext.Provider value={workshop}>.
//    (Without a provider an in-memory store is used: state survives step changes, not restarts.)
// 2. Use the step screen with the checkpoint plugged in, e.g. through App's `screens` prop or the
//    registry: workshop: { ...registry.workshop, component: WorkshopStepWithCheckpoint, omit: [] }
//    (omit: [] so the footer advertises Tab). Or, to render it yourself in the slot:
//      checkpoint={(ctx) => <ConnectedWorkshopCheckpoint store={workshop} step={ctx.step.number}
//        active={active && ctx.focused} expanded={ctx.focused} onDone={ctx.markDone}
//        width={width} height={16} />}
// 3. `lakeflow-lab export bundle`: bundleYaml(toJobSpecs(restoreBuilderState(entries))).
//
// Keys inside a checkpoint: ↑/↓ or Tab/Shift+Tab move between fields, ←/→ (or Space) change a
// choice, Enter checks the step (or presses the focused button), y shows the YAML (outside text
// fields), Esc is the step screen's "leave field". FORM_KEYS lists them for the help overlay.

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
export { WorkshopStoreContext, useWorkshopStore } from './store-context';
export { FORM_KEYS, formCommand, yamlCommand, type FormCommand } from './keys';
export { buildForm, formUiReducer, initialFormUi, focusOrder, learnerYaml, referenceYaml, jobsOfStep, type FormModel, type FormUi, type UiAction, type Field, type Row, type Command } from './form';
export { RunPanel, RunHistory, runHostReducer } from './RunPanel';
