// The practice task screen: the editor from ./task (fill the blanks in place, live helpers,
// the notebook's verdict, hints, solution) plugged into the App. registry.ts imports it under
// this name with these props ({ screen, active }). Saving goes through the progress session
// (../session.ts).

export {
  PracticeTaskRoute as PracticeTaskScreen,
  type PracticeTaskRouteProps as PracticeTaskScreenProps,
} from './task/PracticeTaskRoute';
