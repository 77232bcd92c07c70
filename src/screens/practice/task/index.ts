export { PracticeTaskView, type PracticeTaskViewProps } from './PracticeTaskView';
export { PracticeTaskRoute, type PracticeTaskRouteProps } from './PracticeTaskRoute';
export { PracticeProgressContext, type PracticeProgressPort } from './progress-port';
export { PRACTICE_KEYS, practiceKey, keyHints, type PracticeKeyEntry, type PracticeCommand, type Intent, type KeyContext } from './keys';
export { practicePortFor, type PracticeStoreLike } from './store-adapter';
