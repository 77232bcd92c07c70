// Public surface of the progress store. See store.ts for the guarantees and merge.ts for the rules.
export * from './types';
export { ProgressStore, openProgressStore, type ProgressStoreOptions, type VerdictLike } from './store';
export { dataDir, progressFilePath, confConfigDir, HOME_ENV, PROGRESS_FILE, PROJECT_NAME } from './location';
export { mergeProgress, mergeTask, mergeMiss } from './merge';
export { parseProgressText, validateProgress, normalizeMiss, type ParseResult } from './validate';
export { nodeFsLayer, type FsLayer } from './fsio';
export {
  formatProgressText,
  formatProgressJson,
  progressReport,
  outlineFromLab,
  formatDuration,
  type ProgressOutline,
  type ProgressReport,
  type ProgressReportOptions,
} from './format';
