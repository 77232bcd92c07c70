export { PracticeTaskView, type PracticeTaskViewProps } from './PracticeTaskView';
export { PracticeTaskRoute, type PracticeTaskRouteProps } from './PracticeTaskRoute';
export { PracticeProgressContext, type PracticeProgressPort } from './progress-port';
export { practiceKey, practiceScopes, keyHints, type Intent, type KeyContext } from './keys';
export { practicePortFor, type PracticeStoreLike } from './store-adapter';
