// The practice task screen: the editor from ./task (fill the blanks in place, live helpers,
// the notebook's verdict, hints, solution) plugged into the App. registry.ts imports it under
// this name with these props ({ screen, active }). Saving goes through PracticeProgressContext
// (./task/progress-port; practicePortFor adapts the progress store).

export {
  PracticeTaskRoute as PracticeTaskScreen,
  type PracticeTaskRouteProps as PracticeTaskScreenProps,
} from './task/PracticeTaskRoute';
