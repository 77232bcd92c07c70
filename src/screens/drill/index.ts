export { DrillScreen, viewOf } from './DrillScreen';
export { drillComponent } from './entry';
export { DrillEnvContext, drillPortFor, systemClock, type Clock, type DrillEnv, type DrillStoreLike } from './env';
export { DrillController, GRACE_MS, normalizeName, type BlameFn, type CheckFn, type DrillPort, type DrillSnapshot, type ResultFiles } from './controller';
export { drillKeys, activeScopeSets, type DrillView } from './phase';
